"""Processing parameters made from the run options' table (``core/options.py``): one builder per
kind, so a new option is one entry in the table and one name in an algorithm's list."""

from __future__ import annotations

import os

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core.landcover.glc_online import ONLINE_SOURCES
from ..core.models.catalog import DEFAULT_MODEL, OFFICIAL_MODELS, gated_hint, resolve_checkpoint
from ..core.options import (
    CHOICE,
    EXTENT,
    FILE,
    FLOAT,
    FOLDER,
    INT,
    LAND_COVER,
    LAND_COVERS,
    MODEL,
    POINTS,
    PROCESSING,
    RASTER,
    RASTERS,
    TEXT,
    RunOption,
    option,
)
from ..toolbelt.i18n import tr
from ..toolbelt.layers import raster_file
from ..toolbelt.model_store import models_folder
from .parameters import NamedEnumParameter


class CheckpointParameter(QgsProcessingParameterFile):
    """A checkpoint file parameter that also takes an official model id (vit_b, sam2.1_hiera_s...) and
    a SAM 3 model folder (config.json and model.safetensors), or either file in it.

    Its file filter admits any name, so that where QGIS checks the value with the base class alone
    (QGIS 3.40 does, for the registry's copy of the algorithm), a model id is accepted too."""

    def __init__(self, name: str, description: str, default=None, optional: bool = True):
        super().__init__(name, description, QgsProcessingParameterFile.Behavior.File, "", default, optional,
                         tr("SAM checkpoints (*.pth *.pt *.safetensors config.json);;All files (*)"))

    def clone(self):
        copy = CheckpointParameter(self.name(), self.description(), self.defaultValue(), True)
        copy.setFlags(self.flags())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        if isinstance(value, str) and (value.strip() in OFFICIAL_MODELS or os.path.isdir(value.strip())):
            return True  # a model id, or a SAM 3 folder (checked when the model is read)
        return super().checkValueIsAcceptable(value, context)


class LandCoversParameter(QgsProcessingParameterMultipleLayers):
    """Raster layers that may also be online products by name (``worldcover_2020``, ``esri_2023``...),
    as the dock and the command line take them."""

    def clone(self):
        copy = LandCoversParameter(self.name(), self.description(), QgsProcessing.SourceType.TypeRaster,
                                   optional=bool(self.flags() & self.Flag.FlagOptional))
        copy.setFlags(self.flags())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        values = value if isinstance(value, (list, tuple)) else [value]
        rest = [v for v in values if not (isinstance(v, str) and v.strip() in ONLINE_SOURCES)]
        if not rest:
            return bool(values) or bool(self.flags() & self.Flag.FlagOptional)
        return super().checkValueIsAcceptable(rest if isinstance(value, (list, tuple)) else rest[0], context)


def parameter(name: str) -> QgsProcessingParameterDefinition:
    """The Processing parameter of a run option, with the table's help, default, range and flags."""
    item = option(name)
    if not item.on(PROCESSING):
        raise KeyError(name)
    param = _build(item)
    if item.advanced:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return param


def _build(item: RunOption) -> QgsProcessingParameterDefinition:
    if item.kind in (INT, FLOAT):
        number = QgsProcessingParameterNumber.Type
        kind = number.Integer if item.kind == INT else number.Double
        param = QgsProcessingParameterNumber(item.name, item.help, kind, item.default, item.optional)
        if item.minimum is not None:
            param.setMinimum(item.minimum)
        if item.maximum is not None:
            param.setMaximum(item.maximum)
        return param
    if item.kind == TEXT:
        return QgsProcessingParameterString(item.name, item.help, defaultValue=item.default or None,
                                            optional=item.optional)
    if item.kind == CHOICE:
        return NamedEnumParameter(item.name, item.help, item.choices, item.default)
    if item.kind in (RASTER, LAND_COVER):
        return QgsProcessingParameterRasterLayer(item.name, item.help, optional=item.optional)
    if item.kind == RASTERS:
        return QgsProcessingParameterMultipleLayers(item.name, item.help, QgsProcessing.SourceType.TypeRaster,
                                                    optional=item.optional)
    if item.kind == LAND_COVERS:
        return LandCoversParameter(item.name, item.help, QgsProcessing.SourceType.TypeRaster, optional=item.optional)
    if item.kind == EXTENT:
        return QgsProcessingParameterExtent(item.name, item.help, optional=item.optional)
    if item.kind == POINTS:
        return QgsProcessingParameterFeatureSource(item.name, item.help, [QgsProcessing.SourceType.TypeVectorPoint],
                                                   optional=item.optional)
    if item.kind == FILE:
        return QgsProcessingParameterFile(item.name, item.help, QgsProcessingParameterFile.Behavior.File,
                                          item.extension, optional=item.optional)
    if item.kind == FOLDER:
        return QgsProcessingParameterFile(item.name, item.help, QgsProcessingParameterFile.Behavior.Folder,
                                          optional=item.optional)
    if item.kind == MODEL:
        return CheckpointParameter(item.name, item.help, item.default, True)
    raise ValueError(item.kind)


def add_parameters(alg, names: list[str]) -> None:
    """The table's parameters ``names``, in that order."""
    for name in names:
        alg.addParameter(parameter(name))


def land_cover_sources(alg, parameters: dict, name: str, context) -> list[str]:
    """The sources of a :class:`LandCoversParameter`, in the order given: an online product's source id,
    or a raster layer's file."""
    raw = parameters.get(name)
    if raw in (None, "", []):
        return []
    values = raw if isinstance(raw, (list, tuple)) else [raw]
    sources = []
    for value in values:
        if isinstance(value, str) and value.strip() in ONLINE_SOURCES:
            sources.append(ONLINE_SOURCES[value.strip()])
            continue
        layers = [value] if isinstance(value, QgsMapLayer) else alg.parameterAsLayerList({name: [value]}, name,
                                                                                           context)
        if not layers:
            raise_unreadable(value)
        sources.extend(raster_file(layer, tr("land cover")) for layer in layers)
    return sources


def raise_unreadable(value) -> None:
    from qgis.core import QgsProcessingException

    raise QgsProcessingException(
        tr("The land cover {value!r} is neither a raster layer nor an online product ({names}).").format(
            value=str(value), names=", ".join(ONLINE_SOURCES))
    )


def checkpoint_path(alg, parameters: dict, context, name: str = "CHECKPOINT") -> str:
    """A checkpoint path, from a path or from an official model name installed in the model folder."""
    from qgis.core import QgsProcessingException

    value = alg.parameterAsFile(parameters, name, context).strip()
    path = resolve_checkpoint(value, models_folder())
    if path is None:
        entry = OFFICIAL_MODELS.get(value)
        if entry is not None and entry.gated:
            hint = gated_hint(entry)  # translated there
            raise QgsProcessingException(hint)
        raise QgsProcessingException(
            tr("The SAM model '{0}' is not installed in {1}. Download it with the dock's 'Models...' "
               "button (or the APT Cropland page of the QGIS options), or give the path of a .pth file.").format(
                value or DEFAULT_MODEL, models_folder()
            )
        )
    return path
