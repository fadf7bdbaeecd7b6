"""Every item model passes Qt's model tester, with real rows, filters and sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partapp.services.browse.browse_suggestions import SuggestionFilter
from partapp.services.browse.pages import ActivityFilter, ChangeFilter, PeopleFilter
from partapp.services.sample.demo import fill_demo
from partapp.ui.itemmodels.activities import ActivitiesModel
from partapp.ui.itemmodels.changes import ChangesModel
from partapp.ui.itemmodels.lazy_table import PAGE_SIZE
from partapp.ui.itemmodels.people import PeopleModel
from partapp.ui.itemmodels.rows import RowsModel
from partapp.ui.itemmodels.suggestions import SuggestionsModel
from partapp.ui.pages.person_panel import ACTIVITY_COLUMNS


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory, template_db):
    import shutil

    from partapp.services.store.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(template_db, path)
    db = open_database(str(path))
    with db.session_scope() as session:
        fill_demo(session, seed=7)
    db.dispose()
    return path


@pytest.fixture
def demo_context(demo_path, tmp_path, settings, qapp):
    import shutil

    from partapp.services.store.database import open_database
    from partapp.ui.context import AppContext
    from partapp.ui.tasks import TaskRunner

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_path, path)
    db = open_database(str(path))
    yield AppContext(db, settings, TaskRunner(synchronous=True))
    db.dispose()


CASES = [
    (PeopleModel, PeopleFilter(text="a")),
    (ActivitiesModel, ActivityFilter(text="forum")),
    (SuggestionsModel, SuggestionFilter(status="waiting")),
    (ChangesModel, ChangeFilter(status="done")),
]


@pytest.mark.parametrize("model_class, narrower", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_lazy_models_pass_the_model_tester(qtmodeltester, demo_context, model_class, narrower):
    model = model_class(demo_context)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    model.set_filter(narrower)
    assert model.rowCount() > 0
    model.refresh_rows()


def test_only_the_rows_looked_at_are_fetched(demo_context):
    model = SuggestionsModel(demo_context)
    model.reload()
    assert model.rowCount() > PAGE_SIZE
    assert model._pages == {}
    model.index(PAGE_SIZE + 5, 1).data()
    assert list(model._pages) == [1]


def test_sorting_keeps_the_chosen_row(demo_context):
    model = PeopleModel(demo_context)
    model.reload()
    from PySide6.QtCore import QPersistentModelIndex

    chosen = QPersistentModelIndex(model.index(3, 0))
    name = chosen.data()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert chosen.data() == name and chosen.row() == model.rowCount() - 4


def test_rows_model_passes_the_model_tester(qtmodeltester, demo_context):
    from partapp.services.browse.history import person_history

    with demo_context.db.session_scope() as session:
        history = person_history(session, 1)
    model = RowsModel(ACTIVITY_COLUMNS)
    model.set_rows(history.activities)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
