"""Band presets by sensor: which bands of a raster (or of one date's band group) SAM sees.

The bands' roles (red, NIR, SWIR 1...) are found from the band descriptions (Sentinel-2 ``B01`` ...
``B12``, ``B8A``; Landsat 8/9 Collection 2 ``SR_B1`` ... ``SR_B7``; PlanetScope's and other
products' common names ``blue``, ``nir``...), else from the colour interpretation, else from the
band count of known products; what was found and why goes to the log.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasterio.enums import ColorInterp

from ..errors import AptInputError
from ..i18n import tr

AUTO, NATURAL, FALSE_COLOUR, AGRICULTURE, NDVI = "auto", "natural", "false_colour", "agriculture", "ndvi"
PRESETS = (AUTO, NATURAL, FALSE_COLOUR, AGRICULTURE, NDVI)
# the channels of each preset, by role; NDVI is computed from the red and NIR bands
PRESET_ROLES = {
    NATURAL: ("red", "green", "blue"),
    FALSE_COLOUR: ("nir", "red", "green"),
    AGRICULTURE: ("swir1", "nir", "blue"),
    NDVI: (NDVI, "nir", "red"),
}

# Sentinel-2 band codes and Landsat 8/9 surface reflectance band numbers, by role
SENTINEL2 = {"blue": "02", "green": "03", "red": "04", "rededge": "05", "nir": "08", "swir1": "11", "swir2": "12"}
LANDSAT = {"coastal": 1, "blue": 2, "green": 3, "red": 4, "nir": 5, "swir1": 6, "swir2": 7}
# common band names (PlanetScope, STAC's eo extension, NAIP stacks); PlanetScope 8-band's green_i
# and yellow keep their own names
COMMON_NAMES = {
    "blue": "blue", "green": "green", "red": "red", "nir": "nir", "nir08": "nir", "near_infrared": "nir",
    "nearinfrared": "nir", "swir1": "swir1", "swir16": "swir1", "swir_1": "swir1", "swir2": "swir2",
    "swir22": "swir2", "swir_2": "swir2", "rededge": "rededge", "red_edge": "rededge", "coastal_blue": "coastal",
    "coastal": "coastal",
}
S2_L2A = ("01", "02", "03", "04", "05", "06", "07", "08", "8A", "09", "11", "12")
S2_L1C = ("01", "02", "03", "04", "05", "06", "07", "08", "8A", "09", "10", "11", "12")
_S2_NAME = re.compile(r"^b(\d{1,2}|8a)$")
_LANDSAT_NAME = re.compile(r"^sr_b(\d{1,2})$")


def role_label(role: str) -> str:
    """A role as a person reads it."""
    return {
        "red": tr("red"), "green": tr("green"), "blue": tr("blue"), "nir": tr("NIR"), "swir1": tr("SWIR 1"),
        "swir2": tr("SWIR 2"), "rededge": tr("red edge"), "coastal": tr("coastal"), NDVI: tr("NDVI"),
    }.get(role, role)


@dataclass(frozen=True)
class BandRoles:
    """Band positions (1-based, in the raster or in one date's group) by role, and how they were found."""

    roles: dict[str, int]
    source: str  # translated: "the Sentinel-2 band names", ...

    def position(self, role: str) -> int | None:
        return self.roles.get(role)


def _normalise(name: str | None) -> str:
    return re.sub(r"[\s\-]+", "_", (name or "").strip().lower())


def _sentinel2(names: list[str]) -> dict[str, int] | None:
    codes = {}
    for i, name in enumerate(names):
        if match := _S2_NAME.match(name):
            code = match.group(1).upper()
            codes[code.zfill(2) if code != "8A" else code] = i + 1
    if len(codes) < 2:
        return None
    roles = {role: codes[code] for role, code in SENTINEL2.items() if code in codes}
    if "nir" not in roles and "8A" in codes:  # the 20 m stacks have B8A and no B08
        roles["nir"] = codes["8A"]
    return roles


def _landsat(names: list[str]) -> dict[str, int] | None:
    numbers = {int(m.group(1)): i + 1 for i, name in enumerate(names) if (m := _LANDSAT_NAME.match(name))}
    if len(numbers) < 2:
        return None
    return {role: numbers[n] for role, n in LANDSAT.items() if n in numbers}


def _common(names: list[str]) -> dict[str, int] | None:
    roles = {}
    for i, name in enumerate(names):
        role = COMMON_NAMES.get(name)
        if role is not None and role not in roles:
            roles[role] = i + 1
    return roles if len(roles) >= 2 else None


def _by_colour(colorinterp: Sequence[ColorInterp]) -> dict[str, int] | None:
    wanted = {ColorInterp.red: "red", ColorInterp.green: "green", ColorInterp.blue: "blue"}
    roles = {wanted[ci]: i + 1 for i, ci in enumerate(colorinterp) if ci in wanted}
    if len(roles) < 3:
        return None
    others = [i + 1 for i, ci in enumerate(colorinterp) if ci not in wanted and ci != ColorInterp.alpha]
    if len(colorinterp) == 4 and len(others) == 1:  # NAIP: red, green, blue and one more, its NIR
        roles["nir"] = others[0]
    return roles


def _by_count(count: int) -> tuple[dict[str, int], str] | None:
    if count == 4:
        return {"red": 1, "green": 2, "blue": 3, "nir": 4}, tr(
            "its band count (4 bands without names: taken as red, green, blue, NIR, NAIP's order; "
            "PlanetScope 4-band files are blue, green, red, NIR: set the bands if so)")
    if count == 3:
        return {"red": 1, "green": 2, "blue": 3}, tr("its band count (3 bands: taken as red, green, blue)")
    for order, product in ((S2_L2A, tr("Sentinel-2 L2A without B10")), (S2_L1C, tr("Sentinel-2 L1C"))):
        if count == len(order):
            roles = {role: order.index(code) + 1 for role, code in SENTINEL2.items()}
            return roles, tr("its band count ({count} bands: the order of {product})").format(
                count=count, product=product)
    if count == 7:
        return dict(LANDSAT), tr("its band count (7 bands: Landsat 8/9 surface reflectance SR_B1 ... SR_B7)")
    return None


def detect_roles(descriptions: Sequence[str | None], colorinterp: Sequence[ColorInterp]) -> BandRoles | None:
    """The roles of a raster's (or one date group's) bands, or None when nothing tells them."""
    names = [_normalise(d) for d in descriptions]
    for finder, source in ((_landsat, tr("the Landsat band names (SR_B1 ... SR_B7)")),
                           (_sentinel2, tr("the Sentinel-2 band names (B01 ... B12, B8A)")),
                           (_common, tr("the band names"))):
        roles = finder(names)
        if roles:
            return BandRoles(roles, source)
    if roles := _by_colour(colorinterp):
        return BandRoles(roles, tr("the colour interpretation"))
    if found := _by_count(len(names)):
        return BandRoles(*found)
    return None


def parse_preset(name: str | None) -> str:
    """A preset name (empty: ``auto``); an unknown one is an input error."""
    name = (name or AUTO).strip().lower()
    if name not in PRESETS:
        raise AptInputError(
            tr("Unknown band preset {name!r}; choose one of {choices}.").format(name=name, choices=", ".join(PRESETS))
        )
    return name


@dataclass(frozen=True)
class BandChoice:
    """SAM's three channels: band positions, or ``NDVI`` (computed from ``ndvi``'s red and NIR)."""

    channels: tuple[int | str, ...]
    ndvi: tuple[int, int] | None = None  # (red, nir) positions, when a channel is NDVI
    note: str = ""


def _names(channels: Sequence[int | str]) -> str:
    return ", ".join(str(c) if isinstance(c, int) else role_label(c) for c in channels)


def choose_bands(preset: str, roles: BandRoles | None, count: int, what: str) -> BandChoice:
    """The channels of ``preset`` (not ``auto``) from the found roles; ``what`` names the bands for a
    person ("the image", "date 1's group")."""
    wanted = PRESET_ROLES[preset]
    if roles is None:
        raise AptInputError(
            tr("The preset {preset!r} needs to know which band is which, but {what} has {count} bands without "
               "names, colour interpretation or a known band count. Set the bands (e.g. 4,3,2), or the dates' "
               "band groups if the image holds several dates.").format(
                preset=preset, what=what, count=count)
        )
    needed = [r for r in wanted if r != NDVI] + (["red", "nir"] if NDVI in wanted else [])
    missing = [r for r in dict.fromkeys(needed) if roles.position(r) is None]
    if missing:
        raise AptInputError(
            tr("The preset {preset!r} needs a {band} band, and {what} has none (its bands were read from "
               "{source}). Choose another preset or set the bands.").format(
                preset=preset, band=role_label(missing[0]), what=what, source=roles.source)
        )
    channels = tuple(NDVI if r == NDVI else roles.roles[r] for r in wanted)
    ndvi = (roles.roles["red"], roles.roles["nir"]) if NDVI in wanted else None
    note = tr("Bands for SAM: {bands} (preset {preset}: {roles}), found from {source}.").format(
        bands=_names(channels), preset=preset, roles=", ".join(role_label(r) for r in wanted), source=roles.source)
    return BandChoice(channels, ndvi, note)


def ndvi_bands(explicit: tuple[int, ...] | None, roles: BandRoles | None, count: int) -> tuple[tuple[int, int], str]:
    """The (red, NIR) positions for NDVI: given, else from the roles, else an input error."""
    if explicit is not None:
        if len(explicit) != 2:
            raise AptInputError(
                tr("The NDVI bands are two positions in a date's bands, red then NIR (e.g. 3,4); got {count}.").format(
                    count=len(explicit))
            )
        bad = [b for b in explicit if not 1 <= b <= count]
        if bad:
            raise AptInputError(
                tr("A date has bands 1 to {count}; NDVI band {band} does not exist.").format(count=count, band=bad[0])
            )
        return (explicit[0], explicit[1]), tr("NDVI from bands {red} (red) and {nir} (NIR), as set.").format(
            red=explicit[0], nir=explicit[1])
    if roles is not None and roles.position("red") and roles.position("nir"):
        red, nir = roles.roles["red"], roles.roles["nir"]
        return (red, nir), tr("NDVI from bands {red} (red) and {nir} (NIR), found from {source}.").format(
            red=red, nir=nir, source=roles.source)
    raise AptInputError(
        tr("Cannot tell which bands are red and NIR for NDVI ({count} bands without names or a known band "
           "count): set the NDVI bands, positions in a date's bands (e.g. 3,4).").format(count=count)
    )
