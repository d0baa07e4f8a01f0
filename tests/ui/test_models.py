"""Every item model of the window passes pytest-qt's model tester."""

from __future__ import annotations

from app.store import Database
from app.store.services import queue, review
from app.ui.fact_list_model import FactListModel
from app.ui.queue_model import QueueModel


def test_queue_model_passes_the_model_tester(qtbot, qtmodeltester, seeded_db: Database) -> None:
    model = QueueModel(seeded_db)
    model.reload_now()
    qtmodeltester.check(model, force_py=True)
    model.sort(2)  # sorting and filtering query in the background; the model resets on the answer
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    model.set_filter(queue.QueueFilter(search="Baotou"))
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtmodeltester.check(model, force_py=True)
    assert 0 < model.total() < 5


def test_queue_model_fetches_rows_lazily(qtmodeltester, seeded_db: Database) -> None:
    model = QueueModel(seeded_db)
    model.BATCH = 2
    model.reload_now()
    assert model.rowCount() == 2 and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model, force_py=True)
    model.ensure_visible(4)
    assert model.rowCount() == 5 and not model.canFetchMore(model.index(-1, -1))


def test_fact_list_model_passes_the_model_tester(qtmodeltester, seeded_db: Database) -> None:
    with seeded_db.session() as s:
        doc = review.load(s, 1)
    model = FactListModel()
    model.set_facts(doc.facts)
    qtmodeltester.check(model, force_py=True)
    kinds = [model.fact_at(r).kind for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert kinds == sorted(kinds, key=["indicator", "project", "target", "person"].index)
    model.update_fact(doc.facts[0])
    qtmodeltester.check(model, force_py=True)
