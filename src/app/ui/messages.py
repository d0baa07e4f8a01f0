"""Messages made outside the UI (validation problems, import reasons, store refusals) in the UI
language. The domain, ingest and workflows write plain English (the command line prints it); the
window recognises each message by its template here and shows the translation, with the template's
arguments (a field name becomes its label). A message no template matches is shown as written.

tests/ui/test_messages.py holds these templates to what the domain and the workflows produce."""

from __future__ import annotations

import re
from functools import lru_cache

from app.ui.fact_text import UNIT_SHORT, choice_labels, field_text, unit_text
from app.ui.i18n import N_, tr

TEMPLATES: tuple[str, ...] = (
    # app.domain.validation
    N_("%1 is required"),
    N_("%1 must be one of: %2"),
    N_("a number is required"),
    N_("the value is not a number"),
    N_("a unit is required"),
    N_("unknown unit %1"),
    N_("a project's amount is money, a count or a percentage"),
    N_("a percentage this large is implausible"),
    N_("an amount of money cannot be negative"),
    N_("a person has no value"),
    N_("unknown kind %1"),
    # app.domain.consistency
    N_("the period ends (%1) before it starts (%2)"),
    N_("the horizon ended (%1) before the article was published (%2)"),
    N_("the investor is the place (%1): name who invests"),
    N_("a percentage beyond ±%1 (%2)"),
    N_("written as %1 (%2), but the unit is %3"),
    N_("%1 is not the magnitude written (%2)"),
    # app.domain.periods
    N_("the published date is needed to resolve %1: set it in the document's details"),
    N_("%1 and %2 more"),
    # app.workflows.importing (the report's lines, as the command line prints them)
    N_("warning: %1"),
    N_("skipped (a link leading outside the folder): %1"),
    N_("failed: %1"),
    N_("duplicate: %1"),
    # app.ingest (why a file was not imported)
    N_("%1: %2"),
    N_("%1; not stored: %2"),
    N_("empty file"),
    N_("empty file (only whitespace)"),
    N_("no such file"),
    N_("no such file or folder"),
    N_("is a folder, not a file"),
    N_("unsupported file type %1 (supported: %2)"),
    N_("file too large (the limit is %1 MB)"),
    N_("no article text left after removing boilerplate"),
    N_("not enough memory to read the file"),
    N_("cannot read file (%1)"),
    N_("cannot read file: %1"),
    N_("cannot read folder (%1), skipped: %2"),
    N_("binary content, not text"),
    N_("binary content or unknown text encoding"),
    N_("invalid %1 text after its byte order mark"),
)

FIELD_ARGUMENT = {N_("%1 is required"), N_("%1 must be one of: %2")}
"""Templates whose first argument is a field name (shown as the field's label)."""


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Most specific first: the templates with the most fixed text are tried first."""
    ordered = sorted(TEMPLATES, key=lambda t: -len(re.sub(r"%\d", "", t)))
    out = []
    for template in ordered:
        parts = re.split(r"(%\d)", template)
        rx = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        out.append((re.compile(rx, re.DOTALL), template))
    return out


def translated(message: str, depth: int = 0) -> str:
    """`message` in the UI language when a template matches it (arguments translated in turn:
    "failed: empty file: a.txt"), else as it is."""
    if depth > 4:
        return message
    for rx, template in _patterns():
        m = rx.fullmatch(message)
        if m is None:
            continue
        args = [_argument(a.strip("'\""), depth) for a in m.groups()]
        if template in FIELD_ARGUMENT:
            field = m.group(1).strip("'\"")
            args[0] = field_text(field)
            if len(args) > 1:  # the choices, by their labels
                labels = choice_labels(field)
                args[1] = ", ".join(labels.get(code, code) for code in m.group(2).split(", "))
        return tr(template, *args)
    return message


CURRENCY_CODES = ("CNY", "USD", "HKD", "EUR")


def _argument(text: str, depth: int) -> str:
    """A unit code reads as the unit ("percent" → %, "count" → items) but a currency stays its ISO code
    (USD), as the form's unit list shows it; anything else is translated in turn."""
    if text in UNIT_SHORT and text not in CURRENCY_CODES:
        return unit_text(text)
    return translated(text, depth + 1)


def translated_problems(found: dict[str, str]) -> dict[str, str]:
    return {name: translated(text) for name, text in found.items()}
