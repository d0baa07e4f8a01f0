"""The Summary sheet: totals by kind, projects and agreed investment by region and by region and
period, money indicators by region and period, and a native bar chart of investment by region.

Totals leave rejected facts out. A project's region is its location, else its document's region;
its period is its period field, else the year its document was published. Amounts are summed per
currency, never converted."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.domain.records import FactRecord
from app.domain.schema import CURRENCIES, FactStatus, Kind, Unit
from app.export.cells import FMT_COUNT, FMT_MONEY, Formatted, StyleKey, Styles, auto_cell, text_cell
from app.export.sheets import SHEET_TITLES

NO_REGION = "(no region)"
NO_PERIOD = "(no period)"
CHART_REGIONS = 20


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


@dataclass
class _Projects:
    count: int = 0
    amounts: dict[str, float] = field(default_factory=lambda: defaultdict(float))


@dataclass
class Totals:
    """Running totals, fed one fact at a time while the fact sheets are written."""

    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    documents_by_kind: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    rejected: int = 0
    by_region: dict[str, _Projects] = field(default_factory=lambda: defaultdict(_Projects))
    by_region_period: dict[tuple[str, str], _Projects] = field(default_factory=lambda: defaultdict(_Projects))
    indicators: dict[tuple[str, str, str, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    currencies: set[str] = field(default_factory=set)

    def add(self, f: FactRecord) -> None:
        if f.status == FactStatus.REJECTED.value:
            self.rejected += 1
            return
        self.by_kind[f.kind] += 1
        self.documents_by_kind[f.kind].add(f.document_id)
        fields = f.fields
        period = _text(fields.get("period")) or (str(f.published.year) if f.published else NO_PERIOD)
        if f.kind == Kind.PROJECT.value:
            region = _text(fields.get("location")) or _text(f.region) or NO_REGION
            for bucket in (self.by_region[region], self.by_region_period[(region, period)]):
                bucket.count += 1
                if f.value is not None and f.unit in CURRENCIES:
                    bucket.amounts[f.unit] += f.value
            if f.value is not None and f.unit in CURRENCIES:
                self.currencies.add(f.unit)
        elif f.kind == Kind.INDICATOR.value and f.value is not None and f.unit in CURRENCIES:
            region = _text(fields.get("subject")) or _text(f.region) or NO_REGION
            indicator = _text(fields.get("indicator")) or "(unnamed)"
            self.indicators[(region, period, indicator, f.unit or "")].append(f.value)

    @property
    def empty(self) -> bool:
        return not self.by_kind


def _currency_order(currencies: set[str]) -> list[str]:
    rest = sorted(c for c in currencies if c != Unit.CNY)
    return ([Unit.CNY.value] if Unit.CNY in currencies or not currencies else []) + rest


class _Rows:
    """Appends rows to a write-only sheet and knows which row it is on."""

    def __init__(self, ws: WriteOnlyWorksheet, styles: Styles) -> None:
        self.ws, self.styles, self.row = ws, styles, 0

    def title(self, text: str) -> None:
        self.add([self.styles.cell(self.ws, text, StyleKey(title=True))])

    def header(self, names: Sequence[str]) -> None:
        self.add([self.styles.cell(self.ws, n, StyleKey(header=True)) for n in names])

    def values(self, values: Sequence[object]) -> None:
        self.add([auto_cell(self.ws, self.styles, v) for v in values])

    def text(self, text: str) -> None:
        self.add([text_cell(self.ws, self.styles, text)])

    def add(self, cells: list[object]) -> None:
        self.ws.append(cells)
        self.row += 1


def write_summary(wb: Workbook, styles: Styles, totals: Totals, title: str) -> None:
    ws = wb.create_sheet(title)
    for letter, width in zip("ABCDEFG", (30, 16, 22, 26, 12, 10, 22), strict=True):
        ws.column_dimensions[letter].width = width
    out = _Rows(ws, styles)
    out.title("Summary")
    if totals.empty:
        out.text("No facts match this selection: nothing to total.")
        return
    out.text("Totals leave rejected facts out; amounts are in the currency's unit (yuan for CNY), per currency.")
    out.add([])

    out.title("Facts by kind")
    out.header(["Kind", "Facts", "Documents"])
    for kind in Kind:
        if totals.by_kind.get(kind.value):
            out.values([SHEET_TITLES[kind], totals.by_kind[kind.value], len(totals.documents_by_kind[kind.value])])
    if totals.rejected:
        out.values(["Rejected (not in totals)", totals.rejected, None])
    out.add([])

    currencies = _currency_order(totals.currencies)
    money_headers = [f"Agreed investment ({c})" for c in currencies]
    chart_rows: tuple[int, int] | None = None
    if totals.by_region:
        out.title("Projects by region")
        out.header(["Region", "Projects", *money_headers])
        header_row = out.row
        regions = sorted(totals.by_region.items(), key=lambda kv: (-kv[1].amounts.get(currencies[0], 0.0),
                                                                   -kv[1].count, kv[0]))
        for region, p in regions:
            out.values([region, Formatted(p.count, FMT_COUNT),
                        *(Formatted(p.amounts.get(c, 0.0), FMT_MONEY) for c in currencies)])
        chart_rows = (header_row, header_row + min(len(regions), CHART_REGIONS))
        out.add([])

        out.title("Projects by region and period")
        out.header(["Region", "Period", "Projects", *money_headers])
        for (region, period), p in sorted(totals.by_region_period.items()):
            out.values([region, period, Formatted(p.count, FMT_COUNT),
                        *(Formatted(p.amounts.get(c, 0.0), FMT_MONEY) for c in currencies)])
        out.add([])

    if totals.indicators:
        out.title("Money indicators by region and period (as reported)")
        out.header(["Region", "Period", "Indicator", "Unit", "Facts", "Total", "Largest reported"])
        for (region, period, indicator, unit), values in sorted(totals.indicators.items()):
            out.values([region, period, indicator, unit, Formatted(len(values), FMT_COUNT),
                        Formatted(sum(values), FMT_MONEY), Formatted(max(values), FMT_MONEY)])

    if chart_rows is not None and totals.currencies:
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = f"Agreed investment by region ({currencies[0]})"
        chart.y_axis.title = currencies[0]
        chart.y_axis.numFmt = FMT_MONEY
        chart.legend = None
        chart.x_axis.delete = False  # openpyxl ≥ 3.1 hides axes unless told otherwise
        chart.y_axis.delete = False
        first, last = chart_rows
        data = Reference(ws, min_col=3, min_row=first, max_row=last)
        cats = Reference(ws, min_col=1, min_row=first + 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height = max(7.5, 0.6 * (last - first) + 3)
        chart.width = 18
        ws.add_chart(chart, "I3")
