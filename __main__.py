"""``python -m apt_cropland``: the pipeline from a terminal, without QGIS (see ``plugin/cli``)."""

import sys

from .plugin.cli.main import main

sys.exit(main())
