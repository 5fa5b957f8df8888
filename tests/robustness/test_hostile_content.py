"""File names and document text full of quotes, SQL and Jinja are data: stored verbatim, never executed or
templated; the BI path (and the build summary) only ever opens the warehouse read-only."""

from __future__ import annotations

import ast
from pathlib import Path

import duckdb
import pytest

from loaders import land
from loaders.report import mart_row_counts
from tests.conftest import REPO_ROOT
from tests.robustness.corpus import SQL_TEXT
from tests.robustness.helpers import rows, run_cli

HOSTILE_NAMES = [
    "x'); drop table raw.documents; --.md",
    "quote \" and ' both.txt",
    "semi;colon; select 1;.html",
    "{{ run_query('drop schema marts cascade') }}.md",
    "$(rm -rf ~) `whoami`.txt",
]
HOSTILE_TEXTS = [
    f"# {SQL_TEXT} Market\n\nThe {SQL_TEXT} Market was USD 5 billion in 2023.\n",
    "The Widget Market'; drop table raw.market_size_mentions; -- was USD 7 billion in 2023.",
    "<p>{% for x in range(9) %}{{ x }}{% endfor %} Market was USD 9 billion in 2024.</p>",
    "The {{ this }} Market was USD 1.5 billion in 2022, says {{ env_var('HOME') }}.",
    "Robert'); copy raw.documents to '/tmp/pwned.csv'; -- Market was USD 2 billion in 2021.",
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    docs = root / "docs"
    docs.mkdir()
    written: dict[str, str] = {}
    for name, text in zip(HOSTILE_NAMES, HOSTILE_TEXTS, strict=True):
        (docs / name).write_text(text, encoding="utf-8")
        written[name] = text
    db = root / "w.duckdb"
    proc = run_cli("build", str(docs), db=db)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return db, written


def test_hostile_names_and_text_are_stored_verbatim(hostile_build: tuple[Path, dict[str, str]]) -> None:
    db, written = hostile_build
    stored = dict(rows(db, "select file_name, status from raw.documents"))
    assert stored == dict.fromkeys(written, "loaded")
    for name, text in written.items():
        (kept,) = rows(db, "select text from raw.documents where file_name = ?", [name])[0]
        for fragment in ("drop table", "{{", "{%", "'"):
            assert (fragment in text) <= (fragment in kept), (name, fragment)


def test_nothing_in_the_text_was_executed(hostile_build: tuple[Path, dict[str, str]]) -> None:
    db, _ = hostile_build
    tables = {t for (t,) in rows(db, "select table_name from information_schema.tables where table_schema = 'raw'")}
    assert set(land.TABLES) <= tables
    assert rows(db, "select count(*) from raw.market_size_mentions")[0][0] >= 4
    assert not Path("/tmp/pwned.csv").exists()
    sources = {name for (name,) in rows(db, "select file_name from marts.dim_sources")}
    assert sources == set(HOSTILE_NAMES)  # marts built from the hostile rows, names untouched by Jinja


def test_evidence_keeps_the_jinja_as_text(hostile_build: tuple[Path, dict[str, str]]) -> None:
    db, _ = hostile_build
    evidence = [e for (e,) in rows(db, "select evidence_text from marts.fct_estimates")]
    assert any("{{ this }}" in e for e in evidence) or any("{%" in e for e in evidence)


def test_landing_sql_has_no_values_in_it() -> None:
    """Every execute() in the writer gets a constant SQL string (or one built from the fixed table list), and
    values only through parameters or a registered Arrow table."""
    tree = ast.parse((REPO_ROOT / "loaders" / "land.py").read_text())
    allowed_names = {"table", "names", "body", "name", "kind"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "execute":
            sql = node.args[0]
            if isinstance(sql, ast.JoinedStr):
                used = {
                    n.id
                    for v in sql.values
                    if isinstance(v, ast.FormattedValue)
                    for n in ast.walk(v.value)
                    if isinstance(n, ast.Name)
                }
                assert used <= allowed_names, ast.unparse(sql)
            else:
                assert isinstance(sql, ast.Constant), ast.unparse(sql)


def test_bi_path_is_read_only(hostile_build: tuple[Path, dict[str, str]]) -> None:
    db, _ = hostile_build
    con = duckdb.connect(str(db), read_only=True)
    try:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("delete from marts.dim_sources")
    finally:
        con.close()
    # The build summary reads through a read-only connection: it works while another reader holds the file.
    other = duckdb.connect(str(db), read_only=True)
    try:
        counts = dict(mart_row_counts(db))
    finally:
        other.close()
    assert counts["dim_sources"] == len(HOSTILE_NAMES)
