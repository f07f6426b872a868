"""Changes a rule of the model refuses (a second open voting round, a snapshot name taken…).

A `RuleError` is a ValueError with a stable code and its parameters beside the English message
(which the command line prints); the app words each code in its own language, so a refusal in
the status bar is never English in the Chinese UI. A new rule is a new entry here and a sentence
in `ecanvas.ui.refusals` (a test walks this table).
"""

from __future__ import annotations

RULES: dict[str, str] = {
    # Workshops
    "participant-needs-name": "a participant needs a name",
    "participant-name-too-long": "a participant's name has at most {most} characters",
    "participant-name-taken": "there is already a participant called {name}",
    "too-many-participants": "a workshop has at most {most} participants",
    "bad-colour": "a colour is written #RRGGBB, not {colour!r}",
    "round-scope": "a voting round's scope is one of {scopes}",
    "block-round-needs-block": "a block's voting round names its canvas and block",
    "canvas-round-needs-canvas": "a canvas's voting round names its canvas",
    "round-dots": "each participant gets 1 to {most} dots",
    "round-highlight": "highlight the top 0 to 100 cards",
    "round-open": "close the open voting round before starting another",
    "reopen-while-open": "close the open voting round before reopening another",
    "round-closed": "this voting round is closed",
    "round-closed-already": "this voting round is closed already",
    "card-not-in-round": "this card is not part of the voting round",
    "no-dots-left": "{name} has no dots left",
    # Snapshots
    "snapshot-needs-name": "a snapshot needs a name",
    "snapshot-needs-canvas": "choose at least one canvas to take a snapshot of",
    "snapshot-name-taken": "canvas {canvas!r} already has a snapshot named {name!r}; choose "
    "another name",
    # Cards, links, canvases, blocks
    "card-status": "unknown card status {status!r}",
    "negative-votes": "votes cannot be negative",
    "due-not-date": "a due date must be a date",
    "self-link": "a card cannot link to itself",
    "link-across-canvases": "linked cards must be on the same canvas",
    "already-linked": "these cards are already linked",
    "canvas-title-empty": "a canvas title cannot be empty",
    "card-density": "unknown card density {density!r}",
    "block-key-taken": "canvas {canvas!r} already has a block {key!r}",
    "block-score": "a block score must be between 0 and 5",
    "merge-templates": "canvas {source!r} ({source_template}) cannot merge into {target!r} "
    "({target_template}): they are made from different templates",
    # The workspace
    "language": "unsupported language {language!r}",
    "setting-key": "a setting needs a non-empty key without outer spaces: {key!r}",
    "keep-backup": "keep at least one backup",
}


class RuleError(ValueError):
    """A change the model's rules refuse; `code` (one of RULES) and `params` say why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(RULES[code].format(**params))
        self.code = code
        self.params = params
