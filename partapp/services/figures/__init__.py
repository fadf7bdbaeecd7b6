"""What the annual report counts, in SQL: the headline figures, themes, attention points,
equality in aggregate only, the service users' summary, and the figures as CSV.

The names below are loaded when first asked for, so importing one module of this room (such
as ``period`` for Home's counts) does not load the whole report with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .period import period_figures
    from .report_csv import write_figures_csv, write_lists_csv
    from .report_data import build_report_data, default_period, suggested_period
    from .you_said_we_did import build_summary

_WHERE = {"period_figures": "period", "write_figures_csv": "report_csv",
          "write_lists_csv": "report_csv", "build_report_data": "report_data",
          "default_period": "report_data", "suggested_period": "report_data",
          "build_summary": "you_said_we_did"}

__all__ = ['build_report_data', 'build_summary', 'default_period', 'period_figures', 'suggested_period', 'write_figures_csv', 'write_lists_csv']


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
