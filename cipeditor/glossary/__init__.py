"""Glossaries: entries, their CSV and TBX files, and the term matcher."""
