"""discover() and count_found() walk folders with strings: they must find what a walk with Paths finds."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from loaders.config import DOCUMENT_EXTENSIONS
from loaders.discover import FoundFile, count_found, discover, suffix

NAMES = ["a.html", "B.HTML", ".html", "..html", "c.", "d.txt", "e.pdf", "f.tar.md", "g.Markdown", "h", "i.htm", "é.txt"]


def plain_walk(root: Path, seen: set[tuple[int, int]]) -> list[tuple[str, str | None]]:
    """The files a walk with Path objects finds under `root`: its files in name order, then each subfolder."""
    info = root.stat()
    if (info.st_dev, info.st_ino) in seen:
        return []
    seen.add((info.st_dev, info.st_ino))
    found: list[tuple[str, str | None]] = []
    subfolders = []
    for name in sorted(os.listdir(root)):
        path = root / name
        if path.is_dir():
            subfolders.append(path)
        elif path.suffix.lower() in DOCUMENT_EXTENSIONS:
            found.append((str(path), None))
    for folder in subfolders:
        found += plain_walk(folder, seen)
    return found


def plain_discover(roots: list[Path]) -> list[tuple[str, str | None]]:
    seen: set[tuple[int, int]] = set()
    found: list[tuple[str, str | None]] = []
    for root in roots:
        if not root.exists():
            found.append((str(root), "path does not exist"))
        elif root.is_file():
            folders = [r.resolve() for r in roots if r.is_dir()]
            if root.suffix.lower() not in DOCUMENT_EXTENSIONS or not any(
                root.resolve().is_relative_to(f) for f in folders
            ):
                found.append((str(root), None))  # else the walk of a folder finds it
        else:
            found += plain_walk(root, seen)
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    for folder in (docs, docs / "sub", docs / "sub" / "deeper", docs / "folder.html", docs / "z"):
        folder.mkdir(parents=True)
        for name in NAMES:
            (folder / name).write_text("x")
    (docs / "loop").symlink_to(docs)  # a folder reached twice is walked once
    (docs / "broken.html").symlink_to(tmp_path / "nowhere")
    return docs


def test_discover_finds_what_a_walk_with_paths_finds(tree: Path) -> None:
    roots = [tree, tree.parent / "missing", tree / "a.html", tree / "sub"]
    found = list(discover(roots))
    assert [(f.location, f.problem) for f in found] == plain_discover(roots)
    assert len(found) == 5 * 8 + 2  # 8 names a folder with a document extension; the link, "missing" (a.html: once)
    assert all(f.path == Path(f.location) and str(f.path) == f.location for f in found)


def test_a_relative_root_gives_the_paths_a_walk_with_paths_gives(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    for root in (Path("."), Path("sub"), Path("./sub/")):
        assert [(f.location, f.problem) for f in discover([root])] == plain_discover([root])
    assert next(discover([Path(".")])).location == "..html"  # not "./..html"


def test_count_found_counts_what_discover_yields(tree: Path) -> None:
    roots = [tree, tree.parent / "missing", tree / "sub"]
    found = list(discover(roots))
    count, problems = count_found(roots)
    assert count == len(found)
    missing = FoundFile(str(tree.parent / "missing"), "path does not exist")
    assert problems == [f for f in found if f.problem] == [missing]


@pytest.mark.parametrize("name", [*NAMES, ".", "..", "a..", ".a.b", "x.y.", "...", "tar.gz.HTML"])
def test_suffix_is_that_of_a_path(name: str) -> None:
    assert suffix(name) == Path(name).suffix


def test_the_files_that_are_not_documents_are_counted_by_extension(tree: Path) -> None:
    """Not loaded, yet not passed over in silence: the load's summary says how many of what kind it left."""
    per_folder = Counter(Path(n).suffix.lower() for n in NAMES if Path(n).suffix.lower() not in DOCUMENT_EXTENSIONS)
    assert per_folder == {"": 3, ".pdf": 1}  # ".html", "c." and "h" have none
    walked, counted = Counter(), Counter()
    roots = [tree, tree / "a.html"]  # a file named on its own is a document whatever its extension: not counted
    found = list(discover(roots, others=walked))
    count, _ = count_found(roots, others=counted)
    assert walked == counted == Counter({k: 5 * n for k, n in per_folder.items()})  # five folders, the loop once
    assert count == len(found) and all(f.path.suffix.lower() in DOCUMENT_EXTENSIONS for f in found)


def test_a_document_named_on_its_own_and_under_a_folder_named_too_is_found_once(tree: Path) -> None:
    """`load docs docs/a.html`: the file is the walk's, not a second file (a load counted it a duplicate of another).
    A file the walk passes over (not a document by its extension) is found as named."""
    for roots in ([tree, tree / "a.html"], [tree / "sub" / "d.txt", tree / "sub"], [tree / "e.pdf", tree]):
        found = [f.location for f in discover(roots)]
        assert len(found) == len(set(found)), roots
        assert count_found(roots)[0] == len(found)
    assert str(tree / "e.pdf") in [f.location for f in discover([tree / "e.pdf", tree])]
    assert [f.location for f in discover([tree / "sub" / "d.txt"])] == [str(tree / "sub" / "d.txt")]
