"""What a reader sees in a PDF (text, fonts, outline, page sizes), and the sample card texts."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdftoppm")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def pdf_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """The text a reader can select or search, as pdftotext extracts it (one page or all)."""
    command = ["pdftotext", "-enc", "UTF-8"]
    command += ["-f", str(page), "-l", str(page)] if page else []
    command += ["-layout"] if layout else []
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


@dataclass(frozen=True)
class Word:
    """A word as pdftotext -bbox finds it: its glyphs left to right, and its box (y down)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_words(path: Path, page: int) -> list[Word]:
    """Every word on one page with its position."""
    import re
    from html import unescape

    result = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    pattern = re.compile(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    )
    return [
        Word(unescape(text), float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in pattern.findall(result.stdout.decode("utf-8", "replace"))
    ]


def squeezed(text: str) -> str:
    """Text without whitespace, to find strings that were wrapped over several lines."""
    return "".join(text.split())


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name, type and emb/sub/uni flags."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    rows = []
    for line in result.stdout.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object-number generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


@dataclass
class Outline:
    title: str
    level: int
    page: int


def pdf_outline(path: Path) -> list[Outline]:
    """The bookmarks, flattened in order, with their nesting level and 1-based page."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    entries: list[Outline] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item) + 1
                entries.append(Outline(item.title, level, page))

    walk(reader.outline, 0)
    return entries


def page_sizes(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def png_bytes(colour: tuple[int, int, int] = (200, 30, 40), size=(120, 60)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


ENGLISH_CARDS = {
    "value-proposition": [
        ("Fresh tea delivered weekly", "Picked in Yunnan on Monday, at the door on Friday."),
        ("Gift boxes for festivals", "Mid-Autumn and Spring Festival sell 35% of the year."),
    ],
    "revenue-model": [("Subscription 99 yuan per month", "Churn below 4% after three months.")],
}
CHINESE_CARDS = {
    "value-proposition": [("每周送达的新鲜好茶", "周一在云南采摘，周五送到家门口。")],
    "key-processes": [
        ("春茶采收 48 小时内上架", "采摘、杀青、拍照、上架，全程可追溯。"),
        ("内容日历：直播 + 短视频", "每周三场直播，每款茶配一支 60 秒冲泡视频。"),
    ],
    "partner-network": [("临沧 12 家茶农合作社", "")],
}
