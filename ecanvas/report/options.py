"""What a report should contain, and the one error type every report failure is turned into.

Kept free of reportlab so the app and the command line can build options without paying for the
PDF machinery until a report is actually written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ecanvas.model.colours import is_hex_colour
from ecanvas.model.entities import LANGUAGES

SECTIONS = (
    "cover", "contents", "summary", "recommendations", "canvases", "cards", "changes", "scores",
    "actions", "voting", "checks", "appendix",
)  # fmt: skip
# "checks" (the strategy checks) is for review with the team, and "changes" (since a snapshot)
# for showing progress between meetings; a report leaves them out unless they are asked for.
OPTIONAL_SECTIONS = ("changes", "checks")
DEFAULT_SECTIONS = tuple(section for section in SECTIONS if section not in OPTIONAL_SECTIONS)
PAPERS = ("a4", "letter")
REPORT_SETTING = "report.options"  # the workspace setting that remembers the last choices
REPORT_LANGUAGES = LANGUAGES  # the report speaks every language of the model


class ReportError(Exception):
    """A report that cannot be written; the message is one line naming the file or option.

    `code` says why (one of REPORT_REASONS) and `params` fills it in, so the app can word the
    refusal in its own language; the message is the English the command line prints.
    """

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


# Why a report is refused (ReportError.code) -> the parameters the app's sentence uses.
REPORT_REASONS = {
    "bad-paper": ("paper",),
    "bad-language": ("language",),
    "no-sections": (),
    "unknown-section": ("section",),
    "bad-colour": ("colour",),
    "unknown-canvas": ("canvas_id",),
    "logo-missing": ("file",),
    "logo-unreadable": ("file", "errno"),
    "logo-too-large-file": ("file", "detail"),
    "logo-too-many-pixels": ("file", "detail"),
    "logo-not-an-image": ("file",),
}


@dataclass(frozen=True)
class ReportOptions:
    """The choices of the export dialog and of `ecanvas report` on the command line."""

    paper: str = "a4"
    language: str = "en"
    canvas_ids: tuple[int, ...] | None = None
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    brand_colour: str | None = None
    logo_path: Path | None = None
    # "changes": the snapshot to compare each canvas with (its newest when None), and the
    # comparisons themselves (ecanvas.model.diff.ChangesSince, worked out by the caller, which
    # reads the snapshots; see ecanvas.store.changes).
    changes_since: str | None = None
    changes: tuple = ()

    def check(self) -> None:
        """Raise ReportError for the first option that cannot be honoured."""
        if self.paper not in PAPERS:
            raise ReportError(
                f"paper {self.paper!r} is not supported (use {' or '.join(PAPERS)})",
                "bad-paper",
                paper=self.paper,
            )
        if self.language not in REPORT_LANGUAGES:
            raise ReportError(
                f"language {self.language!r} is not supported "
                f"(use {' or '.join(REPORT_LANGUAGES)})",
                "bad-language",
                language=self.language,
            )
        if not self.sections:
            raise ReportError(
                f"choose at least one report section ({', '.join(SECTIONS)})", "no-sections"
            )
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ReportError(
                f"unknown report section {unknown[0]!r} (known: {', '.join(SECTIONS)})",
                "unknown-section",
                section=unknown[0],
            )
        if self.brand_colour is not None and not is_hex_colour(self.brand_colour):
            raise ReportError(
                f"brand colour {self.brand_colour!r} must look like #RRGGBB",
                "bad-colour",
                colour=self.brand_colour,
            )

    def wants(self, section: str) -> bool:
        return section in self.sections

    def to_setting(self) -> dict[str, object]:
        """The choices worth remembering for the next export of the same workspace (a JSON
        value for the workspace's "report.options" setting; the logo file is not kept)."""
        return {
            "paper": self.paper,
            "language": self.language,
            "sections": list(self.sections),
            "canvas_ids": None if self.canvas_ids is None else list(self.canvas_ids),
            "brand_colour": self.brand_colour,
            "changes_since": self.changes_since,
        }

    @classmethod
    def from_setting(cls, value: object, language: str) -> ReportOptions:
        """Options from a remembered setting; anything missing or no longer valid (an unknown
        section, a bad colour) falls back to the default, so an old value never blocks."""
        saved = value if isinstance(value, dict) else {}
        paper = saved.get("paper") if saved.get("paper") in PAPERS else "a4"
        chosen = saved.get("language")
        language = chosen if chosen in REPORT_LANGUAGES else language
        sections = saved.get("sections")
        if not isinstance(sections, list) or not sections or not set(sections) <= set(SECTIONS):
            sections = DEFAULT_SECTIONS
        ids = saved.get("canvas_ids")
        canvas_ids = tuple(ids) if isinstance(ids, list) and ids and all(
            isinstance(i, int) for i in ids
        ) else None  # fmt: skip
        colour = saved.get("brand_colour")
        colour = colour if is_hex_colour(colour) else None
        kept = tuple(section for section in SECTIONS if section in sections)
        since = saved.get("changes_since")
        since = since if isinstance(since, str) and since.strip() else None
        return cls(paper=paper, language=language, canvas_ids=canvas_ids, sections=kept,
                   brand_colour=colour, changes_since=since)  # fmt: skip


@dataclass(frozen=True)
class ExportOptions:
    """The choices of a file export other than the PDF report (Markdown, CSV, slides, images).

    `canvas_ids` limits the export to those canvases (None: all); image formats draw one canvas.
    """

    language: str = "en"
    canvas_ids: tuple[int, ...] | None = None
    scale: float = 2.0

    def canvases(self, workspace) -> list:
        """The workspace's canvases this export covers, in display order."""
        if self.canvas_ids is None:
            return list(workspace.canvases)
        wanted = set(self.canvas_ids)
        return [c for c in workspace.canvases if c.id in wanted]
