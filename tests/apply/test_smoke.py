from pathlib import Path

from apply_helpers import apply, edit, export_all
from export_helpers import fill

from app.store import Database


def test_smoke(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    book = export_all(db, tmp_path / "a.xlsx")
    report = apply(db, book, dry_run=True)
    print("\n".join(report.text_lines()))
    from app.store.services import facts
    with db.session() as session:
        f = facts.facts_of(session, s.ordos)[0]
        fid = f.id
    edit(book, [("Projects", fid, "Amount (CNY)", 1234), ("Projects", fid, "Investor", "=HYPERLINK(1)"),
                ("Documents", s.ordos, "Title", "New title"), ("Documents", s.ordos, "Status", "approved")])
    report = apply(db, book)
    print("\n".join(report.text_lines()))
    assert 0
