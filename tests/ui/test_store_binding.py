"""Window parts listen to the store through `StoreBinding`: they follow the store they show,
and a part that is gone is no longer called."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QObject

from ecanvas.store import ChangeKind, create_workspace
from ecanvas.ui.store_binding import StoreBinding


class Part(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list = []
        self.listening = StoreBinding(self, self.on_change)

    def on_change(self, change) -> None:
        self.heard.append(change.kind)


def test_a_part_follows_its_store_and_drops_out_when_destroyed(qapp, tmp_path):
    first = create_workspace(tmp_path / "one.ecanvas")
    second = create_workspace(tmp_path / "two.ecanvas")
    part = Part()
    part.listening.follow(first)
    first.set_properties(client="A")
    part.listening.follow(second)
    first.set_properties(client="B")
    second.set_properties(client="C")
    assert part.heard == [ChangeKind.WORKSPACE, ChangeKind.WORKSPACE]
    part.deleteLater()
    qapp.sendPostedEvents(
        None, QEvent.Type.DeferredDelete
    )  # the QObject is destroyed; its Python side may live on
    second.set_properties(client="D")
    assert len(part.heard) == 2
    assert second.notifier.listeners == []
    first.close()
    second.close()


def test_a_part_that_is_garbage_collected_is_not_kept_by_the_store(tmp_path):
    store = create_workspace(tmp_path / "one.ecanvas")
    part = Part()
    part.listening.follow(store)
    assert len(store.notifier.listeners) == 1
    del part
    gc.collect()
    assert store.notifier.listeners == []
    store.close()
