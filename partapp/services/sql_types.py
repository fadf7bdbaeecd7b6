"""Names for the types of SQLAlchemy statements, written once for the whole service layer."""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import Select

AnySelect: TypeAlias = Select[*tuple[Any, ...]]  # a SELECT of any columns
