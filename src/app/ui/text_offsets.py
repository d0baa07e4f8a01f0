"""Python string offsets (code points, which evidence spans use) versus Qt text positions (UTF-16 code
units). They differ only after characters outside the Basic Multilingual Plane (emoji, rare CJK)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Offsets:
    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        # Qt position of each astral character, for the reverse direction
        self._astral_qt = [p + k for k, p in enumerate(self._astral)]
        self._length = len(text)

    def to_qt(self, index: int) -> int:
        """Qt position of Python index `index`."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def to_py(self, position: int) -> int:
        """Python index of Qt position `position` (between the halves of a pair: that character)."""
        if not self._astral:
            return position
        k = bisect_right(self._astral_qt, position - 2)
        if k < len(self._astral_qt) and self._astral_qt[k] == position - 1:
            return self._astral[k]
        return position - k

    def __len__(self) -> int:
        return self._length
