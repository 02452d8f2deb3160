"""Processing algorithm ``aptcropland:prompts``: APT prompt points from a land cover layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
)

from ..core.pipeline import plan_prompts
from ..toolbelt.i18n import tr
from ..toolbelt.layers import point_fields, write_points
from .base import AptAlgorithm, ProcessingFeedback
from .imagery_parameters import add_imagery_parameters, read_imagery_parameters
from .prompt_inputs import add_prompt_parameters, prompt_config
from .run_outputs import (
    OUTPUT_AGREEMENT,
    OUTPUT_GLC,
    POINT_TYPE,
    add_agreement_output,
    add_glc_output,
    report_tiles,
    write_glc_output,
)


class GeneratePromptsAlgorithm(AptAlgorithm):
    """Positive points inside GLC cropland, negative points outside, split into rounds."""

    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "prompts"

    def displayName(self) -> str:
        return tr("Generate APT prompt points")

    def help_text(self) -> str:
        return tr(
            "Samples SAM prompt points from a global land cover product (APT method): for each image "
            "tile, positive points spread evenly inside the land cover's cropland and as many negative "
            "points outside it, kept an edge margin away from class boundaries and split into rounds.\n\n"
            "The land cover is warped (nearest neighbour) onto the image grid, whatever the two CRSs. "
            "Cropland class values: 40 for ESA WorldCover and CGLS-LC100, 5 for Esri, 4 for Dynamic "
            "World, 10 for GlobeLand30 and FROM-GLC10, 1 for CLCD, or any list such as '10,11,12'.\n\n"
            "Output: points in the image CRS with fields label (1 cropland, 0 not), round and tile. "
            "Edit them and feed them to 'Auto-prompt cropland' as its prompt layer."
        )


    def initAlgorithm(self, config=None) -> None:
        add_prompt_parameters(self)
        add_imagery_parameters(self, sam_input=False)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Prompt points")))
        add_agreement_output(self)
        add_glc_output(self)

    def process(self, parameters, context, feedback) -> dict:
        config, image = prompt_config(self, parameters, context)
        read_imagery_parameters(self, parameters, context, config)
        if not config.glc:
            raise QgsProcessingException(tr("Choose a land cover (GLC) raster layer, or the online ESA WorldCover."))
        config.agreement_output = self.parameterAsOutputLayer(parameters, OUTPUT_AGREEMENT, context) or None
        plan = plan_prompts(config, ProcessingFeedback(feedback))
        for note in plan.notes:
            feedback.pushInfo(note)
        report_tiles(plan, feedback)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, point_fields(), POINT_TYPE, image.crs())
        write_points(sink, plan.points)
        outputs = {self.OUTPUT: dest}
        if config.agreement_output:
            outputs[OUTPUT_AGREEMENT] = config.agreement_output
        if (saved := write_glc_output(self, parameters, context, config)) is not None:
            outputs[OUTPUT_GLC] = saved
        return outputs
