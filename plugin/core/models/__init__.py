"""Stage: models. Checkpoints (the model family and variant read from the weights, loaded weights-only),
the catalogue of official models, SAM, SAM 2 and HQ-SAM behind one interface, their fast encoder
and decoder paths, and :class:`~.sam_engine.SamEngine` with its caches and encoder batches.
"""
