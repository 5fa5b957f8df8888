"""Compare what the warehouse extracted, read back through the public marts, with hand-made labels.

Matching rules (the same for every field holding the same kind of value):
- names (market, publisher, company, segment, region/country): compared after normalization —
  Unicode NFKC, lowercase, "&" read as "and", legal suffixes (Inc., Ltd., GmbH, ...) dropped, any
  punctuation dropped, spaces squeezed, an abbreviation in parentheses ("(SoC)", "(MRFR)") dropped;
  markets also lose "global" and a trailing "market".
  Two names match when the normalized forms are equal (also with spaces removed) or their fuzzy similarity
  (rapidfuzz token_sort_ratio) is at least 90. Region and country names that both resolve through
  the region seeds match when they resolve to the same region or country.
- money (market sizes): same currency, same year (both missing counts as the same), and amounts in
  base units (value × scale, crore = 10 million) within 0.5 % of each other.
- rates (growth): low and high each within 0.05 percentage points, and the same end year.
- each label matches at most one extracted fact; unmatched labels are misses, unmatched facts are
  false hits. Precision, recall and F1 are summed over all documents (micro average).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from rapidfuzz import fuzz

from loaders.extract.companies import legal_basename
from loaders.extract.glossary import foreign_place_names, place_form
from loaders.extract.regions import load_index
from loaders.interrupt import interruptible_on

SCALE = {"unit": 1, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
NAME_THRESHOLD = 90
# "(SoC)", "(MRFR)", and "(mAb)": an abbreviation opens with a capital or holds one after its first letters.
ACRONYM_IN_PARENS = re.compile(r"\(\s?(?:[A-Z]|[a-z]{1,3}[A-Z])[A-Za-z0-9&.-]{0,7}\s?\)")
MONEY_TOLERANCE = 0.005
RATE_TOLERANCE = 0.05


# A Japanese company's legal form, before or after its name: "株式会社トキワ", "日本コルマー株式会社".
JAPANESE_LEGAL_FORM = re.compile(r"株式会社|有限会社")


def normalize_name(name: str | None, market: bool = False) -> str:
    if not name:
        return ""
    text = ACRONYM_IN_PARENS.sub(" ", unicodedata.normalize("NFKC", name))
    text = JAPANESE_LEGAL_FORM.sub("", text)  # "株式会社矢野経済研究所": a Japanese company's legal form, as "Inc."
    text = text.lower().replace("&", " and ").replace("’", "'")
    if market:
        text = text.strip()
        for prefix in ("the ", "global ", "worldwide "):
            text = text.removeprefix(prefix)
        text = text.removesuffix(" market").removesuffix(" industry")
    else:
        text = legal_basename(text) or text
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


def names_match(a: str, b: str, market: bool = False) -> bool:
    x, y = normalize_name(a, market), normalize_name(b, market)
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    return fuzz.token_sort_ratio(x, y) >= NAME_THRESHOLD


def money_match(gold: dict, pred: dict) -> bool:
    if (gold.get("currency") or "").upper() != (pred.get("currency") or "").upper():
        return False
    if gold.get("year") != pred.get("year"):
        return False
    a = float(gold["value"]) * SCALE.get(gold.get("scale") or "unit", 1)
    b = float(pred["value"]) * SCALE.get(pred.get("scale") or "unit", 1)
    return abs(a - b) <= MONEY_TOLERANCE * max(abs(a), abs(b), 1e-9)


def _amount_key(size: dict) -> tuple:
    """A size's amount (to six significant digits, whatever its scale), currency and year."""
    amount = float(size["value"]) * SCALE.get(size.get("scale") or "unit", 1)
    return f"{amount:.6g}", (size.get("currency") or "").upper(), size.get("year")


