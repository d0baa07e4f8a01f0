"""Language detection: English, Simplified or Traditional Chinese.

Chinese vs English is decided by counting CJK characters against Latin words in a bounded sample.
Simplified vs Traditional looks the distinct CJK characters of the sample up in OpenCC's character
tables both ways (app.text): the script whose characters the other conversion changes more is the one the text
is written in.
"""

from __future__ import annotations

import re

from app.domain.schema import Language
from app.text import simplified_only, traditional_only

SAMPLE_CHARS = 20_000  # of the text, for counting scripts

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str:
    """``"en"``, ``"zh-Hans"`` or ``"zh-Hant"``. Text with neither script (or equal evidence for
    both scripts of Chinese) gets the default of its class: ``en``, ``zh-Hans``."""
    sample = text[:SAMPLE_CHARS]
    cjk = _CJK_RE.findall(sample)
    if not cjk or len(cjk) < len(_LATIN_WORD_RE.findall(sample)):
        return Language.EN.value
    chars = "".join(dict.fromkeys(cjk))
    traditional = traditional_only(chars)
    simplified = simplified_only(chars)
    return Language.ZH_HANT.value if traditional > simplified else Language.ZH_HANS.value
