"""The literal-anchored scans give exactly the matches of a full finditer."""

from __future__ import annotations

import random

import pytest

from loaders.clean import URL
from loaders.extract import growth, market, publisher
from loaders.extract.text import figure_starts, finditer_at, folded, literal_positions

PIECES = [
    "USD 4.5 billion",
    "US$ 3",
    "uſ$ 7",
    "Usd9",
    "$12",
    "€ 3",
    "£4",
    "INR 50",
    "ınr 5",
    "İNR 6",
    "Rs. 9",
    "rs 1",
    "CAGR",
    "cagr",
    "C.A.G.R.",
    "compound annual growth rate",
    "Compounded annual growth rate",
    "AAGR",
    "annual growth rate",
    "growing at 5% annually",
    "GROWTH by 3 percent a year",
    "7.1% CAGR",
    "5 - 7 per cent",
    "12,5 % per annum",
    "100%",
    "٣%",
    "3 %",
    "%",
    " ",
    "\n",
    ".",
    ",",
    "-",
    "to",
    "of",
    "a",
    "the market",
    "K",
    "http://x.io/a",
    "HTTPS://Y.COM",
    "www.site.org/p",
    "WWW.A-B.NET/x",
    "ẞ",
    "ß",
    "word",
    "1",
    "22",
    "2024",
]


def corpus(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    gaps = ["", " ", "  "]
    return ["".join(rng.choice(PIECES) + rng.choice(gaps) for _ in range(rng.randint(1, 60))) for _ in range(n)]


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@pytest.mark.parametrize("seed", range(4))
def test_anchored_scans_equal_full_scans(seed: int) -> None:
    for text in corpus(seed):
        assert len(folded(text)) == len(text)
        cases = [
            (URL, literal_positions(folded(text), ("http", "www."))),
            (market.FIGURE, figure_starts(text, market.FIGURE_LITERALS)),
            (publisher.FIGURE, figure_starts(text, publisher.FIGURE_LITERALS)),
        ]
        cases += [(p, growth._starts(text, p)) for p in (growth.CAGR_THEN_RATE, growth.RATE_THEN_CAGR, growth.GROW_AT)]
        for pattern, starts in cases:
            assert spans(finditer_at(pattern, text, starts)) == spans(pattern.finditer(text)), (pattern.pattern, text)
