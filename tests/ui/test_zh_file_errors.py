"""Refused template files, report options and logos, image exports, workspace files, server
addresses, dropped files and repaired rows read in Chinese in the Chinese UI: each typed error's
code has a translated sentence, and the shown message holds no English sentence (file names,
field paths and keys are shown as they are)."""

from __future__ import annotations

import errno
import re
import string
from datetime import date
from pathlib import Path

import pytest
from english_check import english_sentences

from ecanvas.model.logo import MAX_LOGO_BYTES
from ecanvas.model.templates import TEMPLATE_REASONS, TemplateError
from ecanvas.report.options import REPORT_REASONS, ReportError, ReportOptions
from ecanvas.store import create_workspace, open_workspace
from ecanvas.store import errors as store_errors
from ecanvas.store.merge_source import read_merge_source
from ecanvas.store.rowcheck import PROBLEM_WORDS, Damage
from ecanvas.store.server.address import ServerAddressError, parse_server_url
from ecanvas.ui import refusals
from ecanvas.ui.errors import describe_error
from ecanvas.ui.os_reasons import os_reason
from ecanvas.ui.recovery import describe_damage
from ecanvas.user_templates import TemplateNotFoundError, read_template_file

CJK = re.compile("[\u4e00-\u9fff]")


def assert_chinese(message: str, *allowed: str) -> None:
    assert CJK.search(message), message
    assert english_sentences(message, *allowed) == [], message


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# ----------------------------------------------------------------- every code has a sentence
def test_every_template_reason_has_a_sentence_with_the_same_parameters():
    assert set(refusals.TEMPLATE_TEXTS) == set(TEMPLATE_REASONS)
    for code, english in TEMPLATE_REASONS.items():
        shown = _fields(refusals.TEMPLATE_TEXTS[code]) - {"reason", "line", "column"}
        assert shown <= _fields(english), code


def test_every_report_reason_has_a_sentence(zh_ui):
    assert set(refusals.REPORT_TEXTS) == set(REPORT_REASONS)
    assert set(refusals.WORKSPACE_LOGO_TEXTS) <= set(REPORT_REASONS)
    for code, params in REPORT_REASONS.items():
        values = dict.fromkeys(params, "x.png") | {"errno": errno.ENOENT, "detail": "9 × 9"}
        assert_chinese(describe_error(ReportError("English", code, **values)), "x.png")
        if code.startswith("logo-") and code in refusals.WORKSPACE_LOGO_TEXTS:
            values["file"] = None
            assert_chinese(describe_error(ReportError("English", code, **values)))


# ----------------------------------------------------------------- template files
TOML_HEAD = (
    'key = "mine"\ntitle_en = "Mine"\ntitle_zh = "我的"\ndescription_en = "d"\n'
    'description_zh = "d"\n'
)
BLOCK = (
    '[[blocks]]\nkey = "{key}"\ntitle_en = "A"\ntitle_zh = "甲"\ncolour = "{colour}"\n'
    "x = {x}\ny = 0\nw = {w}\nh = 100\nguidance_en = []\nguidance_zh = []\n{extra}"
)


def _block(key="a", colour="#2E6DA4", x=0, w=100, extra=""):
    return BLOCK.format(key=key, colour=colour, x=x, w=w, extra=extra)


BAD_TEMPLATES = {
    "missing field": TOML_HEAD.replace('title_zh = "我的"\n', "") + _block(),
    "unknown field": TOML_HEAD + "colour = 1\n" + _block(),
    "wrong type": TOML_HEAD.replace('"Mine"', "3") + _block(),
    "empty": TOML_HEAD.replace('"Mine"', '" "') + _block(),
    "bad key": TOML_HEAD.replace('"mine"', '"Mine Key"') + _block(),
    "bad colour": TOML_HEAD + _block(colour="red"),
    "not positive": TOML_HEAD + _block(w=-1),
    "duplicate key": TOML_HEAD + _block() + _block(x=200),
    "overlap": TOML_HEAD + _block() + _block(key="b", x=50),
    "unknown link": TOML_HEAD + _block(extra='links_to = ["nowhere"]\n'),
    "questions": TOML_HEAD + _block().replace("guidance_en = []", f"guidance_en = {['q'] * 11}"),
    "not a table": TOML_HEAD + "blocks = [1]\n",
    "not TOML": TOML_HEAD + "blocks = [\n",
}


