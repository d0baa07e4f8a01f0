"""The Summary sheet: totals per region, per indicator and per year, built from the approved facts
of approved documents; with `--status all`, the figures not yet approved in separate columns,
never added to the approved ones. Rejected facts and facts of rejected documents are left out.

A figure reported by more than one article (same region, indicator, period and unit, values
within 1 %) is a possible double count: listed in its own block and added once (the value of the
first document reporting it). Money is totalled in 100 million yuan; other currencies per
currency, never converted; percentages are never added up."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from app.domain.indicators import lookup
from app.domain.records import FactRecord
from app.domain.regions import region_name
from app.domain.schema import CURRENCIES, DocStatus, FactStatus, Kind, Unit
from app.export import terms
from app.export.cells import FMT_COUNT, FMT_MONEY_100M, Styles, display_width, row_height, wrapped_lines
from app.export.sheet import FreeSheet
from app.export.sheets import exact

HUNDRED_MILLION = Decimal(100_000_000)
CLOSE = Decimal("0.01")  # values within 1 % are the same figure
CHART_REGIONS = 20
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Summary", "汇总"),
    "basis_approved": ("Totals from approved facts of approved documents; rejected facts and documents are left "
                       "out. Money in 100 million yuan (亿元); other currencies per currency, never converted; "
                       "percentages are not added up. A figure reported by more than one article is added once "
                       "(see Possible double counts).",
                       "合计仅含已批准文档中已批准的事实；已拒绝的事实和文档不计入。金额以亿元计；外币按币种分列，不做换算；"
                       "百分比不相加。多篇文章报道的同一数字只计一次（见“可能重复计数”）。"),
    "basis_all": ("Approved: facts of approved documents. Not yet approved: facts of documents still in review "
                  "(suggested figures), in separate columns and never added to the approved ones.",
                  "已批准：已批准文档中的事实。未批准：仍在审核中的文档的事实（建议数字），单独成列，不与已批准数字相加。"),
    "empty": ("No facts match this selection: nothing to total.", "没有符合条件的事实，无可汇总。"),
    "by_kind": ("Facts by kind", "按类型统计事实"),
    "by_region": ("By region", "按地区"),
    "by_indicator": ("By indicator", "按指标"),
    "by_year": ("By year", "按年份"),
    "doubles": ("Possible double counts (added once)", "可能重复计数（只计一次）"),
    "kind": ("Kind", "类型"),
    "facts": ("Facts", "事实数"),
    "documents": ("Documents", "文档数"),
    "region": ("Region", "地区"),
    "region_code": ("Region code", "地区代码"),
    "projects": ("Projects", "项目数"),
    "investment": ("Project investment (CNY 100 million)", "项目投资（亿元）"),
    "investment_other": ("Project investment ({c})", "项目投资（{c}）"),
    "indicator": ("Indicator", "指标"),
    "unit": ("Unit", "单位"),
    "total": ("Total", "合计"),
    "year": ("Year", "年份"),
    "indicator_facts": ("Indicator facts", "指标事实数"),
    "period": ("Period", "时期"),
    "value": ("Value", "数值"),
    "fact_ids": ("Fact IDs", "事实编号"),
    "document_ids": ("Document IDs", "文档编号"),
    "counted_as": ("Counted once as", "按此值计一次"),
    "pending": ("Not yet approved: {h}", "未批准：{h}"),
    "no_region": ("(no region)", "（无地区）"),
    "no_year": ("(no year)", "（无年份）"),
    "cny_100m": ("CNY 100 million", "亿元"),
    "count": ("count", "个"),
    "percent": ("percent", "%"),
    "pp": ("percentage points", "个百分点"),
}

SUMMARY_COLUMNS: tuple[str, ...] = ("kind", "facts", "documents", "region", "region_code", "projects",
                                    "investment", "indicator", "unit", "total", "year", "indicator_facts",
                                    "period", "value", "fact_ids", "document_ids", "counted_as")
MEANINGS: dict[str, tuple[str, str]] = {
    "facts": ("Number of facts (a double-counted figure once).", "事实数（重复计数的数字计一次）。"),
    "documents": ("Number of documents the facts come from.", "事实来自的文档数。"),
    "projects": ("Number of project facts.", "项目事实数。"),
    "investment": ("Sum of project amounts in yuan, in 100 million yuan.", "项目人民币金额之和，以亿元计。"),
    "total": ("Sum of the indicator's values in its unit (money in 100 million yuan); empty for percentages.",
              "指标数值之和（金额以亿元计）；百分比为空。"),
    "year": ("The period's year: from Period start, else the period text, else the published year.",
             "时期所属年份：取自“时期起”，否则取时期原文，否则取发布年份。"),
    "counted_as": ("The value added to the totals (the first document's).", "计入合计的数值（首篇文档的值）。"),
}


def word(key: str, language: str, **kw: str) -> str:
    text = WORDS[key][1 if language == "zh_CN" else 0]
    return text.format(**kw) if kw else text


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


@dataclass(slots=True)
class Item:
    """One figure of one fact, reduced to what the totals need."""

    fact_id: int
    document_id: int
    kind: str
    approved: bool
    region_key: str
    region_label: str
    region_code: str | None
    indicator_key: str
    indicator_label: str
    period_key: str
    year: str | None
    unit: str
    value: Decimal
    duplicate_of: int | None = None  # fact id of the figure this one repeats


@dataclass
class Totals:
    """Fed one fact at a time while the fact sheets are written."""

    language: str = "en"
    items: list[Item] = field(default_factory=list)
    kinds: dict[tuple[str, bool], int] = field(default_factory=lambda: defaultdict(int))
    kind_documents: dict[tuple[str, bool], set[int]] = field(default_factory=lambda: defaultdict(set))
    pending_seen: bool = False

    def add(self, f: FactRecord) -> None:
        if f.status == FactStatus.REJECTED.value or f.document_status == DocStatus.REJECTED.value:
            return
        approved = f.document_status == DocStatus.APPROVED.value
        self.pending_seen |= not approved
        self.kinds[(f.kind, approved)] += 1
        self.kind_documents[(f.kind, approved)].add(f.document_id)
        if f.value is None or f.kind == Kind.PERSON.value:
            return
        fields = f.fields
        region_text = _text(fields.get("location") if f.kind == Kind.PROJECT.value else fields.get("subject"))
        region_text = region_text or _text(f.region)
        region_key = f.region_code or (region_text.casefold() if region_text else "")
        if f.kind == Kind.PROJECT.value:
            name = _text(fields.get("project")) or _text(fields.get("investor")) or f"#{f.id}"
            indicator_key, indicator_label = "project:" + name.casefold(), name
        else:
            label = lookup(_text(fields.get("indicator")))
            indicator_key = label.key if label else ""
            indicator_label = label.name(self.language) if label else ""
        period_text = _text(fields.get("period") or fields.get("horizon"))
        if f.period_start or f.period_end:
            period_key = f"{f.period_start}/{f.period_end}"
        else:
            period_key = (period_text or "").casefold()
        year = str(f.period_start.year) if f.period_start else None
        if year is None and period_text and (m := _YEAR.search(period_text)):
            year = m.group(1)
        if year is None and f.published is not None:
            year = str(f.published.year)
        self.items.append(Item(
            f.id, f.document_id, f.kind, approved, region_key,
            region_name(f.region_code, self.language) or region_text or word("no_region", self.language),
            f.region_code, indicator_key, indicator_label, period_key or (year or ""), year, f.unit or "",
            exact(f.value),
        ))

    @property
    def empty(self) -> bool:
        return not self.kinds


def mark_double_counts(items: Iterable[Item]) -> list[list[Item]]:
    """Group the figures that repeat one another (same region, indicator, period and unit, values
    within 1 %, from different documents); every member but the first is marked. Approved and
    not-yet-approved figures are grouped apart (they are never added together)."""
    groups: dict[tuple[object, ...], list[Item]] = defaultdict(list)
    for it in items:
        groups[(it.approved, it.region_key, it.indicator_key, it.period_key, it.unit)].append(it)
    clusters: list[list[Item]] = []
    for members in groups.values():
        if len({m.document_id for m in members}) < 2:
            continue
        members.sort(key=lambda m: (m.value, m.document_id, m.fact_id))
        current: list[Item] = []
        for m in members:
            if current and abs(m.value - current[0].value) <= CLOSE * max(abs(current[0].value), Decimal(1)):
                current.append(m)
            else:
                if len({c.document_id for c in current}) > 1:
                    clusters.append(current)
                current = [m]
        if len({c.document_id for c in current}) > 1:
            clusters.append(current)
    for cluster in clusters:
        cluster.sort(key=lambda m: (m.document_id, m.fact_id))
        first = cluster[0]
        seen_docs = {first.document_id}
        for m in cluster[1:]:
            if m.document_id in seen_docs:
                continue  # the same article twice is not a double count
            m.duplicate_of = first.fact_id
            seen_docs.add(m.document_id)
    return clusters


def _money_100m(value: Decimal) -> Decimal:
    return value / HUNDRED_MILLION


def _unit_label(unit: str, language: str) -> str:
    if unit == Unit.CNY:
        return word("cny_100m", language)
    if unit == Unit.COUNT:
        return word("count", language)
    if unit == Unit.PERCENT:
        return word("percent", language)
    if unit == Unit.PERCENTAGE_POINT:
        return word("pp", language)
    return unit


@dataclass
class Block:
    title: str
    header: list[str]
    rows: list[list[object]]
    formats: list[str | None]


def _blocks(totals: Totals) -> list[Block]:
    lang = totals.language
    split = totals.pending_seen
    w = lambda k, **kw: word(k, lang, **kw)  # noqa: E731
    pend = lambda h: w("pending", h=h)  # noqa: E731
    counted = [it for it in totals.items if it.duplicate_of is None]
    blocks: list[Block] = []

    header = [w("kind"), w("facts"), w("documents")]
    rows: list[list[object]] = []
    for kind in Kind:
        row: list[object] = [terms.term("kind", kind.value, lang), totals.kinds.get((kind.value, True), 0),
                             len(totals.kind_documents.get((kind.value, True), ()))]
        if split:
            row += [totals.kinds.get((kind.value, False), 0), len(totals.kind_documents.get((kind.value, False), ()))]
        rows.append(row)
    if split:
        header += [pend(w("facts")), pend(w("documents"))]
    blocks.append(Block(w("by_kind"), header, rows, [None, FMT_COUNT, FMT_COUNT, FMT_COUNT, FMT_COUNT]))

    projects = [it for it in counted if it.kind == Kind.PROJECT.value]
    others = sorted({it.unit for it in projects if it.unit in CURRENCIES and it.unit != Unit.CNY})
    regions: dict[str, dict[str, object]] = {}
    for it in projects:
        r = regions.setdefault(it.region_key, {"label": it.region_label, "code": it.region_code})
        for approved in ((True, False) if split else (True,)):
            if it.approved != approved:
                continue
            r[f"n{approved}"] = int(r.get(f"n{approved}", 0)) + 1  # type: ignore[call-overload]
            key = f"{it.unit}{approved}"
            amount = _money_100m(it.value) if it.unit == Unit.CNY else it.value
            r[key] = r.get(key, Decimal(0)) + amount  # type: ignore[operator]
    money_cols = [w("investment"), *(w("investment_other", c=c) for c in others)]
    header = [w("region"), w("region_code"), w("projects"), *money_cols]
    fmts: list[str | None] = [None, None, FMT_COUNT, FMT_MONEY_100M, *([FMT_MONEY_100M] * len(others))]
    if split:
        header += [pend(w("projects")), *(pend(h) for h in money_cols)]
        fmts += [FMT_COUNT, FMT_MONEY_100M, *([FMT_MONEY_100M] * len(others))]
    rows = []
    for r in sorted(regions.values(), key=lambda r: (-r.get(f"{Unit.CNY.value}True", Decimal(0)),  # type: ignore[operator]
                                                      str(r["label"]))):
        row = [r["label"], r["code"], r.get("nTrue", 0), r.get("CNYTrue", Decimal(0)),
               *(r.get(f"{c}True", Decimal(0)) for c in others)]
        if split:
            row += [r.get("nFalse", 0), r.get("CNYFalse", Decimal(0)),
                    *(r.get(f"{c}False", Decimal(0)) for c in others)]
        rows.append(row)
    blocks.append(Block(w("by_region"), header, rows, fmts))

    indicators: dict[tuple[str, str], dict[str, object]] = {}
    for it in counted:
        if it.kind == Kind.PROJECT.value:
            continue
        ikey = (f"{it.kind}:{it.indicator_key}", it.unit)
        entry = indicators.setdefault(ikey, {"label": it.indicator_label, "kind": it.kind, "unit": it.unit})
        a = it.approved
        entry[f"n{a}"] = int(entry.get(f"n{a}", 0)) + 1  # type: ignore[call-overload]
        entry.setdefault(f"d{a}", set()).add(it.document_id)  # type: ignore[attr-defined]
        if it.unit not in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
            v = _money_100m(it.value) if it.unit == Unit.CNY else it.value
            entry[f"t{a}"] = entry.get(f"t{a}", Decimal(0)) + v  # type: ignore[operator]
    header = [w("indicator"), w("kind"), w("unit"), w("facts"), w("documents"), w("total")]
    fmts = [None, None, None, FMT_COUNT, FMT_COUNT, FMT_MONEY_100M]
    if split:
        header += [pend(w("facts")), pend(w("total"))]
        fmts += [FMT_COUNT, FMT_MONEY_100M]
    rows = []
    for (_, unit), e in sorted(indicators.items(), key=lambda kv: (str(kv[1]["label"]).casefold(), kv[0])):
        row = [e["label"], terms.term("kind", e["kind"], lang), _unit_label(unit, lang), e.get("nTrue", 0),
               len(e.get("dTrue", ())), e.get("tTrue")]  # type: ignore[arg-type]
        if split:
            row += [e.get("nFalse", 0), e.get("tFalse")]
        rows.append(row)
    blocks.append(Block(w("by_indicator"), header, rows, fmts))

    years: dict[str, dict[str, object]] = {}
    for it in counted:
        y = years.setdefault(it.year or w("no_year"), {})
        a = it.approved
        if it.kind == Kind.PROJECT.value:
            y[f"p{a}"] = int(y.get(f"p{a}", 0)) + 1  # type: ignore[call-overload]
            if it.unit == Unit.CNY:
                y[f"m{a}"] = y.get(f"m{a}", Decimal(0)) + _money_100m(it.value)  # type: ignore[operator]
        else:
            y[f"i{a}"] = int(y.get(f"i{a}", 0)) + 1  # type: ignore[call-overload]
    header = [w("year"), w("projects"), w("investment"), w("indicator_facts")]
    fmts = [None, FMT_COUNT, FMT_MONEY_100M, FMT_COUNT]
    if split:
        header += [pend(w("projects")), pend(w("investment")), pend(w("indicator_facts"))]
        fmts += [FMT_COUNT, FMT_MONEY_100M, FMT_COUNT]
    rows = []
    for year, y in sorted(years.items()):
        row = [year, y.get("pTrue", 0), y.get("mTrue", Decimal(0)), y.get("iTrue", 0)]
        if split:
            row += [y.get("pFalse", 0), y.get("mFalse", Decimal(0)), y.get("iFalse", 0)]
        rows.append(row)
    blocks.append(Block(w("by_year"), header, rows, fmts))
    return blocks


def _double_block(clusters: list[list[Item]], language: str) -> Block:
    w = lambda k: word(k, language)  # noqa: E731
    rows: list[list[object]] = []
    for cluster in clusters:
        first = cluster[0]
        value = _money_100m(first.value) if first.unit == Unit.CNY else first.value
        rows.append([
            first.region_label, first.indicator_label, first.year or first.period_key,
            _unit_label(first.unit, language), value, ", ".join(str(m.fact_id) for m in cluster),
            ", ".join(dict.fromkeys(str(m.document_id) for m in cluster)),
        ])
    header = [w("region"), w("indicator"), w("period"), w("unit"), w("counted_as"), w("fact_ids"), w("document_ids")]
    return Block(w("doubles"), header, rows, [None, None, None, None, FMT_MONEY_100M, None, None])


def write_summary(wb: Workbook, styles: Styles, totals: Totals, title: str, footer: str) -> None:
    lang = totals.language
    if totals.empty:
        sheet = FreeSheet(wb, title, styles, [90], footer, wrap_columns=[0])
        sheet.title(word("title", lang))
        sheet.values([word("empty", lang)])
        return
    clusters = mark_double_counts(totals.items)
    blocks = _blocks(totals)
    if clusters:
        blocks.append(_double_block(clusters, lang))
    notes = [word("basis_approved", lang)] + ([word("basis_all", lang)] if totals.pending_seen else [])
    n_cols = max(len(b.header) for b in blocks)
    widths = [10.0] * n_cols
    for b in blocks:
        for i, h in enumerate(b.header):
            widths[i] = max(widths[i], max(len(x) for x in h.split()) + 2.0, min(display_width(h) / 2 + 2, 20))
        for row in b.rows:
            for i, v in enumerate(row):
                widths[i] = max(widths[i], min(display_width(v) + 3.0, 40.0))
    widths[0] = max(widths[0], 24.0)
    sheet = FreeSheet(wb, title, styles, widths, footer, wrap_columns=range(n_cols))
    sheet.title(word("title", lang))
    for note in notes:
        sheet.ws.merged_cells.add(f"A{sheet.row + 1}:{_letter(n_cols)}{sheet.row + 1}")
        sheet.values([note])
        _fit_merged(sheet, note, sum(widths))
    chart_rows: tuple[int, int] | None = None
    for b in blocks:
        sheet.blank()
        sheet.title(b.title)
        sheet.header(b.header)
        first = sheet.row
        for row in b.rows:
            sheet.values(row, b.formats)
        if b.title == word("by_region", lang) and b.rows:
            chart_rows = (first, first + min(len(b.rows), CHART_REGIONS))
    if chart_rows is not None:
        _chart(sheet, chart_rows, lang, n_cols)


def _letter(n: int) -> str:
    return get_column_letter(n)


def _fit_merged(sheet: FreeSheet, text: str, width: float) -> None:
    sheet.ws.heights[sheet.row] = row_height(wrapped_lines(text, width))


def _chart(sheet: FreeSheet, rows: tuple[int, int], language: str, n_cols: int) -> None:
    """A bar chart of approved project investment by region (the By region block's first rows)."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = word("investment", language)
    chart.y_axis.numFmt = "#,##0"
    chart.legend = None
    chart.x_axis.delete = False  # openpyxl ≥ 3.1 hides axes unless told otherwise
    chart.y_axis.delete = False
    first, last = rows
    chart.add_data(Reference(sheet.ws, min_col=4, min_row=first, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first + 1, max_row=last))
    chart.height = max(7.5, 0.6 * (last - first) + 3)
    chart.width = 18
    sheet.ws.add_chart(chart, f"{_letter(n_cols + 2)}3")


def summary_headers(language: str) -> Sequence[tuple[str, str]]:
    """(header, meaning) of the Summary's columns, for the Dictionary."""
    out = []
    for key in SUMMARY_COLUMNS:
        meaning = MEANINGS.get(key)
        out.append((word(key, language), (meaning[1] if language == "zh_CN" else meaning[0]) if meaning else ""))
    return out
