"""Company names' legal forms: cleanco's `basename` (legal suffixes removed from a company name), computed the same
way but without comparing the name's tail with each of cleanco's 321 legal terms in turn; and the pattern of a name
that ends with a common legal form."""

from __future__ import annotations

import re
from functools import lru_cache

from cleanco.clean import normalized, prepare_default_terms, strip_punct, strip_tail

# A name that ends with a legal suffix: "Shin-Etsu Chemical Co., Ltd.", "TDK Corporation".
LEGAL_SUFFIX_END = re.compile(
    r"\s(?:Inc|Ltd|Limited|LLC|Corp|Corporation|Co|Company|plc|PLC|GmbH|AG|SA|S\.A|S\.p\.A|SE|NV|N\.V|BV|B\.V|AB|ASA|Oy|Oyj|"
    r"KG|K\.K|Holdings?|Group|Berhad)\.?$"
)

# cleanco's terms, in the order it tries them, grouped by their last word.
_TERMS = prepare_default_terms()
_BY_LAST_WORD: dict[str, list[int]] = {}
for _index, (_size, _parts) in enumerate(_TERMS):
    if _parts:
        _BY_LAST_WORD.setdefault(_parts[-1], []).append(_index)


@lru_cache(maxsize=1 << 16)
def basename(name: str) -> str:
    """Exactly cleanco.basename(name): every term, in cleanco's order, that ends the name's remaining words
    is removed; only the terms whose last word is the current last word are looked at."""
    name = strip_tail(name)
    nparts = name.split()
    nnparts = list(map(strip_punct, normalized(name).split()))
    nxt = 0  # cleanco goes through its terms once: the next one it would try
    while nnparts:
        found = None
        for index in _BY_LAST_WORD.get(nnparts[-1], ()):
            if index < nxt:
                continue
            size, parts = _TERMS[index]
            if nnparts[-size:] == parts:
                found = index
                break
        if found is None:
            break
        size = _TERMS[found][0]
        del nnparts[-size:]
        del nparts[-size:]
        nxt = found + 1
    return strip_tail(" ".join(nparts))
