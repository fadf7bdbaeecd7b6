"""Alembic migrations, run by the app when it opens an older data file.

``REVISIONS`` lists every migration, oldest first. Opening a file only needs to know these
names, so Alembic itself is loaded only when a file has to be created or upgraded (it takes
a tenth of a second to load). tests/unit/test_migrations.py checks the list against the
migrations in versions/: add each new migration here too.
"""

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
