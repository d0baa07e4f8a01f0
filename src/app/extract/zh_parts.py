"""The parts of one Chinese project's investment, told right after its total.

tests/heldout/README.md (set 3): the parts of one project's investment (its works, its equipment …) are each a
`project` fact, the investor only on the total. A filing or a news item breaks a total down by what the money is for
or where it comes from: 项目总投资21亿元。其中,固定资产投资17.7亿元,铺底流动资金3.5亿元; 项目投资总额N(分五期建设)。
其中,建设投资N(一期N)、流动资金N、建设期利息N; 项目总投资N,环保投资N; 拟投资N建设该项目一期工程,其中使用超募资金N.
The shares of its funding (其中公司自有资金30%、银行借款70%) are its `project` percentages (set 13's bank loans
that make up a total), told the same way.

Told by structure: the amount follows a project's amount (the pipeline's last money amount was a project's) in the
same paragraph, within the sentence after it, and a label of a part stands right before it. A place's figures of the
same words (全市固定资产投资N, 年度投资N) stay indicators: no project's total stands right before them.
"""

from __future__ import annotations

import re

# what a part of a project's money is for or where it comes from, right before its amount
_PART_LABEL = re.compile(
    r"(?:建设投资|固定资产投资|铺底流动资金|流动资金|建设期利息|环保投资|设备投资|设备购置(?:费)?|土建投资|土建工程"
    r"|工程费用|(?:使用)?(?:超募资金|募集资金)|(?:公司)?(?:自筹资金?|自有资金)|银行(?:贷款|借款)(?:或其他方式融资)?"
    r"|(?:[一二三四五六七八九十]|首)期(?:投资|工程)?)"
    r"(?:额)?(?:\([^()\n]{1,12}\))?(?:约为|约|为|达|共|计|占|\s)*$")
_PHASE = re.compile(r"(?:[一二三四五六七八九十]|首)期")
_NEAR = 120  # the total and its parts: the same sentence or the one right after


def part_of_total(form: str, m_start: int, last_project_end: int | None) -> int | None:
    """Where the label starts when the amount at m_start is a part of the project whose amount ended at
    last_project_end (see the module's docstring), else None."""
    if last_project_end is None or not 0 < m_start - last_project_end <= _NEAR:
        return None
    between = form[last_project_end:m_start]
    if "\n" in between or sum(between.count(c) for c in "。!?;") > 1:
        return None
    label = _PART_LABEL.search(form, max(last_project_end, m_start - 24), m_start)
    if label is not None and _PHASE.match(form, label.start()):
        at = label.start()
        sentence = max(form.rfind(c, 0, at) for c in "。!?\n") + 1
        if "其中" not in form[sentence:at] and form.rfind("(", sentence, at) <= form.rfind(")", sentence, at):
            return None  # a phase is a part in a breakdown (其中…, (一期N、二期M)); alone it is left to the phase rules
    return label.start() if label is not None else None
