"""Installing what the models need: which Python packages are missing, and pip run into the plugin's
own folder.
"""
