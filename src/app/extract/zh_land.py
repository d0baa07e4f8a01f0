"""The price of the land a company takes for its plant: the rent of land it leases (租用土地…,租金约N) or the price of
land granted to it (土地出让金N). Like land bought at auction it is a part of the company's project (a project fact;
the investor stays on the project's total, README set 14), whatever plan word stands before it. A rent with no land
leased in its sentence (写字楼平均租金N: a market's price) is left alone, and so is a place's tally of land granted
(全市出让土地50宗,出让金总额N: its revenue, an indicator).
"""

from __future__ import annotations

import re

# the amount's own label: the rent or the land price, right before it
_LAND_PRICE = re.compile(
    r"(?:土地|用地|地块)?(?:租金|租赁费用?|租赁价款|出让金|出让价款|地价款|转让价款)(?:总额|总计|合计|共计)?"
    r"(?:约为|约|为|达到|达|共|合计|人民币|\s)*$")
# land leased, rented or granted in the sentence
_LAND_TAKEN = re.compile(r"(?:租赁|租用|承租|租下|出让|受让|转让)[^。;!?\n]{0,16}?(?:土地|用地|地块|厂房|面积)"
                         r"|(?:土地|用地|地块)[^。;!?\n]{0,8}?(?:租赁|租用|出让)")

_TALLY = re.compile(r"\d+\s*宗|[全本我][市县区省州]|累计|全年|今年以来|上半年|1-\d{1,2}月|共计")


def land_price(form: str, m_start: int, sent_start: int) -> bool:
    """Whether the amount at m_start is the rent or price of land the sentence tells a company takes."""
    label = _LAND_PRICE.search(form, max(sent_start, m_start - 16), m_start)
    return (label is not None and _LAND_TAKEN.search(form, sent_start, label.start()) is not None
            and _TALLY.search(form, sent_start, label.start()) is None)
