"""Find document files under the folders a user names, recursively, without following loops."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.config import DOCUMENT_EXTENSIONS


@dataclass(frozen=True)
class FoundFile:
    """A file to load, or a path that could not be walked (then `problem` says why)."""

    path: Path
    problem: str | None = None


def discover(roots: Iterable[Path], extensions: tuple[str, ...] = DOCUMENT_EXTENSIONS) -> Iterator[FoundFile]:
    """Yield every document file under `roots` in a stable order; problems are yielded, not raised."""
    seen_dirs: set[tuple[int, int]] = set()
    for root in roots:
        root = Path(root)
        if not root.exists():
            yield FoundFile(root, "path does not exist")
            continue
        if root.is_file():
            yield FoundFile(root)
            continue
        yield from _walk(root, extensions, seen_dirs)


def _walk(root: Path, extensions: tuple[str, ...], seen_dirs: set[tuple[int, int]]) -> Iterator[FoundFile]:
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            info = directory.stat()
        except OSError as exc:
            yield FoundFile(directory, f"cannot read folder: {exc.strerror or exc}")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        try:
            names, special = _listing(directory, extensions)
        except OSError as exc:
            yield FoundFile(directory, f"cannot list folder: {exc.strerror or exc}")
            continue
        subdirs: list[Path] = []
        for name in names:
            kind = special.get(name)
            if kind is _FOLDER:
                subdirs.append(directory / name)
            else:
                yield FoundFile(directory / name, kind)
        stack.extend(reversed(subdirs))


_FOLDER = ""  # marks a subfolder in a listing's `special` entries


def _listing(directory: Path, extensions: tuple[str, ...]) -> tuple[list[str], dict[str, str]]:
    """The names worth visiting in `directory`, sorted: document files, subfolders and entries that could not be
    inspected. `special` maps a subfolder's name to _FOLDER and an uninspectable entry's name to its problem.

    Only names are kept, not the DirEntry objects (about three times larger): a load walks a folder while it
    processes the folder's files, so a flat folder of 100,000 documents would otherwise hold some 25 MB of
    entries for the whole run."""
    names: list[str] = []
    special: dict[str, str] = {}
    with os.scandir(directory) as entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError as exc:
                special[entry.name] = f"cannot inspect path: {exc.strerror or exc}"
            else:
                if is_dir:
                    special[entry.name] = _FOLDER
                elif Path(entry.name).suffix.lower() not in extensions:
                    continue
            names.append(entry.name)
    names.sort()
    return names, special
