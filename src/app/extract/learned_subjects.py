"""An English amount whose sentence is about a learned organisation: the rules' own structural reading.

The English subject rules (app.extract.subject_en.decide) find who a sentence is about — the company opening it
or its clause, "it" and "the company" after one, the owner after the amount ("owned by X"), the company an earlier
sentence named when the project is the subject — and give that company's amount as its project. When that
company is a learned organisation they step back ("learning owns the amount"), so that the fact can say it came
from what was learned. Learning's own patterns (app.extract.learned_investments) read only some of those
structures, so without this module knowing a company cost its investments: "X said the plant is expected to
cost N", "X subscribed for N", "the investment in this project is estimated at N" after a sentence about X were
the company's projects without learning and an indicator or a target with it.

`learned_subject` reads the sentence again as the rules do, with the learned names as ordinary companies; the
company it names is the amount's investor (as the article writes it), and the fact's origin names the learned
entry. It is asked only where the rules stepped back for a learned name, so an amount nobody taught is untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.knowledge import KIND_AND_INVESTOR, learned_origin
from app.extract.learned import matcher_for, written_name
from app.extract.learned_heads import joint_after, measured_otherwise
from app.extract.subject_en import ArticleSubjects, _lead_end, decide, subject_at

if TYPE_CHECKING:
    from app.extract.pipeline import Document


class _AsCompanies(ArticleSubjects):
    """The article's subjects with the learned names read as any company's (the rules do not step back)."""

    def is_learned(self, name: str | None) -> bool:
        return False


_last: tuple[ArticleSubjects, ArticleSubjects] | None = None


def _as_companies(about: ArticleSubjects) -> ArticleSubjects:
    """The article's subjects read without stepping back (built once per article; a local copy of the cache, so
    that documents extracted in parallel threads never see each other's)."""
    global _last
    last = _last
    if last is None or last[0] is not about:
        last = (about, _AsCompanies(about.form, about.text, about.orgs, about.sentence_starts, about.learned_in_text))
        _last = last
    return last[1]


def learned_subject(doc: Document, sent: tuple[int, int], amount: tuple[int, int],
                    has_project: bool) -> tuple[int, str, str | None] | None:
    """(evidence start, investor, origin) when the rules' structural reading of the amount's sentence names the
    company whose project the amount is, where they stepped back for a learned name; the origin names the learned
    entry (None: the company is no learned one, the rules' origin stands). None when the reading names nobody
    (call this only after `decide` gave nothing)."""
    about = doc.about()
    if not doc.knowledge or not about.learned:
        return None
    if measured_otherwise(doc, doc.low, amount[1], sent[1]):
        return None  # "X has exceeded N yuan in market value": no investment, whoever the subject
    plain = _as_companies(about)
    decided = decide(plain, doc.low, sent, amount)
    if decided is None or not decided[1]:
        return None
    start, name = decided[0], decided[1]
    if not doc.form.startswith(name, start):  # "it", "the company": not a company the sentence names as an object
        lead = subject_at(plain, _lead_end(doc.form, sent[0]), start)
        if lead is not None and lead.what == "company" and lead.name and lead.start < start:
            name = lead.name  # "X will buy Y, and it plans to …": "it" is X, the sentence's subject
    entry = matcher_for(doc.knowledge).entry_named(name)
    if entry is None:
        return start, name, None
    at = doc.text.rfind(name, 0, sent[1])
    if at >= amount[1] and joint_after(doc.low, at + len(name)):
        return None  # "owned by X and a local fund": two owners, not for learning to choose
    if at >= 0:  # the learned name, in the script the article writes it in (as learning gives it everywhere)
        name = written_name(doc, (at, at + len(name), *entry))
    return start, name, learned_origin("investor" if has_project else KIND_AND_INVESTOR, entry[0])
