"""The HTML reports are self-contained and carry the figures."""

from __future__ import annotations

import numpy as np
import pytest
from rasterio.crs import CRS
from rasterio.transform import from_origin

from apt_cropland.plugin.core.accuracy.assess import Assessment
from apt_cropland.plugin.core.accuracy.compare import Comparison
from apt_cropland.plugin.core.accuracy.metrics import scores
from apt_cropland.plugin.core.accuracy.olofsson import estimate
from apt_cropland.plugin.core.accuracy.report import assessment_html, comparison_html, estimates_chart
from apt_cropland.plugin.core.geo import Grid

pytest.importorskip("matplotlib")


def test_comparison_report():
    grid = Grid(CRS.from_epsg(32633), from_origin(0, 0, 10, 10), 100, 100)
    m = np.array([[130.0, 20.0], [10.0, 40.0]])
    g = np.array([[100.0, 10.0], [40.0, 50.0]])
    result = Comparison(grid, scores(m), m, m * 0.01, scores(g), g, g * 0.01)
    page = comparison_html(result, {"map": "cropland.gpkg", "reference": "ref.gpkg"})
    assert page.startswith("<!DOCTYPE html>") and "data:image/png;base64," in page
    assert "src='http" not in page and "<script" not in page  # nothing fetched
    assert "85.00" in page and "75.00" in page  # OA of the map and of the land cover, in %
    assert "cropland.gpkg" in page and "Land cover" in page
    assert "0.40" in page  # 40 pixels of 0.01 ha


def test_assessment_report(tmp_path):
    e = estimate((1, 2, 3, 4), np.array([200000, 150000, 3200000, 6450000]) * 0.09,
                 [[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]])
    page = assessment_html(Assessment(e, 640, 0, 0), "map.tif")
    assert "data:image/png;base64," in page
    assert "21,157.76" in page  # adjusted area of class 1 (ha)
    assert "0.9465" in page
    png = tmp_path / "chart.png"
    estimates_chart(e, save_to=str(png))
    assert png.read_bytes()[:4] == b"\x89PNG"
