"""argparse's own texts, marked here so that they are extracted into our catalog.

argparse builds "usage:", the "options" heading, the ``-h`` help and its error
messages through gettext; :func:`cipeditor.ui_language.install_language` points
argparse at our functions, and these marks put the texts (exactly as Python's
argparse spells them) in ``cipeditor.pot`` so that translators see them.
Nothing imports this module: it exists for the extractor.
"""

from cipeditor.i18n import N_

ARGPARSE_MESSAGES = (
    # L10N: argparse's heading, followed directly by the synopsis: end it with a space
    # or a full-width colon.
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    # L10N: keep the line break at the end.
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("can't open '%(filename)s': %(error)s"),
)
