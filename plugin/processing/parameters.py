"""Enum parameters given by name (``DEVICE=cpu``), as QGIS's static-string enums do since 3.18.

The option strings are the names scripts type; the indices that earlier versions of the plugin
took (``GLC_SOURCE=1``) are still accepted and mean the same option.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import QgsProcessingParameterEnum

from ..toolbelt.i18n import tr


class NamedEnumParameter(QgsProcessingParameterEnum):
    """A single-choice enum whose value is one of ``names`` (or, for old scripts, its index)."""

    def __init__(self, name: str, description: str, names: Sequence[str], default: str, optional: bool = False):
        super().__init__(name, description, list(names), False, default, optional, True)

    def clone(self):
        copy = NamedEnumParameter(self.name(), self.description(), self.options(), self.defaultValue(),
                                  self.flags() & self.Flag.FlagOptional)
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        if index_of(value, self.options()) is not None:
            return True
        return super().checkValueIsAcceptable(value, context)


def index_of(value, names: Sequence[str]) -> int | None:
    """The option an old-style index (``1`` or ``"1"``) stands for, or None if ``value`` is no index."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        index = int(value)
        return index if 0 <= index < len(names) else None
    return None


def enum_name(alg, parameters: dict, name: str, context) -> str:
    """The chosen option's name of a :class:`NamedEnumParameter` (an old index is translated)."""
    definition = alg.parameterDefinition(name)
    names = definition.options()
    value = parameters.get(name)
    index = index_of(value, names)
    if index is not None:
        return names[index]
    chosen = alg.parameterAsEnumString(parameters, name, context)
    return chosen or definition.defaultValue()


def enum_help(alg) -> str:
    """One line per named enum of ``alg``: the names its parameter takes, the default first marked."""
    lines = []
    for definition in alg.parameterDefinitions():
        if isinstance(definition, NamedEnumParameter):
            lines.append(
                tr("{parameter}: {names} (default {default})").format(
                    parameter=definition.name(), names=", ".join(definition.options()),
                    default=definition.defaultValue(),
                )
            )
    return "\n".join(lines)
