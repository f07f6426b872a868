"""File → Import Canvases From… (merge, duplicates offered, one undo step) and the user's own
templates in the app (save, gallery, rename, export, import, delete, a bad file named)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from window_helpers import action, add_cards, close_window, make_window, reopened

from ecanvas.model import Block
from ecanvas.store import create_workspace
from ecanvas.ui.dialogs.template_files import SaveTemplateDialog
from ecanvas.ui.dialogs.template_gallery import TemplateGalleryDialog
from ecanvas.ui.versions.import_dialog import ImportCanvasesDialog
from ecanvas.user_templates import user_templates_dir


@pytest.fixture
def window(qtbot, store, tmp_path):
    canvas = store.workspace.canvases[0]
    add_cards(store, canvas.id, "value-proposition", "一站式采购")
    main = make_window(qtbot, store, tmp_path)
    yield main
    close_window(main)


@pytest.fixture
def laptop(tmp_path):
    path = tmp_path / "laptop 2.ecanvas"
    with create_workspace(path, title="Laptop 2") as other:
        design = other.add_canvas("business-model-design")
        value = design.block_by_key("value-proposition").id
        new = other.add_card(design.id, value, "Tasting events")
        twin = other.add_card(design.id, value, "一站式采购")
        other.add_link(new.id, twin.id, "with")
        other.add_canvas("swot", title="SWOT 2")
    return path


def _import(window, monkeypatch, path, seen: dict | None = None) -> bool:
    def accept(dialog: ImportCanvasesDialog):
        if seen is not None:
            seen["rows"] = {
                dialog.rows[c.id].text(0): [dialog.rows[c.id].child(i).text(0)
                                            for i in range(dialog.rows[c.id].childCount())]
                for c in dialog.source.canvases
            }  # fmt: skip
            seen["into"] = [dialog.combos[c.id].currentText() for c in dialog.source.canvases]
            seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportCanvasesDialog, "exec", accept)
    return window.versions.import_canvases(path)


def test_importing_a_laptops_canvases_twice_doubles_nothing(window, store, laptop, monkeypatch):
    seen: dict = {}
    assert _import(window, monkeypatch, laptop, seen)
    assert seen["into"] == ["Merge into “Business model design”", "A new canvas"]
    assert seen["rows"]["“Business model design”: 2 cards"] == ["一站式采购"]  # a duplicate
    assert "Canvases merged: 1 · added as new canvases: 1 · cards coming in: 1" in seen["summary"]
    ws = reopened(store.path)
    assert [c.title for c in ws.canvases] == ["Business model design", "SWOT 2"]
    design = ws.canvases[0]
    assert sorted(c.text for c in design.cards) == ["Tasting events", "一站式采购"]
    assert len(design.links) == 1
    assert [s.name for s in design.snapshots] == ["Before importing from laptop 2.ecanvas"]
    assert window.undo_stack.undoText() == "Import canvases from laptop 2.ecanvas"
    seen.clear()
    assert _import(window, monkeypatch, laptop, seen)
    assert seen["rows"]["“Business model design”: 2 cards"] == ["Tasting events", "一站式采购"]
    again = reopened(store.path)
    assert sorted(c.text for c in again.canvases[0].cards) == ["Tasting events", "一站式采购"]
    window.undo_stack.undo()
    window.undo_stack.undo()
    back = reopened(store.path)
    assert [c.title for c in back.canvases] == ["Business model design"]
    assert [c.text for c in back.canvases[0].cards] == ["一站式采购"]


def test_an_unticked_duplicate_and_canvas_choices_are_honoured(window, store, laptop, qtbot):
    from ecanvas.store.merge_source import read_merge_source

    source = read_merge_source(laptop)
    dialog = ImportCanvasesDialog(laptop.name, source, store.workspace.canvases, "en", window)
    qtbot.addWidget(dialog)
    design, swot = source.canvases
    dialog.rows[swot.id].setCheckState(0, Qt.CheckState.Unchecked)
    dialog.rows[design.id].child(0).setCheckState(0, Qt.CheckState.Unchecked)
    choices = dialog.choices()
    assert [(c.source.title, c.into, c.keep) for c in choices] == [
        ("Business model design", store.workspace.canvases[0].id, {design.cards[1].id})
    ]
    dialog.set_target(design.id, None)
    assert dialog.rows[design.id].childCount() == 0
    assert window.versions.merge(laptop.name, dialog.choices())
    assert [c.title for c in reopened(store.path).canvases] == ["Business model design"] * 2


def test_a_file_that_is_no_workspace_is_refused_naming_it(window, tmp_path, monkeypatch):
    junk = tmp_path / "notes.json"
    junk.write_text("[1, 2", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    assert not window.versions.import_canvases(junk)
    assert shown and "notes.json: not valid JSON" in shown[0]


# ----------------------------------------------------------------- templates
def _blank_with_blocks(store):
    canvas = store.add_canvas("blank", title="Our growth canvas")
    for i, title in enumerate(("Channels", "Costs")):
        store.add_block(canvas.id, Block(id=0, canvas_id=canvas.id, key=f"block-{i + 1}",
                                         title_en=title, title_zh=title, colour="#2E6DA4",
                                         x=500.0 * i, y=0, w=480, h=360, position=i))  # fmt: skip
    return store.workspace.canvas(canvas.id)


def test_save_as_template_then_find_it_in_the_gallery(window, store, monkeypatch, qtbot):
    canvas = _blank_with_blocks(store)
    window.tabs.select_canvas(canvas.id)

    def save(dialog: SaveTemplateDialog):
        assert dialog.key.text() == "our-growth-canvas"
        dialog.title_zh.setText("增长画布")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SaveTemplateDialog, "exec", save)
    assert window.versions.save_template()
    assert (user_templates_dir() / "our-growth-canvas.toml").is_file()
    gallery = TemplateGalleryDialog("zh", window)
    qtbot.addWidget(gallery)
    gallery.select_template("our-growth-canvas")
    assert gallery.title_edit.text() == "增长画布"
    assert gallery.file_buttons["delete"].isEnabled()
    gallery.select_template("swot")
    assert not gallery.file_buttons["delete"].isEnabled()


def test_the_saved_message_names_the_template_as_the_ui_language_does(window, store,
                                                                       monkeypatch):  # fmt: skip
    canvas = _blank_with_blocks(store)
    window.tabs.select_canvas(canvas.id)
    window.set_language("zh")

    def save(dialog: SaveTemplateDialog):
        dialog.title_en.setText("Growth canvas")
        dialog.title_zh.setText("增长画布")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SaveTemplateDialog, "exec", save)
    messages = []
    window.status.messageChanged.connect(messages.append)
    assert window.versions.save_template()
    assert "已保存模板“增长画布”" in messages[-1]  # as the gallery lists it, not "Growth canvas"


def test_a_taken_key_or_a_bad_one_is_shown_in_the_dialog(window, store, qtbot):
    canvas = _blank_with_blocks(store)
    dialog = SaveTemplateDialog(canvas, window)
    qtbot.addWidget(dialog)
    dialog.key.setText("swot")
    assert not dialog.save()
    assert dialog.problem.text() == (
        "swot.toml: key: 'swot' is the key of a bundled template; choose another key"
    )
    dialog.key.setText("Not A Key")
    assert not dialog.save()
    assert "key: 'Not A Key' must be lower-case words joined by '-'" in dialog.problem.text()


def test_gallery_rename_export_delete_and_import(window, store, qtbot, tmp_path, monkeypatch):
    canvas = _blank_with_blocks(store)
    SaveTemplateDialog(canvas, window).save()
    gallery = TemplateGalleryDialog("en", window)
    qtbot.addWidget(gallery)
    gallery.select_template("our-growth-canvas")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Growth 2027", True))
    gallery.rename_template()
    assert gallery.list.currentItem().text() == "Growth 2027"
    exported = tmp_path / "shared growth.toml"
    gallery.export_template(path=exported)
    assert "Growth 2027" in exported.read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    gallery.delete_template()
    assert "our-growth-canvas" not in gallery.templates
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    gallery.import_template()
    assert gallery.selected_template_key() == "our-growth-canvas"


def test_a_bad_template_file_is_named_with_its_field_in_the_gallery(window, qtbot):
    (user_templates_dir() / "broken.toml").write_text(
        'key = "broken"\ntitle_en = "B"\ntitle_zh = "B"\ndescription_en = "d"\n'
        'description_zh = "d"\nblocks = [{key = "a"}]\n',
        encoding="utf-8",
    )
    gallery = TemplateGalleryDialog("en", window)
    qtbot.addWidget(gallery)
    assert "broken.toml: blocks[0].title_en: missing required field" in (
        gallery.problems_label.text()
    )
    assert "broken" not in gallery.templates


def test_the_versions_actions_are_in_the_menus(window):
    file_menu = window.menus.file.actions()
    canvas_menu = window.menus.canvas.actions()
    assert action(window, "import_canvases") in file_menu
    for name in ("take_snapshot", "snapshots", "compare", "save_template"):
        assert action(window, name) in canvas_menu
