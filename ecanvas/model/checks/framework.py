"""Which blocks of the bundled canvases play which part in the essay's framework.

The rules read these roles by template and block key, so they also apply to files made before a
template changed, and to canvases whose blocks a user renamed (keys never change).
"""

from __future__ import annotations

DIMENSIONS_TEMPLATE = "ecommerce-dimensions"
GOALS_BLOCK = "strategic-goals"
# The four dimensions of the essay (市场与客户, 产品与服务, 渠道与平台, 运营与支撑).
DIMENSION_BLOCKS = ("market-customer", "product-service", "channel-platform", "operations-support")

PATHS_TEMPLATE = "strategic-paths"

SWOT_TEMPLATE = "swot"
SWOT_ASSETS = ("strengths", "opportunities")

# Blocks whose cards are goals: the centre of the four-dimensions canvas, and every block of
# the core-goals canvas (None: all of its blocks).
GOAL_BLOCKS: dict[str, tuple[str, ...] | None] = {
    DIMENSIONS_TEMPLATE: (GOALS_BLOCK,),
    "core-goals": None,
}


def is_goal_block(template_key: str, block_key: str) -> bool:
    if template_key not in GOAL_BLOCKS:
        return False
    keys = GOAL_BLOCKS[template_key]
    return keys is None or block_key in keys


def is_dimension(template_key: str, block_key: str) -> bool:
    return template_key == DIMENSIONS_TEMPLATE and block_key in DIMENSION_BLOCKS
