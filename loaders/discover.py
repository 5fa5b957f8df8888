"""Find document files under the folders a user names, recursively, without following loops."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from loaders.config import DOCUMENT_EXTENSIONS


@dataclass(frozen=True)
class FoundFile:
    """A file to load, or a path that could not be walked (then `problem` says why).

    The path is kept as a string, `location`: a load hands every one of them to a worker process, and a Path
    costs several times more to build, pickle and unpickle. `path` is the same path as a Path."""

    location: str
    problem: str | None = None

    @property
    def path(self) -> Path:
        return Path(self.location)

    @property
    def text(self) -> str:
        """The path as the warehouse keeps it (path_text)."""
        return path_text(self.location)


def path_text(path: str) -> str:
    """`path` as the warehouse keeps it and the loader shows it: as it is, but for the bytes of a name that are not
    UTF-8, written as \\xNN (a file named b"\\xe9t\\xe9.txt" in Latin-1: "\\xe9t\\xe9.txt"). Python keeps such
    bytes as lone surrogates, which open the file but which DuckDB cannot store."""
    if path.isascii():
        return path
    try:
        path.encode()
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def discover(
    roots: Iterable[Path], extensions: tuple[str, ...] = DOCUMENT_EXTENSIONS, others: Counter[str] | None = None
) -> Iterator[FoundFile]:
    """Yield every document file under `roots` in a stable order; problems are yielded, not raised. The files of
    the folders walked that are not documents (by their extension) are counted in `others`, by extension."""
    for folder, name, problem in _entries(roots, extensions, others):
        yield _found(folder, name, problem)


def count_found(
    roots: Iterable[Path], extensions: tuple[str, ...] = DOCUMENT_EXTENSIONS, others: Counter[str] | None = None
) -> tuple[int, list[FoundFile]]:
    """How many FoundFiles discover() yields, and those of them with a problem (without building the others)."""
    count = 0
    problems: list[FoundFile] = []
    for folder, name, problem in _entries(roots, extensions, others):
        count += 1
        if problem:
            problems.append(_found(folder, name, problem))
    return count, problems


def windows(found: Iterable[FoundFile], size: int) -> Iterator[list[FoundFile]]:
    """`found` in consecutive lists of `size` (the last one shorter)."""
    iterator = iter(found)
    while window := list(islice(iterator, size)):
        yield window


# What the walk finds: (folder, None, problem) for a root or folder itself, (folder, name, problem) for an entry.
Entry = tuple[str, str | None, str | None]


def _found(folder: str, name: str | None, problem: str | None) -> FoundFile:
    """The FoundFile of what the walk found."""
    return FoundFile(folder if name is None else _joined(folder, name), problem)


def _entries(roots: Iterable[Path], extensions: tuple[str, ...], others: Counter[str] | None) -> Iterator[Entry]:
    roots = [Path(root) for root in roots]
    folders = [os.path.realpath(root) + os.sep for root in roots if root.is_dir()]
    seen_dirs: set[tuple[int, int]] = set()
    for root in roots:
        if not root.exists():
            yield str(root), None, "path does not exist"
            continue
        if root.is_file():
            if not _walked_to(root, folders, extensions):
                yield str(root), None, None
            continue
        yield from _walk(str(root), extensions, seen_dirs, others)


def _walked_to(file: Path, folders: list[str], extensions: tuple[str, ...]) -> bool:
    """Whether the walk of one of the `folders` (real paths, each ending with a separator) finds `file`, named on
    its own too: it is a document found there, not a second file ("load docs docs/a.md")."""
    return suffix(file.name).lower() in extensions and os.path.realpath(file).startswith(tuple(folders))


def _walk(
    root: str, extensions: tuple[str, ...], seen_dirs: set[tuple[int, int]], others: Counter[str] | None
) -> Iterator[Entry]:
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            info = os.stat(directory)
        except OSError as exc:
            yield directory, None, f"cannot read folder: {exc.strerror or exc}"
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        try:
            names, special = _listing(directory, extensions, others)
        except OSError as exc:
            yield directory, None, f"cannot list folder: {exc.strerror or exc}"
            continue
        subdirs: list[str] = []
        for name in names:
            kind = special.get(name)
            if kind is _FOLDER:
                subdirs.append(_joined(directory, name))
            else:
                yield directory, name, kind
        stack.extend(reversed(subdirs))


_FOLDER = ""  # marks a subfolder in a listing's `special` entries


def _listing(
    directory: str, extensions: tuple[str, ...], others: Counter[str] | None
) -> tuple[list[str], dict[str, str]]:
    """The names worth visiting in `directory`, sorted: document files, subfolders and entries that could not be
    inspected. `special` maps a subfolder's name to _FOLDER and an uninspectable entry's name to its problem. The
    other files are counted in `others` by their extension, in lower case ("" for none).

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
                elif (extension := suffix(entry.name).lower()) not in extensions:
                    if others is not None:
                        others[extension] += 1
                    continue
            names.append(entry.name)
    names.sort()
    return names, special


def _joined(folder: str, name: str) -> str:
    """str(Path(folder) / name), for a folder as str() gives it and a name from its listing."""
    return name if folder == "." else os.path.join(folder, name)


def suffix(name: str) -> str:
    """Path(name).suffix of a file name (no "/"), without building a Path: from its last ".", unless that is its
    first or last character."""
    at = name.rfind(".")
    return name[at:] if 0 < at < len(name) - 1 else ""
