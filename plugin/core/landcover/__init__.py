"""Stage: land cover. Product schemes (cropland classes), the land cover warped onto the image grid
(files or products read online), several products' votes and agreement, and the rasters they write.
"""