@pytest.mark.parametrize("case", list(BAD_TEMPLATES))
def test_a_bad_template_file_is_refused_in_chinese(case, tmp_path, zh_ui):
    path = tmp_path / "我的 template.toml"
    path.write_text(BAD_TEMPLATES[case], encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        read_template_file(path)
    message = describe_error(caught.value)
    assert message.startswith(f"{path.name}：")
    assert_chinese(message, path.name)


def test_a_template_file_that_is_not_utf8_and_a_bundled_key_read_in_chinese(tmp_path, zh_ui):
    path = tmp_path / "latin.toml"
    path.write_bytes(TOML_HEAD.replace("我的", "\xe9").encode("latin-1") + b"blocks = []\n")
    with pytest.raises(TemplateError) as caught:
        read_template_file(path)
    assert describe_error(caught.value) == "latin.toml：不是 UTF-8 文本"
    bundled = TemplateError("swot.toml", "key", "bundled-key", key="swot")
    assert describe_error(bundled) == "swot.toml：key：“swot”是内置模板的键；请换一个键"
    gone = TemplateNotFoundError("mine", "you have no template 'mine'")
    assert_chinese(describe_error(gone))


def test_the_english_ui_keeps_the_command_lines_words():
    error = TemplateError("a.toml", "blocks[0].colour", "bad-colour")
    assert describe_error(error) == str(error) == "a.toml: blocks[0].colour: must look like #RRGGBB"


# ----------------------------------------------------------------- report logos and exports
@pytest.fixture
def workspace(tmp_path):
    with create_workspace(tmp_path / "w.ecanvas", title="W") as store:
        store.add_canvas("swot")
        yield store


def _refused(workspace, **options) -> ReportError:
    from ecanvas.report.context import resolve

    with pytest.raises(ReportError) as caught:
        resolve(workspace, ReportOptions(**options), date(2027, 1, 1))
    return caught.value


def test_report_logos_that_cannot_be_used_are_refused_in_chinese(workspace, tmp_path, zh_ui):
    missing = tmp_path / "absent.png"
    assert_chinese(describe_error(_refused(workspace.workspace, logo_path=missing)), str(missing))
    junk = tmp_path / "logo.png"
    junk.write_text("not a picture")
    message = describe_error(_refused(workspace.workspace, logo_path=junk))
    assert message == f"{junk} 不是可读取的图片（请使用 PNG 或 JPEG）。"
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG" + bytes(MAX_LOGO_BYTES))
    assert_chinese(describe_error(_refused(workspace.workspace, logo_path=huge)), str(huge))
    workspace.set_properties(logo=b"\x89PNG broken")
    assert describe_error(_refused(workspace.workspace)) == (
        "工作区标志不是可读取的图片（请使用 PNG 或 JPEG）。"
    )
    assert_chinese(describe_error(_refused(workspace.workspace, canvas_ids=(999,))))


def test_image_export_refusals_read_in_chinese(workspace, zh_ui):
    from ecanvas.report.svg import ExportError, canvas_to_draw

    workspace.add_canvas("swot")
    for ids in ((1, 2), (999,), None):
        with pytest.raises(ExportError) as caught:
            canvas_to_draw(workspace.workspace, ids)
        assert_chinese(describe_error(caught.value))


# ----------------------------------------------------------------- workspace files
def test_workspace_files_that_cannot_be_used_are_refused_in_chinese(tmp_path, zh_ui, workspace):
    damaged = tmp_path / "cut.ecanvas"
    damaged.write_bytes(workspace.path.read_bytes()[:5000])
    errors = []
    for attempt in (
        lambda: open_workspace(damaged),
        lambda: open_workspace(tmp_path / "gone.ecanvas"),
        lambda: create_workspace(workspace.path),
        lambda: create_workspace(tmp_path / "no folder" / "new.ecanvas"),
        lambda: read_merge_source(workspace.path, open_workspace_path=workspace.path),
        lambda: read_merge_source(tmp_path),
    ):
        with pytest.raises(store_errors.WorkspaceError) as caught:
            attempt()
        errors.append(caught.value)
    errors += [
        store_errors.UpgradeFailedError(workspace.path, "English detail"),
        store_errors.ServerLoginError(
            "postgresql://li@db/x", "FATAL: password", needs_password=True
        ),
        store_errors.ServerLoginError("postgresql://li@db/x", 'role "li" does not exist'),
        store_errors.ServerWorkspaceNotFoundError("postgresql://li@db/x"),
        store_errors.WorkspaceError(workspace.path, "some English detail"),
    ]
    for cause in ("header-cut-short", "bad-page-size", "schema-text", "sqlite", "unreadable"):
        errors.append(store_errors.DamagedWorkspaceError(damaged, "English", cause, errno=5))
    for error in errors:
        folder = str(tmp_path / "no folder")
        assert_chinese(describe_error(error), error.location, folder, "postgresql://li@db/x")


# ----------------------------------------------------------------- server addresses
@pytest.mark.parametrize(
    "url",
    ["http://db/x", "postgresql://li@db:port/x?workspace=a", "postgresql://li@db/x?password=p",
     "postgresql://li@db/x", "postgresql://db/x?workspace=a", "postgresql://li@db/x?workspace=A"],
)  # fmt: skip
def test_server_addresses_are_refused_in_chinese(url, zh_ui):
    with pytest.raises(ServerAddressError) as caught:
        parse_server_url(url)
    assert_chinese(describe_error(caught.value), url, "db:port", '"A"', "'A'")


# ----------------------------------------------------------------- the system's own words
def test_an_unusual_system_error_is_named_by_its_number(zh_ui):
    assert os_reason(errno.ENOSPC) == "磁盘已满"
    assert os_reason(errno.EREMOTEIO) == f"系统错误 {errno.EREMOTEIO}"
    error = OSError(errno.EREMOTEIO, "Remote I/O error", "/tmp/a.txt")
    assert describe_error(error) == f"a.txt：系统错误 {errno.EREMOTEIO}".replace("：", ": ")


def test_a_dropped_file_that_cannot_be_read_is_named_in_chinese(tmp_path, zh_ui):
    from ecanvas.ui.canvas.drops import DropError, read_text_file

    with pytest.raises(DropError) as caught:
        read_text_file(tmp_path / "笔记.txt")
    assert_chinese(str(caught.value), "笔记.txt")


def test_every_damaged_row_reads_in_chinese(zh_ui):
    for code in PROBLEM_WORDS:
        for kept in (True, False):
            damage = Damage("card", 7, "渠道", "样品", "text", code, kept)
            assert_chinese(describe_damage(damage))


def test_the_store_and_report_errors_keep_their_english_for_the_command_line(tmp_path):
    error = _path_error(tmp_path)
    assert "no such workspace file" in str(error)
    assert str(TemplateError("a.toml", "key", "bad-key")) == (
        "a.toml: key: must be lower-case words joined by '-'"
    )


def _path_error(tmp_path: Path):
    with pytest.raises(store_errors.WorkspaceError) as caught:
        open_workspace(tmp_path / "gone.ecanvas")
    return caught.value


# ----------------------------------------------------------------- rules of the model
def test_every_rule_has_a_chinese_sentence_with_its_parameters(zh_ui):
    from ecanvas.model.refusals import RULES, RuleError

    assert set(refusals.RULE_TEXTS) == set(RULES)
    for code, english in RULES.items():
        params = {name.split("!")[0]: "x" for name in _fields(english)}
        assert _fields(refusals.RULE_TEXTS[code]) <= set(params), code
        message = describe_error(RuleError(code, **params))
        assert_chinese(message)


def test_a_command_the_store_refuses_is_reported_in_chinese(store, canvas, zh_ui):
    from PySide6.QtGui import QUndoStack

    from ecanvas.ui.commands import AddLinkCommand, RenameCanvasCommand
    from ecanvas.ui.runner import run_or_report

    stack, shown = QUndoStack(), []
    card = store.add_card(canvas.id, canvas.blocks[0].id, "渠道")
    assert not run_or_report(stack, AddLinkCommand(store, card.id, card.id), shown.append)
    assert not run_or_report(stack, RenameCanvasCommand(store, canvas.id, "  "), shown.append)
    assert shown == ["卡片不能连线到自身。", "画布标题不能为空。"]
    store.take_snapshots([canvas.id], "周一")
    with pytest.raises(ValueError) as caught:
        store.take_snapshots([canvas.id], "周一")
    assert (
        describe_error(caught.value) == f"画布“{canvas.title}”已有名为“周一”的快照；请换一个名称。"
    )
