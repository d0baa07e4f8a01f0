"""Chinese kinds of round 16 decided by structure (made-up sentences, Simplified and Traditional):

- a project's yearly yield once it reaches capacity is expected (a `target`) also when other measures of the project
  stand between (达产以后,产能N,年产值大约N亿元); "大约" is read like "约"; a result told between (已达, 目前) keeps
  an `indicator`;
- a project's investment "预计投资N" describes a project being built, so its yearly revenue after (运营期年均销售
  收入约为N) is expected; a place's achieved total stays an `indicator`.

English yields are en16's (en_yield)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2026, 3, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

KINDS: list[tuple[str, str, float, str]] = [
    (HANS, "王某说:“逐步达产以后,单晶硅的产能10G瓦,年产值大约17亿元。”", 17e8, "target"),
    (HANT, "王某說:“逐步達產以後,單晶矽的產能10G瓦,年產值大約17億元。”", 17e8, "target"),
    (HANS, "星河工厂达产后,年产值约20亿元。", 20e8, "target"),
    (HANS, "王某说:“逐步达产以后,单晶硅产能已达10G瓦,年产值达17亿元。”", 17e8, "indicator"),
    (HANS, "王某说:“去年达产以后,今年产值已达17亿元。”", 17e8, "indicator"),
    (HANS, "星河集团在江州建光伏园,整个项目初步预计投资90亿元,运营期年均销售收入约为84亿元。", 84e8, "target"),
    (HANT, "星河集團在江州建光伏園,整個項目初步預計投資90億元,運營期年均銷售收入約為84億元。", 84e8, "target"),
    (HANS, "去年全市规上工业企业年销售收入约为84亿元。", 84e8, "indicator"),
]


@pytest.mark.parametrize(("language", "text", "value", "kind"), KINDS)
def test_kind(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found, describe(found, text)
    assert found[0].kind.value == kind, describe(found, text)
