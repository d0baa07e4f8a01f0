"""Every column of the workbook, stated once: its key (the English header), its Chinese header,
whether a corrected value in it can be applied back to the database, its unit and what it means.

The fact sheets, the Documents sheet, the Dictionary sheet and the reading of a corrected workbook
(`factdesk apply-workbook`) all go through this module, so a header means the same thing
everywhere. English headers are the keys; `column_for_header` finds a column by its header in
either language (the workbook may be written in English or Chinese)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.schema import KIND_FIELDS, NUMERIC_KINDS, Kind

LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
DEFAULT_LANGUAGE = "en"


class CellType(StrEnum):
    """How a column's cells are written (the writer picks the number format by it)."""

    TEXT = "text"
    LONG = "long"  # wrapped text (evidence, notes)
    ID = "id"  # integer identifier, no thousands separator
    INT = "int"  # a count of rows or facts
    MONEY = "money"  # exact amount in a currency's unit
    MONEY_100M = "money_100m"  # amount in 100 million yuan (亿元)
    NUMBER = "number"  # count or other plain number, thousands separators
    PERCENT = "percent"  # percent as written (15.7 means 15.7 %) or percentage points
    CONFIDENCE = "confidence"
    DATE = "date"
    DATETIME = "datetime"
    LINK = "link"  # text that may carry a hyperlink


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # the English header
    zh: str  # the Chinese header
    back: bool  # a corrected value in this column can be applied back to the database
    unit: str  # unit of the values ("" for text), in English
    unit_zh: str
    description: str
    description_zh: str
    type: CellType = CellType.TEXT
    width: int = 14  # the widest the column gets (characters); the header always fits

    def header(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.zh if language == "zh_CN" else self.key

    def meaning(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.description_zh if language == "zh_CN" else self.description

    def unit_text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.unit_zh if language == "zh_CN" else self.unit


def _c(key: str, zh: str, back: bool, description: str, description_zh: str, type: CellType = CellType.TEXT,
       unit: str = "", unit_zh: str = "", width: int = 14) -> ColumnSpec:
    return ColumnSpec(key, zh, back, unit, unit_zh, description, description_zh, type, width)


T = CellType
_SPECS: tuple[ColumnSpec, ...] = (
    # -- identity (keys for applying a corrected workbook back)
    _c("Fact ID", "事实编号", False, "The fact's number in the database (key; never change it).",
       "数据库中事实的编号（主键，请勿修改）。", T.ID, width=10),
    _c("Version", "版本", False, "The row's version at export; a newer version in the database means someone "
       "changed it since (key).", "导出时该行的版本；数据库中版本更新表示此后有人修改过（主键）。", T.ID, width=9),
    _c("Document ID", "文档编号", False, "The document's number; on fact sheets it links to the document's row "
       "on the Documents sheet.", "文档编号；在事实表中链接到“文档”表中该文档所在行。", T.ID, width=12),
    _c("Status", "状态", True, "Review state. Facts: suggested, edited, confirmed, rejected, or approved (the "
       "fact's document is approved). Documents: new, in review, approved, rejected, flagged.",
       "审核状态。事实：建议、已编辑、已确认、已拒绝，或已批准（所属文档已批准）。文档：新、审核中、已批准、已拒绝、已标记。",
       width=12),
    # -- the kinds' fields
    _c("Investor", "投资方", True, "Who invests (projects).", "投资方（项目）。", width=32),
    _c("Project", "项目", True, "The project's name as written.", "项目名称（原文）。", width=36),
    _c("Industry", "行业", True, "The project's industry.", "项目所属行业。", width=20),
    _c("Location", "地点", True, "Where the project is built, as written.", "项目建设地点（原文）。", width=20),
    _c("Stage", "阶段", True, "The project's stage (see the allowed values below).", "项目阶段（取值见下）。",
       width=14),
    _c("Period", "时期", True, "The period the figure refers to, as written (e.g. 2021, first half, 上半年).",
       "数据所指的时期（原文，如 2021、上半年）。", width=14),
    _c("Subject", "主体", True, "The place or organisation the figure is about.", "数据所描述的地区或机构。",
       width=20),
    _c("Indicator", "指标", True, "The indicator, from FactDesk's controlled vocabulary (the article's words are "
       "in 'Indicator as written').", "指标（FactDesk 受控词表中的名称；原文措辞见“指标原文”）。", width=28),
    _c("Comparator", "比较符", True, "How the value relates to the true figure: = exactly, > more than, >= at "
       "least, < less than, ~ about.", "数值与实际数的关系：= 等于，> 超过，>= 不少于，< 少于，~ 约。", width=11),
    _c("Basis", "口径", True, "What the value measures: level, year-on-year change, share, average growth.",
       "数值口径：总量、同比、占比、年均增长。", width=14),
    _c("Horizon", "目标期限", True, "When a target is due, as written.", "目标的期限（原文）。", width=12),
    _c("Name", "姓名", True, "The person's name.", "人物姓名。", width=20),
    _c("Role", "职务", True, "The person's role.", "人物职务。", width=24),
    _c("Organization", "机构", True, "The person's organisation.", "人物所属机构。", width=28),
    # -- derived, read-only
    _c("Period start", "时期起", False, "First day of the period, resolved against the published date.",
       "时期的第一天（按发布日期推算）。", T.DATE, width=12),
    _c("Period end", "时期止", False, "Last day of the period.", "时期的最后一天。", T.DATE, width=12),
    _c("Region code", "地区代码", False, "Administrative division code (GB/T 2260) of the region.",
       "地区的行政区划代码（GB/T 2260）。", width=12),
    _c("Region name", "地区名称", False, "The canonical name of the region code, in the workbook's language "
       "(one name per place, whatever the article wrote).", "地区代码对应的规范名称（每地一名，不论原文写法）。",
       width=14),
    _c("Region (English)", "地区（英文）", False, "The English name of the region code.", "地区代码对应的英文名称。",
       width=16),
    _c("Indicator as written", "指标原文", False, "The indicator in the article's words.", "文章中指标的原文措辞。",
       width=28),
    # -- the value: exactly one of these is filled on a row of a numeric kind
    _c("Amount (CNY)", "金额（元）", True, "Money in yuan, exact.", "人民币金额（元），精确值。", T.MONEY,
       "yuan", "元", 20),
    _c("Amount (CNY 100 million)", "金额（亿元）", False, "The same money in 100 million yuan (亿元), exact; "
       "derived from Amount (CNY).", "同一金额，以亿元计，精确值；由“金额（元）”换算。", T.MONEY_100M,
       "100 million yuan", "亿元", 16),
    _c("Currency", "币种", True, "The currency of a non-yuan amount (USD, HKD, EUR …); never converted.",
       "非人民币金额的币种（USD、HKD、EUR 等）；不做换算。", width=9),
    _c("Amount (other currency)", "金额（外币）", True, "A non-yuan amount in the unit of 'Currency' (sum only "
       "after filtering one currency).", "以“币种”计的非人民币金额（按单一币种筛选后再求和）。", T.MONEY,
       "unit of Currency", "币种单位", 18),
    _c("Count", "数量", True, "A number of things (projects, firms …); what is counted is in 'Counted'.",
       "数量（项目、企业等）；计数对象见“计数对象”。", T.NUMBER, "count", "个", 12),
    _c("Counted", "计数对象", False, "What 'Count' counts.", "“数量”所计的对象。", width=18),
    _c("Percent", "百分比", True, "A percentage as written: 15.7 means 15.7 %; negative is a decline.",
       "百分比（原值：15.7 表示 15.7%；负数为下降）。", T.PERCENT, "percent", "%", 10),
    _c("Percentage points", "百分点", True, "A change in percentage points.", "以百分点计的变化。", T.PERCENT,
       "percentage points", "个百分点", 11),
    _c("Value as written", "数值原文", False, "The figure as the article writes it.", "文章中数值的原文。", width=22),
    # -- review and provenance, read-only
    _c("Suggested value", "建议值", False, "The value the extractor suggested, with its unit (empty for a fact "
       "an analyst added).", "提取程序建议的数值及单位（分析员新增的事实为空）。", width=22),
    _c("Corrected", "已更正", False, "yes when an analyst changed anything the extractor suggested.",
       "分析员修改过提取建议时为“是”。", width=10),
    _c("Changed fields", "修改的字段", False, "The columns an analyst changed from the suggestion.",
       "分析员相对建议修改过的列。", width=22),
    _c("Reviewed by", "审核人", False, "Who last reviewed the row (for an untouched fact: who approved or "
       "rejected its document).", "最后审核人（未改动的事实：批准或拒绝其文档的人）。", width=14),
    _c("Reviewed at", "审核时间", False, "When it was last reviewed (UTC).", "最后审核时间（UTC）。", T.DATETIME,
       width=19),
    _c("Confidence", "置信度", False, "The extractor's confidence, 0 to 1.", "提取置信度，0 到 1。", T.CONFIDENCE,
       width=11),
    _c("Origin", "来源", False, "Who made the fact: rules (the extractor) or analyst.",
       "事实的产生方式：规则（提取程序）或分析员。", width=10),
    _c("Override reason", "改动理由", False, "Why an analyst kept a value that fails a check.",
       "分析员保留未通过检查的数值的理由。", T.LONG, width=28),
    _c("Notes", "备注", False, "Fields this kind of fact does not have, as 'name: value'.",
       "此类事实没有的字段，格式为“名称：值”。", T.LONG, width=28),
    _c("Evidence", "证据", False, "The quoted text from the article (several quotes joined with ' … ').",
       "文章中的引文（多段以“ … ”连接）。", T.LONG, width=60),
    _c("Comment", "评论", True, "The analyst's comment on the fact (fact sheets) or on the document (Documents).",
       "分析员对该事实（事实表）或该文档（“文档”表）的评论。", T.LONG, width=30),
    _c("Title", "标题", True, "The document's title.", "文档标题。", T.TEXT, width=40),
    _c("Published", "发布日期", True, "The document's published date.", "文档发布日期。", T.DATE, width=12),
    _c("Region", "地区", True, "The document's region.", "文档所属地区。", width=16),
    _c("Source file", "来源文件", False, "The file the document was imported from (its name; a web address "
       "in full).", "文档导入自的文件（文件名；网址为全文）。", T.LINK, width=28),
    _c("Document status", "文档状态", False, "The document's review status.", "文档的审核状态。", width=14),
    # -- Documents sheet only
    _c("Language", "语言", False, "The article's language: en, zh-Hans, zh-Hant.", "文章语言：en、zh-Hans、zh-Hant。",
       width=10),
    _c("Outlet", "媒体", False, "Who published the article.", "文章的发布媒体。", width=20),
    _c("Note", "说明", True, "The analyst's note on the document.", "分析员对文档的说明。", T.LONG, width=30),
    _c("Facts", "事实数", False, "Facts of the document in this workbook.", "本工作簿中该文档的事实数。", T.INT,
       width=8),
    _c("Assignee", "负责人", False, "Who the document is assigned to.", "文档的负责人。", width=14),
    # -- Audit sheet
    _c("Event ID", "事件编号", False, "The audit event's number.", "审计事件编号。", T.ID, width=9),
    _c("At", "时间", False, "When it happened (UTC).", "发生时间（UTC）。", T.DATETIME, width=19),
    _c("User", "用户", False, "Who did it.", "操作人。", width=12),
    _c("Action", "操作", False, "What was done: import, edit, fact_status, status, note, add_fact, reextract, "
       "export …", "操作类型：import、edit、fact_status、status、note、add_fact、reextract、export 等。", width=12),
    _c("Field", "字段", False, "The field that changed (stored name).", "改动的字段（存储名）。", width=12),
    _c("Old value", "原值", False, "The value before (as stored).", "改动前的值（存储形式）。", T.LONG, width=36),
    _c("New value", "新值", False, "The value after (as stored).", "改动后的值（存储形式）。", T.LONG, width=36),
    # -- About sheet
    _c("Item", "条目", False, "What the row states.", "该行说明的内容。", width=30),
    _c("Value", "值", False, "Its value.", "其值。", T.LONG, width=90),
    _c("Source path", "来源路径", False, "The full path the document was imported from (only with --full-paths).",
       "文档导入时的完整路径（仅在使用 --full-paths 时）。", T.LINK, width=40),
)

COLUMNS: dict[str, ColumnSpec] = {c.key: c for c in _SPECS}
_BY_HEADER: dict[str, ColumnSpec] = {**{c.key.casefold(): c for c in _SPECS}, **{c.zh: c for c in _SPECS}}

FIELD_KEYS: dict[str, str] = {
    "investor": "Investor", "project": "Project", "industry": "Industry", "location": "Location",
    "stage": "Stage", "period": "Period", "subject": "Subject", "indicator": "Indicator",
    "comparator": "Comparator", "basis": "Basis", "horizon": "Horizon", "name": "Name", "role": "Role",
    "organization": "Organization",
}
"""Fact field name → column key."""

FACT_LEADING: tuple[str, ...] = ("Fact ID", "Version", "Document ID", "Status")
REGION_NAMES: tuple[str, ...] = ("Region code", "Region name", "Region (English)")
DERIVED: tuple[str, ...] = ("Period start", "Period end", *REGION_NAMES, "Indicator as written")
VALUE_COLUMNS: tuple[str, ...] = (
    "Amount (CNY)", "Amount (CNY 100 million)", "Currency", "Amount (other currency)", "Count", "Counted",
    "Percent", "Percentage points", "Value as written",
)
FACT_TRAILING: tuple[str, ...] = (
    "Suggested value", "Corrected", "Changed fields", "Reviewed by", "Reviewed at", "Confidence", "Origin",
    "Override reason", "Notes", "Evidence", "Comment", "Title", "Published", "Region", "Source file", "Document status",
)
DOCUMENT_KEYS: tuple[str, ...] = (
    "Document ID", "Version", "Title", "Published", "Region", *REGION_NAMES, "Language", "Outlet", "Status",
    "Note", "Comment", "Facts", "Assignee", "Reviewed by", "Reviewed at", "Source file",
)
SOURCE_PATH = "Source path"
AUDIT_KEYS: tuple[str, ...] = ("Event ID", "At", "User", "Action", "Document ID", "Fact ID", "Field", "Old value",
                               "New value")
ABOUT_KEYS: tuple[str, ...] = ("Item", "Value")


def derived_for(kind: Kind) -> tuple[str, ...]:
    """The derived columns a kind has: periods for kinds with a period, the indicator's words for
    kinds with an indicator, the region code for all but people."""
    fields = KIND_FIELDS[kind]
    out: list[str] = []
    if "period" in fields:
        out += ["Period start", "Period end"]
    if kind is not Kind.PERSON:
        out += REGION_NAMES
    if "indicator" in fields:
        out.append("Indicator as written")
    return tuple(out)


def fact_keys(kind: Kind) -> tuple[str, ...]:
    """The columns of a kind's sheet, in order."""
    keys = [*FACT_LEADING, *(FIELD_KEYS[f] for f in KIND_FIELDS[kind]), *derived_for(kind)]
    if kind in NUMERIC_KINDS:
        keys += VALUE_COLUMNS
        trailing = FACT_TRAILING
    else:
        trailing = tuple(k for k in FACT_TRAILING if k != "Suggested value")
    return (*keys, *trailing)


def document_keys(full_paths: bool = False) -> tuple[str, ...]:
    return (*DOCUMENT_KEYS, SOURCE_PATH) if full_paths else DOCUMENT_KEYS


def column(key: str) -> ColumnSpec:
    return COLUMNS[key]


def column_for_header(header: object) -> ColumnSpec | None:
    """The column whose English or Chinese header is `header` (English case-insensitively, spaces
    around ignored), or None for a header FactDesk does not write."""
    if not isinstance(header, str):
        return None
    text = " ".join(header.split())
    return _BY_HEADER.get(text) or _BY_HEADER.get(text.casefold())


def header(key: str, language: str = DEFAULT_LANGUAGE) -> str:
    return COLUMNS[key].header(language)


def check_language(language: str) -> str:
    """`en` or `zh_CN` (also accepts zh, zh-CN, zh_Hans …); raises ValueError with one line."""
    text = (language or "").strip().replace("-", "_")
    if text in LANGUAGES:
        return text
    if text.split("_")[0].lower() == "zh":
        return "zh_CN"
    if text.split("_")[0].lower() == "en":
        return "en"
    raise ValueError(f"unknown workbook language {language!r}: use en or zh_CN")
