"""The CAMEO and PLOVER tables: integrity and known values from the sources."""

import pytest

from realpolitik.codebooks import (
    all_cameo_codes,
    cameo,
    find_cameo_codes,
    plover_entries,
    plover_intensity,
    plover_quad_class,
    plover_to_cameo,
    plover_types,
)


def test_every_cameo_code_has_goldstein_quad_class_and_name():
    codes = all_cameo_codes()
    assert len(codes) == 311
    for code in codes:
        assert code.name and 2 <= len(code.code) <= 4 and code.code.isdigit()
        assert code.goldstein is not None and -10.0 <= code.goldstein <= 10.0
        assert code.quad_class in (1, 2, 3, 4)


def test_crosswalk_covers_every_code_but_public_statements():
    unmapped = [code.code for code in all_cameo_codes() if code.plover_type is None]
    assert unmapped == [code.code for code in all_cameo_codes() if code.code.startswith("01")]
    assert {code.plover_type for code in all_cameo_codes()} - {None} == set(plover_types())


@pytest.mark.parametrize(("code", "goldstein", "quad"), [
    ("190", -10.0, 4), ("19", -10.0, 4), ("057", 8.0, 1), ("016", -2.0, 1),
    ("072", 8.3, 2), ("0831", 5.0, 2), ("112", -2.0, 3), ("042", 1.9, 1)])
def test_goldstein_and_quad_class_follow_gdelt(code, goldstein, quad):
    entry = cameo(code)
    assert (entry.goldstein, entry.quad_class) == (goldstein, quad)


@pytest.mark.parametrize(("code", "plover_type", "mode"), [
    ("072", "AID", None), ("042", "CONSULT", "visit"), ("154", "MOBILIZE", "troops"),
    ("163", "COERCE", "restrict"), ("1712", "ASSAULT", "seize"), ("0231", "REQUEST", "assist"),
    ("1122", "ACCUSE", "allege"), ("010", None, None)])
def test_crosswalk_values(code, plover_type, mode):
    entry = cameo(code)
    assert (entry.plover_type, entry.plover_mode) == (plover_type, mode)


def test_unknown_code_is_none():
    assert cameo("999") is None
    assert cameo(" 072 ").code == "072"


def test_plover_intensity_mode_type_and_fallbacks():
    assert plover_intensity("MOBILIZE", "troops") == -6.5
    assert plover_intensity("mobilize") == -5.5
    assert plover_intensity("ASSAULT", "massacre") == -9.0  # a crosswalk mode without a score
    assert plover_intensity("ACCUSE") == -3.0  # the manual's sign typo, corrected
    assert plover_intensity("AID") == 10.0
    assert plover_intensity("NOT_A_TYPE") is None


def test_every_plover_type_has_an_intensity_and_a_known_representative_code():
    for entry in plover_entries():
        assert plover_intensity(entry.plover_type, entry.plover_mode) is not None
        assert cameo(entry.cameo) is not None


def test_plover_to_cameo():
    assert plover_to_cameo("MOBILIZE", "troops") == "154"
    assert plover_to_cameo("CONSULT", "visit") == "042"
    assert plover_to_cameo("ASSAULT") == "190"
    assert plover_to_cameo("ASSAULT", "no-such-mode") == "190"
    assert plover_to_cameo("NOT_A_TYPE") is None
    assert plover_quad_class("PROTEST") == 4


def test_find_cameo_codes_filters():
    assert [c.code for c in find_cameo_codes(prefix="19")] == ["19", "190", "191", "192", "193", "194", "195", "196"]
    assert all(c.plover_type == "MOBILIZE" for c in find_cameo_codes(plover_type="mobilize"))
    assert find_cameo_codes(plover_type="ASSAULT", prefix="17") == (cameo("1712"), cameo("175"))
