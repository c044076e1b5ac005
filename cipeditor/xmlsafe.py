"""The one way XML from elsewhere is parsed: safely, with messages that name the format.

Glossaries (TBX) and exchange files (XLIFF, TMX) come from other programs and other
people. defusedxml refuses entity declarations (billion laughs, quadratic blow-up)
and external references (XXE such as ``file:///etc/passwd``) while it checks that
the bytes are well-formed; a plain DOCTYPE naming a DTD, as TMX and TBX files
carry, is allowed. Every failure becomes one InputError naming the file, the place
and what to do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cipeditor.errors import InputError
from cipeditor.i18n import _

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


def parse_untrusted(data: bytes, path: str | Path, *, expected: str, fix: str) -> Element:
    """The root element of ``data``; ``expected`` names the format (``"TBX"``) in
    messages, ``fix`` says how to get a good file again (export it from its program)."""
    from xml.etree import ElementTree

    import defusedxml
    import defusedxml.ElementTree as SafeTree

    if b"\0" in data[:1024] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            path,
            _("this is a binary file, not {format}").format(format=expected),
            fix=fix,
        )
    try:
        return SafeTree.fromstring(data)
    except defusedxml.EntitiesForbidden:
        raise InputError(
            path,
            _("the file declares XML entities, which CIP Editor refuses for safety"),
            fix=fix,
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise InputError(
            path,
            _("the file refers to external files or addresses, which CIP Editor refuses"),
            fix=fix,
        ) from None
    except ElementTree.ParseError as error:
        line, column = error.position
        raise InputError(
            path,
            _("not well-formed XML, so not a valid {format} file").format(format=expected),
            place=_("line {line}, column {column}").format(line=line, column=column + 1),
            fix=_("the file is damaged or truncated; export it again"),
        ) from None
    except (ValueError, LookupError) as error:  # e.g. an unknown encoding declaration
        raise InputError(path, _("cannot be read as XML ({reason})").format(reason=error)) from None
