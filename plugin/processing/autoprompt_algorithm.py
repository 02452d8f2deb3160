"""Processing algorithm ``aptcropland:autoprompt``: the whole APT pipeline to cropland polygons."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsProcessingUtils,
)

from ..core.fields.polygons import LAYER_NAME as FIELDS_LAYER
from ..core.imagery.reader import parse_bands
from ..core.install.dependencies import install_hint, missing_dependencies
from ..core.pipeline import run
from ..core.vectors.points_io import PROMPTS_LAYER
from ..core.vectors.review import REVIEW_LAYER
from ..core.vectors.vectorize import LAYER_NAME
from ..toolbelt.i18n import tr
from ..toolbelt.layers import copy_gpkg_layer, point_fields, polygon_fields, review_fields, write_points
from .base import AptAlgorithm, ProcessingFeedback
from .cluster_parameters import add_cluster_parameters, cluster_options, run_on_scheduler
from .fields_parameters import FIELD_OPTIONS, OUTPUT_FIELDS, field_fields, read_field_options
from .imagery_parameters import add_imagery_parameters, read_imagery_parameters
from .option_parameters import add_parameters, checkpoint_path
from .parameters import enum_name
from .prompt_inputs import add_prompt_parameters, prompt_config, read_prompt_source
from .run_outputs import (
    OUTPUT_AGREEMENT,
    OUTPUT_CONCEPT,
    OUTPUT_GLC,
    POINT_TYPE,
    add_agreement_output,
    add_concept_output,
    add_glc_output,
    copy_layer,
    report_tiles,
    wants_output,
    write_glc_output,
)

CONCEPT = "CONCEPT"


class AutoPromptAlgorithm(AptAlgorithm):
    """GLC pre-label, APT prompts, SAM in rounds per tile, blended mask, cropland polygons."""

    CHECKPOINT, DEVICE, BANDS, PROMPTS = "CHECKPOINT", "DEVICE", "BANDS", "PROMPTS"
    PRECISION, BATCH_SIZE, ADAPTER = "PRECISION", "BATCH_SIZE", "ADAPTER"
    MIN_AREA, SIMPLIFY = "MIN_AREA", "SIMPLIFY"
    OUTPUT, OUTPUT_PROMPTS, OUTPUT_PROBABILITY = "OUTPUT", "OUTPUT_PROMPTS", "OUTPUT_PROBABILITY"
    ENSEMBLE, OUTPUT_UNCERTAINTY, OUTPUT_REVIEW = "ENSEMBLE", "OUTPUT_UNCERTAINTY", "OUTPUT_REVIEW"

    def name(self) -> str:
        return "autoprompt"

    def displayName(self) -> str:
        return tr("Auto-prompt cropland")

    def help_text(self) -> str:
        return tr(
            "Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): "
            "no training labels are needed.\n\n"
            "For each image tile, positive and negative points are sampled from the land cover's "
            "cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a "
            "'label' field), and fed to SAM in rounds, each round refining the previous mask. "
            "Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.\n\n"
            "The SAM checkpoint is an official file of SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) or SAM 2.1 "
            "(sam2.1_hiera_small.pt: tiny, small, base+, large; SAM 2.0 files too), or its id; the model and "
            "version are detected from the weights. Loading never runs code from the file."
        )


    def initAlgorithm(self, config=None) -> None:
        add_prompt_parameters(self)
        add_parameters(self, [self.CHECKPOINT, self.ADAPTER, self.DEVICE, self.PRECISION, self.BATCH_SIZE, self.BANDS])
        add_parameters(self, [CONCEPT])
        add_imagery_parameters(self)
        add_parameters(self, [self.PROMPTS, self.MIN_AREA, self.SIMPLIFY, self.ENSEMBLE])
        add_parameters(self, list(FIELD_OPTIONS))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Cropland"), QgsProcessing.SourceType.TypeVectorPolygon)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PROMPTS, tr("Prompt points used"), QgsProcessing.SourceType.TypeVectorPoint,
                optional=True, createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_PROBABILITY, tr("Cropland probability"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_UNCERTAINTY, tr("Uncertainty (0 = all draws agree confidently, 1 = unsure)"),
                optional=True, createByDefault=False,
            )
        )
        add_agreement_output(self)
        add_concept_output(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_REVIEW, tr("Review areas: where the map and the land covers disagree, ranked"),
                QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT_FIELDS, tr("Field parcels inside the cropland"), QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True, createByDefault=False,
            )
        )
        add_glc_output(self)
        add_cluster_parameters(self)

    def process(self, parameters, context, feedback) -> dict:
        if missing := missing_dependencies():
            hint = install_hint(missing)  # translated there
            raise QgsProcessingException(hint)
        config, image = prompt_config(self, parameters, context)
        source = self.parameterAsSource(parameters, self.PROMPTS, context)
        if source is not None:
            config.prompts = read_prompt_source(source, image.crs(), context)
        elif not config.glc:
            raise QgsProcessingException(
                tr("Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points.")
            )
        config.checkpoint = checkpoint_path(self, parameters, context)
        config.adapter = self.parameterAsFile(parameters, self.ADAPTER, context).strip() or None
        config.device = enum_name(self, parameters, self.DEVICE, context)
        config.precision = enum_name(self, parameters, self.PRECISION, context)
        config.batch_size = self.parameterAsInt(parameters, self.BATCH_SIZE, context)
        config.min_area_m2 = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        config.simplify_m = self.parameterAsDouble(parameters, self.SIMPLIFY, context)
        config.output = QgsProcessingUtils.generateTempFilename("apt_cropland_polygons.gpkg")
        config.overwrite = True  # Processing owns its destinations and asks before replacing them.
        probability = self.parameterAsOutputLayer(parameters, self.OUTPUT_PROBABILITY, context)
        config.probability_output = probability or None
        config.bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        read_imagery_parameters(self, parameters, context, config)
        config.ensemble = self.parameterAsInt(parameters, self.ENSEMBLE, context)
        config.uncertainty_output = self.parameterAsOutputLayer(parameters, self.OUTPUT_UNCERTAINTY, context) or None
        config.agreement_output = self.parameterAsOutputLayer(parameters, OUTPUT_AGREEMENT, context) or None
        config.concept = self.parameterAsString(parameters, CONCEPT, context).strip()
        config.concept_output = self.parameterAsOutputLayer(parameters, OUTPUT_CONCEPT, context) or None
        if wants_output(parameters, self.OUTPUT_REVIEW):
            config.review_output = QgsProcessingUtils.generateTempFilename("apt_cropland_review.gpkg")
        scheduler, folder = cluster_options(self, parameters, context, config)
        wants_fields = wants_output(parameters, OUTPUT_FIELDS)
        if wants_fields:
            read_field_options(self, parameters, context, config)
            config.fields_output = QgsProcessingUtils.generateTempFilename("apt_cropland_fields.gpkg")
        if scheduler is not None:
            return self._cluster_outputs(config, scheduler, folder, parameters, context, feedback, image.crs())
        if folder is not None:
            feedback.pushInfo(tr("Finished tiles are kept in the run folder {folder}: running the same job again "
                                 "finishes it.").format(folder=folder))
        fields = None
        if wants_fields:
            from ..core.fields.masks import FieldParams  # torch: loaded when SAM first runs
            from ..core.fields.run import run_with_fields

            result, fields = run_with_fields(config, FieldParams.of(config), config.fields_output,
                                             feedback=ProcessingFeedback(feedback), run_folder=folder, resume=True)
        else:
            result = run(config, feedback=ProcessingFeedback(feedback), run_folder=folder, resume=True)
        report_tiles(result.plan, feedback)
        feedback.pushInfo(
            tr("{0} cropland polygons; SAM encoded {1} tiles.").format(result.n_polygons, result.encoder_runs)
        )
        outputs = {self.OUTPUT: copy_layer(self, result.polygons_path, LAYER_NAME, self.OUTPUT, polygon_fields(),
                                                 parameters, context, image.crs())}
        if fields is not None:
            outputs[OUTPUT_FIELDS] = copy_layer(self, fields.path, FIELDS_LAYER, OUTPUT_FIELDS, field_fields(),
                                                      parameters, context, image.crs())
        if result.review_path:
            outputs[self.OUTPUT_REVIEW] = copy_layer(self, result.review_path, REVIEW_LAYER, self.OUTPUT_REVIEW,
                                                           review_fields(), parameters, context, image.crs())
            feedback.pushInfo(tr("{count} review areas, ranked.").format(count=result.n_review))
        for key, path in ((self.OUTPUT_UNCERTAINTY, result.uncertainty_path),
                          (OUTPUT_AGREEMENT, result.agreement_path), (OUTPUT_CONCEPT, result.paths.get("concept"))):
            if path:
                outputs[key] = path
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT_PROMPTS, context, point_fields(), POINT_TYPE, image.crs()
        )
        if sink is not None:
            write_points(sink, result.plan.points)
            outputs[self.OUTPUT_PROMPTS] = dest
        if config.probability_output:
            outputs[self.OUTPUT_PROBABILITY] = config.probability_output
        if config.prompts is None and (saved := write_glc_output(self, parameters, context, config)) is not None:
            outputs[OUTPUT_GLC] = saved
        return outputs

    def _cluster_outputs(self, config, scheduler, folder, parameters, context, feedback, crs) -> dict:
        """Autoprompt's outputs from a cluster run (the tiles on ``scheduler``, the run files in ``folder``)."""
        result = run_on_scheduler(config, scheduler, folder, ProcessingFeedback(feedback))
        if result.failed:
            raise QgsProcessingException(
                tr("{count} tiles failed on the cluster (the others are kept in {folder}: run again to finish): "
                   "{tiles}").format(count=len(result.failed), folder=folder,
                                     tiles="; ".join(f"{f['tile']}: {f['error']}" for f in result.failed[:5]))
            )
        feedback.pushInfo(tr("{0} cropland polygons; SAM encoded {1} tiles.").format(
            result.n_polygons, result.tiles_computed))
        outputs = {self.OUTPUT: copy_layer(self, config.output, LAYER_NAME, self.OUTPUT, polygon_fields(),
                                                 parameters, context, crs)}
        if config.fields_output:
            feedback.pushInfo(tr("{count} field parcels.").format(count=result.n_fields))
            outputs[OUTPUT_FIELDS] = copy_layer(self, config.fields_output, FIELDS_LAYER, OUTPUT_FIELDS, field_fields(),
                                                parameters, context, crs)
        if config.review_output:
            outputs[self.OUTPUT_REVIEW] = copy_layer(self, config.review_output, REVIEW_LAYER, self.OUTPUT_REVIEW,
                                                           review_fields(), parameters, context, crs)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_PROMPTS, context, point_fields(), POINT_TYPE, crs)
        if sink is not None:
            copy_gpkg_layer(result.paths["prompts"], PROMPTS_LAYER, sink, point_fields())
            outputs[self.OUTPUT_PROMPTS] = dest
        for key, path in ((self.OUTPUT_PROBABILITY, config.probability_output),
                          (self.OUTPUT_UNCERTAINTY, config.uncertainty_output),
                          (OUTPUT_AGREEMENT, config.agreement_output)):
            if path:
                outputs[key] = path
        return outputs
