"""Moving a fact's evidence through the article: the end of its last span one character or one word
further or back, a span set from a selection, spans merged when they touch. Offsets are Python string
indices into the document's display text, as the store keeps them.

A word is a run of letters or digits (and their joining marks) in an alphabetic script; in Chinese,
Japanese and Korean text each ideograph or syllable is a word step of its own — there are no spaces to
stop at, and one character is the smallest unit a reviewer would want to move by anyway."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import StrEnum

Spans = tuple[tuple[int, int], ...]


class Step(StrEnum):
    CHARACTER = "character"
    WORD = "word"


def is_cjk(ch: str) -> bool:
    """An ideograph, kana or hangul syllable: each one is a word step."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK ", "HIRAGANA", "KATAKANA", "HANGUL")) or "\u3400" <= ch <= "\u9fff"


def _wordlike(ch: str) -> bool:
    return (ch.isalnum() or unicodedata.category(ch).startswith("M")) and not is_cjk(ch)


def word_end_after(text: str, pos: int) -> int:
    """The end of the next word after `pos` (blanks and punctuation before it are taken along)."""
    n = len(text)
    while pos < n and not (_wordlike(text[pos]) or is_cjk(text[pos])):
        pos += 1
    if pos < n and is_cjk(text[pos]):
        return pos + 1
    while pos < n and _wordlike(text[pos]):
        pos += 1
    return pos


def word_end_before(text: str, pos: int) -> int:
    """The end of the word before the one `pos` ends (and the blanks and punctuation after it dropped)."""
    if pos > 0 and is_cjk(text[pos - 1]):
        pos -= 1
    else:
        while pos > 0 and _wordlike(text[pos - 1]):
            pos -= 1
    while pos > 0 and not (_wordlike(text[pos - 1]) or is_cjk(text[pos - 1])):
        pos -= 1
    return pos


def normalized(spans: Sequence[Sequence[int]], length: int) -> Spans:
    """Sorted, inside the text, empty spans dropped, overlapping or touching spans merged."""
    clean = sorted((max(0, int(s)), min(length, int(e))) for s, e in spans)
    out: list[tuple[int, int]] = []
    for s, e in clean:
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return tuple(out)


def moved_end(text: str, spans: Sequence[Sequence[int]], step: Step, forward: bool) -> Spans:
    """The evidence with the end of its last span one `step` further (`forward`) or back. Shrinking
    never empties a span: it stops one character after the span's start. Unchanged when there is no
    evidence to move or no room."""
    current = normalized(spans, len(text))
    if not current:
        return current
    start, end = current[-1]
    if step is Step.CHARACTER:
        new_end = end + 1 if forward else end - 1
    else:
        new_end = word_end_after(text, end) if forward else word_end_before(text, end)
    new_end = min(len(text), max(start + 1, new_end))
    return normalized((*current[:-1], (start, new_end)), len(text))


def moved_start(text: str, spans: Sequence[Sequence[int]], step: Step, earlier: bool) -> Spans:
    """The evidence with the start of its first span one `step` earlier (`earlier`) or later."""
    current = normalized(spans, len(text))
    if not current:
        return current
    start, end = current[0]
    if step is Step.CHARACTER:
        new_start = start - 1 if earlier else start + 1
    elif earlier:
        new_start = start - 1 if start > 0 and is_cjk(text[start - 1]) else _word_start_before(text, start)
    else:
        new_start = start + 1 if is_cjk(text[start]) else _word_start_after(text, start)
    new_start = max(0, min(end - 1, new_start))
    return normalized(((new_start, end), *current[1:]), len(text))


def _word_start_before(text: str, pos: int) -> int:
    while pos > 0 and not (_wordlike(text[pos - 1]) or is_cjk(text[pos - 1])):
        pos -= 1
    if pos > 0 and is_cjk(text[pos - 1]):
        return pos - 1
    while pos > 0 and _wordlike(text[pos - 1]):
        pos -= 1
    return pos


def _word_start_after(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and _wordlike(text[pos]):
        pos += 1
    while pos < n and not (_wordlike(text[pos]) or is_cjk(text[pos])):
        pos += 1
    return pos


def with_span(text: str, spans: Sequence[Sequence[int]], start: int, end: int, *, add: bool) -> Spans:
    """The evidence set to the selection (`add`: the selection added as one more span)."""
    base = list(spans) if add else []
    return normalized((*base, (start, end)), len(text))


def quote(text: str, spans: Sequence[Sequence[int]]) -> str:
    """The quoted evidence as the form and the workbook show it: the spans joined with ' … '."""
    return " … ".join(" ".join(text[s:e].split()) for s, e in normalized(spans, len(text)))
