"""The installed program's command line: version, self-check, new, info, export, import, report."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from smoke_checks.common import Checks, clean_environment, expect_success, run, tail

TITLE_ZH = "茶语轩 2027 电商战略"
TITLE = f"{TITLE_ZH} · شاي أخضر"  # Arabic ("green tea") goes through the right-to-left path
CJK_FONT = "WenQuanYi"  # the bundled font that carries Chinese into PDFs
EXPORT_FORMATS = ("json", "md", "csv", "pptx", "svg", "png")


class CommandLine:
    """The installed program's command line, run in a clean environment inside `work`."""

    def __init__(self, program: Path, home: Path, work: Path) -> None:
        self.program, self.work = program, work
        self.env = clean_environment(home)

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess:
        return run([self.program, *args], dict(self.env, **env), self.work)


def check_version(cli: CommandLine, release: str) -> str:
    out = expect_success(cli("--version"), "--version").strip()
    version = release.split("-")[1]
    assert out == f"ecanvas {version}", f"--version says {out!r}, the archive is {release}"
    return out


def check_self(cli: CommandLine, checks: Checks) -> str:
    """The bundle's own check: every module the source imports, resources, translations."""
    result = cli(ECANVAS_CHECK_BUNDLE="1")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        message = f"no report (exit {result.returncode}): {tail(result.stderr)}"
        raise AssertionError(message) from None
    checks.figures["self_check"] = report
    assert result.returncode == 0 and not report["failures"], "; ".join(report["failures"])
    openssl = str(report.get("openssl", "")).partition(";")[0]
    return (
        f"{report['modules']} modules import, {report['excluded']} excluded ones absent, "
        f"{report['templates']} templates, Qt and ecanvas translations {report['languages']}"
        + (f", one {openssl}" if openssl else "")
    )


def check_templates(cli: CommandLine) -> str:
    rows = json.loads(expect_success(cli("templates", "--lang", "zh", "--json"), "templates"))
    assert rows and all(r["title"] for r in rows), "no templates listed"
    return f"{len(rows)} templates"


def check_new_and_info(cli: CommandLine) -> str:
    new = cli("new", "plan.ecanvas", "--template", "business-model-design", "--title", TITLE)
    expect_success(new, "new")
    info = json.loads(expect_success(cli("info", "plan.ecanvas", "--json"), "info"))
    assert info["title"] == TITLE, f"info shows the title {info['title']!r}"
    assert info["integrity"] == "ok" and len(info["canvases"]) == 1, f"info: {info}"
    return f"schema {info['schema_version']}, {len(info['canvases'])} canvas, integrity ok"


def looks_like(fmt: str, data: bytes) -> bool:
    """Whether a file's bytes are of the format its extension names."""
    text = data[:4096].decode("utf-8-sig", errors="replace").lstrip()
    signatures = {
        "json": lambda: text.startswith("{"),
        "md": lambda: text.startswith("#"),
        "csv": lambda: "," in text.partition("\n")[0] and not text.startswith("{"),
        "pptx": lambda: data.startswith(b"PK\x03\x04"),
        "svg": lambda: "<svg" in text,
        "png": lambda: data.startswith(b"\x89PNG\r\n\x1a\n"),
    }
    return signatures[fmt]()


def check_exports(cli: CommandLine, checks: Checks) -> str:
    """Every format `export` offers: those its --help names, and any it writes as asked. An
    extension it refuses (exit 2), or answers with another format without naming it in --help,
    counts as not offered by this version; anything else that goes wrong fails the check."""
    help_text = expect_success(cli("export", "--help"), "export --help")
    written, not_offered = [], []
    for fmt in EXPORT_FORMATS:
        target = cli.work / f"plan.{fmt}"
        result = cli("export", "plan.ecanvas", "-o", target.name)
        if result.returncode == 2 and not target.exists():
            not_offered.append(fmt)
            continue
        assert result.returncode == 0, f".{fmt}: exit {result.returncode}: {tail(result.stderr)}"
        if not looks_like(fmt, target.read_bytes()):
            named = re.search(rf"\b{fmt}\b", help_text, re.IGNORECASE) is not None
            assert not named, f"export -o plan.{fmt} did not write {fmt} (--help offers it)"
            not_offered.append(fmt)
            continue
        written.append(fmt)
    assert "json" in written, "the JSON interchange export did not work"
    document = json.loads((cli.work / "plan.json").read_text(encoding="utf-8"))
    assert TITLE in json.dumps(document, ensure_ascii=False), "the JSON lacks the title"
    checks.figures["export_formats"] = written
    refused = f"; not offered by this version: {', '.join(not_offered)}" if not_offered else ""
    return f"wrote {', '.join(written)}{refused}"


def check_import(cli: CommandLine) -> str:
    expect_success(cli("import", "plan.json", "-o", "copy.ecanvas"), "import")
    info = json.loads(expect_success(cli("info", "copy.ecanvas", "--json"), "info of the copy"))
    assert info["title"] == TITLE, "the imported copy lost the title"
    return "round trip keeps the workspace"


def _poppler(*args: str) -> str:
    tool = args[0]
    assert shutil.which(tool), f"{tool} is missing (apt-get install poppler-utils)"
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table as rows of column name -> value (columns found from its dashed line)."""
    lines = _poppler("pdffonts", str(pdf)).splitlines()
    spans = [match.span() for match in re.finditer(r"-+", lines[1])]
    spans[-1] = (spans[-1][0], None)
    names = [lines[0][a:b].strip() for a, b in spans]
    return [
        {n: line[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)} for line in lines[2:]
    ]


def check_report(cli: CommandLine, out_folder: Path) -> str:
    """A Chinese report: its Chinese (and Arabic) text extractable, drawn with embedded fonts."""
    expect_success(cli("report", "plan.ecanvas", "-o", "plan.pdf", "--lang", "zh"), "report")
    pdf = cli.work / "plan.pdf"
    shutil.copyfile(pdf, out_folder / "report-zh.pdf")
    text = unicodedata.normalize("NFKC", _poppler("pdftotext", str(pdf), "-"))
    assert TITLE_ZH in text, "the Chinese title is not in the PDF"
    assert re.search("[\u0600-\u06ff]", text), "the Arabic words are not in the PDF"
    fonts = pdf_fonts(pdf)
    cjk = [font for font in fonts if CJK_FONT.lower() in font["name"].lower()]
    assert cjk, f"no {CJK_FONT} font in the PDF: {[font['name'] for font in fonts]}"
    not_embedded = [font["name"] for font in fonts if font["emb"] != "yes"]
    assert not not_embedded, f"fonts not embedded: {', '.join(not_embedded)}"
    return f"{len(fonts)} fonts, all embedded ({len(cjk)} {CJK_FONT}); Chinese, Arabic text"
