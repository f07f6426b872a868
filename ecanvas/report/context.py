"""Everything one report needs, resolved and checked once before any page is laid out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ecanvas.model import Canvas, Workspace
from ecanvas.model.colours import is_hex_colour
from ecanvas.model.workshop import with_round_votes
from ecanvas.report.labels import label
from ecanvas.report.options import ReportError, ReportOptions
from ecanvas.report.text import shorten
from ecanvas.report.theme import Styles, Theme, styles_for

PAPER_POINTS = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
PAGE_MARGIN = 54.0
PAGE_TOP_EXTRA = 8.0  # more room above the text column, for the running header


@dataclass(frozen=True)
class Bookmark:
    """An outline entry (and, when listed, a contents line) pointing at one flowable."""

    key: str
    title: str
    level: int
    in_contents: bool = True


@dataclass
class ReportContext:
    workspace: Workspace
    options: ReportOptions
    canvases: list[Canvas]
    theme: Theme
    styles: Styles
    logo: bytes | None
    today: date
    bookmarks: list[Bookmark] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.options.language

    def label(self, key: str, **values: object) -> str:
        return label(key, self.options.language, **values)

    @property
    def portrait(self) -> tuple[float, float]:
        return PAPER_POINTS[self.options.paper]

    @property
    def landscape(self) -> tuple[float, float]:
        width, height = self.portrait
        return (height, width)

    @property
    def frame_width(self) -> float:
        """Width of the text column on a portrait page."""
        return self.portrait[0] - 2 * PAGE_MARGIN

    @property
    def frame_height(self) -> float:
        """Height of the text column on a portrait page (the document's margins)."""
        return self.portrait[1] - 2 * PAGE_MARGIN - PAGE_TOP_EXTRA

    def bookmark(self, key: str, title: str, level: int, in_contents: bool = True) -> Bookmark:
        """A new outline entry, remembered in story order for the table of contents."""
        mark = Bookmark(key, shorten(title, 200), level, in_contents)
        self.bookmarks.append(mark)
        return mark


def _selected_canvases(workspace: Workspace, canvas_ids: tuple[int, ...] | None) -> list[Canvas]:
    if canvas_ids is None:
        return list(workspace.canvases)
    known = {c.id: c for c in workspace.canvases}
    for canvas_id in canvas_ids:
        if canvas_id not in known:
            raise ReportError(
                f"unknown canvas id {canvas_id} (this workspace has: "
                f"{', '.join(str(i) for i in known) or 'no canvases'})",
                "unknown-canvas",
                canvas_id=canvas_id,
            )
    wanted = set(canvas_ids)
    return [c for c in workspace.canvases if c.id in wanted]


def _read_logo(workspace: Workspace, logo_path: Path | None) -> bytes | None:
    """The logo for the cover from the chosen file or the workspace: checked against the logo
    limits (file size, pixels) before it is decoded, and scaled down to the cover's box."""
    from ecanvas.model.logo import MAX_LOGO_BYTES, NOT_AN_IMAGE, LogoError
    from ecanvas.report.cover import LOGO_BOX
    from ecanvas.report.logo import fitted_logo

    if logo_path is not None:
        path = Path(logo_path)
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:  # never read a huge file into memory
                raise LogoError(str(path), "too-large-file")
            data = path.read_bytes()
        except FileNotFoundError:
            raise ReportError(
                f"{path}: the logo file does not exist", "logo-missing", file=str(path)
            ) from None
        except OSError as error:
            raise ReportError(
                f"{path}: the logo file cannot be read ({error.strerror})",
                "logo-unreadable",
                file=str(path),
                errno=error.errno,
            ) from None
        except LogoError as error:
            raise _logo_refused(error) from None
        source = str(path)
    elif workspace.logo:
        data, source = workspace.logo, "the workspace logo"
    else:
        return None
    try:
        return fitted_logo(data, source, LOGO_BOX)
    except LogoError as error:
        if error.reason == NOT_AN_IMAGE:
            raise ReportError(
                f"{source}: not a readable image (use PNG or JPEG)",
                "logo-not-an-image",
                file=str(logo_path) if logo_path is not None else None,
            ) from None
        raise _logo_refused(error) from None


def _logo_refused(error) -> ReportError:
    """A logo past the limits; `file` is None for the workspace's own logo."""
    file = None if error.source == "the workspace logo" else error.source
    return ReportError(str(error), "logo-" + error.reason, file=file, detail=error.detail)


def resolve(workspace: Workspace, options: ReportOptions, today: date) -> ReportContext:
    """Check the options against the workspace and gather what the sections draw from.

    A card's votes, everywhere in the report, count its dots from the workshop's voting
    rounds too (the workspace itself is left as it is)."""
    options.check()
    workspace = with_round_votes(workspace)
    brand = options.brand_colour or workspace.brand_colour or "#1F4E79"
    if not is_hex_colour(brand):
        brand = "#1F4E79"
    theme = Theme.from_brand(brand)
    return ReportContext(
        workspace=workspace,
        options=options,
        canvases=_selected_canvases(workspace, options.canvas_ids),
        theme=theme,
        styles=styles_for(theme),
        logo=_read_logo(workspace, options.logo_path),
        today=today,
    )
