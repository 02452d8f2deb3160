"""The dock, the prompt-point map tool, the SAM task and export: thin layers over ``core``."""
