"""No regex (and nothing else in decode, clean and extract) takes superlinear time on hostile input:
ten times the input takes about ten times as long, measured in the same run."""

from __future__ import annotations

import pytest

from tests.robustness.hostile import HOSTILE, growth

# Linear time grows ~10x; allow 30x for noise, caches and the garbage collector. A quadratic pattern grows ~100x.
MAX_GROWTH = 30


@pytest.mark.parametrize("name", list(HOSTILE))
def test_ten_times_the_input_takes_about_ten_times_as_long(name: str) -> None:
    small, big = growth(name)
    assert big / small < MAX_GROWTH, f"{name}: {small:.3f} s -> {big:.3f} s ({big / small:.0f}x for 10x the input)"


def test_the_check_catches_a_quadratic_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measurement itself can fail: a deliberately quadratic regex is caught."""
    import re

    from loaders.extract import document

    quadratic = re.compile(r"\d+x")  # on a run of digits, every start scans to the end of the run
    real = document.extract_document

    def slow_extract(doc):  # type: ignore[no-untyped-def]
        quadratic.search(doc.text)
        return real(doc)

    monkeypatch.setattr("tests.robustness.hostile.extract_document", slow_extract)
    monkeypatch.setitem(HOSTILE, "digits", (".txt", lambda n: "Widget Market " + "1" * n, 3_000))
    small, big = growth("digits", runs=1)
    assert big / small > MAX_GROWTH