def rate_match(gold: dict, pred: dict) -> bool:
    return (
        abs(float(gold["low"]) - float(pred["low"])) <= RATE_TOLERANCE
        and abs(float(gold["high"]) - float(pred["high"])) <= RATE_TOLERANCE
        and gold.get("end_year") == pred.get("end_year")
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_hits: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn
        return self.tp / total if total else 1.0


def match_sets(
    doc: str,
    gold: list,
    pred: list[tuple[object, str]],
    same: Callable[[object, object], bool],
    score: Score,
    show: Callable[[object], str] = str,
) -> None:
    """Greedy one-to-one matching of labels to extracted (value, evidence) pairs."""
    used: set[int] = set()
    for item in gold:
        hit = next((i for i, (p, _) in enumerate(pred) if i not in used and same(item, p)), None)
        if hit is None:
            score.fn += 1
            score.misses.append((doc, show(item)))
        else:
            used.add(hit)
            score.tp += 1
    for i, (p, evidence) in enumerate(pred):
        if i not in used:
            score.fp += 1
            score.false_hits.append((doc, show(p), evidence))


def dedupe(items: Iterable[tuple[object, str]], key: Callable[[object], object]) -> list[tuple[object, str]]:
    seen: set = set()
    out = []
    for item, evidence in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append((item, evidence))
    return out


class SharedFileNames(ValueError):
    """Labels name their document by its file name, and several documents of the warehouse have that name."""


def read_predictions(db_path: Path, labelled: Iterable[str] = ()) -> dict[str, dict]:
    """Facts per file name, read from the public marts only. A file name that several documents (of other contents)
    have is left out: no label can tell them apart; SharedFileNames is raised when one of the `labelled` names is."""
    docs, shared = interruptible_on(db_path, _predictions)
    ambiguous = sorted(name for name in set(labelled) if name in shared)
    if ambiguous:
        listed = ", ".join(f"{name} ({shared[name]} documents)" for name in ambiguous[:10])
        raise SharedFileNames(
            f"labels name their document by its file name, and documents of other contents share these: {listed}. "
            "Rename them, or evaluate their folders one at a time."
        )
    return docs


# The label keys of a market size and of a growth rate, and the fct_estimates columns they are read from.
SIZE_COLUMNS = {"value": "reported_value", "scale": "reported_unit", "currency": "reported_currency", "year": "year"}
RATE_COLUMNS = {
    "low": "value_low",
    "high": "value_high",
    "start_year": "period_start_year",
    "end_year": "period_end_year",
}


def _main_market_estimates(
    con: duckdb.DuckDBPyConnection, metric: str, columns: dict[str, str]
) -> list[tuple[str, dict, str]]:
    """(source key, the estimate's `columns` by label key, evidence) of every `metric` estimate of a document's
    own market, worldwide and for no segment, in document order."""
    selected = ", ".join(f"e.{column}" for column in columns.values())
    rows = con.execute(
        f"""
        select e.source_key, {selected}, e.evidence_text
        from marts.fct_estimates e join marts.dim_sources s using (source_key)
        where e.metric = ? and e.market_key = s.market_key and e.region_key = 'global'
          and e.segment_key is null and e.segment_name_as_written is null
        order by e.source_key, e.char_start""",
        [metric],
    ).fetchall()
    return [(key, dict(zip(columns, values, strict=True)), evidence) for key, *values, evidence in rows]


def _predictions(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, dict], dict[str, int]]:
    """The facts of each file name had by one document, and how many documents have each of the others, through
    `con`."""
    by_key: dict[str, dict] = {}
    names: dict[str, list[str]] = {}
    for file_name, source_key, market, publisher in con.execute("""
        select s.file_name, s.source_key, m.market_name, s.publisher
        from marts.dim_sources s left join marts.dim_markets m using (market_key)""").fetchall():
        names.setdefault(file_name, []).append(source_key)
        by_key[source_key] = {
            "source_key": source_key,
            "market": market,
            "publisher": publisher,
            "sizes": [],
            "rates": [],
            "companies": [],
            "segments": [],
            "places": [],
        }
    for kind, metric, columns in (("sizes", "market_size", SIZE_COLUMNS), ("rates", "cagr", RATE_COLUMNS)):
        for key, fact, evidence in _main_market_estimates(con, metric, columns):
            by_key[key][kind].append((fact, evidence))
    for key, name, evidence in con.execute("""
        select f.source_key, coalesce(f.name_as_written, c.company_name), f.evidence_text
        from marts.fct_company_mentions f join marts.dim_companies c using (company_key)
        order by f.source_key, f.char_start""").fetchall():
        by_key[key]["companies"].append((name, evidence))
    for key, name, evidence in con.execute("""
        select f.source_key, g.segment_name, f.evidence_text
        from marts.fct_segment_mentions f join marts.dim_segments g using (segment_key)
        order by f.source_key, f.char_start""").fetchall():
        by_key[key]["segments"].append((name, evidence))
    for key, written, region_key, evidence in con.execute("""
        select f.source_key, f.name_as_written, f.region_key, f.evidence_text
        from marts.fct_region_mentions f order by f.source_key, f.char_start""").fetchall():
        by_key[key]["places"].append(((written, region_key), evidence))
    docs = {name: by_key[keys[0]] for name, keys in names.items() if len(keys) == 1}
    return docs, {name: len(keys) for name, keys in names.items() if len(keys) > 1}


