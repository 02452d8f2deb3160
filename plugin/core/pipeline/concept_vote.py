"""The concept vote while planning: SAM 3's concept segmentation of each tile (the model from
``models.sam3_concept``, loaded on first use and only when a concept is asked for) joining the
land covers' votes (``landcover.concept``), and the concept raster written tile by tile."""

from __future__ import annotations

import os
import shutil
import tempfile

import numpy as np

from ..config import Config
from ..errors import AptInputError
from ..geo import Grid
from ..i18n import tr
from ..landcover.agreement import Votes
from ..landcover.concept import ConceptRaster, concept_text, concept_values, with_concept
from ..tiles.layout import Tile

_MODELS: dict[tuple[str, str], object] = {}  # one concept model kept between runs (the dock runs again and again)


def validate_concept(config: Config) -> None:
    """Refuse a concept the run cannot use, before anything is read or loaded."""
    from ..models.sam3_concept import concept_folder

    if not concept_text(config.concept):
        if config.concept_output:
            raise AptInputError(
                tr("The concept raster needs a concept: give a noun phrase (e.g. 'agricultural field').")
            )
        return
    if not config.glc:
        raise AptInputError(
            tr("The concept votes with the land covers: choose a land cover (GLC), or leave the concept empty.")
        )
    concept_folder(config.checkpoint)


def concept_model(checkpoint: str, device: str):
    """The concept model of the SAM 3 ``checkpoint`` (loaded once, then kept until another is asked for)."""
    from ..models.sam3_concept import ConceptModel, concept_folder

    key = (os.path.abspath(concept_folder(checkpoint)), device)
    if key not in _MODELS:
        _MODELS.clear()
        _MODELS[key] = ConceptModel(checkpoint, device)
    return _MODELS[key]


class ConceptVote:
    """SAM 3's concept as one more voter on each tile; its raster goes to ``config.concept_output``
    (or a scratch file, removed on :meth:`close`)."""

    def __init__(self, config: Config, grid: Grid, area, model=None):
        self.text = concept_text(config.concept)
        self.checkpoint, self.device = config.checkpoint or "", config.device
        self._model = model
        self._scratch = None if config.concept_output else tempfile.mkdtemp(prefix="apt_concept_")
        path = config.concept_output or os.path.join(self._scratch, "concept.tif")
        self.raster = ConceptRaster(grid, area, path)

    @property
    def model(self):
        if self._model is None:
            self._model = concept_model(self.checkpoint, self.device)
        return self._model

    def vote(self, image, tile: Tile, votes: Votes) -> Votes:
        """``votes`` (the land covers' on ``tile``) with the concept's vote added."""
        rgb, valid = image.read(tile.window)
        found = self.model.mask(rgb, self.text) if valid.any() else np.zeros(valid.shape, dtype=bool)
        return with_concept(votes, self.raster.merge(tile.window, concept_values(found, valid)))

    def close(self) -> None:
        self.raster.close()
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> ConceptVote:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
