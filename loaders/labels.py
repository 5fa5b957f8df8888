"""Read the hand-made labels `eval` scores against (their format: ../shared/corpus/README.md), and refuse a label
file that does not hold that format, naming the file and what is wrong, rather than scoring without it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


class LabelError(ValueError):
    """A label file that cannot be used; the message names it and says why."""


# The fields of a label, by the kind of value each holds (all but "file" may be missing or null).
NAME_FIELDS = ("market", "publisher")
NAME_LIST_FIELDS = ("companies", "regions", "countries")
FIGURE_FIELDS = {"market_sizes": ("value",), "growth_rates": ("low", "high")}


def read_labels(gold_dirs: Iterable[Path]) -> dict[str, dict]:
    """Every label under the `gold_dirs` (their *.json files), by the file name of the document it labels."""
    labels: dict[str, dict] = {}
    where: dict[str, Path] = {}
    for gold_dir in gold_dirs:
        for path in sorted(Path(gold_dir).glob("*.json")):
            label = read_label(path)
            name = label["file"]
            if name in labels:
                raise LabelError(f"{path}: labels {name}, as {where[name]} does already; keep one of them")
            labels[name], where[name] = label, path
    return labels


def read_label(path: Path) -> dict:
    """The label in the file at `path`, checked (LabelError when it is not one)."""
    try:
        label = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelError(f"{path}: not a readable JSON file: {exc}") from exc
    problem = _problem(label)
    if problem:
        raise LabelError(f"{path}: not a label: {problem} (the format: README, Extraction quality)")
    return label


def _problem(label: object) -> str | None:
    """What keeps `label` from being a label in the format, or None."""
    if not isinstance(label, dict):
        return "it holds no JSON object"
    if not isinstance(label.get("file"), str) or not label["file"]:
        return '"file" (the labelled document\'s file name) is missing or not a string'
    for key in NAME_FIELDS:
        if not isinstance(label.get(key), (str, type(None))):
            return f'"{key}" is not a string or null'
    for key in NAME_LIST_FIELDS:
        if not _strings(label.get(key) or []):
            return f'"{key}" is not a list of strings'
    segments = label.get("segments") or {}
    if not isinstance(segments, dict) or not all(_strings(names) for names in segments.values()):
        return '"segments" is not an object of lists of strings (dimension -> segment names)'
    for key, numbers in FIGURE_FIELDS.items():
        figures = label.get(key) or []
        if not isinstance(figures, list) or not all(_has_numbers(f, numbers) for f in figures):
            return f'"{key}" is not a list of objects with {" and ".join(numbers)} as numbers'
    return None


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _has_numbers(figure: object, keys: tuple[str, ...]) -> bool:
    return isinstance(figure, dict) and all(
        isinstance(figure.get(k), (int, float)) and not isinstance(figure.get(k), bool) for k in keys
    )
