"""The dock's settings, kept in ``QgsSettings`` across QGIS restarts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

PREFIX = "apt_cropland/dock/"


@dataclass
class DockSettings:
    """What the analyst set in the dock last time."""

    scheme: str = "worldcover"
    custom_classes: str = ""
    points_per_class: int = 30
    rounds: int = 3
    edge_margin_m: float = 0.0
    seed: int = 0
    checkpoint: str = ""
    device: str = "auto"
    precision: str = "auto"
    min_area_m2: float = 500.0
    simplify_m: float = 0.0
    probability: bool = False
    save_glc: bool = False

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
