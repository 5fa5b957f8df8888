"""A text converted from a PDF: the running footers and headers at its page breaks are taken out."""

from __future__ import annotations

from loaders.clean import clean
from loaders.decode import decode
from loaders.pages import without_page_furniture
from loaders.slides import without_slide_marks
from tests.conftest import REPO_ROOT


def test_a_sentence_cut_by_a_page_break_reads_on() -> None:
    """A written document converted from a PDF: "… reaching a value of around" / "Executive summary - press
    edition   Page 1 of 4" / form feed "Expert Market Research   Precast Concrete Market Report 2025-2034" /
    "USD 268.27 billion by 2034." is one sentence again, and no page's footer or header is left in the text."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w5-21-precast-concrete.txt"
    text = clean(decode(path.read_bytes()).text, path.suffix).text
    assert "reaching a value of around USD 268.27 billion by 2034." in text
    assert "Page 2 of 4" not in text and "press edition" not in text


def test_only_lines_at_page_breaks_that_repeat_or_number_a_page_go() -> None:
    pages = [f"Acme Research    Widget Report\n\nBody {n} goes on\n\nPage {n} of 3\n" for n in (1, 2, 3)]
    text = without_page_furniture("\f".join(pages))
    assert text.count("Acme Research") == 1 and "Page" not in text
    assert "Body 1 goes on\nBody 2 goes on\nBody 3 goes on" in text
    kept = "First page ends here\n\fA heading of the next page\n\nIts text"
    assert without_page_furniture(kept) == kept.replace("\f", "")
    plain = "No page breaks\n\nPage 1 of 3\n"
    assert without_page_furniture(plain) == plain


def test_a_slide_deck_s_marks_part_its_slides_and_its_footer_is_taken_off() -> None:
    """A written deck exported to text: each "--- Slide N / 14 ---" line parts two slides like a blank line, and the
    footer every slide repeats with its number ("[Footer] Tidemark | … | Confidential | 10") is gone; a text with
    two marks is left as it is; marks in capitals ("SLIDE 3 OF 4") are marks too."""
    path = REPO_ROOT / "tests" / "written" / "docs" / "w7-24-robotic-pool-cleaners-slide-deck.txt"
    text = without_slide_marks(path.read_text(encoding="utf-8"))
    assert "Slide 10" not in text and "[Footer]" not in text
    assert "\n\nCompetitive landscape\n- Maytronics Ltd. (TASE: MTRN)\n" in text
    two = "--- Slide 1 / 2 ---\nTitle\n[Footer] A | 1\n--- Slide 2 / 2 ---\nEnd\n[Footer] A | 2\n"
    assert without_slide_marks(two) == two
    points = ("Market size", "Growth", "Segments", "Players")
    upper = "".join(f"SLIDE {n} OF 4\n{point}\nAcme | Confidential | {n}\n" for n, point in enumerate(points, 1))
    assert without_slide_marks(upper) == "\n\n".join(points)
