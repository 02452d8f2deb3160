"""Stage: imagery. The image read window by window as SAM's 8-bit RGB (bands, stretch, nodata), band
presets by sensor, and several dates (composite or ensemble).
"""
