"""Server store fixtures: a new workspace on the test server per test, opened by "two laptops"."""

from __future__ import annotations

import pytest

from ecanvas.store.server.opening import create_server_workspace, open_server_workspace


@pytest.fixture
def shared(server_url):
    """A new shared workspace with one SWOT canvas, as the first laptop opened it."""
    store = create_server_workspace(server_url, title="Workshop 工作坊", language="zh")
    store.add_canvas("swot", title="SWOT")
    yield store
    store.close()


@pytest.fixture
def second(shared):
    """The same workspace opened a second time, as another laptop does."""
    store = open_server_workspace(shared.location)
    yield store
    store.close()


def wait_for(store, predicate, timeout: float = 1.0) -> float:
    """Poll `store` until `predicate()` holds; returns the seconds it took (fails past timeout)."""
    import time

    start = time.monotonic()
    while not predicate():
        left = timeout - (time.monotonic() - start)
        if left <= 0:
            raise AssertionError(f"not within {timeout} s")
        store.poll(timeout=min(left, 0.1))
    return time.monotonic() - start


@pytest.fixture
def filled_file(filled):
    """A closed workspace file with two canvases, links, a setting and a gap in its card ids."""
    filled.store.set_setting("report.options", {"paper": "a4", "sections": ["cover"]})
    filled.store.delete_cards([filled.a_cards[0]])
    filled.store.close()
    return filled.path
