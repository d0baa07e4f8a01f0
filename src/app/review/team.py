"""Team operations of the workspace: claims (who has a document open), the hand-out of the next
unreviewed document, assignments, and what this login may do. Claims are a PostgreSQL matter: on
SQLite (one analyst) `claim` and friends do nothing and every document is open to the analyst."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.queue import QueueFilter
from app.domain.schema import DocStatus
from app.review.changes import Change, ChangeSet
from app.store.services import assignments, claims, queue, team

if TYPE_CHECKING:
    from app.store.db import Session

HEARTBEAT_SECONDS = 60
"""How often the window renews its claim; a claim lapses after ten minutes without one."""


@dataclass(frozen=True)
class TeamInfo:
    """What the window needs to know about the team: whether claims are on (PostgreSQL), who this login
    is and its role (None for a SQLite file or the database's owner), and the review mode."""

    claims: bool = False
    login: str | None = None
    role: str | None = None
    review_mode: str = "one-step"

    @property
    def may_assign(self) -> bool:
        return self.role in (None, "reviewer", "admin")

    @property
    def may_approve(self) -> bool:
        """In two-step review only a reviewer (or an admin, or the database's owner) approves; the
        database refuses others, and the window does not offer it to them."""
        return self.review_mode != "two-step" or self.role in (None, "reviewer", "admin")


@dataclass(frozen=True)
class ClaimState:
    """The answer to opening a document: mine (or no claims here), or held by `holder` (read-only)."""

    document_id: int
    holder: str | None = None

    @property
    def read_only(self) -> bool:
        return self.holder is not None

    @property
    def message(self) -> str:
        return f"being reviewed by {self.holder}" if self.holder else ""


class TeamOperations:
    """Mixed into `Workspace`: uses its `user`, `_unit` and `_read`."""

    user: str
    _unit: Callable[[], AbstractContextManager[Session]]
    _read: Callable[[Callable[[Session], Any]], Any]
    _team: TeamInfo | None = None

    def team(self) -> TeamInfo:
        if self._team is None:
            def read(s: Session) -> TeamInfo:
                if not team.is_postgres(s):
                    return TeamInfo()
                found = team.login_role(s)
                return TeamInfo(True, found[0] if found else None, found[1] if found else None, team.review_mode(s))

            self._team = self._read(read)
        return self._team

    def claim(self, document_id: int) -> ClaimState:
        """Claim the document for this user; when someone else holds it, say who (read-only for us)."""
        if not self.team().claims:
            return ClaimState(document_id)
        try:
            with self._unit() as s:
                claims.claim(s, document_id, self.user)
        except claims.ClaimedError as exc:
            return ClaimState(document_id, exc.holder)
        return ClaimState(document_id)

    def heartbeat(self, document_id: int) -> ClaimState:
        return self.claim(document_id)

    def release(self, document_id: int, *, force: bool = False) -> bool:
        """Give up our claim (`force`: anyone's — an admin's release; others are refused by PostgreSQL)."""
        if not self.team().claims:
            return False
        with self._unit() as s:
            return claims.release(s, document_id, self.user, force=force)

    def claimed_by(self, document_ids: Sequence[int]) -> dict[int, str]:
        """Who holds each of these documents (live claims only), ours left out."""
        if not self.team().claims:
            return {}
        found = self._read(lambda s: claims.holders(s, document_ids))
        return {d: c.user for d, c in found.items() if c.user != self.user}

    def next_unreviewed_claimed(self, flt: QueueFilter | None = None, *, exclude: Sequence[int] = ()) -> int | None:
        """Claim and answer the next document waiting for review that nobody else holds (assigned to us
        first). On SQLite: the first one waiting, unclaimed."""
        info = self.team()
        statuses: tuple[str, ...] = queue.UNREVIEWED
        if info.review_mode == "two-step" and info.role in ("reviewer", "admin"):
            statuses = (*queue.UNREVIEWED, DocStatus.READY.value)
        with self._unit() as s:
            if not info.claims:
                return _first_waiting(s, flt, exclude)
            return claims.next_unreviewed(s, self.user, flt, exclude=exclude, statuses=statuses)

    def assign(self, document_ids: Sequence[int], assignee: str | None) -> ChangeSet:
        """Assign documents to an analyst (None: unassign); `result` is how many changed."""
        with self._unit() as s:
            n = assignments.assign(s, document_ids, assignee, self.user)
        return ChangeSet(frozenset({Change.QUEUE}), tuple(document_ids), result=n)

    def assign_filtered(self, flt: QueueFilter, assignee: str | None) -> ChangeSet:
        """Assign every document the queue's filter selects."""
        return self.assign(self._read(lambda s: queue.ids(s, flt)), assignee)

    def team_users(self) -> list[tuple[str, str]]:
        """(login, role) of the team's users; empty on SQLite."""
        def read(s: Session) -> list[tuple[str, str]]:
            return [(u.name, u.role) for u in team.users(s)] if team.is_postgres(s) else []

        return self._read(read)  # type: ignore[no-any-return]


def _first_waiting(s: Session, flt: QueueFilter | None, exclude: Sequence[int]) -> int | None:
    ids: Iterator[int] = iter(queue.ids(s, QueueFilter(**{**(flt or QueueFilter()).__dict__,
                                                          "statuses": queue.UNREVIEWED})))
    return next((i for i in ids if i not in set(exclude)), None)
