"""A slide deck exported to text: the line that marks each slide ("--- Slide 3 / 14 ---", "Slide 3 of 14") parts
the slides as a blank line would, and the footer the slides repeat, their numbers apart ("[Footer] Tidemark | Robotic
Pool Cleaner Outlook | Confidential | 10"), is taken off, so that no slide's last line reads on into the next one."""

from __future__ import annotations

import re
from collections import Counter

SLIDE_MARK = re.compile(
    r"^[ \t]*[-=*#_]*[ \t]*Slide[ \t]+\d{1,3}(?:[ \t]*(?:/|of)[ \t]*\d{1,3})?[ \t]*[-=*#_]*[ \t]*$", re.M | re.I
)
MIN_SLIDES = 3
DIGITS = re.compile(r"\d+")


def without_slide_marks(text: str) -> str:
    """`text` with its slide marks turned into blank lines and the lines most slides repeat taken out; a text
    with fewer than MIN_SLIDES marks as it is."""
    if "lide" not in text and "LIDE" not in text:
        return text
    slides = SLIDE_MARK.split(text)
    if len(slides) <= MIN_SLIDES:
        return text
    lines = [[(line, _masked(line)) for line in slide.split("\n")] for slide in slides]  # each line masked once
    counts: Counter[str] = Counter()
    for slide in lines[1:]:
        counts.update({masked for line, masked in slide if line.strip()})
    repeated = {line for line, n in counts.items() if n >= max(MIN_SLIDES, (len(slides) - 1) // 2)}
    kept = ["\n".join(line for line, masked in slide if masked not in repeated) for slide in lines]
    return "\n\n".join(slide.strip("\n") for slide in kept if slide.strip())


def _masked(line: str) -> str:
    """A line, spaces squeezed and each run of digits as one mark: a footer with its slide's number."""
    return DIGITS.sub("#", " ".join(line.split()))
