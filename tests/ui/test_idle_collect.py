"""The window's collector policy: long reads' survivors stay frozen while it is open; cycles among
them are collected only when nobody has used the window for a while; closing hands them back."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop_app.system import heap
from desktop_app.ui import idle_collect


class _Node:
    other: object = None


@pytest.fixture
def fast() -> Iterator[None]:
    gc.unfreeze()
    with heap.FENCE.forced(True):
        yield
    gc.unfreeze()


def test_the_window_keeps_survivors_frozen_until_idle_then_collects(fast: None, window: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    collector = window.idle_collect
    with heap.long_lived_heap_frozen():  # a long read on the reader, e.g. the badge's screening
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        probe = weakref.ref(a)
    del a, b
    gc.collect()
    assert probe() is not None and gc.get_freeze_count() > 0  # not rescanned by ordinary collections

    monkeypatch.setattr(idle_collect, "IDLE_S", 3600.0)
    collector.check()
    assert collector.collections == 0 and probe() is not None  # the person is still at work

    monkeypatch.setattr(idle_collect, "IDLE_S", 0.0)
    monkeypatch.setattr(collector, "busy", lambda: True)
    collector.check()
    assert collector.collections == 0  # never while database work runs
    monkeypatch.undo()

    monkeypatch.setattr(idle_collect, "IDLE_S", 0.0)
    collector.check()
    assert collector.collections == 1 and probe() is None


def test_a_key_press_restarts_the_idle_clock(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    collector = window.idle_collect
    collector.last_input = 0.0
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert collector.last_input > 0.0


def test_closing_the_window_hands_the_heap_back(fast: None, window: Any) -> None:
    with heap.long_lived_heap_frozen():
        pass
    assert gc.get_freeze_count() > 0
    window.close()
    assert gc.get_freeze_count() == 0 and not heap.collect_idle()
