"""The run's options in one table, for the three faces: the dock, Processing and the command line.

Each :class:`RunOption` says what the option is called in Processing (the parameter name scripts
and models use), on the command line (the flag), which :class:`~.config.Config` field it fills, its
kind, default, choices and help. Processing's parameters, the command line's flags and the dock's
defaults and tooltips are made from it, and ``tests/qgis/test_option_parity.py`` checks that each
option marked for a face is reachable there with the same default. :data:`RUN_OUTPUTS` does the same
for the files a run writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .i18n import tr
from .imagery.bands import AUTO, PRESETS
from .imagery.temporal import PER_DATE, SINGLE, STRETCHES, TEMPORAL_MODES
from .landcover.agreement import AGREEMENT_RULES, ALL
from .models.catalog import DEFAULT_MODEL, DEVICES, PRECISIONS

# The faces
DOCK, PROCESSING, CLI = "dock", "processing", "cli"
EVERY_FACE = frozenset({DOCK, PROCESSING, CLI})
NOT_DOCK = frozenset({PROCESSING, CLI})

# The kinds of value (each face makes its own widget, parameter or flag from the kind)
INT, FLOAT, TEXT, CHOICE = "int", "float", "text", "choice"
RASTER, RASTERS, LAND_COVER, LAND_COVERS, EXTENT, MODEL, POINTS = (
    "raster", "rasters", "land_cover", "land_covers", "extent", "model", "points")
FILE, FOLDER = "file", "folder"
PROCESSING_ONLY = frozenset({PROCESSING})
TEXT_KINDS = (TEXT,)  # given as text on every face, parsed by the core (bands, dates, classes...)


@dataclass(frozen=True)
class RunOption:
    """One option of a run, as every face shows it."""

    name: str  # Processing's parameter name (kept as it is: scripts and models use it)
    flag: str | None  # the command line's flag (None: not on the command line)
    field: str | None  # the Config field it fills (None: read by the face itself)
    kind: str
    default: Any
    help: str  # translated
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False
    advanced: bool = False
    faces: frozenset[str] = EVERY_FACE
    extension: str = ""  # a FILE's extension (without the dot)

    def on(self, face: str) -> bool:
        return face in self.faces


@dataclass(frozen=True)
class RunOutput:
    """One file a run may write: its Processing output, its command-line switch and file name."""

    name: str  # Processing's output parameter
    key: str  # its name in a run's result and in the command line's --json "outputs"
    field: str | None  # the Config field that holds its path (None: written by the face)
    file: str | None  # its file name in the command line's --out
    flag: str | None  # the command-line switch that asks for it (None: always written there)
    kind: str  # "vector" or "raster"
    help: str
    faces: frozenset[str] = EVERY_FACE

    def on(self, face: str) -> bool:
        return face in self.faces


def run_options() -> tuple[RunOption, ...]:
    """Every run option, in the order the faces show them (made per call: the help is translated)."""
    return (
        RunOption("IMAGE", "--image", "image", RASTER, None, tr("Image")),
        RunOption("GLC", "--glc", "glc", LAND_COVER, None, tr("Global land cover (GLC)"), optional=True),
        RunOption("CROPLAND_CLASSES", "--classes", "cropland_classes", TEXT, "40",
                  tr("Cropland class values in the GLC")),
        RunOption("MORE_GLC", "--more-glc", "more_glc", LAND_COVERS, None,
                  tr("More land covers, voting with the first"), optional=True),
        RunOption("MORE_GLC_CLASSES", "--more-classes", None, TEXT, "",
                  tr("Their cropland classes, one list per land cover separated by ';' (e.g. 5;4 or "
                     "esri;dynamicworld)"), optional=True),
        RunOption("AGREEMENT", "--agreement", "agreement", CHOICE, ALL,
                  tr("Agreement of the land covers: all (every product) or majority (more than half)"),
                  choices=AGREEMENT_RULES),
        RunOption("CONCEPT", "--concept", "concept", TEXT, "",
                  tr("Concept: a noun phrase in English that SAM 3 segments on each tile (e.g. agricultural field), "
                     "voting with the land covers; needs a SAM 3 model (empty = off)"), optional=True, advanced=True),
        RunOption("EXTENT", "--extent", "extent", EXTENT, None, tr("Extent (default: whole image)"), optional=True),
        RunOption("POINTS_PER_CLASS", "--points-per-class", "points_per_class", INT, 30, tr("Points per class"),
                  minimum=1),
        RunOption("ROUNDS", "--rounds", "rounds", INT, 3, tr("Rounds"), minimum=1),
        RunOption("EDGE_MARGIN", "--edge-margin", "edge_margin_m", FLOAT, None,
                  tr("Edge margin in metres (default: one GLC pixel)"), minimum=0, optional=True, advanced=True),
        RunOption("SEED", "--seed", "seed", INT, 0, tr("Random seed"), advanced=True),
        RunOption("TILE_SIZE", "--tile-size", "tile_size", INT, 1024, tr("Tile size (pixels)"), minimum=64,
                  advanced=True, faces=NOT_DOCK),
        RunOption("OVERLAP", "--overlap", "overlap", INT, 128, tr("Tile overlap (pixels)"), minimum=0,
                  advanced=True, faces=NOT_DOCK),
        RunOption("CHECKPOINT", "--checkpoint", "checkpoint", MODEL, DEFAULT_MODEL,
                  tr("SAM checkpoint: a .pth/.pt file, a SAM 3 folder (config.json and model.safetensors), or a "
                     "model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, "
                     "sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)"), optional=True),
        RunOption("ADAPTER", "--adapter", "adapter", FILE, None,
                  tr("Adapter: a .pt file made by 'adapt' for this checkpoint (the decoder adapted to the region)"),
                  optional=True, extension="pt"),
        RunOption("DEVICE", "--device", "device", CHOICE, DEVICES[0], tr("Device"), choices=DEVICES),
        RunOption("PRECISION", "--precision", "precision", CHOICE, PRECISIONS[0],
                  tr("Encoder precision (auto: bf16/fp16 where the hardware has it)"), choices=PRECISIONS,
                  advanced=True),
        RunOption("BATCH_SIZE", "--batch-size", "batch_size", INT, 0,
                  tr("Tiles per encoder pass (0 = automatic: one on a CPU, what the memory holds on a GPU)"),
                  minimum=0, maximum=64, advanced=True, faces=NOT_DOCK),
        RunOption("BANDS", "--bands", "bands", TEXT, "", tr("Bands for SAM's red, green, blue (e.g. 1,2,3)"),
                  optional=True),
        RunOption("BANDS_PRESET", "--bands-preset", "bands_preset", CHOICE, AUTO,
                  tr("Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, green), "
                     "agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)"), choices=PRESETS),
        RunOption("DATES", "--dates", "dates", TEXT, "",
                  tr("Dates as band groups of the image, ';' between dates (e.g. 1,2,3,4;5,6,7,8)"), optional=True),
        RunOption("MORE_IMAGES", "--more-images", "more_images", RASTERS, None,
                  tr("More dates: further rasters of the same place (any CRS and resolution)"), optional=True,
                  faces=NOT_DOCK),
        RunOption("TEMPORAL", "--temporal", "temporal", CHOICE, SINGLE,
                  tr("Several dates: single (the first date), composite (NDVI of the dates as one image), "
                     "ensemble (SAM on every date, averaged)"), choices=TEMPORAL_MODES),
        RunOption("NDVI_BANDS", "--ndvi-bands", "ndvi_bands", TEXT, "",
                  tr("NDVI bands: red and NIR positions in a date's bands (default: from the band names)"),
                  optional=True, advanced=True, faces=NOT_DOCK),
        RunOption("DATE_MASKS", "--date-masks", "date_masks", TEXT, "",
                  tr("Mask band per date, ';' between dates (non-zero = cloud or no data; 0 = none)"),
                  optional=True, advanced=True, faces=NOT_DOCK),
        RunOption("STRETCH", "--stretch", "stretch", CHOICE, PER_DATE,
                  tr("Stretch of several dates: per_date (each date's own percentiles) or shared (one per band "
                     "over all dates)"), choices=STRETCHES, advanced=True, faces=NOT_DOCK),
        RunOption("PROMPTS", "--prompts", "prompts", POINTS, None,
                  tr("Prompt points to use instead of generating them (field 'label')"), optional=True),
        RunOption("MIN_AREA", "--min-area", "min_area_m2", FLOAT, 500.0, tr("Minimum polygon and hole area (m2)"),
                  minimum=0),
        RunOption("SIMPLIFY", "--simplify", "simplify_m", FLOAT, 0.0, tr("Simplify tolerance (m, 0 = none)"),
                  minimum=0, advanced=True),
        RunOption("ENSEMBLE", "--ensemble", "ensemble", INT, 1,
                  tr("Ensemble: prompt draws per tile, averaged (1 = APT as published)"), minimum=1, maximum=64),
        RunOption("FIELD_POINT_SPACING", "--field-point-spacing", "field_spacing_m", FLOAT, None,
                  tr("Field parcels: spacing of their point prompts in metres (default: 32 pixels)"), minimum=0,
                  optional=True, advanced=True),
        RunOption("FIELD_MIN_SCORE", "--field-min-score", "field_min_score", FLOAT, 0.8,
                  tr("Field parcels: lowest predicted IoU of a field's mask (0-1)"), minimum=0, maximum=1,
                  advanced=True),
        RunOption("FIELD_MIN_STABILITY", "--field-min-stability", "field_min_stability", FLOAT, 0.9,
                  tr("Field parcels: lowest stability score of a field's mask (0-1)"), minimum=0, maximum=1,
                  advanced=True),
        RunOption("MIN_FIELD_AREA", "--min-field-area", "min_field_area_m2", FLOAT, 2000.0,
                  tr("Field parcels: minimum field area (m2; smaller pieces join a neighbour or are dropped)"),
                  minimum=0, advanced=True),
        RunOption("SCHEDULER", "--scheduler", None, TEXT, "",
                  tr("Dask scheduler to run the tiles on (tls://host:port, or tcp://host:port on a trusted network "
                     "only; empty: this computer)"), optional=True, advanced=True, faces=NOT_DOCK),
        RunOption("RUN_FOLDER", None, None, FOLDER, None,
                  tr("Run folder every worker can reach (a shared disk; default: QGIS's temporary folder)"),
                  optional=True, advanced=True, faces=PROCESSING_ONLY),
        RunOption("TLS_CA_FILE", "--tls-ca-file", None, FILE, None,
                  tr("TLS: the scheduler's certificate authority (PEM; for tls://)"), optional=True, advanced=True,
                  faces=NOT_DOCK),
        RunOption("TLS_CERT", "--tls-cert", None, FILE, None, tr("TLS: this computer's certificate (PEM; for tls://)"),
                  optional=True, advanced=True, faces=NOT_DOCK),
        RunOption("TLS_KEY", "--tls-key", None, FILE, None,
                  tr("TLS: the private key of that certificate (PEM; for tls://)"), optional=True, advanced=True,
                  faces=NOT_DOCK),
    )


def run_outputs() -> tuple[RunOutput, ...]:
    """The files a run may write (the cropland polygons always)."""
    return (
        RunOutput("OUTPUT", "cropland", "output", "cropland.gpkg", None, "vector", tr("Cropland")),
        RunOutput("OUTPUT_PROMPTS", "prompts", None, "prompts.gpkg", None, "vector", tr("Prompt points used")),
        RunOutput("OUTPUT_PROBABILITY", "probability", "probability_output", "probability.tif", None, "raster",
                  tr("Cropland probability")),
        RunOutput("OUTPUT_UNCERTAINTY", "uncertainty", "uncertainty_output", "uncertainty.tif", "--uncertainty",
                  "raster", tr("Uncertainty (0 = all draws agree confidently, 1 = unsure)")),
        RunOutput("OUTPUT_AGREEMENT", "agreement", "agreement_output", "agreement.tif", "--agreement-raster",
                  "raster",
                  tr("Land cover agreement: products (and the concept, if any) calling each pixel cropland "
                     "(255: no data)"), faces=NOT_DOCK),
        RunOutput("OUTPUT_CONCEPT", "concept", "concept_output", "concept.tif", "--concept-raster", "raster",
                  tr("Concept: where SAM 3 finds it (1), not (0), no data (255)"), faces=NOT_DOCK),
        RunOutput("OUTPUT_REVIEW", "review", "review_output", "review.gpkg", "--review", "vector",
                  tr("Review areas: where the map and the land covers disagree, ranked")),
        RunOutput("OUTPUT_FIELDS", "fields", "fields_output", "fields.gpkg", "--fields", "vector",
                  tr("Field parcels inside the cropland")),
        RunOutput("OUTPUT_GLC", "land_cover", None, "land_cover.tif", "--save-glc", "raster",
                  tr("Land cover used (clipped to the image)")),
    )


def option(name: str) -> RunOption:
    """The option of that Processing name."""
    for item in run_options():
        if item.name == name:
            return item
    raise KeyError(name)


def output(name: str) -> RunOutput:
    """The output of that Processing name."""
    for item in run_outputs():
        if item.name == name:
            return item
    raise KeyError(name)
