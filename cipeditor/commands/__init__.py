"""The subcommands of ``cipeditor``: one module each, with ``add_parser`` and ``run``.

Modules here import only argparse-level things at the top; the work they call
is imported inside ``run`` so that ``cipeditor --help`` stays instant.
"""

COMMAND_MODULES = ("import_", "check", "export", "glossary")
