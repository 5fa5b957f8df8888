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


def test_eval_refuses_a_labelled_file_name_that_several_documents_have(tmp_path: Path) -> None:
    """Labels name their document by its file name: two documents of other contents named alike (in two folders)
    cannot be told apart. eval said nothing and crashed on them (a KeyError); it now names them when a label does,
    and scores the other documents when none does."""
    text = "# {0} Market\n\nThe {0} Market was valued at USD {1} billion in 2023.\n"
    for folder, market, size in (("x", "Widget", 5.2), ("y", "Gadget", 3.1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(text.format(market, size))
    (tmp_path / "y" / "b.md").write_text(text.format("Gizmo", 1.5))
    for name in ("a", "b"):
        (tmp_path / f"gold_{name}").mkdir()
        label = {"file": f"{name}.md", "market": "Widget" if name == "a" else "Gizmo"}
        (tmp_path / f"gold_{name}" / f"{name}.json").write_text(json.dumps(label))
    db = tmp_path / "w.duckdb"
    folders = [str(tmp_path / "x"), str(tmp_path / "y"), "--db", str(db), "-q"]
    shared = CliRunner().invoke(main, ["eval", *folders, "--gold", str(tmp_path / "gold_a")])
    assert shared.exit_code == 1
    assert shared.exception is None or isinstance(shared.exception, SystemExit)  # no traceback
    assert "documents of other contents share these: a.md (2 documents)" in shared.output, shared.output
    unique = CliRunner().invoke(main, ["eval", *folders, "--gold", str(tmp_path / "gold_b")])
    assert unique.exit_code == 0, unique.output
    assert "documents evaluated: 1" in unique.output
    assert "market             1.000   1.000  1.000     1.000     1     0     0" in unique.output
