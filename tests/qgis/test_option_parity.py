"""One vocabulary for three faces: every run option and output of the table (core/options.py) that
is marked for a face is reachable there (a Processing parameter, a command-line flag, a dock
control) with the table's default, and each face's help lists it."""

from __future__ import annotations

import contextlib
import io

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterDefinition
from qgis.PyQt.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from apt_cropland.plugin.cli.arguments import dest, parser
from apt_cropland.plugin.core.options import CHOICE, CLI, DOCK, FLOAT, INT, PROCESSING, run_options, run_outputs

AUTOPROMPT = "aptcropland:autoprompt"


def _autoprompt(processing_provider):
    alg = QgsApplication.processingRegistry().algorithmById(AUTOPROMPT)
    assert alg is not None
    return alg


def test_every_processing_option_is_a_parameter_with_the_tables_default_and_help(processing_provider):
    alg = _autoprompt(processing_provider)
    names = {d.name() for d in alg.parameterDefinitions()}
    checked = 0
    for item in run_options():
        if not item.on(PROCESSING):
            continue
        definition = alg.parameterDefinition(item.name)
        assert definition is not None, f"{item.name} is not a parameter of {AUTOPROMPT}"
        assert definition.description() == item.help, item.name
        if item.kind in (INT, FLOAT, CHOICE):
            assert definition.defaultValue() == item.default, item.name
        assert bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional) == item.optional or \
            item.kind == CHOICE or item.name == "CHECKPOINT", item.name
        assert bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced) == item.advanced, \
            item.name
        checked += 1
    for item in run_outputs():
        if item.on(PROCESSING):
            assert item.name in names, item.name
            assert alg.parameterDefinition(item.name).description() == item.help
    assert checked >= 28


def test_every_cli_option_is_a_flag_with_the_tables_default_listed_in_the_help():
    run = parser()._subparsers._group_actions[0].choices["run"]
    actions = {a.option_strings[0]: a for a in run._actions if a.option_strings}
    help_text = io.StringIO()
    with contextlib.redirect_stdout(help_text), pytest.raises(SystemExit):
        parser().parse_args(["run", "--help"])
    checked = 0
    for item in run_options():
        if not item.on(CLI):
            continue
        action = actions.get(item.flag)
        assert action is not None, f"{item.name}: no flag {item.flag}"
        assert action.dest == dest(item)
        if item.kind in (INT, FLOAT, CHOICE):
            assert action.default == item.default, item.name
        if item.kind == CHOICE:
            assert tuple(action.choices) == item.choices
        assert item.flag in help_text.getvalue(), item.flag
        checked += 1
    for item in run_outputs():
        if item.flag and item.on(CLI):
            assert item.flag in actions and item.flag in help_text.getvalue(), item.flag
    assert checked >= 28


def test_the_command_line_has_what_processing_had_and_it_lacked():
    """The flags issue 22 found missing: now made from the table."""
    run = parser()._subparsers._group_actions[0].choices["run"]
    flags = {s for a in run._actions for s in a.option_strings}
    for flag in ("--bands-preset", "--stretch", "--dates", "--more-images", "--temporal", "--ndvi-bands",
                 "--date-masks", "--prompts", "--agreement-raster", "--review", "--save-glc"):
        assert flag in flags, flag


def test_every_dock_option_has_a_control_with_the_tables_default_and_its_tooltip(qgis_iface):
    from apt_cropland.plugin.gui.dock import AptCroplandDock
    from apt_cropland.plugin.gui.dock_form import DOCK_CONTROLS

    dock = AptCroplandDock(qgis_iface)
    try:
        checked = 0
        for item in (*run_options(), *run_outputs()):
            if not item.on(DOCK):
                assert item.name not in DOCK_CONTROLS, item.name
                continue
            assert item.name in DOCK_CONTROLS, f"{item.name}: no dock control"
            widget = dock.findChild(QWidget, DOCK_CONTROLS[item.name])
            assert widget is not None, DOCK_CONTROLS[item.name]
            assert widget.toolTip(), f"{DOCK_CONTROLS[item.name]} has no tooltip"
            kind = getattr(item, "kind", None)
            if kind in (INT, FLOAT) and item.default is not None and isinstance(widget, QAbstractSpinBox):
                assert widget.value() == item.default, item.name
            if kind == CHOICE and isinstance(widget, QComboBox):
                assert widget.currentData() in (item.default, None) or widget.currentText() == item.default, \
                    item.name
            checked += 1
        assert checked >= 20
    finally:
        dock.deleteLater()


def test_processing_more_glc_takes_online_products_by_name_as_the_other_faces_do(processing_provider, naip_path,
                                                                                 naip_glc):
    """MORE_GLC mixes raster layers and online product ids, in the order given (their classes pair
    with MORE_GLC_CLASSES in that order); nothing is read online to build the configuration."""
    from qgis.core import QgsProcessingContext

    from apt_cropland.plugin.core.landcover.glc_online import ONLINE_SOURCES
    from apt_cropland.plugin.processing.prompt_inputs import prompt_config

    alg = QgsApplication.processingRegistry().createAlgorithmById(AUTOPROMPT)  # as processing.run makes it
    context = QgsProcessingContext()
    params = {"IMAGE": naip_path, "GLC": naip_glc, "MORE_GLC": ["esri_2020", naip_glc, "worldcover_2020"],
              "MORE_GLC_CLASSES": "esri;40;worldcover", "OUTPUT": "TEMPORARY_OUTPUT"}
    assert alg.parameterDefinition("MORE_GLC").checkValueIsAcceptable(params["MORE_GLC"], context)
    assert alg.parameterDefinition("CHECKPOINT").checkValueIsAcceptable("sam2.1_hiera_s", context)  # a model id
    config, _ = prompt_config(alg, params, context)
    assert [c.source for c in config.more_glc] == [ONLINE_SOURCES["esri_2020"], naip_glc,
                                                   ONLINE_SOURCES["worldcover_2020"]]
    assert [c.classes for c in config.more_glc][1] == (40,)
    from qgis.core import QgsProcessingException

    from apt_cropland.plugin.processing.prompt_inputs import MORE_GLC

    with pytest.raises(QgsProcessingException, match="neither a raster layer nor an online product"):
        prompt_config(alg, {**params, MORE_GLC: ["no_such_product"]}, context)


def test_a_model_id_passes_the_checkpoints_check_even_as_the_base_class_makes_it(processing_provider):
    """QGIS 3.40 checks the registry's copy of a parameter with the base class alone (the plugin's
    override is not called there): the checkpoint's file filter admits a model id all the same."""
    from qgis.core import QgsProcessingContext, QgsProcessingParameterFile

    definition = _autoprompt(processing_provider).parameterDefinition("CHECKPOINT")
    base = QgsProcessingParameterFile("C", "c", QgsProcessingParameterFile.Behavior.File, "", None, True,
                                      definition.fileFilter())
    assert definition.defaultValue() == "vit_b"
    for value in ("vit_b", "sam2.1_hiera_s", "/models/sam_vit_b_01ec64.pth"):
        assert base.checkValueIsAcceptable(value, QgsProcessingContext()), value
