"""Turn raw article text into display text, keeping an exact offset map back to the raw text.

Cleaning runs in passes, each a list of edits on the previous pass's output (see `offsets`):

1. characters: CR/LF normalisation, control and zero-width characters, inline pinyin annotations
   after CJK characters (``強(qiáng)`` -> ``強``);
2. lines: boilerplate lines (breadcrumbs, contact lines, repeated tag lines, "related reading" lists,
   advertisement markers, photo placeholders, machine-translation notices, trailing tag blocks),
   trailing empty keyword labels and runs of ``???`` mojibake placeholders;
3. whitespace: trailing spaces; then runs of blank lines collapsed and the ends trimmed.

Everything is regex-driven, per line at most, so a 5 KB article cleans in well under a millisecond
per pass.
"""

from __future__ import annotations

import re
from collections import Counter

from app.ingest.offsets import Edit, OffsetMap, apply_edits, compose, identity_map

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PY = f"a-zü{_TONED}"
# Syllables that carry no tone mark (neutral tone) but are still annotations, e.g. 們(men).
_NEUTRAL = "de|le|me|men|ma|ne|ba|zi|zhe|tou|shang"
_SYLLABLES = rf"[{_PY}]{{1,7}}(?:\s+[{_PY}]{{1,7}}){{0,3}}"

# "強(qiáng)": a pinyin annotation right after a CJK character, with at least one tone mark (or a
# neutral-tone syllable). Real parentheticals - "(內蒙古日報社 ...)", "(Reporter Li)", "(2016-20)" -
# contain CJK, capitals or digits and are left alone.
PINYIN_RE = re.compile(
    rf"(?<=[{CJK}])[(（]\s*(?:(?=[^)）]{{0,40}}[{_TONED}]){_SYLLABLES}|(?:{_NEUTRAL}))\s*[)）]"
)
# "日?qǐng)": the character and its "(" were lost to a "?" upstream; the annotation tail remains.
# The "?" is kept (it marks the lost character) and the tail "qǐng)" dropped.
PINYIN_RESIDUE_RE = re.compile(rf"(?<=[{CJK})）]\?)(?=[^)）]{{0,7}}[{_TONED}])[{_PY}]{{1,7}}[)）]")

_CONTROL_RE = re.compile(r"\r\n?|[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")

_LINE_RE = re.compile(r"[^\n]*\n?")

_BREADCRUMB_HEAD_RE = re.compile(
    r"^(?:Home|HOME|首页|首頁|主页|主頁|当前位置[:：]?|當前位置[:：]?)\s*[/>»›|]"
)
_BREADCRUMB_SEP_RE = re.compile(r"\s[/>»›|]\s")
_CONTACT_RE = re.compile(
    r"(?i)^(?:for (?:queries|inquiries|enquiries|more information)\b.*(?:contact|e-?mail|@)"
    r"|.*\bplease (?:contact|e-?mail)\b.*@"
    r"|(?:contact|e-?mail)\s*(?:us)?\s*:\s*\S+@\S+)"
)
_AD_RE = re.compile(
    r"(?i)^[-–—*·•\s]*(?:advertis(?:e)?ment|advertisment|sponsored(?: content)?|广告|廣告)[-–—*·•\s]*$"
)
_MT_NOTICE_RE = re.compile(
    r"(?i)^(?:the )?(?:content|article|text) (?:below|above)? ?(?:was|is|has been) "
    r"(?:automatically |machine[- ])?translated\b.*(?:automatically|machine|for reference).*$"
)
_PHOTO_RE = re.compile(
    r"^[(（]\s*[^()（）\n]{0,16}(?:資料圖|资料图|資料照片|资料照片|圖片|图片|示意圖|示意图|配圖|配图|攝影?|摄影?)"
    r"[^()（）\n]{0,16}[)）]$"
    r"|(?i:^[(\[]\s*(?:file )?(?:photo|image|picture)\b[^()\[\]\n]{0,40}[)\]]$)"
)
_RELATED_RE = re.compile(
    r"(?i)^[【\[]?(?:相关阅读|相關閱讀|相关新闻|相關新聞|相关链接|相關鏈接|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀"
    r"|related (?:reading|articles?|news|stories|posts|links|content)|read (?:more|also)"
    r"|you (?:may|might) also like|more (?:from|on) this topic)[】\]]?\s*[:：]?$"
)
_LIST_TAIL_RE = re.compile(r"(?:\.{3}|…+)\s*[-–—]?$|^[-–—•·*]$")
_HAS_WORD_RE = re.compile(rf"[A-Za-z{CJK}]")
_HAS_CJK_RE = re.compile(f"[{CJK}]")
_TERMINAL_PUNCT = tuple(".。!！?？:：;；,，、")
_EMPTY_LABEL_RE = re.compile(r"(?:關鍵詞|关键词|關鍵字|关键字|标签|標籤|(?i:tags|keywords))\s*[:：]\s*$")
_QMARK_RUN_RE = re.compile(rf"(?<![{CJK}?])\?{{2,}}(?![{CJK}?])")
_QMARK_TAIL_RE = re.compile(r"(?<=[.!;,”\"’)])\?+(?=[ \t]*$)")

# The look-behinds make each whitespace run be tried once (linear time on long runs, not quadratic).
_TRAILING_SPACE_RE = re.compile(r"(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]++(?=\n|\Z)")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_LEADING_WS_RE = re.compile(r"\A\s+")
_TRAILING_WS_RE = re.compile(r"(?<!\s)\s++\Z")

