"""Title, publication date and outlet, when the text states them - never guessed.

Everything is looked for at the head of the display text (the first lines / characters), where
articles put their title, dateline and credit line; dates deeper in the body are about events, not
about publication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from app.domain.dates import IN_TEXT, MONTH, DateError, find_date, make_date

HEAD_CHARS = 600
TITLE_MAX_CHARS = 200
TITLE_MAX_CHARS_CJK = 80

_MONTH = rf"(?P<month>{MONTH})"
# Datelines without a year: "China News Service, Baotou, July 24 (Reporter ...)", "新华社北京7月24日电".
_EN_DATELINE_RE = re.compile(rf"^[^\n]{{0,80}}?,\s*{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d{{4}})")
_ZH_DATELINE_RE = re.compile(
    r"^[^\n。]{0,30}?(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]\s*(?:電|电|訊|讯|消息)"
)
_ZH_MD_LINE_RE = re.compile(r"^\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]\s*$", re.M)
_YEAR_RE = re.compile(r"(?<![\d.,])((?:19[89]|20\d)\d)(?![\d%])")

_OUTLET_WORDS = (
    r"(?:News(?: Service| Agency| Network)?|Agency|Daily|Times|Post|Press|Herald|Gazette|Journal"
    r"|Xinhua|Network|Online|Media|Review|Weekly|Tribune)"
)
_EN_DATELINE_OUTLET_RE = re.compile(
    rf"^(?P<outlet>[A-Z][A-Za-z&.' -]{{0,50}}?{_OUTLET_WORDS})\s*,"
    rf"\s*[A-Z][A-Za-z .'-]{{1,40}},\s*{_MONTH}\s+\d"
)
_EN_CITY_DATELINE_OUTLET_RE = re.compile(
    rf"^[A-Z][A-Za-z .'-]{{1,40}},\s*{_MONTH}\s+\d{{1,2}}"
    rf"\s*\((?P<outlet>[A-Z][A-Za-z .&-]{{1,40}})\)\s*(?:--|—|–|-)"
)
_EN_CREDIT_OUTLET_RE = re.compile(
    rf"^(?P<outlet>(?:[A-Z][A-Za-z&.]*[ \t]+){{0,3}}{_OUTLET_WORDS})[ \t]*[:：]", re.M
)
_SOURCE_RE = re.compile(
    r"(?im)^\s*(?:source|来源|來源)\s*[:：]\s*(?P<outlet>[^\n|]{2,40}?)\s*(?:$|\||\s{2,})"
)
_ZH_AGENCY_RE = re.compile(
    r"^\s*(?P<outlet>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|澎湃新闻|澎湃新聞)", re.M
)
_ZH_CREDIT_OUTLET_RE = re.compile(
    r"(?:本[网網站台报報]|[^\n()（）]{0,12}?)[讯訊电電]\s*[(（]\s*"
    r"(?P<outlet>[^()（）\s?？]{1,20}?(?:报社|報社|通讯社|通訊社|社|台|[报報网網](?!社)))"
)
_SENTENCE_END = tuple(".。!！;；")


def find_title(display: str, raw: str) -> str | None:
    """The first line when it reads like a heading: short, and not ending like a sentence unless it
    is repeated at the top (scraped pages often repeat the headline: breadcrumb + heading)."""
    for line in display.split("\n", 8):
        s = line.strip().lstrip("#").strip()
        if not s:
            continue
        has_cjk = any("\u4e00" <= c <= "\u9fff" for c in s[:20])
        if len(s) > (TITLE_MAX_CHARS_CJK if has_cjk else TITLE_MAX_CHARS):
            return None
        if _is_date_line(s):
            return None
        if s.endswith(_SENTENCE_END) and raw[:2000].lower().count(s.lower()) < 2:
            return None
        return s
    return None


def _is_date_line(s: str) -> bool:
    for rx in IN_TEXT:
        m = rx.search(s)
        if m and len(s) - (m.end() - m.start()) < 16:
            return True
    return False


def find_published(display: str) -> dt.date | None:
    """A full date at the head of the text, else a dateline's month and day with the year most often
    mentioned in the text (None when the text names no year)."""
    head = display[:HEAD_CHARS]
    found = find_date(head)
    if found:
        return found[0]
    first_line = head.split("\n", 1)[0]
    m = (
        _EN_DATELINE_RE.search(first_line)
        or _ZH_DATELINE_RE.search(first_line)
        or _ZH_MD_LINE_RE.search("\n".join(head.split("\n")[:3]))
    )
    if m:
        year = year_from_context(display)
        if year is not None:
            return _date(str(year), m.group("month"), m.group("day"))
    return None


def year_from_context(text: str) -> int | None:
    """The year mentioned most often (the latest on a tie), or None."""
    counts = Counter(int(y) for y in _YEAR_RE.findall(text))
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return make_date(year, month, day)
    except DateError:
        return None


def parse_date(value: str) -> dt.date | None:
    """A date from a metadata value such as ``2020-09-25T08:44:00+08:00`` or ``Sep 25, 2020``."""
    found = find_date(value.strip())
    return found[0] if found else None


def find_outlet(display: str) -> str | None:
    head = display[:HEAD_CHARS]
    first_lines = "\n".join(head.split("\n")[:6])
    for rx in (_EN_DATELINE_OUTLET_RE, _EN_CITY_DATELINE_OUTLET_RE, _ZH_AGENCY_RE):
        for line in first_lines.split("\n"):
            m = rx.search(line.strip())
            if m:
                return m.group("outlet").strip()
    for rx in (_ZH_CREDIT_OUTLET_RE, _EN_CREDIT_OUTLET_RE, _SOURCE_RE):
        m = rx.search(head)
        if m:
            return m.group("outlet").strip()
    return None
