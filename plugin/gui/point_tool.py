"""Map tool for prompt points: add, move, flip and delete through the layer's edit buffer (undoable)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapTool, QgsVertexMarker
from qgis.PyQt.QtCore import Qt

from ..toolbelt.i18n import tr
from ..toolbelt.layers import MANUAL

POSITIVE, NEGATIVE = 1, 0


class PromptPointTool(QgsMapTool):
    """Left click adds a positive point, right click a negative one; drag moves a point;
    Shift+click flips its label; Ctrl+click deletes it. Every edit is one undoable command."""

    def __init__(self, canvas, layer: QgsVectorLayer):
        super().__init__(canvas)
        self.layer = layer
        self._dragging: int | None = None
        self._moved = False
        self._marker: QgsVertexMarker | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _ensure_editing(self) -> None:
        if not self.layer.isEditable():
            self.layer.startEditing()

    def _layer_point(self, event) -> QgsPointXY:
        return self.toLayerCoordinates(self.layer, event.mapPoint())

    def nearest_point(self, event) -> int | None:
        """The id of the prompt point under the cursor (within the canvas search radius), if any."""
        point = self._layer_point(event)
        radius = QgsMapTool.searchRadiusMU(self.canvas())
        corner = self.toLayerCoordinates(self.layer, QgsPointXY(event.mapPoint().x() + radius, event.mapPoint().y()))
        r = max(abs(corner.x() - point.x()), 1e-12)
        box = QgsRectangle(point.x() - r, point.y() - r, point.x() + r, point.y() + r)
        request = QgsFeatureRequest().setFilterRect(box)
        best, best_d = None, None
        for feature in self.layer.getFeatures(request):
            d = feature.geometry().asPoint().sqrDist(point)
            if best_d is None or d < best_d:
                best, best_d = feature.id(), d
        return best

    def canvasPressEvent(self, event) -> None:
        modifiers = event.modifiers()
        hit = self.nearest_point(event)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if hit is not None:
                self._edit(tr("Delete prompt point"), lambda: self.layer.deleteFeature(hit))
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            if hit is not None:
                self._flip(hit)
            return
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._dragging, self._moved = hit, False
            self._marker = QgsVertexMarker(self.canvas())
            self._marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
            self._marker.setIconSize(14)
            self._marker.setPenWidth(2)
            self._marker.setCenter(event.mapPoint())
            return
        label = POSITIVE if event.button() == Qt.MouseButton.LeftButton else NEGATIVE
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self.add_point(self._layer_point(event), label)

    def canvasMoveEvent(self, event) -> None:
        if self._dragging is not None:
            self._moved = True
            if self._marker is not None:
                self._marker.setCenter(event.mapPoint())

    def canvasReleaseEvent(self, event) -> None:
        self._remove_marker()
        if self._dragging is None:
            return
        fid, moved = self._dragging, self._moved
        self._dragging, self._moved = None, False
        if moved:
            geometry = QgsGeometry.fromPointXY(self._layer_point(event))
            self._edit(tr("Move prompt point"), lambda: self.layer.changeGeometry(fid, geometry))

    def _remove_marker(self) -> None:
        if self._marker is not None:
            self.canvas().scene().removeItem(self._marker)
            self._marker = None

    def deactivate(self) -> None:
        self._remove_marker()
        self._dragging = None
        super().deactivate()

    def add_point(self, point: QgsPointXY, label: int) -> None:
        """Add a hand-placed point (round 1: SAM sees it in every round; no tile: it serves all)."""
        feature = QgsFeature(self.layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        values = {"label": label, "round": 1, "tile": -1, "source": MANUAL}
        for name, value in values.items():
            if self.layer.fields().indexOf(name) >= 0:
                feature.setAttribute(name, value)
        self._edit(tr("Add prompt point"), lambda: self.layer.addFeature(feature))

    def _flip(self, fid: int) -> None:
        index = self.layer.fields().indexOf("label")
        current = self.layer.getFeature(fid)["label"]
        flipped = NEGATIVE if current == POSITIVE else POSITIVE
        self._edit(tr("Flip prompt point"), lambda: self.layer.changeAttributeValue(fid, index, flipped))

    def _edit(self, text: str, action) -> None:
        self._ensure_editing()
        self.layer.beginEditCommand(text)
        if action():
            self.layer.endEditCommand()
        else:
            self.layer.destroyEditCommand()
        self.layer.triggerRepaint()
