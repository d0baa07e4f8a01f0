"""The controlled vocabulary of indicators: one entry per indicator, with its English and Chinese
names and the phrasings articles (and the extractor's labels) use for it.

The workbook's `Indicator` column shows the entry's name in the workbook language; the words the
fact holds stay in `Indicator as written`. A label the vocabulary does not know is shown as written
(never guessed). Growth labels ("agreed investment growth", 协议投资增长) map to the base entry
plus " growth" / 增速."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    key: str
    en: str
    zh: str
    counted_en: str | None = None  # for count indicators: what is counted
    counted_zh: str | None = None

    def name(self, language: str = "en") -> str:
        return self.zh if language == "zh_CN" else self.en

    def counted(self, language: str = "en") -> str | None:
        return self.counted_zh if language == "zh_CN" else self.counted_en


# key, English, Chinese, counted (en, zh), other phrasings (both languages; matched case-insensitively)
_DATA: tuple[tuple[str, str, str, tuple[str, str] | None, tuple[str, ...]], ...] = (
    ("agreed_investment", "agreed investment", "协议投资额", None,
     ("contracted investment", "signed investment", "pledged investment", "intended investment", "协议投资",
      "签约金额", "签约额", "签约投资", "签约总金额", "合同投资", "协议引资", "协议资金", "意向投资")),
    ("funds_in_place", "funds in place", "到位资金", None,
     ("investment in place", "paid-in investment", "paid-in capital", "actually utilized", "in-place funds",
      "实际到位", "到位内资", "到位外资", "资金到位")),
    ("fixed_asset_investment", "fixed-asset investment", "固定资产投资", None,
     ("fixed asset investment", "fixed-assets investment")),
    ("foreign_investment", "foreign investment", "利用外资", None,
     ("foreign direct investment", "fdi", "foreign capital", "实际使用外资", "实际利用外资", "外商直接投资", "外资")),
    ("gdp", "GDP", "地区生产总值", None, ("regional gdp", "gross domestic product", "生产总值", "国内生产总值")),
    ("industrial_added_value", "industrial added value", "工业增加值", None,
     ("industrial value-added", "industrial value added", "规模以上工业增加值", "规上工业增加值")),
    ("added_value", "added value", "增加值", None, ("value-added", "value added")),
    ("energy_consumption", "energy consumption", "能耗", None, ("能源消费",)),
    ("utilization_rate", "utilization rate", "利用率", None, ("utilisation rate",)),
    ("retail_sales", "retail sales", "社会消费品零售总额", None, ("社零", "retail sales of consumer goods")),
    ("exports", "exports", "出口", None, ("export",)),
    ("imports", "imports", "进口", None, ("import",)),
    ("foreign_trade", "foreign trade", "进出口", None, ("total trade", "imports and exports", "进出口总额")),
    ("revenue", "revenue", "营业收入", None, ("revenues", "income", "sales", "turnover", "营收", "收入", "销售额")),
    ("output", "output", "产值", None, ("output value", "总产值")),
    ("tax_revenue", "tax revenue", "税收", None, ("tax", "taxes", "税金")),
    ("profit", "profit", "利润", None, ("profits", "利润总额")),
    ("internal_rate_of_return", "internal rate of return", "内部收益率", None,
     ("irr", "internal rates of return", "财务内部收益率", "內部收益率")),
    ("investment", "investment", "投资额", None, ("total investment", "投资", "总投资", "引资", "invested")),
    ("signed_projects", "signed projects", "签约项目", ("projects", "项目"),
     ("projects signed", "签约项目数", "签约")),
    ("projects_under_construction", "projects under construction", "在建项目", ("projects", "项目"), ("在建",)),
    ("projects_started", "projects started", "开工项目", ("projects", "项目"),
     ("new projects started", "新开工项目", "开工", "新开工")),
    ("projects_completed", "projects completed", "竣工项目", ("projects", "项目"), ("竣工", "建成")),
    ("projects_in_production", "projects in production", "投产项目", ("projects", "项目"), ("投产", "达产")),
    ("projects_landed", "projects landed", "落地项目", ("projects", "项目"), ("落地",)),
    ("new_projects", "new projects", "新引进项目", ("projects", "项目"),
     ("projects introduced", "introduced projects", "引进项目", "新引进", "引进")),
    ("projects", "projects", "项目", ("projects", "项目"), ("project", "项目数")),
    ("listed_companies", "listed companies", "上市公司", ("companies", "公司"), ()),
    ("top500_enterprises", "top-500 enterprises", "500强企业", ("enterprises", "企业"),
     ("fortune global 500 companies", "fortune 500 companies", "世界500强", "500强")),
    ("state_owned_enterprises", "state-owned enterprises", "国有企业", ("enterprises", "企业"), ("央企", "国企")),
    ("financial_institutions", "financial institutions", "金融机构", ("institutions", "机构"), ()),
    ("enterprises_visited", "enterprises visited", "走访企业", ("enterprises", "企业"), ("走访", "对接")),
    ("enterprises", "enterprises", "企业", ("enterprises", "企业"),
     ("companies", "firms", "new firms", "businesses", "家企业", "企业数")),
    ("jobs", "jobs", "就业岗位", ("jobs", "个"), ("jobs created", "就业机会", "职位", "岗位")),
)

VOCABULARY: tuple[Indicator, ...] = tuple(
    Indicator(key, en, zh, counted[0] if counted else None, counted[1] if counted else None)
    for key, en, zh, counted, _ in _DATA
)
_BY_KEY: dict[str, Indicator] = {i.key: i for i in VOCABULARY}
_ALIASES: dict[str, Indicator] = {}
for _key, _en, _zh, _counted, _others in _DATA:
    for _text in (_key, _en, _zh, *_others):
        _ALIASES.setdefault(" ".join(_text.casefold().replace("_", " ").split()), _BY_KEY[_key])

_GROWTH = re.compile(r"^(?P<base>.+?)\s*(?:growth|增长|增速|增幅)$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class IndicatorLabel:
    """A fact's indicator read through the vocabulary."""

    indicator: Indicator | None
    growth: bool
    written: str

    def name(self, language: str = "en") -> str:
        if self.indicator is None:
            return self.written
        base = self.indicator.name(language)
        if not self.growth:
            return base
        return f"{base}增速" if language == "zh_CN" else f"{base} growth"

    def counted(self, language: str = "en") -> str | None:
        return None if self.indicator is None else self.indicator.counted(language)

    @property
    def key(self) -> str:
        """A grouping key: the vocabulary entry (with growth), else the words as written."""
        if self.indicator is None:
            return "as written:" + self.written.casefold()
        return self.indicator.key + (":growth" if self.growth else "")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip(" .,;:'\"")


def lookup(text: str | None) -> IndicatorLabel | None:
    """The vocabulary entry for an indicator label as written, or an unknown label kept as written."""
    if text is None or not str(text).strip():
        return None
    written = " ".join(str(text).split())
    normal = _normal(written)
    found = _ALIASES.get(normal)
    if found is not None:
        return IndicatorLabel(found, False, written)
    growth = _GROWTH.match(normal)
    if growth:
        base = _ALIASES.get(growth.group("base").strip())
        if base is not None:
            return IndicatorLabel(base, True, written)
    return IndicatorLabel(None, False, written)


def indicator_name(text: str | None, language: str = "en") -> str | None:
    """What the `Indicator` column shows for a stored label (for comparing a corrected cell with the
    database: an unchanged cell equals this)."""
    label = lookup(text)
    return None if label is None else label.name(language)
