"""Percentages that are technical specifications, not counted (README set 15: ore grades, metal contents and
recovery rates are technical specifications like capacities).

Told by the measured word right before the figure in its clause (品位, 回收率, 含量, 纯度, 收率, 浓度: 锌+铅平均品位N%,
选矿回收率可达N%, 含锂品位N%至M%), by a bracket of element shares opened right after such a figure (品位N%(锌A%,铅B%)),
and by a chemical measure glued after the sign (58.09%REO: the grade of a concentrate). A share, a growth or a rate of
completion (占比N%, 增长N%, 完成率N%) is measured by other words and kept.
"""

from __future__ import annotations

import re

_SPEC = r"(?:品位|回收率|收率|含量|纯度|浓度|品味|金属量)"
# the measured word, then only a comparator or linking word before the figure
_SPEC_BEFORE = re.compile(_SPEC + r"(?:可达|可达到|达到|达|为|约为|约|在|超过|高达|平均|\s)*$")
# inside a bracket that follows a spec figure: (锌23.37%,铅4.6%)
_ELEMENT_IN_BRACKET = re.compile(_SPEC + r"[^。;!?\n()]{0,6}?\d+(?:\.\d+)?\s?%\s*\([^()\n]{0,30}$")
# a range's second bound after a spec figure: 含锂品位0.2%至0.5%
_RANGE_AFTER_SPEC = re.compile(_SPEC + r"[^,。;!?\n]{0,6}?\d+(?:\.\d+)?\s?%\s*(?:至|到|-|—|~)\s*$")
_CHEMICAL_AFTER = re.compile(r"[A-Z]{2,5}(?![a-z])")


def technical_grade(form: str, start: int, end: int) -> bool:
    """Whether the percentage form[start:end] is a technical specification (see the module's docstring)."""
    lo = max(0, start - 40)
    near = form[lo:start]
    if ("位" in near or "率" in near or "量" in near or "度" in near or "味" in near) and (
            _SPEC_BEFORE.search(form, max(0, start - 12), start) is not None
            or _ELEMENT_IN_BRACKET.search(form, lo, start) is not None
            or _RANGE_AFTER_SPEC.search(form, lo, start) is not None):
        return True
    return _CHEMICAL_AFTER.match(form, end) is not None
