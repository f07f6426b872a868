"""The pages as a reader sees them: rendered by poppler, not blank, in the chosen colours."""

from __future__ import annotations

import subprocess

from PIL import Image, ImageStat
from report_helpers import needs_poppler, pdf_outline

from ecanvas.report import ReportOptions, build_report

pytestmark = needs_poppler


def render(pdf, page: int, folder, dpi: int = 40) -> Image.Image:
    prefix = folder / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(prefix)],
        check=True,
    )  # fmt: skip
    return Image.open(f"{prefix}.png").convert("RGB")


def variance(image: Image.Image) -> float:
    return sum(ImageStat.Stat(image.convert("L")).var)


def close(colour, expected, tolerance=12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_cover_and_canvas_pages_are_drawn(english_store, tmp_path):
    output = build_report(
        english_store.workspace, tmp_path / "r.pdf", ReportOptions(brand_colour="#AA3300")
    )
    cover = render(output, 1, tmp_path)
    assert variance(cover) > 100
    width, height = cover.size
    assert close(cover.getpixel((width // 2, int(height * 0.45))), (0xAA, 0x33, 0x00))
    assert close(cover.getpixel((width // 2, int(height * 0.15))), (255, 255, 255))

    canvas_page = next(e.page for e in pdf_outline(output) if e.title == "Business model")
    drawn = render(output, canvas_page, tmp_path)
    assert drawn.size[0] > drawn.size[1]
    assert variance(drawn) > 100
    colours = {colour for _, colour in drawn.getcolors(maxcolors=1 << 20)}
    # sticky notes in the default yellow (#FFE680) are on the page
    assert any(close(c, (0xFF, 0xE6, 0x80), 6) for c in colours)


def test_an_empty_report_page_is_still_not_blank(tmp_path):
    from ecanvas.model import Workspace

    output = build_report(Workspace(), tmp_path / "r.pdf", ReportOptions(sections=("summary",)))
    assert variance(render(output, 1, tmp_path)) > 5
