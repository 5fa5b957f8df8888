"""The synthetic corpus generator (benchmarks/generate_corpus.py): labels match the text."""

from __future__ import annotations

import html
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "benchmarks" / "generate_corpus.py"
N_DOCS = 30
FIELDS = {
    "file",
    "publisher",
    "market",
    "forecast_period",
    "market_sizes",
    "growth_rates",
    "companies",
    "segments",
    "regions",
    "countries",
    "other_markets",
}
SCALES = {"unit", "thousand", "million", "billion", "trillion"}


def load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_corpus", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate_corpus", module)
    spec.loader.exec_module(module)
    return module


def run_generator(out: Path, n: int = N_DOCS, seed: int = 7, jobs: int = 2) -> str:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--n", str(n), "--out", str(out), "--seed", str(seed), "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    stderr = run_generator(out)
    assert stderr.strip().splitlines()[-1].startswith(f"wrote {N_DOCS} documents (")
    assert "100%" in stderr
    return out


def labels(corpus: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("gold/*.json"))]


def doc_text(corpus: Path, label: dict) -> str:
    return html.unescape((corpus / "docs" / label["file"]).read_text(encoding="utf-8"))


def value_spellings(size: dict) -> set[str]:
    """How a labelled value may be written: "3210.5" as "3,210.5", INR million as crore."""
    values = [size["value"]]
    if size["currency"] == "INR" and size["scale"] == "million":
        values.append(round(size["value"] / 10, 6))
    out = set()
    for v in values:
        out |= {f"{v:,}", str(v)}
        if float(v).is_integer():
            out.add(f"{int(v):,}")
    return out


def test_every_document_has_a_label(corpus: Path) -> None:
    docs = sorted(p.stem for p in (corpus / "docs").iterdir())
    gold = sorted(p.stem for p in (corpus / "gold").iterdir())
    assert len(docs) == N_DOCS
    assert docs == gold


def test_labels_parse_and_have_all_fields(corpus: Path) -> None:
    for label in labels(corpus):
        assert set(label) == FIELDS, label["file"]
        assert (corpus / "docs" / label["file"]).is_file()
        assert label["publisher"] and label["market"]
        fp = label["forecast_period"]
        assert fp is None or (len(fp) == 2 and fp[0] < fp[1])
        markets = [label, *label["other_markets"]]
        for market in markets:
            for size in market["market_sizes"]:
                assert set(size) == {"value", "scale", "currency", "year"}
                assert size["scale"] in SCALES and len(size["currency"]) == 3
                assert isinstance(size["value"], int | float)
            for rate in market["growth_rates"]:
                assert set(rate) == {"low", "high", "start_year", "end_year"}
                assert rate["low"] <= rate["high"]
            assert len(market["market_sizes"]) == len({json.dumps(s, sort_keys=True) for s in market["market_sizes"]})
        assert len(label["companies"]) == len(set(label["companies"]))
        assert all(isinstance(v, list) and v for v in label["segments"].values())


def test_gold_files_are_two_space_indented_json(corpus: Path) -> None:
    text = next(iter(sorted(corpus.glob("gold/*.json")))).read_text(encoding="utf-8")
    assert text.startswith('{\n  "file": ')


def test_document_sizes(corpus: Path) -> None:
    for path in (corpus / "docs").iterdir():
        assert 3 * 1024 <= path.stat().st_size <= 15_000, path.name


def test_all_three_formats(corpus: Path) -> None:
    assert {p.suffix for p in (corpus / "docs").iterdir()} == {".html", ".md", ".txt"}


def test_labelled_facts_appear_in_the_text(corpus: Path) -> None:
    for label in labels(corpus):
        text = doc_text(corpus, label)
        assert label["market"] in text and label["publisher"] in text
        for market in [label, *label["other_markets"]]:
            for size in market["market_sizes"]:
                assert any(s in text for s in value_spellings(size)), (label["file"], size)
        for name in label["companies"] + label["regions"] + label["countries"]:
            assert name in text, (label["file"], name)
        for names in label["segments"].values():
            for name in names:
                assert name in text, (label["file"], name)
        for other in label["other_markets"]:
            assert other["market"] in text, (label["file"], other["market"])


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    run_generator(tmp_path, jobs=1)  # another worker count must not change the output
    for sub in ("docs", "gold"):
        for path in sorted((corpus / sub).iterdir()):
            assert (tmp_path / sub / path.name).read_bytes() == path.read_bytes(), path.name


def test_other_seed_other_corpus(corpus: Path, tmp_path: Path) -> None:
    run_generator(tmp_path, n=3, seed=8, jobs=1)
    ours = sorted(p.name for p in (corpus / "docs").iterdir())
    theirs = sorted(p.name for p in (tmp_path / "docs").iterdir())
    assert theirs[0].startswith("doc_s8_000000.") and ours[0].startswith("doc_s7_000000.")
    first = json.loads((tmp_path / "gold" / "doc_s8_000000.json").read_text(encoding="utf-8"))
    other = json.loads((corpus / "gold" / "doc_s7_000000.json").read_text(encoding="utf-8"))
    assert {**first, "file": ""} != {**other, "file": ""}


def test_dump_label_matches_json() -> None:
    module = load_module()
    for index in range(50):
        _, _, label = module.build_document(3, index)
        assert json.loads(module.dump_label(label)) == label


def test_crore_is_converted_to_million() -> None:
    module = load_module()
    style = module.MoneyStyle("INR", "Rs ", "crore", " ")
    money = module.make_money(random.Random(1), 495_000.0, style)
    assert money.text.endswith(" crore") and money.scale == "million"
    assert money.value == module.label_number(money.num, 10)
    assert module.label_number("49,500", 10) == 495000
    assert module.label_number("3,210.5") == 3210.5
