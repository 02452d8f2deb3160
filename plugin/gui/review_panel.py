"""The dock's "Review" list: where the map and the land covers disagree, the likeliest errors first.

Selecting an area zooms the canvas to it; the analyst adds or moves prompt points there and runs
again (only the edited tiles are decoded).
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.vectors.review import ADDED, REVIEW_LAYER
from ..toolbelt.i18n import tr

ZOOM_MARGIN = 1.5  # the canvas shows the area and as much again around it


class ReviewPanel(QGroupBox):
    """A table of review areas (rank, kind, area, uncertainty); a selected row zooms the canvas."""

    def __init__(self, canvas, parent=None):
        super().__init__(tr("Review"), parent)
        self.setObjectName("reviewGroup")
        self.canvas = canvas
        self.features: list[QgsFeature] = []
        self.crs = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("After a run with a land cover, the places where the map and the land covers "
                                 "disagree are listed here, the likeliest errors first."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([tr("Rank"), tr("Kind"), tr("Area (ha)"), tr("Uncertainty")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # the rank is the first column
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._zoom_to_selected)
        layout.addWidget(self.table)

    def set_areas(self, gpkg: str | None) -> None:
        """Show the review areas of a run (the file may be removed afterwards: they are copied)."""
        self.features, self.crs = [], None
        self.table.setRowCount(0)
        if not gpkg:
            return
        layer = QgsVectorLayer(f"{gpkg}|layername={REVIEW_LAYER}", "review", "ogr")
        if not layer.isValid():
            return
        self.crs = layer.crs()
        self.features = sorted(layer.getFeatures(), key=lambda f: f["rank"])
        self.table.setRowCount(len(self.features))
        for row, feature in enumerate(self.features):
            kind = tr("added") if feature["kind"] == ADDED else tr("removed")
            values = (str(feature["rank"]), kind, f"{feature['area_ha']:.2f}", f"{feature['uncertainty']:.2f}")
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.summary.setText(
            tr("{count} places where the map and the land covers disagree: 'added' is cropland in the map only, "
               "'removed' in the land covers only. Select one to zoom to it.").format(count=len(self.features))
        )

    def _zoom_to_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1 or self.crs is None:
            return
        feature = self.features[rows.pop()]
        transform = QgsCoordinateTransform(self.crs, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        box = transform.transformBoundingBox(feature.geometry().boundingBox())
        box.scale(ZOOM_MARGIN)
        self.canvas.setExtent(box)
        self.canvas.refresh()
