"""Staged output: published inside a block, taken back when the block fails afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.system.staged import staged_path


def test_published_then_failed_puts_the_earlier_file_back(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(RuntimeError), staged_path(target) as staged:
        staged.tmp.write_bytes(b"new")
        staged.publish()
        assert target.read_bytes() == b"new"
        raise RuntimeError("the commit failed")
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_published_then_failed_without_an_earlier_file_leaves_none(tmp_path: Path) -> None:
    target = tmp_path / "新しい 报告 <b>&.pdf"
    with pytest.raises(RuntimeError), staged_path(target) as staged:
        staged.tmp.write_bytes(b"new")
        staged.publish()
        raise RuntimeError("the commit failed")
    assert list(tmp_path.iterdir()) == []


def test_failure_before_publishing_publishes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(RuntimeError), staged_path(target) as staged:
        staged.tmp.write_bytes(b"half")
        raise RuntimeError("the layout failed")
    assert target.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_success_publishes_once_and_leaves_no_copy(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"earlier")
    with staged_path(target) as staged:
        staged.tmp.write_bytes(b"new")  # not published by hand: the block's end publishes it
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # a finished file, not mkstemp's private mode
