"""A table whose header states its unit: "unit: 10000 yuan", "(Unit: RMB million)", "in ten thousand yuan" ending
its line. A filing's table then writes its amounts as bare cells ("… construction project 131706.00 93000.00"),
each one an amount of money in that unit (tests/heldout/README.md, set 18: cells counted in yuan at the header's
unit). A cell is a number standing alone between spaces or bars, written with a fixed decimal part or with
thousands separators, and not followed by a measure word ("25,000 tons" is a capacity, "2." a row's number). The
table runs over the lines after the header while they hold cells (up to three heading lines before the first row);
the first line without a cell after a row ends it. One scan per article, only when a unit header is there."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.numbers import parse_number
from app.domain.schema import Unit

_SCALE = (r"(?P<scale>10,?000|ten[\s-]+thousands?|100,?000,?000|hundred[\s-]+millions?|millions?|thousands?"
          r"|billions?|1,?000)")
_CUR = r"(?P<cur>yuan|rmb|renminbi|cny|usd|us\s+dollars?|u\.s\.\s+dollars?|dollars?|hkd|hk\s+dollars?)"
_CUR2 = _CUR.replace("?P<cur>", "?P<cur2>")
# the header: "unit: [scale] [of] currency", "unit: currency scale", "in [scale] currency" ending its line
_HEADER = re.compile(
    r"(?:\bunits?\s*[:：]\s*|\(\s*(?:in\s+)?|\bin\s+)(?:(?:rmb|cny|usd)\s*)?(?:" + _SCALE + r"\s+(?:of\s+)?" + _CUR
    + r"|" + _CUR2 + r"\s+" + _SCALE.replace("?P<scale>", "?P<scale2>") + r")\s*\)?[ \t]*(?:\n|$)"
)
# (every alternative opens with its letter, the word boundary checked behind it: the regex engine then skips straight
# to "u", "i" and "(", 4-5x faster over an article than `\bunits?…|\bin\s+…|\(…`, which it tries at every position;
# tests/extract/test_fast_scans.py checks that both find the same)
_CUE = re.compile(r"u(?<=\bu)nits?\s*[:：]|i(?<=\bi)n\s+(?:ten\s+thousand|10,?000|rmb|millions?\s+of|hundred)"
                  r"|\(\s*(?:in\s+)?(?:rmb|cny|usd|10,?000|ten|million|hundred)")
_CELL = re.compile(r"(?<![^\s|])(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d+\.\d{2,4})(?=[\s|]|$)")
_MEASURE_AFTER = re.compile(
    r"[ \t]*(?:%|percent|per\s+cent|tons?|tonnes?|t\b|mu\b|hectares?|sq|square|km|kw|mw|gw|m2|m3|cubic|sets?\b|units?\b"
    r"|pieces|meters?|metres?|kilometers?|kilometres?|years?\b|months?\b|days?\b|people|persons|employees|jobs)"
)
# a row for money kept liquid or paying debts, not invested: a plan's use of the money raised (a target)
_FUNDING_ROW = re.compile(r"\bworking\s+capital\b|\brepay|\bloans?\b|\bliquidity\b")
_TOTAL_ROW = re.compile(r"[ \t|]*(?:total|sum|in\s+total|grand\s+total)\b")
_ROW_LIMIT = 40
_HEADING_LINES = 3


def _multiplier(scale: str | None) -> Decimal:
    """The header's scale as a number ("10,000", "ten thousand", "hundred million", "millions"), read by the one
    number parser (app.domain.numbers); 1 when the header names none."""
    if not scale:
        return Decimal(1)
    words = scale.replace("-", " ").strip()
    words = words[:-1] if words.endswith("s") else words
    found = parse_number(words) or parse_number("one " + words)
    return found if found is not None else Decimal(1)


def _unit(cur: str) -> str:
    if cur.startswith("hk"):
        return Unit.HKD
    if "us" in cur or "dollar" in cur:
        return Unit.USD
    return Unit.CNY


class TableCells(dict[int, tuple[int, Decimal, str, str]]):
    """{cell start: (end, value in the unit, currency, role)}; `headers`: the spans of the unit headers."""

    headers: list[tuple[int, int]]


def in_header(cells: TableCells, start: int) -> bool:
    return any(lo <= start < hi for lo, hi in cells.headers)


def table_cells(low: str) -> TableCells:
    """The cells of the unit-headed tables of a lower-cased text, each with its role: "total" (a row's first cell,
    its item's total investment), "part" (a later cell of the row: the money allotted to it) or "target" (the cells
    of a row of working capital or loan repayment, and the later cells of the total row: the money to be raised)."""
    cells = TableCells()
    cells.headers = []
    if _CUE.search(low) is None:
        return cells
    for header in _HEADER.finditer(low):
        mult = _multiplier(header.group("scale") or header.group("scale2"))
        unit = _unit(header.group("cur") or header.group("cur2"))
        pos = header.end()
        if low[pos - 1 : pos] != "\n":
            continue
        cells.headers.append((header.start(), pos))
        rows = headings = 0
        while pos < len(low) and rows < _ROW_LIMIT:
            nl = low.find("\n", pos)
            line_end = len(low) if nl < 0 else nl
            found = [c for c in _CELL.finditer(low, pos, line_end) if not _MEASURE_AFTER.match(low, c.end())]
            if not found:
                if rows or headings >= _HEADING_LINES:
                    break
                headings += 1
            line = low[pos:line_end]
            funding = _FUNDING_ROW.search(line) is not None
            total = _TOTAL_ROW.match(line) is not None
            for i, c in enumerate(found):
                text = c.group().replace(",", "")
                role = "target" if funding or (total and i) else "part" if i else "total"
                cells[c.start()] = (c.end(), Decimal(text) * mult, unit, role)
            rows += bool(found)
            pos = line_end + 1
    return cells
