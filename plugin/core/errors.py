"""The one exception type for input that cannot work; its message is meant for a person."""


class AptInputError(ValueError):
    """The analyst's input cannot produce a result (wrong CRS, no overlap, bad checkpoint...).

    The message says what is wrong and, where possible, what to do about it. The QGIS faces
    show it as a message-bar entry or a ``QgsProcessingException``.
    """


class AptCancelledError(RuntimeError):
    """The run was cancelled by the user; nothing half-made is kept."""
