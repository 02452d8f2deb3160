"""Stage: prompts. APT's point sampling in a tile (balanced, spread, away from class edges, in rounds)
and the prompt points on the map with their tiles.
"""
