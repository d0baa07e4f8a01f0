"""Round 28 (from sets 74-86, read after they were scored once): made-up sentences, each with a near miss.

- A project name that opens with a brand and then a city or province written without its level (新奥|舟山LNG…,
  泰康|太原…) names the brand as the investor; not when the name opens with a place, a verb or a news agency's
  dateline (中新社|茂名3月21日电), nor when it is described (而来自深圳企业的X: X, after the 的; set 87, after its
  scoring).
- 投资N亿元的X in a list, X a city's name and a two-character brand (仙桃卫洁) or a short company name with its
  trade (永盛电子) followed by what it did (已开业投产, 各项建设进展顺利), is X's project, X the investor.
- Scraped English writes a company's trade in lower case after its name: "Chenggong heavy industry plans to invest".
- A run of words no analyst takes for an investor is dropped: a page's footer ("Copyright …"), a project's own name
  ("… Base Project", "… Industrial Park"), a clause's verb (参观, 启动, 出席, 变更后); a building verb before a name
  (拟建X) is cut.
- A fund partner's share written after its figure (X出资认缴5亿元,占12.5%的出资份额) is X's `project` percentage, the
  contributor's name without the clause before it (…管理委员会协调由X公司: X); a share of a market is not.
- (Sets 87-89, after their scoring) a battery maker's name (德赛电池) is no facility ending in 池; a brand ending in its
  metal before the metal's trade (凤铝|铝制品) keeps it; 于 closing a name (X于日前) and 位于, 首个 inside one are no
  part of a name.
- A list's item after its colon (四个大项目分别是:X项目,总投资N) is read like an item opening its line; a day and an
  event before a project's name (8月8日开工的X项目) are no part of it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules

from app.extract.investor_check import checked_investor

PUBLISHED = dt.date(2026, 5, 4)
ZH, EN = "zh-Hans", "en"
LISTED = "当日,投资5亿元的湖北霁川、投资1.2亿元的湖北羽岚、投资1.5亿元的荆州卫澜等6个项目集中开工。"
FUND = ("基金总规模为40亿元。由吉安经开区管理委员会协调由吉安市财兴投资管理有限公司出资认缴5亿元,占12.5%的出资份额;"
        "此外,公司产品销售额占全国市场的12%。")
BUILT = "目前,总投资10亿元的蓝腾实业各项建设进展顺利,总投资5.6亿元的永昌电子已开业投产。"

# (language, text, value, unit, kind, investor): investor "" when the fact must name none
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    (ZH, "新奥舟山LNG主体工程项目计划总投资100亿元。", 100e8, "CNY", "project", "新奥"),
    (ZH, "泰康太原旗舰康养社区项目,总投资20亿元。", 20e8, "CNY", "project", "泰康"),
    (ZH, "舟山绿色石化基地项目计划总投资100亿元。", 100e8, "CNY", "project", ""),
    (ZH, "而来自深圳企业的德昌保密基地项目投资4亿元。", 4e8, "CNY", "project", "德昌保密"),
    (ZH, "中俄黑河边境经济合作区项目,总投资20亿元。", 20e8, "CNY", "project", ""),
    (ZH, "中新社茂名3月21日电 茂名烷烃资源综合利用项目21日动工建设,总投资400亿元。", 400e8, "CNY", "project", ""),
    (ZH, LISTED, 5e8, "CNY", "project", "湖北霁川"),
    (ZH, LISTED, 1.2e8, "CNY", "project", "湖北羽岚"),
    (ZH, LISTED, 1.5e8, "CNY", "project", "荆州卫澜"),
    (ZH, BUILT, 10e8, "CNY", "project", "蓝腾实业"),
    (ZH, BUILT, 5.6e8, "CNY", "project", "永昌电子"),
    (ZH, "园区内,总投资5.6亿元的永昌钢构项目已开工。", 5.6e8, "CNY", "project", ""),
    (ZH, FUND, 12.5, "percent", "project", "吉安市财兴投资管理有限公司"),
    (ZH, FUND, 5e8, "CNY", "project", "吉安市财兴投资管理有限公司"),
    (ZH, FUND, 12, "percent", "indicator", ""),
    (ZH, "四个大项目分别是:西京集团变压器系列产品项目,总投资10.6亿元,占地400多亩。", 10.6e8, "CNY", "project",
     "西京集团"),
    (ZH, "8月8日开工的江州德昌船舶制造基地项目,总投资137亿元。", 137e8, "CNY", "project", "江州德昌船舶"),
    (ZH, "江州凤铝铝制品及金属加工项目总投资50亿元。", 50e8, "CNY", "project", "江州凤铝"),
    (ZH, "江州钢铁精品钢项目总投资50亿元。", 50e8, "CNY", "project", ""),
    (ZH, "重点项目分别是:年产10万吨特种玻璃项目,总投资5亿元。", 5e8, "CNY", "project", ""),
    (EN, "Chenggong heavy industry plans to invest 5billion yuan in the new base.", 5e9, "CNY", "project",
     "Chenggong heavy industry"),
    (EN, "Marlow new energy has invested 3 billion yuan in the storage plant.", 3e9, "CNY", "project",
     "Marlow new energy"),
    (EN, "The new energy storage project plans to invest 3 billion yuan.", 3e9, "CNY", "project", ""),
    (EN, "Copyright Jiangmen Municipal People's Government. The plant has finished 680 million yuan of investment.",
     680e6, "CNY", "project", ""),
    (EN, "The Southwest Intelligent Manufacturing Industrial Park plans to invest 30 billion yuan.", 30e9, "CNY",
     "project", ""),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round28_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


# (what a rule read as the investor, what the analyst sees): None when it names no one
CHECKED: list[tuple[str, str | None]] = [
    ("参观", None),
    ("余学友陈星出席", None),
    ("变更后", None),
    ("现阶段先启动整机组装", None),
    ("擬建王老吉大健康", "王老吉大健康"),
    ("启明星辰", "启明星辰"),
    ("德赛电池", "德赛电池"),
    ("江州蓄水池", None),
    ("两座电站", None),
    ("昆淮智创园位于淮昆台资", None),
    ("新建集团有限公司", "新建集团有限公司"),
]


@pytest.mark.parametrize(("written", "shown"), CHECKED)
def test_round28_checked_investor(written: str, shown: str | None) -> None:
    assert checked_investor(written, english=False) == shown
