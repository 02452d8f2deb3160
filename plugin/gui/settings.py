"""The dock's settings, kept in ``QgsSettings`` across QGIS restarts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

from ..core.options import option

PREFIX = "apt_cropland/dock/"


@dataclass
class DockSettings:
    """What the analyst set in the dock last time."""

    scheme: str = "worldcover"
    custom_classes: str = ""
    points_per_class: int = int(option("POINTS_PER_CLASS").default)
    rounds: int = int(option("ROUNDS").default)
    edge_margin_m: float = 0.0
    seed: int = int(option("SEED").default)
    checkpoint: str = ""
    concept: str = ""  # SAM 3's concept voting with the land covers ("": none)
    device: str = str(option("DEVICE").default)
    precision: str = str(option("PRECISION").default)
    min_area_m2: float = float(option("MIN_AREA").default)
    simplify_m: float = float(option("SIMPLIFY").default)
    probability: bool = False
    save_glc: bool = False
    uncertainty: bool = True  # the uncertainty raster added after each run (the Review page)
    fields: bool = False  # field parcels made after each run (the layer "Fields (APT)")
    field_spacing_m: float = 0.0  # their point spacing (0: the table's default, 32 pixels)
    field_min_score: float = float(option("FIELD_MIN_SCORE").default)
    field_min_stability: float = float(option("FIELD_MIN_STABILITY").default)
    min_field_area_m2: float = float(option("MIN_FIELD_AREA").default)
    advanced_open: bool = False  # the Map page's advanced settings unfolded
    reference_classes: str = "1"  # the Check page's cropland values of a reference raster
    adapter: str = ""  # the adapter file learnt last (Learn from corrections...)
    use_adapter: bool = True  # the Map page's "Use the adapter"

    @classmethod
    def load(cls) -> DockSettings:
        store = QgsSettings()
        values = {}
        for f in fields(cls):
            default = f.default
            raw = store.value(PREFIX + f.name, default)
            try:
                if isinstance(default, bool):
                    values[f.name] = raw in (True, "true", "True", "1", 1)
                else:
                    values[f.name] = type(default)(raw)
            except (TypeError, ValueError):
                values[f.name] = default
        return cls(**values)

    def save(self) -> None:
        store = QgsSettings()
        for name, value in asdict(self).items():
            store.setValue(PREFIX + name, value)
