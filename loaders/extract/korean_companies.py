"""Players of a market in documents written in Korean (read through the glossary, loaders.extract.glossary), named
in a list that the verb after it makes the market's leaders or rivals: "시장은 프레시지, CJ제일제당, 마이셰프가 상위권을
형성하고 있으며", "키워즈 스튜디오(Keywords Studios)가 선두를 달리고 있으며, 라이언브리지 게임즈(Lionbridge Games),
PTW, 테스트로닉(Testronic) 등이 경쟁하고 있다" ("… form the top tier", "… compete").

Korean names its subjects before their verb, so a list of three names or more is read back from the particle and the
verb that close it; a list the Chinese extractors' key-player lists found is left to them.
"""

from __future__ import annotations

import re

from loaders.extract.model import CompanyMention
from loaders.extract.text import evidence

# Three names or more, parted by commas, then "등"/"等" ("and others") or the subject's particle, then within a few
# words a verb of leading or competing.
LEADING_LIST = re.compile(
    r"(?P<names>[^,.。\n]{2,60}(?:,\s?[^,.。\n]{2,40}){2,15}?)\s?(?:等|등)?(?:이|가)?\s"
    r"(?:[\uac00-\ud7a3A-Za-z]{1,8}\s){0,2}?(?:상위권을|선두를|주도하|경쟁하|과점하|양분하|이끌)"
)
# What opens a list's first item: the words before it up to a topic's or subject's particle and a space ("글로벌
# 시장은 |A"), or the glossed "市场" ("…市场规模 |A").
OPENING = re.compile(r".*(?:[\uac00-\ud7a3](?:은|는|이|가|에서|에는|으로는|로는)\s|(?:市场规模|市场)(?:은)?)\s?")
# "… 등": the list's closing word, and what follows it.
OTHERS = re.compile(r"\s?(?:等|등(?:이|가|을)?(?![\uac00-\ud7a3])).*$")
# The subject's particle after a list's last name: "마이셰프가".
PARTICLE_END = re.compile(r"(?<=[\uac00-\ud7a3)])(?:이|가)$")
# "A을 비롯해 B, C 등이": the list's first name, then "including" and the rest.
INCLUDING = re.compile(r"(?<=[\uac00-\ud7a3])(?:을|를) 비롯해 ")
MAX_NAME = 60
MAX_WORDS = 3  # "다국적 CRO의 한국법인과 함께 씨엔알리서치": a clause, not a name


def extract_companies_ko(text: str, known: set[str]) -> list[CompanyMention]:
    """Companies of Korean lists closed by a verb of leading or competing, each once, as written; none that `known`
    holds."""
    out: list[CompanyMention] = []
    seen = set(known)
    for match in LEADING_LIST.finditer(text):
        names = match.group("names")
        offset = match.start("names")
        pieces = names.split(",")
        opening = OPENING.match(pieces[0])
        if opening:
            pieces[0] = pieces[0][opening.end() :]
        start = offset + len(names) - len(",".join(pieces))
        for k, piece in enumerate(pieces):
            for part in INCLUDING.split(piece):
                name = OTHERS.sub("", part.strip()).strip()
                if k == len(pieces) - 1:  # the subject's particle ends the list ("…, 마이셰프가"), not "CJ프레시웨이"
                    name = PARTICLE_END.sub("", name)
                at = text.find(name, start) if name else -1
                if not name or len(name) > MAX_NAME or len(name.split()) > MAX_WORDS or name in seen or at < 0:
                    continue
                seen.add(name)
                out.append(
                    CompanyMention(
                        at, at + len(name), evidence(text, at, at + len(name)), company_name=name, name_as_written=name
                    )
                )
            start += len(piece) + 1
    return out
