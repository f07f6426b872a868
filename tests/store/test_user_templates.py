"""The user's own templates: saved in the data folder, listed with the bundled ones, used for new
canvases, renamed, exported, imported and deleted; a bad file refused naming file and field."""

from __future__ import annotations

import pytest

from ecanvas.model.template_writer import template_from_canvas
from ecanvas.model.templates import TemplateError
from ecanvas.outputs import OutputExistsError
from ecanvas.user_templates import (
    all_templates,
    delete_user_template,
    export_user_template,
    import_template_file,
    is_user_template,
    load_user_templates,
    rename_user_template,
    save_user_template,
    user_templates_dir,
)


@pytest.fixture
def designed(store):
    """A blank canvas with two blocks of the user's own."""
    from ecanvas.model import Block

    canvas = store.add_canvas("blank", title="Growth 增长")
    for i, (title, colour) in enumerate((("Channels", "#2E6DA4"), ("Costs", "#B5651D"))):
        store.add_block(canvas.id, Block(id=0, canvas_id=canvas.id, key=f"block-{i + 1}",
                                         title_en=title, title_zh=title, colour=colour,
                                         x=500.0 * i, y=0, w=480, h=360, position=i,
                                         scored=i == 0))  # fmt: skip
    return store.workspace.canvas(canvas.id)


def test_a_saved_layout_is_a_template_for_new_canvases(store, designed, isolated_user_files):
    path = save_user_template(template_from_canvas(designed, "growth", title_zh="增长画布"))
    assert path == isolated_user_files / "data" / "templates" / "growth.toml"
    assert "growth" in all_templates() and is_user_template("growth")
    canvas = store.add_canvas("growth")
    assert canvas.template_key == "growth" and canvas.title == "增长画布"  # a zh workspace
    assert [(b.key, b.title_en, b.scored) for b in canvas.blocks] == [
        ("block-1", "Channels", True), ("block-2", "Costs", False),
    ]  # fmt: skip
    assert canvas.cards == []


def test_a_key_is_taken_once_and_never_from_a_bundled_template(designed):
    save_user_template(template_from_canvas(designed, "growth"))
    with pytest.raises(TemplateError, match=r"growth\.toml: key: you already have a template"):
        save_user_template(template_from_canvas(designed, "growth"))
    save_user_template(template_from_canvas(designed, "growth", title_en="V2"), replace=True)
    assert all_templates()["growth"].title_en == "V2"
    with pytest.raises(TemplateError, match=r"swot\.toml: key: 'swot' is the key of a bundled"):
        save_user_template(template_from_canvas(designed, "swot"))


def test_rename_export_import_and_delete(designed, tmp_path):
    save_user_template(template_from_canvas(designed, "growth"))
    rename_user_template("growth", "Growth 2027", "增长 2027")
    assert all_templates()["growth"].title_zh == "增长 2027"
    exported = export_user_template("growth", tmp_path / "shared.toml")
    with pytest.raises(OutputExistsError):
        export_user_template("growth", exported)
    delete_user_template("growth")
    assert "growth" not in all_templates()
    with pytest.raises(KeyError, match="you have no template 'growth'"):
        delete_user_template("growth")
    imported = import_template_file(exported)  # the file's name need not be its key
    assert (imported.key, imported.title_en) == ("growth", "Growth 2027")
    assert (user_templates_dir() / "growth.toml").is_file()
    with pytest.raises(TemplateError, match="'swot' is a bundled template"):
        rename_user_template("swot", "Mine", "")


BAD_FILES = {
    "missing-title.toml": ('key = "missing-title"\ntitle_zh = "无"\ndescription_en = "d"\n'
                           'description_zh = "d"\nblocks = []\n',
                           "missing-title.toml: title_en: missing required field"),
    "bad-colour.toml": ('key = "bad-colour"\ntitle_en = "t"\ntitle_zh = "t"\n'
                        'description_en = "d"\ndescription_zh = "d"\n[[blocks]]\nkey = "a"\n'
                        'title_en = "A"\ntitle_zh = "A"\ncolour = "red"\nx = 0\ny = 0\nw = 10\n'
                        'h = 10\nguidance_en = []\nguidance_zh = []\n',
                        "bad-colour.toml: blocks[0].colour: must look like #RRGGBB"),
    "not-toml.toml": ("key = ", "not-toml.toml: (file): is not valid TOML: Invalid value (at end "
                      "of document)"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_template_file_is_refused_with_its_file_and_field(name, tmp_path):
    text, message = BAD_FILES[name]
    (user_templates_dir() / name).write_text(text, encoding="utf-8")
    found = load_user_templates()
    assert [str(problem) for problem in found.problems] == [message]
    assert found.templates == {}
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        import_template_file(source)
    assert str(caught.value) == message
    assert not (user_templates_dir() / "x").exists()


def test_one_bad_file_hides_none_of_the_good_ones(designed):
    save_user_template(template_from_canvas(designed, "growth"))
    (user_templates_dir() / "swot.toml").write_text(
        (user_templates_dir() / "growth.toml").read_text().replace('"growth"', '"swot"')
    )
    found = load_user_templates()
    assert list(found.templates) == ["growth"]
    assert [str(p) for p in found.problems] == [
        "swot.toml: key: 'swot' is the key of a bundled template; choose another key"
    ]
