"""The About sheet's rows: what the workbook is, who exported it when, with which filter, how many
rows each sheet holds and how many undated documents a date filter left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.export import terms

if TYPE_CHECKING:
    from app.export.writer import AboutInfo, WorkbookStats

NOTES: tuple[tuple[str, str, str, str], ...] = (
    ("Values", "数值",
     "One unit per column: Amount (CNY) in yuan (579.9 billion yuan is 579,900,000,000), Amount (CNY 100 million) "
     "the same in 亿元, Amount (other currency) in the unit of Currency (never converted), Count with Counted, "
     "Percent (15.7 means 15.7 %), Percentage points. Value as written is the article's text.",
     "每列一个单位：金额（元）以元计，金额（亿元）为同一金额以亿元计，金额（外币）以“币种”计（不做换算），数量及计数对象，"
     "百分比（15.7 表示 15.7%），百分点。“数值原文”为文章原文。"),
    ("Corrections", "更正",
     "Suggested value is the extractor's; Corrected and Changed fields say what an analyst changed. The details "
     "columns are grouped: click + above the header to show them.",
     "“建议值”为提取程序的建议；“已更正”和“修改的字段”说明分析员改了什么。明细列已分组折叠：点击表头上方的 + 展开。"),
    ("Correcting in Excel", "在 Excel 中更正",
     "Columns with a green header can be applied back to the database (factdesk apply-workbook); see Dictionary.",
     "表头为绿色的列可以应用回数据库（factdesk apply-workbook）；见“数据字典”。"),
    ("Times", "时间", "All times are UTC.", "所有时间均为 UTC。"),
    ("Formulas", "公式",
     "The workbook holds no formulas: text that starts with =, +, -, @, tab or CR is stored as text.",
     "工作簿不含公式：以 =、+、-、@、制表符或回车开头的文本按文本保存。"),
)

LABELS: dict[str, tuple[str, str]] = {
    "workbook": ("Workbook", "工作簿"),
    "what": ("FactDesk export: facts extracted from news articles and reviewed by analysts",
             "FactDesk 导出：从新闻文章中提取并经分析员审核的事实"),
    "result": ("Result", "结果"),
    "empty": ("No facts match this selection: the fact sheets are empty.", "没有符合条件的事实：事实表为空。"),
    "counts": ("{facts} facts from {documents} documents", "{documents} 篇文档中的 {facts} 条事实"),
    "exported_at": ("Exported at (UTC)", "导出时间（UTC）"),
    "exported_by": ("Exported by", "导出人"),
    "version": ("FactDesk version", "FactDesk 版本"),
    "file": ("File", "文件"),
    "database": ("Database", "数据库"),
    "database_id": ("Database ID", "数据库 ID"),
    "export_id": ("Export ID", "导出 ID"),
    "language": ("Language", "语言"),
    "filter": ("Filter: {x}", "筛选：{x}"),
    "undated": ("Undated documents left out", "未计入的无日期文档"),
    "undated_text": ("{n} documents without a published date were left out by the date filter "
                     "(--include-undated keeps them)",
                     "日期筛选排除了 {n} 篇没有发布日期的文档（--include-undated 可保留）"),
    "rows": ("Rows: {x}", "行数：{x}"),
    "note": ("Note: {x}", "说明：{x}"),
}


def label(key: str, language: str, **kw: object) -> str:
    text = LABELS[key][1 if language == "zh_CN" else 0]
    return text.format(**kw) if kw else text


def about_rows(about: AboutInfo, stats: WorkbookStats, language: str) -> list[tuple[str, object]]:
    zh = language == "zh_CN"
    rows: list[tuple[str, object]] = [
        (label("workbook", language), label("what", language)),
        (label("result", language), label("empty", language) if stats.empty
         else label("counts", language, facts=stats.facts, documents=stats.documents)),
        (label("exported_at", language), about.exported_at),
        (label("exported_by", language), about.user),
        (label("version", language), about.version),
        (label("file", language), about.file_name),
        (label("language", language), language),
    ]
    if about.database:
        rows.append((label("database", language), about.database))
    rows.append(("Database ID", about.database_id))
    rows.append(("Export ID", about.export_id))
    rows += [(label("filter", language, x=name), text) for name, text in about.filter.describe()]
    if about.filter.dated and not about.filter.include_undated:
        rows.append((label("undated", language), label("undated_text", language, n=about.undated_left_out)))
    rows += [(label("rows", language, x=terms.sheet_name(sheet, language)), count)
             for sheet, count in stats.sheets.items()]
    rows += [(label("note", language, x=zh_label if zh else en_label), zh_text if zh else en_text)
             for en_label, zh_label, en_text, zh_text in NOTES]
    return rows
