"""Accuracy and area: a map compared with a reference, and Olofsson et al. (2014) sample-based estimates.

- ``grid``: rasters and polygons read window by window on one comparison grid; true pixel areas.
- ``metrics``: a cropland / not cropland confusion matrix -> OA, precision, recall, F1, IoU, mIoU.
- ``compare``: the map (and a land cover baseline) against a reference, with a difference raster.
- ``olofsson``: the stratified estimators (error matrix in area proportions, accuracies, areas).
- ``sampling``: sample size, allocation and the stratified random sample.
- ``assess``: a labelled sample and its map -> the estimates and their table.
- ``report``: self-contained HTML reports with charts.
"""
