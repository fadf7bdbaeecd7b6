"""Participation Tracker: record what service users say, what was decided, what changed."""

__version__ = "0.1.0"
APP_NAME = "Participation Tracker"
