"""Write seeds/regions.csv and seeds/region_aliases.csv from ISO 3166 (pycountry) and our region map.

The world regions are the ones market-research publishers use (North America, Latin America,
Europe, Asia Pacific, Middle East & Africa). Run again after editing REGION_MEMBERS or ALIASES:
    python scripts/build_region_seeds.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import opencc
import pycountry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

REGIONS: dict[str, str] = {
    "north_america": "North America",
    "latin_america": "Latin America",
    "europe": "Europe",
    "asia_pacific": "Asia Pacific",
    "middle_east_africa": "Middle East & Africa",
}

# Regions that span two of the above, by the names publishers give them (not "Latin America, Middle East &
# Africa": a list of two regions reads so); their countries stay in REGIONS' regions.
SPANNING_REGIONS: dict[str, str] = {"americas": "Americas", "emea": "EMEA", "lamea": "LAMEA"}

# ISO alpha-2 codes by the region publishers put them in.
REGION_MEMBERS: dict[str, str] = {
    "north_america": "US CA PM GL BM",
    "latin_america": (
        "MX GT BZ SV HN NI CR PA CU DO HT JM TT BB BS AG DM GD KN LC VC PR VI VG AI AW CW SX BQ KY"
        " TC MS GP MQ BL MF CO VE EC PE BO BR PY UY AR CL GY SR GF FK"
    ),
    "europe": (
        "GB IE FR DE NL BE LU CH AT IT ES PT GR MT CY SE NO DK FI IS EE LV LT PL CZ SK HU SI HR BA"
        " RS ME MK AL XK BG RO MD UA BY RU LI MC SM VA AD GI FO AX SJ IM JE GG"
    ),
    "asia_pacific": (
        "CN JP KR KP TW HK MO MN IN PK BD LK NP BT MV AF ID MY SG TH VN PH KH LA MM BN TL AU NZ PG"
        " FJ SB VU NC PF WS TO KI TV NR FM MH PW GU MP AS CK NU TK WF KZ UZ TM KG TJ CX CC NF HM IO"
    ),
    "middle_east_africa": (
        "TR SA AE QA KW BH OM YE IQ IR SY JO LB IL PS EG LY TN DZ MA EH SD SS ET ER DJ SO KE UG TZ"
        " RW BI CD CG GA GQ CM CF TD NE NG BJ TG GH CI BF ML SN GM GW GN SL LR MR CV ST AO ZM ZW MW"
        " MZ MG MU SC KM RE YT NA BW ZA LS SZ SH AM AZ GE"
    ),
}

# Names publishers write that ISO does not list as a name (alias -> ISO alpha-2 or region code).
ALIASES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "Emirates": "AE",
    "Saudi": "SA",
    "KSA": "SA",
    "South Korea": "KR",
    "Korea": "KR",
    "Republic of Korea": "KR",
    "North Korea": "KP",
    "Taiwan": "TW",
    "China Taiwan": "TW",
    "Chinese Taiwan": "TW",
    "Taiwan (China)": "TW",
    "Hong Kong": "HK",
    "Macau": "MO",
    "Russia": "RU",
    "Vietnam": "VN",
    "Viet Nam": "VN",
    "Iran": "IR",
    "Syria": "SY",
    "Turkey": "TR",
    "Türkiye": "TR",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Holland": "NL",
    "The Netherlands": "NL",
    "Laos": "LA",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Ivory Coast": "CI",
    "Brunei": "BN",
    "Palestine": "PS",
    "Congo": "CG",
    "DRC": "CD",
    "Macedonia": "MK",
    "Burma": "MM",
    "Mainland China": "CN",
    "PRC": "CN",
    "Kingdom of Saudi Arabia": "SA",
    "Benelux": "",
    "North America": "north_america",
    "N. America": "north_america",
    "Latin America": "latin_america",
    "LATAM": "latin_america",
    "LatAm": "latin_america",
    "South America": "latin_america",
    "Central and South America": "latin_america",
    "South & Central America": "latin_america",
    "Central & South America": "latin_america",
    "South and Central America": "latin_america",
    "Latin America and the Caribbean": "latin_america",
    "Europe": "europe",
    "Western Europe": "europe",
    "Eastern Europe": "europe",
    "European Union": "europe",
    "EU": "europe",
    "Rest of Europe": "europe",
    "Asia Pacific": "asia_pacific",
    "Asia-Pacific": "asia_pacific",
    "APAC": "asia_pacific",
    "Asia Pacific (APAC)": "asia_pacific",
    "Asia": "asia_pacific",
    "Asia-Pac": "asia_pacific",
    "Asia and Pacific": "asia_pacific",
    "Asia & Pacific": "asia_pacific",
    "Rest of Asia Pacific": "asia_pacific",
    "Rest of Asia-Pacific": "asia_pacific",
    "Southeast Asia": "asia_pacific",
    "South East Asia": "asia_pacific",
    "ASEAN": "asia_pacific",
    "Middle East & Africa": "middle_east_africa",
    "Middle East and Africa": "middle_east_africa",
    "MEA": "middle_east_africa",
    "Middle-East and Africa": "middle_east_africa",
    "Middle-East & Africa": "middle_east_africa",
    "Middle East": "middle_east_africa",
    "Africa": "middle_east_africa",
    "GCC": "middle_east_africa",
    "MENA": "middle_east_africa",
    "Rest of APAC": "asia_pacific",
    "Rest of MEA": "middle_east_africa",
    "Rest of Asia": "asia_pacific",
    "Rest of Middle East & Africa": "middle_east_africa",
    "Rest of Middle East and Africa": "middle_east_africa",
    "Rest of Latin America": "latin_america",
    "Rest of South America": "latin_america",
    "Rest of North America": "north_america",
    "Gulf Cooperation Council": "middle_east_africa",
    "GCC Countries": "middle_east_africa",
    "Indo Pacific": "asia_pacific",
    "Indo-Pacific": "asia_pacific",
    "South Asia": "asia_pacific",
    "East Asia": "asia_pacific",
    "South Asia and Pacific": "asia_pacific",
    "South Asia & Pacific": "asia_pacific",
    "East Asia and Pacific": "asia_pacific",
    "Oceania": "asia_pacific",
    "Australasia": "asia_pacific",
    "Nordics": "europe",
    "Nordic": "europe",
    "Scandinavia": "europe",
    "Central and Eastern Europe": "europe",
    "Central & Eastern Europe": "europe",
    "CEE": "europe",
    "Central America": "latin_america",
    "Caribbean": "latin_america",
    "Sub-Saharan Africa": "middle_east_africa",
    "North Africa": "middle_east_africa",
    "Middle East and North Africa": "middle_east_africa",
    "Central Asia": "asia_pacific",
    "Americas": "americas",
    "AMER": "americas",
    "EMEA": "emea",
    "LAMEA": "lamea",
    "Rest of the World": "rest_of_world",
    "RoW": "rest_of_world",
    "Rest of World": "rest_of_world",
    "Global": "global",
    "Worldwide": "global",
    "World": "global",
}


# The Chinese names of regions and countries, as Chinese market reports write them.
CHINESE_ALIASES: dict[str, str] = {
    "亚太": "asia_pacific",
    "亚太地区": "asia_pacific",
    "亚洲太平洋地区": "asia_pacific",
    "北美": "north_america",
    "北美洲": "north_america",
    "北美地区": "north_america",
    "欧洲": "europe",
    "拉丁美洲": "latin_america",
    "拉美": "latin_america",
    "南美": "latin_america",
    "南美洲": "latin_america",
    "中东和非洲": "middle_east_africa",
    "中东及非洲": "middle_east_africa",
    "中东与非洲": "middle_east_africa",
    "世界其他地区": "rest_of_world",
    "中国": "cn",
    "美国": "us",
    "日本": "jp",
    "韩国": "kr",
    "德国": "de",
    "英国": "gb",
    "法国": "fr",
    "意大利": "it",
    "西班牙": "es",
    "荷兰": "nl",
    "瑞士": "ch",
    "瑞典": "se",
    "俄罗斯": "ru",
    "印度": "in",
    "印度尼西亚": "id",
    "越南": "vn",
    "泰国": "th",
    "新加坡": "sg",
    "马来西亚": "my",
    "澳大利亚": "au",
    "加拿大": "ca",
    "墨西哥": "mx",
    "巴西": "br",
    "阿根廷": "ar",
    "沙特阿拉伯": "sa",
    "阿联酋": "ae",
    "南非": "za",
    "以色列": "il",
    "土耳其": "tr",
    "台湾": "tw",
    "中国台湾": "tw",
    "香港": "hk",
    "中国香港": "hk",
    # as Taiwan and Hong Kong write them
    "中国大陆": "cn",
    "南韩": "kr",
    "澳洲": "au",
    "义大利": "it",
    "台灣": "tw",
    "中國台灣": "tw",
}


def traditional_forms(aliases: dict[str, str]) -> dict[str, str]:
    """The Chinese names written in traditional characters ("中國", "歐洲", "臺灣"), as OpenCC converts them."""
    converters = [opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    return {converter.convert(alias): target for alias, target in aliases.items() for converter in converters}


def main() -> None:
    rows = [("global", "Global", "global", "", "", "")]
    rows += [(code, name, "region", "global", "", "") for code, name in REGIONS.items()]
    rows += [(code, name, "region", "global", "", "") for code, name in SPANNING_REGIONS.items()]
    rows.append(("rest_of_world", "Rest of the World", "region", "global", "", ""))
    region_of = {a2: region for region, codes in REGION_MEMBERS.items() for a2 in codes.split()}
    aliases: dict[str, str] = {}
    for country in pycountry.countries:
        a2 = country.alpha_2
        name = getattr(country, "common_name", None) or country.name
        rows.append((a2.lower(), name, "country", region_of.get(a2, "global"), a2, country.alpha_3))
        for alias in {country.name, name, getattr(country, "official_name", None)}:
            if alias:
                aliases[alias] = a2.lower()
    for alias, target in {**ALIASES, **traditional_forms(CHINESE_ALIASES), **CHINESE_ALIASES}.items():
        if target:
            aliases[alias] = target.lower() if len(target) == 2 else target
    with (SEEDS / "regions.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["region_code", "region_name", "region_level", "parent_region_code", "iso2", "iso3"])
        writer.writerows(rows)
    with (SEEDS / "region_aliases.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["alias", "region_code"])
        writer.writerows(sorted(aliases.items(), key=lambda item: item[0].lower()))


if __name__ == "__main__":
    main()
