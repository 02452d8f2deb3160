"""The dock's list of further land covers, voting with the first, and the agreement rule.

Each entry is a raster layer or a product read online, with its own cropland classes (a product
preset or custom values); the rule says how their votes make the regions prompts come from.
"""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsRasterLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AptInputError
from ..core.landcover.agreement import AGREEMENT_RULES, LandCover
from ..core.landcover.glc_online import ONLINE_PRODUCTS, ONLINE_SOURCES
from ..core.landcover.schemes import SCHEMES, parse_classes
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file


def online_item_label(key: str) -> str:
    """How an online product is offered in the land cover combos."""
    return tr("{product} (online)").format(product=ONLINE_PRODUCTS[key].label)


def online_source_of(combo: QgsMapLayerComboBox) -> str | None:
    """The online source id chosen in a land cover combo (None for a layer or nothing)."""
    if combo.currentLayer() is not None:
        return None
    labels = {online_item_label(key): ONLINE_SOURCES[key] for key in ONLINE_PRODUCTS}
    return labels.get(combo.currentText())


def land_cover_combo() -> QgsMapLayerComboBox:
    """Raster layers, then the products read online."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
    combo.setAllowEmptyLayer(True)
    combo.setAdditionalItems([online_item_label(key) for key in ONLINE_PRODUCTS])
    return combo


class LandCoverList(QWidget):
    """Further land covers (source, cropland classes) and the agreement rule."""

    SOURCE_ROLE = Qt.ItemDataRole.UserRole  # the layer id or online source id of a row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("landCoverList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("landCoverTable")
        self.table.setHorizontalHeaderLabels([tr("Land cover"), tr("Cropland classes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(110)
        self.combo = land_cover_combo()
        self.combo.setObjectName("moreLandCoverCombo")
        self.preset = QComboBox()
        self.preset.setObjectName("moreLandCoverPreset")
        for key, scheme in SCHEMES.items():
            self.preset.addItem(scheme.name, key)
        self.classes = QLineEdit()
        self.classes.setObjectName("moreLandCoverClasses")
        self.classes.setPlaceholderText(tr("classes (default: the product's)"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("addLandCoverButton")
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeLandCoverButton")
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreementCombo")
        for rule in AGREEMENT_RULES:
            self.agreement.addItem(rule, rule)
        self.agreement.setToolTip(
            tr("all: points only where every land cover with data agrees; majority: where more than half do")
        )
        row = QVBoxLayout()  # the source on its own line, its classes below: the dock may be narrow
        row.addWidget(self.combo)
        classes_row = QHBoxLayout()
        for widget in (self.preset, self.classes):
            classes_row.addWidget(widget)
        row.addLayout(classes_row)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.agreement):
            buttons.addWidget(widget)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("landCoverListMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.combo.currentIndexChanged.connect(self._source_changed)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)

    def _source_changed(self) -> None:
        source = online_source_of(self.combo)
        if source is not None:
            key = next(k for k, v in ONLINE_SOURCES.items() if v == source)
            self.preset.setCurrentIndex(max(0, self.preset.findData(ONLINE_PRODUCTS[key].scheme)))

    def _say(self, text: str) -> None:
        """A message under the list (hidden when empty)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_current(self) -> bool:
        """Add the chosen layer or online product with the chosen classes (False, with the reason
        under the list, when nothing was added)."""
        source = online_source_of(self.combo)
        layer = self.combo.currentLayer()
        if source is None and layer is None:
            self._say(tr("Choose a land cover layer or a product read online, then click Add."))
            return False
        text = self.classes.text().strip() or ",".join(map(str, SCHEMES[self.preset.currentData()].cropland))
        try:
            parse_classes(text)  # refused now, with its message, rather than at the run
        except AptInputError as exc:
            self._say(str(exc))
            return False
        self._say("")
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(layer.name() if layer is not None else self.combo.currentText())
        name.setData(self.SOURCE_ROLE, layer.id() if layer is not None else source)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(text))
        return True

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def land_covers(self) -> tuple[LandCover, ...]:
        """The listed land covers as the core takes them (layers checked as the first one is)."""
        covers = []
        for row in range(self.table.rowCount()):
            source = self.table.item(row, 0).data(self.SOURCE_ROLE)
            classes = parse_classes(self.table.item(row, 1).text())
            if source not in ONLINE_SOURCES.values():
                layer = QgsProject.instance().mapLayer(source)
                if not isinstance(layer, QgsRasterLayer):
                    raise AptInputError(
                        tr("The land cover '{name}' of the list is no longer in the project: remove it.").format(
                            name=self.table.item(row, 0).text()
                        )
                    )
                source = raster_file(layer, tr("land cover"))
            covers.append(LandCover(source, classes))
        return tuple(covers)

    def rule(self) -> str:
        return self.agreement.currentData()
