"""Paths of the plugin's icons and styles."""

import os

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources")


def icon_path() -> str:
    return os.path.join(RESOURCES, "icon.svg")


def style_path(name: str) -> str:
    return os.path.join(RESOURCES, "styles", name)
