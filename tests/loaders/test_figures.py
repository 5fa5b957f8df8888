"""A figure's data written out under its numbered caption: the market's size for each year, in the caption's unit."""

from __future__ import annotations

import pytest

from loaders.clean import clean
from loaders.extract.document import extract_document
from loaders.extract.figures import figure_segments
from loaders.pipeline import process_file
from tests.conftest import REPO_ROOT


def _sizes(name: str) -> dict[float, set[int | None]]:
    """Each of the main market's sizes (value in the caption's unit) with the years it is given for."""
    out: dict[float, set[int | None]] = {}
    for size in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes:
        if size.scope == "market" and size.money is not None:
            out.setdefault(size.money.reported_value, set()).add(size.reference_year)
    return out


@pytest.mark.parametrize(
    ("name", "points"),
    [
        # "Figure 1. Battery Swapping Station Market Size, 2024 to 2034 (USD Billion)" over "2024 ...... 4.12" lines
        ("w37-05-battery-swapping-station-precedence-sample-year-table.txt", {6.74: 2026, 26.7: 2032}),
        # a row of years over a row of figures, twice ("2020 2021 … 2028" / "498.6 521.7 …", then "2029 2030 2031")
        ("w37-01-sodium-gluconate-qyresearch-sample-layout.txt", {521.7: 2021, 736.8: 2028, 808.9: 2030}),
        # the figures over their years: on one line as the text gives them, and on two lines
        ("w37-11-online-event-ticketing-imarc-sample-bar-labels.txt", {17.6: 2020, 58.4: 2024, 64.7: 2026}),
        # "Year" / "Value (USD Billion)" then a year and its figure a line each
        ("w37-04-malt-extract-mordor-sample-raw-text.txt", {2.34: 2021, 3.91: 2030}),
        # the years a line each, then the figures a line each, under a "USD Million" header
        ("w37-07-intraosseous-infusion-devices-grand-view-sample-docintel.md", {272.9: 2019, 702.3: 2030}),
        # a table of revenue and volume: the revenue, the first figure after each year
        ("w37-09-load-cell-fortune-sample-value-volume.txt", {1912.7: 2020, 3780.4: 2032}),
        # a table's caption, the years a line each, a "Market size" label, the figures a line each
        ("w37-03-digital-asset-management-marketsandmarkets-sample-marker.md", {2921.5: 2020, 4079.7: 2023}),
        # "2025-e", "2030-p": estimated and projected years
        ("w37-03-digital-asset-management-marketsandmarkets-sample-marker.md", {5208.6: 2025, 10463.7: 2030}),
        # an exhibit's value and volume: the value
        ("w37-13-isopropyl-alcohol-exactitude-sample-letterspaced.txt", {3612.5: 2020, 6021.7: 2034}),
        # three columns of "2019 ....... 0.58"
        ("w37-12-pharmacometrics-services-roots-sample-scenarios.txt", {0.63: 2020, 1.86: 2030, 3.08: 2035}),
    ],
)
def test_a_figure_s_data_under_its_caption_are_the_market_s_sizes(name: str, points: dict[float, int]) -> None:
    sizes = _sizes(name)
    for value, year in points.items():
        assert year in sizes.get(value, set()), (value, year, sizes.get(value))


def test_no_figure_of_a_part_another_measure_or_a_region() -> None:
    """ "Figure 11.1 … Market: Distribution by Type of Service, 2025 and 2035 (USD Million)", "Figure 12.4 …
    Market in Asia-Pacific, … (USD Million)": no main market's sizes; nor the volume column of a revenue table."""
    sizes = _sizes("w37-12-pharmacometrics-services-roots-sample-scenarios.txt")
    assert 372.6 not in sizes  # a service type's 2025 figure under "Distribution by Type of Service"
    volume = _sizes("w37-09-load-cell-fortune-sample-value-volume.txt")
    assert 61.2 not in volume and 108.3 not in volume
    north_america = _sizes("w37-11-online-event-ticketing-imarc-sample-bar-labels.txt")
    assert 18204.5 not in north_america and 36118.2 not in north_america  # "Figure 22: North America: …"
    assert 2904 not in _sizes("w37-13-isopropyl-alcohol-exactitude-sample-letterspaced.txt")  # kilotons


FIGURE = (
    "Lonza Outlook\n\nThe global cell therapy manufacturing market was valued at USD 5.2 billion in 2024.\n\n"
    "Figure 3. Global Cell Therapy Manufacturing Market{by}, 2022-2024 (USD Billion)\n\n{header}"
    "2022 ....... 4.1{more}\n2023 ....... 4.6{more}\n2024 ....... 5.2{more}\n\n{after}"
)


@pytest.mark.parametrize(
    ("by", "header", "more", "after"),
    [
        ("", "", "", "The market grew fast.\n\n2021 ....... 3.9\n"),  # a year's figure after the data's end
        (", by Region", "Year  North America  Europe\n", "   2.0", ""),  # a part's figures
        (" Volume (Thousand Units) and Value", "Year  Volume  Value\n", "   2.0", ""),  # the volume first
    ],
)
def test_a_figure_s_data_end_at_its_words_and_a_part_s_are_no_market_s(
    by: str, header: str, more: str, after: str
) -> None:
    text = FIGURE.format(by=by, header=header, more=more, after=after)
    sizes = {(s.money.reported_value, s.reference_year) for s in extract_document(clean(text, ".txt")).sizes}
    assert (3.9, 2021) not in sizes
    assert ((4.6, 2023) in sizes) == (by == "")


