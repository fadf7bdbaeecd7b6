"""Bringing people and suggestions in from spreadsheets: read and check every row,
say plainly what is wrong, and save all of it in one transaction or none.
"""

from .importer import import_files

__all__ = ['import_files']
