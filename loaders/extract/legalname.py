"""cleanco's `basename` (legal suffixes removed from a company name), computed the same way but without
comparing the name's tail with each of cleanco's 321 legal terms in turn."""

from __future__ import annotations

from functools import lru_cache

from cleanco.clean import normalized, prepare_default_terms, strip_punct, strip_tail

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
