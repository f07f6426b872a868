"""Logos: refused above a file size and a pixel count before anything is decoded, and scaled
down to what the cover shows (a 3000 × 3000 logo makes a report under 1 MB)."""

from __future__ import annotations

import pytest
from test_logo_limits_data import big_photo, pixel_bomb

from ecanvas.model.logo import (
    NOT_AN_IMAGE,
    TOO_LARGE_FILE,
    TOO_MANY_PIXELS,
    LogoError,
    check_logo,
    image_size,
)
from ecanvas.report import ReportError, ReportOptions, build_report
from ecanvas.report.logo import stored_logo


def test_sizes_are_read_from_the_header():
    assert image_size(big_photo(300, 200)) == ("JPEG", 300, 200)
    assert image_size(pixel_bomb()) == ("PNG", 100_000, 100_000)
    assert image_size(b"GIF89a") is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (pixel_bomb(), TOO_MANY_PIXELS),
        (b"\x89PNG" + b"\0" * (6 * 1024 * 1024), TOO_LARGE_FILE),
        (b"not an image", NOT_AN_IMAGE),
    ],
)
def test_unusable_logos_are_refused_with_the_reason(data, reason):
    with pytest.raises(LogoError) as caught:
        check_logo(data, "logo.png")
    assert caught.value.reason == reason and str(caught.value).startswith("logo.png: ")


def test_a_3000_pixel_logo_gives_a_report_under_1_mb(make_store, tmp_path):
    photo = big_photo()
    assert len(photo) < 5 * 1024 * 1024
    store = make_store()
    store.set_properties(logo=photo, logo_mime="image/jpeg")
    output = build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(sections=("cover",)))
    assert output.stat().st_size < 1_000_000
    (tmp_path / "logo.jpg").write_bytes(photo)
    store.set_properties(logo=None, logo_mime="")
    options = ReportOptions(sections=("cover",), logo_path=tmp_path / "logo.jpg")
    again = build_report(store.workspace, tmp_path / "r2.pdf", options)
    assert again.stat().st_size < 1_000_000


def test_a_pixel_bomb_and_a_huge_file_are_refused_by_the_report(make_store, tmp_path):
    store = make_store()
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(pixel_bomb())
    with pytest.raises(ReportError, match="more than 40 million pixels"):
        build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(logo_path=bomb))
    huge = tmp_path / "huge.png"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: 200 MB that cost nothing to make
    with pytest.raises(ReportError, match="larger than 5 MB"):
        build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(logo_path=huge))
    assert not (tmp_path / "r.pdf").exists()


def test_a_stored_logo_is_scaled_to_the_size_a_workspace_keeps():
    data, mime = stored_logo(big_photo(), "logo.jpg")
    assert mime == "image/jpeg" and image_size(data)[1:] == (1024, 1024)
    small = big_photo(200, 100)
    assert stored_logo(small, "small.jpg") == (small, "image/jpeg")


def test_an_enormous_card_is_printed_up_to_a_limit_with_a_line_saying_so(make_store, tmp_path,
                                                                        monkeypatch):  # fmt: skip
    from report_helpers import pdf_text

    from ecanvas.report import cards

    monkeypatch.setattr(cards, "MAX_PRINTED", 3000)
    store = make_store()
    canvas = store.add_canvas("swot")
    store.add_card(canvas.id, canvas.blocks[0].id, "开头 start " + "字" * 50_000)
    output = build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(language="zh"))
    text = pdf_text(output)
    assert "开头 start" in text
    assert "另有 47,009 个字符未在此打印" in text.replace("\n", "")
