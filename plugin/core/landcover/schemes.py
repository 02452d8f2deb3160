"""Global land cover class schemes: which class values mean cropland (data, not code)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import AptInputError
from ..i18n import tr


@dataclass(frozen=True)
class GlcScheme:
    """A land cover product and the class values it uses for cropland."""

    key: str
    name: str
    cropland: tuple[int, ...]
    note: str = ""


SCHEMES: dict[str, GlcScheme] = {
    s.key: s
    for s in (
        GlcScheme("worldcover", "ESA WorldCover (10 m)", (40,), "class 40 = cropland"),
        GlcScheme("esri", "Esri Land Cover (10 m)", (5,), "class 5 = crops"),
        GlcScheme("dynamicworld", "Google Dynamic World", (4,), "label 4 = crops"),
        GlcScheme("cgls", "Copernicus CGLS-LC100", (40,), "class 40 = cultivated and managed vegetation"),
        GlcScheme("globeland30", "GlobeLand30", (10,), "class 10 = cultivated land"),
        GlcScheme("fromglc10", "FROM-GLC10", (10,), "class 10 = cropland"),
        GlcScheme("clcd", "CLCD (China)", (1,), "class 1 = cropland"),
    )
}
DEFAULT_SCHEME = "worldcover"


def parse_classes(text: str) -> tuple[int, ...]:
    """Parse "40" or "10, 11,12" (or a scheme key such as "esri") into class values."""
    cleaned = (text or "").strip()
    if not cleaned:
        return SCHEMES[DEFAULT_SCHEME].cropland
    if cleaned.lower() in SCHEMES:
        return SCHEMES[cleaned.lower()].cropland
    values: list[int] = []
    for part in cleaned.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            values.append(int(part))
        except ValueError:
            raise AptInputError(
                tr(
                    "Cropland classes must be whole numbers separated by commas (for example "
                    "'40' or '10,11,12') or a scheme name ({schemes}); got {text!r}."
                ).format(schemes=", ".join(SCHEMES), text=text)
            ) from None
    if not values:
        raise AptInputError(tr("No cropland class values found in {text!r}.").format(text=text))
    return tuple(sorted(set(values)))
