"""Language detection: English, Simplified or Traditional Chinese.

Chinese vs English is decided by counting CJK characters against Latin words in a bounded sample.
Simplified vs Traditional converts a bounded sample (the first distinct CJK characters) with OpenCC
both ways: the script whose characters the other conversion changes more is the one the text is
written in. (OpenCC's pure-Python converter costs ~10 us per character, hence the bound.)
"""

from __future__ import annotations

import re

import opencc

from app.domain.schema import Language

SAMPLE_CHARS = 20_000  # of the text, for counting scripts
SCRIPT_SAMPLE_CJK = 200  # distinct CJK characters converted by OpenCC

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")

_t2s = opencc.OpenCC("t2s")
_s2t = opencc.OpenCC("s2t")


def detect_language(text: str) -> str:
    """``"en"``, ``"zh-Hans"`` or ``"zh-Hant"``. Text with neither script (or equal evidence for
    both scripts of Chinese) gets the default of its class: ``en``, ``zh-Hans``."""
    sample = text[:SAMPLE_CHARS]
    cjk = _CJK_RE.findall(sample)
    if not cjk or len(cjk) < len(_LATIN_WORD_RE.findall(sample)):
        return Language.EN.value
    chars = "".join(list(dict.fromkeys(cjk))[:SCRIPT_SAMPLE_CJK])
    traditional = _differences(chars, _t2s.convert(chars))
    simplified = _differences(chars, _s2t.convert(chars))
    return Language.ZH_HANT.value if traditional > simplified else Language.ZH_HANS.value


def _differences(a: str, b: str) -> int:
    if len(a) != len(b):  # phrase conversions can change the length; compare as multisets then
        return len(set(a) - set(b))
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)
