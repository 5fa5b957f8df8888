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
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as exc:
            yield FoundFile(directory, f"cannot list folder: {exc.strerror or exc}")
            continue
        subdirs: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError as exc:
                yield FoundFile(path, f"cannot inspect path: {exc.strerror or exc}")
                continue
            if is_dir:
                subdirs.append(path)
            elif path.suffix.lower() in extensions:
                yield FoundFile(path)
        stack.extend(reversed(subdirs))