REPEATED_LINE_MIN = 3  # a short line seen this often is a tag/keyword line, not text
SHORT_LINE_CHARS = 60
RELATED_ITEM_CHARS_CJK = 40
RELATED_ITEM_CHARS = 100


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Display text for ``raw`` and the offset map from display offsets back to raw offsets."""
    text, mapping = raw, identity_map(len(raw))
    for make_edits in (_char_edits, _line_edits, _trailing_space_edits, _blank_edits):
        edits = make_edits(text)
        if edits:
            text, step = apply_edits(text, edits)
            mapping = compose(step, mapping)
    return text, mapping


def _char_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _CONTROL_RE.finditer(text):
        s = m.group()
        if s == "\r\n":
            edits.append((m.start(), m.start() + 1, ""))
        elif s == "\r":
            edits.append((m.start(), m.end(), "\n"))
        else:
            edits.append((m.start(), m.end(), ""))
    if "(" in text or "（" in text:
        edits.extend((m.start(), m.end(), "") for m in PINYIN_RE.finditer(text))
    if "?" in text:
        edits.extend((m.start(), m.end(), "") for m in PINYIN_RESIDUE_RE.finditer(text))
    return edits


def _line_edits(text: str) -> list[Edit]:
    lines = [(m.start(), m.end(), m.group()) for m in _LINE_RE.finditer(text) if m.end() > m.start()]
    stripped = [line.strip() for _, _, line in lines]
    drop = [False] * len(lines)

    counts = Counter(s for s in stripped if s and len(s) <= SHORT_LINE_CHARS and _HAS_WORD_RE.search(s))
    repeated = {s for s, c in counts.items() if c >= REPEATED_LINE_MIN}

    i = 0
    while i < len(lines):
        s = stripped[i]
        if not s:
            i += 1
            continue
        if len(s) <= 40 and _RELATED_RE.match(s):
            drop[i] = True
            i += 1
            while i < len(lines) and _is_related_item(stripped[i]):
                drop[i] = True
                i += 1
            continue
        if s in repeated or _is_boilerplate_line(s):
            drop[i] = True
        i += 1

    _drop_trailing_tag_block(stripped, drop)

    edits: list[Edit] = []
    for (start, end, line), s, dropped in zip(lines, stripped, drop, strict=True):
        if dropped:
            edits.append((start, end, ""))
            continue
        if not s:
            continue
        body_end = end - 1 if line.endswith("\n") else end
        body = text[start:body_end]
        m = _EMPTY_LABEL_RE.search(body) if s.endswith((":", "：")) else None
        if m and m.start() > 0:  # "編輯:楊旭英關鍵詞:" -> "編輯:楊旭英"
            edits.append((start + m.start(), start + m.end(), ""))
        elif m:  # a line that is only the label
            edits.append((start, end, ""))
            continue
        if "?" in body:
            for q in _QMARK_RUN_RE.finditer(body):
                edits.append((start + q.start(), start + q.end(), ""))
            for q in _QMARK_TAIL_RE.finditer(body):
                edits.append((start + q.start(), start + q.end(), ""))
    return edits


def _is_boilerplate_line(s: str) -> bool:
    """Breadcrumbs, contact lines, advertisement markers, machine-translation notices and photo
    placeholders. Cheap guards first: most lines are long prose and fail them at once."""
    return (
        _is_breadcrumb(s)
        or ("@" in s and bool(_CONTACT_RE.match(s)))
        or (len(s) <= 40 and bool(_AD_RE.match(s)))
        or (len(s) <= 200 and "translat" in s.lower() and bool(_MT_NOTICE_RE.match(s)))
        or (len(s) <= 60 and s[0] in "(（[" and bool(_PHOTO_RE.match(s)))
    )


def _is_breadcrumb(s: str) -> bool:
    return bool(_BREADCRUMB_HEAD_RE.match(s)) and len(_BREADCRUMB_SEP_RE.findall(s)) >= 2


def _is_related_item(s: str) -> bool:
    """A line that still belongs to a "related reading" list: blank, a bullet, a truncated headline
    ("…" / "... -"), or short enough to be a link title."""
    if not s or _LIST_TAIL_RE.search(s):
        return True
    limit = RELATED_ITEM_CHARS_CJK if _HAS_CJK_RE.search(s) else RELATED_ITEM_CHARS
    return len(s) <= limit and not s.endswith(("。", "."))


def _is_tag_line(s: str) -> bool:
    if not s or len(s) > 40 or not _HAS_WORD_RE.search(s) or s.endswith(_TERMINAL_PUNCT):
        return False
    if ":" in s or "：" in s or "@" in s:
        return False
    return len(s.split()) <= 5


def _drop_trailing_tag_block(stripped: list[str], drop: list[bool]) -> None:
    """Drop a block of two or more short keyword lines at the very end (after the other boilerplate
    is gone), set off from the text by a blank or dropped line - e.g. the topic tags under a story."""
    i = len(stripped) - 1
    while i >= 0 and (drop[i] or not stripped[i]):
        i -= 1
    block: list[int] = []
    while i >= 0 and not drop[i] and _is_tag_line(stripped[i]):
        block.append(i)
        i -= 1
    separated = i < 0 or drop[i] or not stripped[i]
    if len(block) >= 2 and separated and i >= 0:
        for k in block:
            drop[k] = True


def _trailing_space_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "") for m in _TRAILING_SPACE_RE.finditer(text)]


def _blank_edits(text: str) -> list[Edit]:
    edits: list[Edit] = [(m.start() + 2, m.end(), "") for m in _BLANK_RUN_RE.finditer(text)]
    m = _LEADING_WS_RE.search(text)
    if m:
        edits.append((m.start(), m.end(), ""))
    m = _TRAILING_WS_RE.search(text)
    if m:
        edits.append((m.start(), m.end(), ""))
    return edits
