"""Each operation mixin stands alone on the row helpers: every `self.<name>` it uses is defined
by the mixin itself or by the classes it derives from (never by a sibling mixin)."""

from __future__ import annotations

import ast
import inspect

import pytest

from ecanvas.store.canvas_ops import CanvasOperations
from ecanvas.store.card_ops import CardOperations
from ecanvas.store.rewrite_ops import CanvasRewriteOperations
from ecanvas.store.rows import RowOperations
from ecanvas.store.snapshot_ops import SnapshotOperations
from ecanvas.store.workshop_ops import WorkshopOperations

# What an instance carries rather than a class defines.
INSTANCE_ATTRIBUTES = {"workspace"}


def used_names(cls: type) -> set[str]:
    tree = ast.parse(inspect.getsource(inspect.getmodule(cls)))
    body = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    return {
        node.attr
        for node in ast.walk(body)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    }


MIXINS = [CanvasOperations, CardOperations, SnapshotOperations, WorkshopOperations,
          CanvasRewriteOperations, RowOperations]  # fmt: skip


@pytest.mark.parametrize("mixin", MIXINS)
def test_every_helper_a_mixin_calls_is_in_its_own_bases(mixin):
    missing = sorted(n for n in used_names(mixin)
                     if n not in INSTANCE_ATTRIBUTES and not hasattr(mixin, n))  # fmt: skip
    assert missing == []


def test_added_versus_changed_is_never_a_sign_on_an_id():
    for mixin in (CardOperations, CanvasOperations, WorkshopOperations, CanvasRewriteOperations):
        source = inspect.getsource(inspect.getmodule(mixin))
        assert "-1 - " not in source and "abs(key)" not in source and "key < 0" not in source
