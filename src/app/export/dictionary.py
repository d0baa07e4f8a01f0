"""The Dictionary sheet: every column of every sheet with its meaning and unit, whether a
correction in it can be applied back (those headers are green on the data sheets), and the allowed
values of every enumeration."""

from __future__ import annotations

from openpyxl import Workbook

from app.domain.schema import Kind
from app.export import terms
from app.export.cells import StyleKey, Styles
from app.export.columns import ABOUT_KEYS, AUDIT_KEYS, column, document_keys, fact_keys
from app.export.sheet import FreeSheet
from app.export.summary import summary_headers

WORDS: dict[str, tuple[str, str]] = {
    "columns": ("Columns", "列"),
    "sheet": ("Sheet", "工作表"),
    "column": ("Column", "列"),
    "meaning": ("Meaning", "含义"),
    "unit": ("Unit", "单位"),
    "back": ("Applicable back", "可应用回数据库"),
    "values": ("Allowed values", "允许的取值"),
    "enumeration": ("Enumeration", "枚举"),
    "value": ("Value", "取值"),
    "stored": ("Stored as", "存储值"),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
}


def _w(key: str, language: str) -> str:
    return WORDS[key][1 if language == "zh_CN" else 0]


def sheet_columns(language: str, full_paths: bool) -> list[tuple[str, tuple[str, ...]]]:
    """(sheet key, column keys) of every data sheet, in workbook order."""
    out: list[tuple[str, tuple[str, ...]]] = [(terms.KIND_SHEETS[k], fact_keys(k)) for k in Kind]
    out += [("Documents", document_keys(full_paths)), ("Audit", AUDIT_KEYS), ("About", ABOUT_KEYS)]
    return out


def write_dictionary(wb: Workbook, styles: Styles, title: str, footer: str, language: str, full_paths: bool) -> None:
    sheet = FreeSheet(wb, title, styles, [14, 26, 70, 16, 12], footer, wrap_columns=[1, 2, 3])
    sheet.ws.print_title_rows = "2:2"
    sheet.title(_w("columns", language))
    sheet.header([_w("sheet", language), _w("column", language), _w("meaning", language), _w("unit", language),
                  _w("back", language)])
    for sheet_key, keys in sheet_columns(language, full_paths):
        name = terms.sheet_name(sheet_key, language)
        for key in keys:
            spec = column(key)
            sheet.values([name, spec.header(language), spec.meaning(language), spec.unit_text(language) or None,
                          _w("yes" if spec.back else "no", language)],
                         marked=StyleKey(header=True, back=True) if spec.back else None)
    summary = terms.sheet_name("Summary", language)
    for header, meaning in summary_headers(language):
        sheet.values([summary, header, meaning or None, None, _w("no", language)])
    sheet.blank()
    sheet.title(_w("values", language))
    sheet.header([_w("enumeration", language), _w("value", language), _w("meaning", language),
                  _w("stored", language)])
    for enum, values in terms.ENUMS.items():
        meaning = terms.ENUM_MEANINGS[enum][1 if language == "zh_CN" else 0]
        for stored, names in values.items():
            sheet.values([enum, names[1 if language == "zh_CN" else 0], meaning, str(stored)])
