"""Reading within limits: special files are refused at once, never waited on."""

import os

import pytest

from cipeditor.errors import InputError
from cipeditor.fileio import atomic_write, read_bytes


def test_a_named_pipe_without_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "article.cip"
    os.mkfifo(fifo)
    # Before the fix, opening the pipe blocked until some other process wrote to it.
    with pytest.raises(InputError) as caught:
        read_bytes(fifo, limit=1024, what="article")
    assert str(fifo) in str(caught.value)
    assert "pipe" in str(caught.value)


def test_an_endless_device_is_refused_as_a_device_not_as_too_large():
    with pytest.raises(InputError) as caught:
        read_bytes("/dev/zero", limit=1024, what="article")
    assert "/dev/zero: this is a device, not a regular file" in str(caught.value)


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    target = tmp_path / "real.txt"
    target.write_bytes(b"Title\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_bytes(link, limit=1024, what="text file") == b"Title\n"


def test_a_symlink_loop_is_refused_with_its_reason(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(InputError, match="symbolic links"):
        read_bytes(first, limit=1024, what="text file")


def test_saving_through_a_symlink_updates_the_linked_file_and_keeps_the_link(tmp_path):
    # Before, the link itself was replaced by a new file and the shared original went stale.
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "article.cip"
    target.write_bytes(b"old")
    link = tmp_path / "my-article.cip"
    link.symlink_to(target)
    atomic_write(link, b"new", backup=True)
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
    assert (shared / "article.cip~").read_bytes() == b"old"


def test_a_dangling_symlink_is_saved_to_where_it_points(tmp_path):
    target = tmp_path / "not-yet.cip"
    link = tmp_path / "link.cip"
    link.symlink_to(target)
    atomic_write(link, b"data")
    assert link.is_symlink()
    assert target.read_bytes() == b"data"
