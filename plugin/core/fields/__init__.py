"""Field parcels inside a cropland map, from SAM's masks on the tiles' embeddings.

- ``masks``: a tile's grid of point prompts, batched multimask decoding, filters, overlaps resolved.
- ``mosaic``: the tiles' fields joined across tile borders into one label raster.
- ``polygons``: clipped to cropland, small pieces dropped or merged, polygons with their attributes.
- ``run``: fields inside any cropland layer, or after an APT run on its cached embeddings.
"""
