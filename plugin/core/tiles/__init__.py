"""Stage: tiles. The image's fixed tiling, pixel windows, and the blended probability mosaic written
window by window. Imports only the core's base (errors, i18n, geo).
"""
