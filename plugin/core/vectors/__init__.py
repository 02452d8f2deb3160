"""Stage: vectors. The probability mosaic turned into polygons (GDAL), the review areas where the map
and the land covers disagree, and prompt points written to a GeoPackage.
"""
