"""Pure-Python model of a workspace: entities, templates, and the rules between them."""

from ecanvas.model.entities import (
    CARD_FIELDS,
    CARD_STATUSES,
    DEFAULT_CARD_COLOUR,
    Block,
    Canvas,
    Card,
    Link,
    Snapshot,
    Workspace,
    card_fields,
)
from ecanvas.model.templates import BlockTemplate, Template, TemplateError

__all__ = [
    "CARD_FIELDS",
    "CARD_STATUSES",
    "DEFAULT_CARD_COLOUR",
    "Block",
    "BlockTemplate",
    "Canvas",
    "Card",
    "Link",
    "Snapshot",
    "Template",
    "TemplateError",
    "Workspace",
    "card_fields",
]