def test_a_firm_s_figure_is_no_market_s() -> None:
    """ "Table 5. Lonza Revenue, 2022-2024 (CHF Million)" over a year's figure a line: the firm's, not the market's."""
    text = (
        "Cell Therapy Manufacturing Market\n\nThe global cell therapy manufacturing market was valued at USD 5.2 "
        "billion in 2024.\n\nTable 5. Lonza Revenue, 2022-2024 (CHF Million)\n\n2022 ..... 6,223\n2023 ..... 6,717\n"
    )
    assert not [s for s in extract_document(clean(text, ".txt")).sizes if s.money and s.money.reported_value == 6717]


def test_a_firm_s_sales_and_price_and_a_list_of_figures_entry_give_no_market_sizes() -> None:
    """ "Table 58. Jungbunzlauer Sodium Gluconate Sales (K MT), Price (US$/MT), Revenue (US$ Million) …": no sales
    volume as the market's revenue; "Figure 1: Global Load Cell Market Size, 2019-2032 (USD Billion) …… 14" in a list
    of figures: none of the figures of the table pages after it, in billions."""
    assert 38.4 not in _sizes("w37-01-sodium-gluconate-qyresearch-sample-layout.txt")
    name = "w37-09-load-cell-fortune-sample-value-volume.txt"
    units = {
        s.money.reported_unit
        for s in process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts.sizes
        if s.money and s.money.reported_value == 2038.4
    }
    assert units == {"million"}


def _segments(name: str) -> set[tuple[str, str]]:
    facts = process_file(REPO_ROOT / "tests/written/docs" / name, 10**8).facts
    return {(s.dimension_as_written, s.segment_name) for s in facts.segments}


def test_a_table_of_the_market_s_parts_under_its_caption_names_its_segments() -> None:
    """ "Figure 11.1 Pharmacometrics Services Market: Distribution by Type of Service, 2025 and 2035 (USD Million)" over
    "Type of Service 2025 2035" and "PK/PD Modeling 372.6 912.8" rows; "Table 3. Global Sodium Gluconate Market Size
    by Type, …" over "Type 2024 2031 CAGR (2025-2031)" and each part's name on a line over its figures; a contents
    line's page ("2.1 Industrial Grade: 7") no part of a name; a table by quarter or by year no segments."""
    services = _segments("w37-12-pharmacometrics-services-roots-sample-scenarios.txt")
    assert {("Type of Service", "PK/PD Modeling"), ("Type of Service", "Others")} <= services
    grades = _segments("w37-01-sodium-gluconate-qyresearch-sample-layout.txt")
    assert {("Type", "Industrial Grade"), ("Type", "Pharmaceutical Grade")} <= grades
    assert not [name for _, name in grades if name.endswith((": 7", ": 13"))]
    assert not [dim for dim, _ in _segments("w11-22-cso-quarterly-table.html") if dim == "quarter"]
    assert not [dim for dim, _ in _segments("w7-11-wind-blade-recycling-pdf-summary.md") if dim == "year"]


@pytest.mark.parametrize(
    "header", ["Product Type 2024 2031 CAGR (2025-2031)", "Product Type\n\n2024\n\n2031\n\nCAGR (2025-2031)", "Notes"]
)
def test_a_part_s_row_its_name_and_figures_on_one_line_or_its_name_over_them(header: str) -> None:
    """A table under "… Market Size by Product Type, …" whose header opens with "Product Type" (on one line, or a
    cell a line): each row's part, its name and figures on one line or its name over them, not its "Total" row, to
    the first line of prose; under no such header, no parts."""
    text = (
        "Table 3. Global Cork Flooring Market Size by Product Type, 2024 VS 2031 (US$ Million)\n\n"
        f"{header}\n\nFloating Planks\n\n1,402.8\n\n2,041.6\n\n5.5%\n\n"
        "Glue-down Tiles 702.1 - 4.1%\n\nTotal\n\n2,104.9\n\n3,100.2\n\n5.7%\n\n"
        "Cork flooring is a niche.\n\nWall Panels 9.1\n"
    )
    expected = [
        ("Product Type", "Floating Planks", text.find("Floating")),
        ("Product Type", "Glue-down Tiles", text.find("Glue")),
    ]
    assert figure_segments(text) == (expected if header != "Notes" else [])


@pytest.mark.parametrize("dim", ["Region", "Country"])
def test_a_table_of_the_market_s_places_names_no_segments(dim: str) -> None:
    text = (
        f"Table 4. Global Cork Flooring Market Size by {dim}, 2024 VS 2031 (US$ Million)\n\n"
        f"{dim} 2024 2031\n\nPortugal 402.8 541.6\n\nSpain 151.3 221.9\n"
    )
    assert figure_segments(text) == []
