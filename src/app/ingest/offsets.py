"""Offset maps between a cleaned (display) text and the raw text it was made from.

An offset map is a JSON-serialisable list of runs ``[display_start, raw_start, length]``, sorted by
``display_start``. A run with a positive length is display text copied verbatim from the raw text; a
negative length marks ``-length`` characters substituted one for one (a lone ``\\r`` shown as
``\\n``), still mapped to the raw characters they replace. Display characters outside every run were
inserted; raw characters outside every run were dropped.

Cleaning is a sequence of passes; each pass is a list of edits ``(start, end, replacement)`` on its
input. `apply_edits` applies one pass and returns its map, `compose` chains maps.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

OffsetMap = list[list[int]]
Edit = tuple[int, int, str]


def identity_map(length: int) -> OffsetMap:
    return [[0, 0, length]] if length else []


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text``; overlapping deletions are merged, and any other edit
    that overlaps an earlier one is ignored (the earlier edit wins)."""
    pieces: list[str] = []
    runs: OffsetMap = []
    pos = 0  # next unconsumed position in text
    out = 0  # length of output so far
    for start, end, repl in sorted(edits):
        if start < pos:
            if not repl and end > pos:
                pos = end
            continue
        if start > pos:
            pieces.append(text[pos:start])
            _add_run(runs, out, pos, start - pos)
            out += start - pos
        if repl:
            pieces.append(repl)
            if len(repl) == end - start:
                _add_run(runs, out, start, -len(repl))
            out += len(repl)
        pos = max(pos, end)
    if pos < len(text):
        pieces.append(text[pos:])
        _add_run(runs, out, pos, len(text) - pos)
    return "".join(pieces), runs


def _add_run(runs: OffsetMap, dst: int, src: int, length: int) -> None:
    """Append a run (negative length: substituted), merging it with the last one when contiguous."""
    if length == 0:
        return
    if runs:
        last = runs[-1]
        size = abs(last[2])
        if (last[2] > 0) == (length > 0) and last[0] + size == dst and last[1] + size == src:
            last[2] += length
            return
    runs.append([dst, src, length])


def compose(outer: Sequence[Sequence[int]], inner: Sequence[Sequence[int]]) -> OffsetMap:
    """Chain two maps: ``outer`` maps display -> middle, ``inner`` maps middle -> raw.

    A display character is copied from raw only if it is copied in both steps; it is substituted if
    it is substituted in either."""
    result: OffsetMap = []
    j = 0
    n_inner = len(inner)
    for d, m, n_signed in outer:
        n = abs(n_signed)
        m_end = m + n
        # skip inner runs that end before this outer run starts
        while j < n_inner and inner[j][0] + abs(inner[j][2]) <= m:
            j += 1
        k = j
        while k < n_inner and inner[k][0] < m_end:
            m2, r2, n2 = inner[k]
            lo = max(m, m2)
            hi = min(m_end, m2 + abs(n2))
            if hi > lo:
                size = hi - lo if n_signed > 0 and n2 > 0 else lo - hi
                _add_run(result, d + (lo - m), r2 + (lo - m2), size)
            k += 1
    return result


def display_to_raw(offset_map: Sequence[Sequence[int]], offset: int) -> int:
    """The raw offset for a display offset.

    Inside a copied run this is exact (``raw[display_to_raw(m, i)] == display[i]``); a substituted
    character maps to the raw character it replaces. For an inserted character, or the end of the
    text, it is the raw position just after the preceding run, so an exclusive evidence end ``e`` is
    best mapped as ``display_to_raw(m, e - 1) + 1``.
    """
    if not offset_map:
        return 0
    idx = bisect_right(offset_map, offset, key=lambda run: run[0]) - 1
    if idx < 0:
        return 0
    d, r, n = offset_map[idx]
    n = abs(n)
    if offset < d + n:
        return r + (offset - d)
    return r + n


def is_copied(offset_map: Sequence[Sequence[int]], offset: int) -> bool:
    """True when the display character at ``offset`` was copied verbatim from the raw text."""
    if not offset_map:
        return False
    idx = bisect_right(offset_map, offset, key=lambda run: run[0]) - 1
    if idx < 0:
        return False
    d, _r, n = offset_map[idx]
    return n > 0 and offset < d + n
