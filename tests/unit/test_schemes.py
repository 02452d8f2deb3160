import pytest

from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.landcover.schemes import SCHEMES, parse_classes


def test_every_named_scheme_has_its_published_cropland_class():
    expected = {"worldcover": (40,), "esri": (5,), "dynamicworld": (4,), "cgls": (40,),
                "globeland30": (10,), "fromglc10": (10,), "clcd": (1,)}
    assert {k: s.cropland for k, s in SCHEMES.items()} == expected


@pytest.mark.parametrize("text, values", [("40", (40,)), ("10,11, 12", (10, 11, 12)), ("12;10", (10, 12)),
                                          ("", (40,)), ("esri", (5,)), ("CLCD", (1,))])
def test_parse_classes(text, values):
    assert parse_classes(text) == values


@pytest.mark.parametrize("text", ["forty", "10,x", ",,"])
def test_parse_classes_rejects_what_is_not_a_class_list(text):
    with pytest.raises(AptInputError, match="class"):
        parse_classes(text)
