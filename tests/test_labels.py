"""The labels `eval` reads: every label file of the project and of the shared corpus is read, and a file that is
not a label stops the evaluation with its name and what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders.cli import main
from loaders.labels import LabelError, read_labels
from tests.conftest import REPO_ROOT, SHARED

GOLD_DIRS = [SHARED / "corpus" / "real" / "gold", REPO_ROOT / "tests" / "gold", REPO_ROOT / "data" / "sample_gold"]
GOOD = {
    "file": "a.md",
    "market": "Widgets",
    "publisher": None,
    "market_sizes": [{"value": 5.2, "scale": "billion", "currency": "USD", "year": 2023}],
    "growth_rates": [{"low": 7, "high": 7.5, "start_year": None, "end_year": 2030}],
    "companies": ["Acme"],
    "segments": {"type": ["Blue"]},
    "regions": [],
    "countries": None,
}


def test_every_label_file_we_score_against_is_read() -> None:
    files = [path for folder in GOLD_DIRS for path in folder.glob("*.json")]
    labels = read_labels(GOLD_DIRS)
    assert len(files) > 90 and len(labels) == len(files)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "not a readable JSON file"),
        ("[]", "it holds no JSON object"),
        (json.dumps({**GOOD, "file": None}), '"file"'),
        (json.dumps({**GOOD, "market": ["Widgets"]}), '"market" is not a string or null'),
        (json.dumps({**GOOD, "companies": "Acme, Beta"}), '"companies" is not a list of strings'),
        (json.dumps({**GOOD, "segments": ["Blue"]}), '"segments" is not an object of lists of strings'),
        (json.dumps({**GOOD, "market_sizes": [{"value": "5.2"}]}), '"market_sizes" is not a list of objects'),
        (
            json.dumps({**GOOD, "growth_rates": [{"low": 7}]}),
            '"growth_rates" is not a list of objects with low and high',
        ),
    ],
)
def test_a_file_that_is_not_a_label_is_named_with_what_is_wrong(tmp_path: Path, content: str, said: str) -> None:
    (tmp_path / "good.json").write_text(json.dumps({**GOOD, "file": "b.md"}))
    (tmp_path / "x.json").write_text(content)
    with pytest.raises(LabelError, match=r"x\.json: ") as raised:
        read_labels([tmp_path])
    assert said in str(raised.value)


def test_two_labels_of_one_document_are_refused(tmp_path: Path) -> None:
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.json").write_text(json.dumps(GOOD))
    assert read_labels([tmp_path / "first"])["a.md"] == GOOD
    with pytest.raises(LabelError, match=r"second/a.json: labels a.md, as .*first/a.json does already"):
        read_labels([tmp_path / "first", tmp_path / "second"])


def test_eval_stops_at_a_bad_label_file_with_its_name_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text("{not json")
    (tmp_path / "docs").mkdir()
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "docs"), "--gold", str(tmp_path / "gold"), "-q"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'gold' / 'x.json'}: not a readable JSON file" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
