"""Two places where a learned organisation is no subject of the investment that follows it (found replaying held-out
sets 104 and 106 as an analyst's review; names and sentences here made up): the previous item of a list of projects
(…的江州移动数据中心项目、总投资45亿元的云宏数据中心项目: 云宏's, as the rules read it), and a company that is bought
(X作为增资方取得江州药业控股50%的股权,增资总额为25亿元: X's). Without learning the rules give both amounts the right
investor; learning must leave them so, and still name the learned organisation where it does invest."""

from __future__ import annotations

from tests.extract.table_support import extract_by_rules, find

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry
from app.domain.org_names import org_aliases


def _knowing(name: str) -> Knowledge:
    return Knowledge((LearnedEntry(1, KIND_ORG, name, tuple(org_aliases(name)[1:])),))


LISTED = ("近日,总投资50亿元的珠江大数据中心项目签约落户江州数据产业园。"
          "这是继计划总投资约50亿元的江州移动数据中心项目、总投资45亿元的云宏数据中心项目、"
          "首期投资约60亿元的润泽国际信息港项目后,该产业园迎来的第4个数据中心项目。")
BOUGHT = ("2016年12月28日,江州省国资委、新华都和江州药业控股三方签订股权合作协议,"
          "新华都作为增资方取得江州药业控股50%的股权,增资总额为25亿元。")


def _investor(text: str, value: float, known: Knowledge) -> str | None:
    return find(extract_by_rules(text, "zh-Hans", None, known), value, "CNY")[0].fields.get("investor")


def test_a_learned_name_in_the_item_before_leaves_the_next_item_its_own_investor() -> None:
    known = _knowing("江州移动")
    assert _investor(LISTED, 45e8, known) == _investor(LISTED, 45e8, Knowledge(())) == "云宏"
    assert (_investor(LISTED, 60e8, known) or "").startswith("润泽")
    assert _investor(LISTED, 60e8, known) == _investor(LISTED, 60e8, Knowledge(()))
    facts = extract_by_rules(LISTED, "zh-Hans", None, known)
    (own,) = [f for f in find(facts, 50e8, "CNY") if "江州移动" in (f.fields.get("project") or "")]
    assert own.fields.get("investor") == "江州移动"  # (its own item: learning still names it)


def test_a_learned_company_that_is_bought_is_not_the_buyer() -> None:
    learned = _investor(BOUGHT, 25e8, _knowing("江州药业控股"))
    assert learned == _investor(BOUGHT, 25e8, Knowledge(()))
    assert learned is not None and learned.startswith("新华都")


def test_a_learned_parent_in_an_apposition_is_not_the_builder() -> None:
    """(set 113 replayed: a learned ChemChina took Syngenta Group's centre) "X, the giant owned by P, is to build":
    X builds, as the rules read it without learning; P invests where it is the subject."""
    text = ("BEIJING, Feb 3 (Reuters) - Tellus Group, the Swiss agrichemical giant owned by Jiangzhou Chemical, is to "
            "build a $230 million research and development centre in the Chinese city of Nanjing.")
    known = Knowledge((LearnedEntry(1, KIND_ORG, "Jiangzhou Chemical", tuple(org_aliases("Jiangzhou Chemical")[1:])),))
    learned = find(extract_by_rules(text, "en", None, known), 230e6, "USD")[0].fields.get("investor")
    assert learned == find(extract_by_rules(text, "en"), 230e6, "USD")[0].fields.get("investor") == "Tellus Group"
    own = "Jiangzhou Chemical is to build a $50 million plant in Nanjing."
    assert find(extract_by_rules(own, "en", None, known), 50e6, "USD")[0].fields.get("investor") == "Jiangzhou Chemical"
