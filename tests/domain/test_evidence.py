"""Moving evidence through the text: word steps in English stop at word ends, a Chinese character is
one step, spans never empty and merge when they touch."""

from __future__ import annotations

from app.domain.evidence import Step, moved_end, moved_start, normalized, quote, with_span

EN = "Baotou signed 12 projects, worth 58.7 billion yuan."
ZH = "包头市签约项目12个，总投资58.7亿元。"


def test_word_steps_in_english() -> None:
    assert moved_end(EN, [(0, 6)], Step.WORD, True) == ((0, 13),)  # + " signed"
    assert moved_end(EN, [(0, 13)], Step.WORD, False) == ((0, 6),)
    assert moved_end(EN, [(14, 25)], Step.WORD, True) == ((14, 32),)  # the comma comes along with "worth"
    assert moved_start(EN, [(7, 13)], Step.WORD, True) == ((0, 13),)
    assert moved_start(EN, [(0, 13)], Step.WORD, False) == ((7, 13),)


def test_a_chinese_character_is_one_word_step_and_numbers_are_one_word() -> None:
    assert moved_end(ZH, [(0, 2)], Step.WORD, True) == ((0, 3),)
    assert moved_end(ZH, [(4, 7)], Step.WORD, True) == ((4, 9),)  # "12" is one step
    assert moved_end(ZH, [(4, 9)], Step.WORD, False) == ((4, 7),)
    assert moved_start(ZH, [(3, 7)], Step.WORD, True) == ((2, 7),)


def test_characters_and_limits() -> None:
    assert moved_end(EN, [(0, 6)], Step.CHARACTER, True) == ((0, 7),)
    assert moved_end(EN, [(0, 1)], Step.WORD, False) == ((0, 1),)  # never empty
    assert moved_end(EN, [(0, len(EN))], Step.CHARACTER, True) == ((0, len(EN)),)  # not past the end
    assert moved_end(EN, [], Step.WORD, True) == ()


def test_spans_merge_and_quote_joins_them() -> None:
    assert normalized([(7, 13), (0, 6), (5, 8)], len(EN)) == ((0, 13),)
    assert with_span(EN, [(0, 6)], 33, 45, add=True) == ((0, 6), (33, 45))
    assert with_span(EN, [(0, 6)], 33, 45, add=False) == ((33, 45),)
    assert quote(EN, [(33, 45), (0, 6)]) == "Baotou … 58.7 billion"
