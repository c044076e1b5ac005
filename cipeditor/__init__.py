"""CIP Editor: a bilingual Chinese/English article editor for press offices."""

__version__ = "0.1.0"
