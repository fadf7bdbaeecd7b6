"""What the annual report counts, in SQL: the headline figures, themes, attention points,
equality in aggregate only, the service users' summary, and the figures as CSV.
"""

from .period import period_figures
from .report_csv import write_figures_csv, write_lists_csv
from .report_data import build_report_data, default_period, suggested_period
from .you_said_we_did import build_summary

__all__ = ['build_report_data', 'build_summary', 'default_period', 'period_figures', 'suggested_period', 'write_figures_csv', 'write_lists_csv']
