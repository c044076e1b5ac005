"""Undo commands: one module per family of edits (text, structure, metadata, replace, review).

Each command knows how to do and undo one change of the model through the
domain operations, then emits the :class:`~cipeditor.ui.document.Document`
signal that tells the views what changed.
"""
