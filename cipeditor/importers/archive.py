"""Opening zip-based documents (DOCX) without trusting what the zip says about itself.

A zip bomb expands a few kilobytes into gigabytes; a hostile part can declare
entities that expand without end. :func:`open_archive` looks at the member list
before anything is decompressed and refuses too many members, too large parts
or totals, absurd compression ratios and XML parts with a document type
declaration (which Office documents never have).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cipeditor.errors import InputError
from cipeditor.fileio import MiB
from cipeditor.i18n import _


@dataclass(frozen=True)
class ArchiveLimits:
    """How much a document's zip may hold."""

    members: int = 2_000
    part_size: int = 64 * MiB
    total_size: int = 256 * MiB
    ratio: int = (
        400  # real parts stay well under (a 5,000-row table: 35:1); deflate tops at ~1000:1
    )


def open_archive(
    data: bytes, path: Path, *, required: str, what: str, limits: ArchiveLimits = ArchiveLimits()
) -> zipfile.ZipFile:
    """The zip in ``data`` once it has passed the limits; ``required`` must be a member."""
    if not data.startswith(b"PK"):
        raise InputError(
            path,
            _("this is not a {what} (it is not a zip package)").format(what=what),
            fix=_("save it from the word processor as .docx and try again"),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise InputError(
            path, _("the {what} is damaged ({reason})").format(what=what, reason=error)
        ) from None
    _check_members(members, path, limits)
    if required not in archive.namelist():
        raise InputError(
            path, _("this is not a {what} ({part} is missing)").format(what=what, part=required)
        )
    _refuse_doctypes(archive, members, path)
    return archive


def _check_members(members: list[zipfile.ZipInfo], path: Path, limits: ArchiveLimits) -> None:
    if len(members) > limits.members:
        raise InputError(
            path,
            _("the package holds {count} parts; the limit is {limit}").format(
                count=len(members), limit=limits.members
            ),
        )
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.part_size or (ratio > limits.ratio and member.file_size > MiB):
            raise InputError(
                path,
                _("the part expands to {size:.0f} MB; it looks like a zip bomb").format(
                    size=member.file_size / MiB
                ),
                place=member.filename,
            )
    if total > limits.total_size:
        raise InputError(
            path,
            _("the package expands to {size:.0f} MB; the limit is {limit:.0f} MB").format(
                size=total / MiB, limit=limits.total_size / MiB
            ),
        )


def _refuse_doctypes(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], path: Path) -> None:
    for member in members:
        if not member.filename.endswith((".xml", ".rels")):
            continue
        try:
            head = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
            raise InputError(
                path,
                _("a part cannot be read ({reason})").format(reason=error),
                place=member.filename,
            ) from None
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise InputError(
                path,
                _("a part declares a document type or entities, which Office files never do"),
                place=member.filename,
                fix=_("the file may be crafted to attack XML readers; it was not opened"),
            )
