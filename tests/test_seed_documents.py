"""The two documents the project was created from, read back through the public marts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import query

SEED_000 = "000_cd5f53c63d67e71d.txt"
SEED_004 = "004_d6c39c4c7e3a9e49.txt"


def market_of(db: Path, file_name: str) -> str:
    rows = query(
        db,
        """
        select m.market_name from marts.dim_sources s join marts.dim_markets m using (market_key)
        where s.file_name = ?""",
        [file_name],
    )
    assert rows, f"{file_name} has no main market"
    return rows[0][0]


def estimates(db: Path, file_name: str, metric: str) -> list[tuple]:
    return query(
        db,
        """
        select e.value, e.value_low, e.value_high, e.year, e.period_start_year, e.period_end_year,
               e.reported_value, e.reported_unit, e.reported_currency, r.region_name, c.company_name,
               e.evidence_text
        from marts.fct_estimates e
        join marts.dim_sources s using (source_key)
        join marts.dim_regions r using (region_key)
        left join marts.dim_companies c using (company_key)
        where s.file_name = ? and e.metric = ? and (e.market_key = s.market_key or e.metric = 'company_revenue')
        """,
        [file_name, metric],
    )


def companies(db: Path, file_name: str) -> set[str]:
    rows = query(
        db,
        """
        select c.company_name from marts.fct_company_mentions f
        join marts.dim_sources s using (source_key) join marts.dim_companies c using (company_key)
        where s.file_name = ?""",
        [file_name],
    )
    return {r[0] for r in rows}


def segments(db: Path, file_name: str) -> set[tuple[str, str]]:
    rows = query(
        db,
        """
        select g.dimension, g.segment_name from marts.fct_segment_mentions f
        join marts.dim_sources s using (source_key) join marts.dim_segments g using (segment_key)
        where s.file_name = ?""",
        [file_name],
    )
    return set(rows)


class TestBioCmo:
    def test_market(self, seed_warehouse: Path) -> None:
        assert market_of(seed_warehouse, SEED_004) == "Bio CMO"

    def test_growth_rates(self, seed_warehouse: Path) -> None:
        rates = {(r[0], r[4], r[5]) for r in estimates(seed_warehouse, SEED_004, "cagr")}
        assert (7.8, 2022, 2028) in rates
        assert (12.3, 2021, 2026) in rates

    def test_sizes(self, seed_warehouse: Path) -> None:
        sizes = {(round(r[0], 3), r[3], r[9]) for r in estimates(seed_warehouse, SEED_004, "market_size")}
        assert (20600.0, 2022, "Global") in sizes
        assert (15700.0, 2021, "Global") in sizes

    def test_segments(self, seed_warehouse: Path) -> None:
        found = segments(seed_warehouse, SEED_004)
        assert {("type", "Mammalian Cell Culture"), ("type", "Microbial Fermentation")} <= found
        assert {("application", "Biopharmaceuticals"), ("application", "Stem Cell Therapies")} <= found

    def test_companies(self, seed_warehouse: Path) -> None:
        found = companies(seed_warehouse, SEED_004)
        expected = {
            "Catalent",
            "Samsung Biologics",
            "Thermo Fisher Scientific",
            "AbbVie",
            "Lonza",
            "Boehringer Ingelheim",
        }
        assert expected <= found, expected - found
        assert not any(name.strip(" .").lower() in {"inc", "ltd", "llc"} for name in found)

    def test_no_company_named_inc_anywhere(self, seed_warehouse: Path) -> None:
        rows = query(
            seed_warehouse,
            "select company_name from marts.dim_companies "
            "where lower(trim(company_name, ' .')) in ('inc', 'ltd', 'llc', 'co')",
        )
        assert rows == []


class TestContractManufacturing:
    def test_market_and_period(self, seed_warehouse: Path) -> None:
        assert market_of(seed_warehouse, SEED_000) == "Contract Manufacturing Organization Services"
        rows = query(
            seed_warehouse,
            "select forecast_start_year, forecast_end_year from marts.dim_sources where file_name = ?",
            [SEED_000],
        )
        assert rows == [(2024, 2031)]

    def test_growth_rates(self, seed_warehouse: Path) -> None:
        rows = estimates(seed_warehouse, SEED_000, "cagr")
        single = {(r[1], r[2], r[4], r[5]) for r in rows}
        assert (7.5, 7.5, 2024, 2031) in single
        assert (7.0, 10.0, None, 2030) in single

    def test_size(self, seed_warehouse: Path) -> None:
        sizes = {(round(r[0], 3), r[3]) for r in estimates(seed_warehouse, SEED_000, "market_size")}
        assert (150000.0, 2023) in sizes

    def test_company_revenues(self, seed_warehouse: Path) -> None:
        rows = estimates(seed_warehouse, SEED_000, "company_revenue")
        by_company = {(r[10], r[6], r[7], r[8], r[3]) for r in rows}
        assert ("Catalent", 4.1, "billion", "USD", 2022) in by_company
        assert ("Lonza", 5.6, "billion", "USD", 2022) in by_company
        assert any(c == "Recipharm" and v == 1.03 and cur == "EUR" for c, v, _, cur, _ in by_company)
        thermo = [r for r in rows if r[10] == "Thermo Fisher Scientific"]
        assert thermo and thermo[0][6] == 40.0 and thermo[0][1] == pytest.approx(40000.0), thermo

    def test_recipharm_is_not_a_market_size(self, seed_warehouse: Path) -> None:
        sizes = estimates(seed_warehouse, SEED_000, "market_size")
        assert all(r[8] != "EUR" for r in sizes), sizes

    def test_region_shares(self, seed_warehouse: Path) -> None:
        shares = {(r[9], r[0]) for r in estimates(seed_warehouse, SEED_000, "region_share")}
        assert shares >= {("North America", 40.0), ("Asia Pacific", 30.0), ("Europe", 25.0), ("China", 5.0)}

    def test_segments(self, seed_warehouse: Path) -> None:
        found = segments(seed_warehouse, SEED_000)
        types = {name for dim, name in found if dim == "type"}
        assert {"Big Bio/Pharma Type", "Small/Med Bio/Pharma Type", "Virtual/Emerging Type"} <= types
        apps = {name for dim, name in found if dim == "application"}
        assert {"Oral Products", "Injectable Products", "Spays Products", "Others"} <= apps

    def test_countries_under_their_regions(self, seed_warehouse: Path) -> None:
        rows = query(
            seed_warehouse,
            """
            select r.region_name, p.region_name from marts.fct_region_mentions f
            join marts.dim_sources s using (source_key)
            join marts.dim_regions r on f.region_key = r.region_key
            join marts.dim_regions p on r.parent_region_key = p.region_key
            where s.file_name = ? and r.region_level = 'country'""",
            [SEED_000],
        )
        placed = set(rows)
        for country, region in [
            ("United States", "North America"),
            ("Canada", "North America"),
            ("Germany", "Europe"),
            ("United Kingdom", "Europe"),
            ("Japan", "Asia Pacific"),
            ("Taiwan", "Asia Pacific"),
            ("Saudi Arabia", "Middle East & Africa"),
            ("Brazil", "Latin America"),
            ("United Arab Emirates", "Middle East & Africa"),
        ]:
            assert (country, region) in placed, (country, region)

    def test_broken_lists_resolve_or_stay_visible(self, seed_warehouse: Path) -> None:
        rows = query(
            seed_warehouse,
            """
            select f.name_as_written, f.is_resolved, f.parent_as_written from marts.fct_region_mentions f
            join marts.dim_sources s using (source_key) where s.file_name = ?""",
            [SEED_000],
        )
        written = {r[0]: r for r in rows}
        assert "Saudi Arabia" in written and written["Saudi Arabia"][1]
        assert "Arabia" not in written
        assert written["China Taiwan"][1]
        assert written["Argentina Korea"][1] is False
        assert written["Korea"][2] == "Middle East & Africa"
