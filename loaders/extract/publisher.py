"""Who published the report: from link and e-mail domains and "About Us" blocks; and its report id."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from loaders.extract.model import Attribute
from loaders.extract.text import evidence

# Hosts that carry many publishers' pages, never the publisher itself.
CARRIER_DOMAINS = frozenset(
    [
        "linkedin.com",
        "github.com",
        "twitter.com",
        "x.com",
        "facebook.com",
        "instagram.com",
        "youtube.com",
        "google.com",
        "goo.gl",
        "bit.ly",
        "t.co",
        "medium.com",
        "wordpress.com",
        "blogspot.com",
        "prnewswire.com",
        "globenewswire.com",
        "businesswire.com",
        "einpresswire.com",
        "openpr.com",
        "newswire.com",
        "accesswire.com",
        "marketwatch.com",
        "benzinga.com",
        "digitaljournal.com",
        "yahoo.com",
        "menafn.com",
        "whatsapp.com",
        "pinterest.com",
        "reddit.com",
        "wikipedia.org",
        "apple.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.co.in",
        "githubusercontent.com",
        "user-attachments.com",
        "wsj.net",
        "amazonaws.com",
        "cloudfront.net",
        "feedburner.com",
        "tumblr.com",
        "issuewire.com",
        "prlog.org",
        "24-7pressrelease.com",
        "ibtimes.com",
        "apnews.com",
        "reuters.com",
        "seekingalpha.com",
        "bloomberg.com",
        "cnbc.com",
        "forbes.com",
        "investing.com",
        "nasdaq.com",
        "nyse.com",
        "sec.gov",
        "fnmedia.com",
        "newsdirect.com",
        "ibn.fm",
        "investorbrandnetwork.com",
    ]
)
# "About Us: Market Size And Trends", "About Fact.MR", "About Exactitude Consultancy:"
ABOUT_HEADING = re.compile(r"^About(?:\s+Us)?\s*[:\-–]?\s*(?P<name>[A-Z][\w.&' -]{1,60}?)\s*:?\s*$", re.M)
# "Fact.MR, a leading market research ..." / "SNS Insider is a leading research firm"
FIRM_INTRO = re.compile(
    r"(?P<name>[A-Z][\w.&'-]*(?:\s(?:[A-Z][\w.&'-]*|&|and|of)){0,5})\s?(?:,\s?|\s)(?:is\s|are\s)?"
    r"(?:a|an|the)\s(?:leading|global|premier|renowned|trusted|prominent|well-known|full-service|"
    r"market research|research|consulting|business|india-based|us-based)[\w\s,-]{0,60}?"
    r"(?:research|consulting|intelligence|advisory|analytics)\s(?:firm|company|provider|organization|"
    r"organisation|agency|house|publisher)",
)
# "according to a new report by Grand View Research", "report by Allied Market Research"
CITED_FIRM = re.compile(
    r"(?:according to|report (?:by|from)|study (?:by|from)|published by|research by|analysis by|"
    r"data from|estimates? (?:by|from)|reports? published by)\s(?:a\s(?:new\s)?(?:report|study)\s"
    r"(?:by|from)\s)?(?P<name>[A-Z][\w.&'-]*(?:\s(?:[A-Z][\w.&'()-]*|&|and|of)){0,5})"
)
# Report ids in publisher URLs: ".../request-sample/1708502", "/download-sample/112529/", "/reports/27774/"
REPORT_ID = re.compile(
    r"/(?:request-sample|download-sample|sample|enquiry|inquiry|purchase|reports?|checkout|buy-now|"
    r"ask-for-discount|pre-order-enquiry|request-for-sample)[/\-]?(?:[\w-]*/)?(?P<id>\d{4,9})\b"
)
NAME_WORD_NOISE = frozenset({"The", "A", "An", "This", "Our", "We"})


def registrable_domain(url: str) -> str | None:
    """'https://www.reliablemarketforecast.com/x' -> 'reliablemarketforecast.com'."""
    if url.startswith("mailto:"):
        host = url.split("@", 1)[-1]
    else:
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:
            return None
    host = host.lower().strip(".")
    parts = host.split(".")
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac"} and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def publisher_domain(links: list[str]) -> str | None:
    counts = Counter(d for link in links if (d := registrable_domain(link)) and d not in CARRIER_DOMAINS)
    return counts.most_common(1)[0][0] if counts else None


def _name_for_domain(text: str, domain: str) -> tuple[str, int] | None:
    """The capitalised phrase whose letters spell the domain's name: 'Market Size And Trends'."""
    stem = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
    if len(stem) < 3:
        return None
    for match in re.finditer(r"[A-Z][\w.&'-]*(?:\s(?:[A-Za-z][\w.&'-]*|&)){0,6}", text):
        words = match.group(0).split()
        for i in range(len(words)):
            acc = ""
            for j in range(i, len(words)):
                acc += re.sub(r"[^a-z0-9]", "", words[j].lower())
                if acc == stem:
                    name = " ".join(words[i : j + 1]).rstrip(".,")
                    return name, match.start() + match.group(0).find(words[i])
                if len(acc) >= len(stem):
                    break
    return None


def extract_publisher(text: str, links: list[str]) -> list[Attribute]:
    """Publisher name and domain, and the publisher's report id, each with evidence."""
    out: list[Attribute] = []
    domain = publisher_domain(links)
    name: tuple[str, int, int] | None = None
    if domain:
        found = _name_for_domain(text, domain)
        if found:
            name = (found[0], found[1], found[1] + len(found[0]))
    if name is None:
        for pattern in (ABOUT_HEADING, FIRM_INTRO, CITED_FIRM):
            match = pattern.search(text)
            if match and match.group("name").split()[0] not in NAME_WORD_NOISE:
                value = match.group("name").strip(" .,")
                name = (value, match.start("name"), match.start("name") + len(value))
                break
    if name:
        value, start, end = name
        out.append(Attribute(start, end, evidence(text, start, end), attribute="publisher", value_text=value))
    if domain:
        start = text.lower().find(domain)
        span = (start, start + len(domain)) if start >= 0 else (0, 0)
        out.append(
            Attribute(
                span[0],
                span[1],
                evidence(text, *span) if start >= 0 else domain,
                attribute="publisher_domain",
                value_text=domain,
            )
        )
        for link in links:
            if registrable_domain(link) == domain and (match := REPORT_ID.search(link)):
                report_id = match.group("id")
                start = text.find(report_id)
                span = (start, start + len(report_id)) if start >= 0 else (0, 0)
                out.append(Attribute(span[0], span[1], link[:600], attribute="report_id", value_text=report_id))
                break
    return out