def evaluate(labels: dict[str, dict], predicted: dict[str, dict]) -> dict[str, Score]:
    scores = {
        name: Score()
        for name in ("market", "publisher", "market_sizes", "growth_rates", "companies", "segments", "regions")
    }
    index = load_index()

    def place_key(name: str) -> str:
        place = index.resolve(name) or index.resolve(foreign_place_names().get(place_form(name), ""))
        return place.code if place else f"name:{normalize_name(name)}"

    for file_name, label in sorted(labels.items()):
        pred = predicted.get(file_name)
        if pred is None:
            continue
        gold_market = label.get("market")
        if gold_market:
            match_sets(
                file_name,
                [gold_market],
                [(pred["market"], "")] if pred["market"] else [],
                lambda g, p: names_match(g, p, market=True),
                scores["market"],
            )
        gold_pub = label.get("publisher")
        if gold_pub or pred["publisher"]:
            match_sets(
                file_name,
                [gold_pub] if gold_pub else [],
                [(pred["publisher"], "")] if pred["publisher"] else [],
                lambda g, p: names_match(g, p),
                scores["publisher"],
            )
        sizes = dedupe(pred["sizes"], _amount_key)  # "USD 1.71 billion" and "US$ 1,710 Mn" in 2033: one amount
        match_sets(
            file_name,
            label.get("market_sizes") or [],
            sizes,
            money_match,
            scores["market_sizes"],
            show=lambda s: f"{s['value']} {s['scale']} {s['currency']} ({s['year']})",
        )
        rates = dedupe(pred["rates"], lambda r: (r["low"], r["high"], r["end_year"]))
        match_sets(
            file_name,
            label.get("growth_rates") or [],
            rates,
            rate_match,
            scores["growth_rates"],
            show=lambda r: f"{r['low']}-{r['high']}% to {r['end_year']}",
        )
        companies = dedupe(pred["companies"], normalize_name)
        match_sets(file_name, label.get("companies") or [], companies, names_match, scores["companies"])
        gold_segments = [name for names in (label.get("segments") or {}).values() for name in names]
        segments = dedupe(pred["segments"], normalize_name)
        match_sets(file_name, list(dict.fromkeys(gold_segments)), segments, names_match, scores["segments"])
        gold_places = list(
            dict.fromkeys(place_key(n) for n in (label.get("regions") or []) + (label.get("countries") or []))
        )
        places = dedupe(
            ((region or f"name:{normalize_name(written)}", ev) for (written, region), ev in pred["places"]), lambda k: k
        )
        match_sets(file_name, gold_places, places, lambda g, p: g == p, scores["regions"])
    return scores


FIELDS = (
    ("market", "accuracy"),
    ("publisher", "accuracy"),
    ("market_sizes", "f1"),
    ("growth_rates", "f1"),
    ("companies", "f1"),
    ("segments", "f1"),
    ("regions", "f1"),
)


def format_table(scores: dict[str, Score], documents: int) -> str:
    lines = [
        f"documents evaluated: {documents}",
        f"{'field':<14}{'precision':>10}{'recall':>8}{'f1':>7}{'accuracy':>10}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for name, _ in FIELDS:
        s = scores[name]
        lines.append(
            f"{name:<14}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.accuracy:>10.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
        )
    return "\n".join(lines)


def format_details(scores: dict[str, Score]) -> str:
    out: list[str] = []
    for name, _ in FIELDS:
        s = scores.get(name)
        if s is None:  # the scores of some fields only
            continue
        for doc, value in s.misses:
            out.append(f"[{name}] MISS  {doc}: {value}")
        for doc, value, evidence in s.false_hits:
            out.append(f"[{name}] FALSE {doc}: {value} — “{evidence[:200]}”")
    return "\n".join(out)
