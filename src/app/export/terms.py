"""Sheet names and the allowed values of every enumeration, in the workbook's languages.

Enumerations are written in the workbook language; `value_for_term` reads one back in either
language (for applying a corrected workbook). English terms are the stored values, except where
the stored value is a code (`in_review` → "in review", `under_construction` → "under construction")."""

from __future__ import annotations

from app.domain.schema import Basis, Comparator, DocStatus, FactStatus, Kind, Stage

SHEETS: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "Projects": ("Projects", "项目"),
    "Indicators": ("Indicators", "指标"),
    "Targets": ("Targets", "目标"),
    "People": ("People", "人物"),
    "Documents": ("Documents", "文档"),
    "Summary": ("Summary", "汇总"),
    "Dictionary": ("Dictionary", "数据字典"),
    "Audit": ("Audit", "审计日志"),
    "About": ("About", "关于"),
}
KIND_SHEETS: dict[Kind, str] = {
    Kind.PROJECT: "Projects", Kind.INDICATOR: "Indicators", Kind.TARGET: "Targets", Kind.PERSON: "People",
}

APPROVED = "approved"  # shown as the status of a fact whose document is approved

ENUMS: dict[str, dict[str, tuple[str, str]]] = {
    # enumeration: stored value → (English, Chinese)
    "kind": {
        Kind.PROJECT: ("project", "项目"), Kind.INDICATOR: ("indicator", "指标"),
        Kind.TARGET: ("target", "目标"), Kind.PERSON: ("person", "人物"),
    },
    "stage": {
        Stage.PLANNED: ("planned", "计划"), Stage.SIGNED: ("signed", "签约"), Stage.PREPARING: ("preparing", "前期"),
        Stage.STARTED: ("started", "开工"), Stage.UNDER_CONSTRUCTION: ("under construction", "在建"),
        Stage.COMPLETED: ("completed", "竣工"), Stage.OPERATING: ("operating", "投产"),
        Stage.UNKNOWN: ("unknown", "未知"),
    },
    "basis": {
        Basis.LEVEL: ("level", "总量"), Basis.YOY: ("year-on-year", "同比"), Basis.SHARE: ("share", "占比"),
        Basis.AVERAGE_GROWTH: ("average growth", "年均增长"),
    },
    "comparator": {
        Comparator.EQ: ("=", "="), Comparator.GT: (">", ">"), Comparator.GE: (">=", ">="),
        Comparator.LT: ("<", "<"), Comparator.APPROX: ("~", "~"),
    },
    "status": {
        FactStatus.SUGGESTED: ("suggested", "建议"), FactStatus.EDITED: ("edited", "已编辑"),
        FactStatus.CONFIRMED: ("confirmed", "已确认"), FactStatus.REJECTED: ("rejected", "已拒绝"),
        APPROVED: ("approved", "已批准"),
    },
    "document status": {
        DocStatus.NEW: ("new", "新"), DocStatus.IN_REVIEW: ("in review", "审核中"),
        DocStatus.READY: ("ready for review", "待复核"),
        DocStatus.APPROVED: ("approved", "已批准"), DocStatus.REJECTED: ("rejected", "已拒绝"),
        DocStatus.FLAGGED: ("flagged", "已标记"),
    },
    "origin": {"rules": ("rules", "规则"), "analyst": ("analyst", "分析员"), "workbook": ("workbook", "工作簿")},
    "yes/no": {"yes": ("yes", "是"), "no": ("no", "否")},
}
ENUM_MEANINGS: dict[str, tuple[str, str]] = {
    "kind": ("The kind of fact; each kind has its own sheet.", "事实类型；每种类型一张表。"),
    "stage": ("A project's stage.", "项目阶段。"),
    "basis": ("What an indicator's value measures.", "指标数值的口径。"),
    "comparator": ("How the value relates to the true figure.", "数值与实际数的关系。"),
    "status": ("A fact's review state (Status on fact sheets).", "事实的审核状态（事实表的“状态”列）。"),
    "document status": ("A document's review state (Status on Documents, Document status on fact sheets).",
                        "文档的审核状态（“文档”表的“状态”列，事实表的“文档状态”列）。"),
    "origin": ("Who made the fact or the change.", "事实或改动的来源。"),
    "yes/no": ("Corrected.", "已更正。"),
}
ENUM_COLUMNS: dict[str, str] = {"Stage": "stage", "Basis": "basis", "Comparator": "comparator", "Origin": "origin",
                                "Corrected": "yes/no", "Document status": "document status"}
"""Column key → its enumeration (Status depends on the sheet: facts or documents)."""


def _index(language: str) -> int:
    return 1 if language == "zh_CN" else 0


def sheet_name(key: str, language: str = "en") -> str:
    return SHEETS[key][_index(language)]


def term(enum: str, value: object, language: str = "en") -> str | None:
    """The workbook text of a stored enumeration value (unknown values are shown as stored)."""
    if value is None or value == "":
        return None
    names = ENUMS[enum].get(str(value))
    return names[_index(language)] if names else str(value)


def value_for_term(enum: str, text: object) -> str | None:
    """The stored value for a term written in either language, or None when it is not one."""
    if not isinstance(text, str):
        return None
    wanted = " ".join(text.split()).casefold()
    for stored, names in ENUMS[enum].items():
        if wanted in (str(stored).casefold(), names[0].casefold(), names[1]):
            return str(stored)
    return None
