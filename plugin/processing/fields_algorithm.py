"""Processing algorithm ``aptcropland:fields``: field parcels inside an existing cropland map.

The image, a cropland polygon layer (ours or any other, any CRS: reprojected by the core) and a
SAM checkpoint; the fields are made by the core's :func:`~..core.fields.run.make_fields` on the
image's tiles (SAM encodes each tile with cropland once, then decoder passes only).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from ..core.accuracy.grid import VectorSource
from ..core.config import Config
from ..core.fields.polygons import LAYER_NAME as FIELDS_LAYER
from ..core.imagery.reader import parse_bands
from ..core.install.dependencies import install_hint, missing_dependencies
from ..toolbelt.i18n import tr
from .base import AptAlgorithm, ProcessingFeedback
from .fields_parameters import FIELD_OPTIONS, field_fields, read_field_options
from .imagery_parameters import add_imagery_parameters, read_imagery_parameters
from .option_parameters import add_parameters, checkpoint_path
from .parameters import enum_name
from .prompt_inputs import EXTENT, IMAGE, OVERLAP, TILE_SIZE, file_raster
from .run_outputs import copy_layer

CROPLAND, OUTPUT = "CROPLAND", "OUTPUT"
CHECKPOINT, DEVICE, PRECISION, BANDS = "CHECKPOINT", "DEVICE", "PRECISION", "BANDS"


class FieldsAlgorithm(AptAlgorithm):
    """Field parcels with SAM inside a cropland polygon layer over an image."""

    def name(self) -> str:
        return "fields"

    def displayName(self) -> str:
        return tr("Field parcels inside a cropland map")

    def help_text(self) -> str:
        return tr(
            "Delineates the field parcels inside an existing cropland map (made by APT Cropland or any "
            "other polygon layer, in any CRS) with Segment Anything (SAM) on the image.\n\n"
            "Per tile, a grid of single point prompts over the cropland (FIELD_POINT_SPACING metres apart; "
            "default 32 pixels) is decoded with SAM's multimask output; masks are kept by predicted IoU "
            "(FIELD_MIN_SCORE) and stability (FIELD_MIN_STABILITY) as SAM's automatic mask generator does, "
            "painted higher score first so no two fields overlap, joined across tile borders, clipped to "
            "the cropland, and pieces under MIN_FIELD_AREA join a neighbour or are dropped.\n\n"
            "Each field has field_id, area_ha, perimeter_m, score (predicted IoU), stability and mean_prob. "
            "The checkpoint is an official SAM, SAM 2.1 or HQ-SAM file, or its id from the model folder."
        )

    def initAlgorithm(self, config=None) -> None:
        add_parameters(self, [IMAGE])
        self.addParameter(QgsProcessingParameterFeatureSource(
            CROPLAND, tr("Cropland polygons (any CRS)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        add_parameters(self, [CHECKPOINT, DEVICE, PRECISION, BANDS])
        add_imagery_parameters(self)
        add_parameters(self, [EXTENT, TILE_SIZE, OVERLAP])
        add_parameters(self, list(FIELD_OPTIONS))
        for name in FIELD_OPTIONS:  # this algorithm's own settings: shown, not advanced
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() & ~QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Field parcels inside the cropland"), QgsProcessing.SourceType.TypeVectorPolygon))

    def process(self, parameters, context, feedback) -> dict:
        if missing := missing_dependencies():
            hint = install_hint(missing)  # translated there
            raise QgsProcessingException(hint)
        from ..core.fields.masks import FieldParams  # torch: loaded when SAM first runs
        from ..core.fields.run import make_fields
        from ..core.models.sam_engine import SamEngine

        image = file_raster(self, parameters, IMAGE, context, tr("image"))
        if image is None:
            raise QgsProcessingException(tr("Choose an image raster layer."))
        cropland = self._cropland(parameters, context, feedback)
        config = self._config(parameters, context, image)
        params = FieldParams.of(config)
        params.validate()
        engine = SamEngine(config.checkpoint, config.device, precision=config.precision, keep=False)
        out = QgsProcessingUtils.generateTempFilename("apt_cropland_fields.gpkg")
        result = make_fields(config, cropland, engine, params, out, ProcessingFeedback(feedback))
        feedback.pushInfo(tr("{count} field parcels; SAM encoded {tiles} tiles.").format(
            count=result.n_fields, tiles=result.encoder_runs))
        return {OUTPUT: copy_layer(self, result.path, FIELDS_LAYER, OUTPUT, field_fields(), parameters, context,
                                   image.crs())}

    def _cropland(self, parameters, context, feedback) -> VectorSource:
        """The cropland layer as a file OGR reads (its own file, else a copy; selections and filters kept)."""
        source = self.parameterAsSource(parameters, CROPLAND, context)
        if source is None:
            raise QgsProcessingException(tr("Choose the cropland polygon layer the fields are drawn inside."))
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("The cropland layer has no polygons: choose a cropland map with "
                                            "cropland in it."))
        path, layer_name = self.parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, CROPLAND, context, ["gpkg", "shp"], "gpkg", feedback)
        return VectorSource(path, layer_name or None)

    def _config(self, parameters, context, image) -> Config:
        extent = None
        if parameters.get(EXTENT):
            rect = self.parameterAsExtent(parameters, EXTENT, context, image.crs())
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        config = Config(image=image.source(), extent=extent,
                        tile_size=self.parameterAsInt(parameters, TILE_SIZE, context),
                        overlap=self.parameterAsInt(parameters, OVERLAP, context))
        config.checkpoint = checkpoint_path(self, parameters, context)
        config.device = enum_name(self, parameters, DEVICE, context)
        config.precision = enum_name(self, parameters, PRECISION, context)
        config.bands = parse_bands(self.parameterAsString(parameters, BANDS, context))
        read_imagery_parameters(self, parameters, context, config)
        read_field_options(self, parameters, context, config)
        config.overwrite = True  # Processing owns its destination and asks before replacing it
        return config
