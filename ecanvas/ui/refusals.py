"""Refusals of templates, reports, image exports and server addresses, in the UI language.

Each of these errors carries a code and its parameters beside its English message (which the
command line prints); here each code has its own translated sentence. File names, field paths
and keys are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ecanvas.model.logo import MAX_LOGO_BYTES, MAX_LOGO_PIXELS
from ecanvas.ui.os_reasons import os_reason

# Template reason code (`templates.TEMPLATE_REASONS`) -> its sentence, translated when shown.
TEMPLATE_TEXTS = {
    "missing-field": QT_TRANSLATE_NOOP("TemplateErrors", "missing required field"),
    "unknown-field": QT_TRANSLATE_NOOP("TemplateErrors", "unknown field"),
    "must-be-number": QT_TRANSLATE_NOOP("TemplateErrors", "must be a number"),
    "wrong-type": QT_TRANSLATE_NOOP("TemplateErrors", "has the wrong type ({type})"),
    "empty": QT_TRANSLATE_NOOP("TemplateErrors", "must not be empty"),
    "string-list": QT_TRANSLATE_NOOP("TemplateErrors", "must be a list of non-empty strings"),
    "question-count": QT_TRANSLATE_NOOP(
        "TemplateErrors", "needs {low}–{high} questions, has {count}"
    ),
    "must-be-table": QT_TRANSLATE_NOOP("TemplateErrors", "must be a table"),
    "bad-key": QT_TRANSLATE_NOOP("TemplateErrors", "must be lower-case words joined by '-'"),
    "bad-key-value": QT_TRANSLATE_NOOP(
        "TemplateErrors", "'{key}' must be lower-case words joined by '-'"
    ),
    "bad-colour": QT_TRANSLATE_NOOP("TemplateErrors", "must look like #RRGGBB"),
    "must-be-finite": QT_TRANSLATE_NOOP("TemplateErrors", "must be a finite number"),
    "must-be-positive": QT_TRANSLATE_NOOP("TemplateErrors", "must be positive"),
    "duplicate-key": QT_TRANSLATE_NOOP("TemplateErrors", "duplicate key '{key}'"),
    "unknown-link": QT_TRANSLATE_NOOP("TemplateErrors", "names unknown block '{target}'"),
    "overlap": QT_TRANSLATE_NOOP("TemplateErrors", "overlaps blocks[{other}] ('{key}')"),
    "not-toml": QT_TRANSLATE_NOOP(
        "TemplateErrors", "is not valid TOML (line {line}, column {column})"
    ),
    "unreadable": QT_TRANSLATE_NOOP("TemplateErrors", "cannot be read: {reason}"),
    "key-mismatch": QT_TRANSLATE_NOOP("TemplateErrors", "'{key}' does not match the file name"),
    "bundled-key": QT_TRANSLATE_NOOP(
        "TemplateErrors", "'{key}' is the key of a bundled template; choose another key"
    ),
    "taken-key": QT_TRANSLATE_NOOP(
        "TemplateErrors", "you already have a template '{key}'; choose another key or replace it"
    ),
    "bundled-fixed": QT_TRANSLATE_NOOP(
        "TemplateErrors", "'{key}' is a bundled template; it cannot be changed"
    ),
}

# Report refusal code (`report.options.REPORT_REASONS`) -> its sentence; a logo's refusal has
# two: one naming the chosen file, one for the workspace's own logo.
REPORT_TEXTS = {
    "bad-paper": QT_TRANSLATE_NOOP("ReportErrors", "The paper size {paper} is not supported."),
    "bad-language": QT_TRANSLATE_NOOP(
        "ReportErrors", "The report language {language} is not supported."
    ),
    "no-sections": QT_TRANSLATE_NOOP("ReportErrors", "Choose at least one section for the report."),
    "unknown-section": QT_TRANSLATE_NOOP("ReportErrors", "Unknown report section {section}."),
    "bad-colour": QT_TRANSLATE_NOOP(
        "ReportErrors", "The brand colour {colour} must be written #RRGGBB."
    ),
    "unknown-canvas": QT_TRANSLATE_NOOP(
        "ReportErrors", "The workspace has no canvas {canvas_id} (it may have been deleted)."
    ),
    "logo-missing": QT_TRANSLATE_NOOP("ReportErrors", "The logo file {file} does not exist."),
    "logo-unreadable": QT_TRANSLATE_NOOP(
        "ReportErrors", "The logo file {file} cannot be read: {reason}."
    ),
    "logo-too-large-file": QT_TRANSLATE_NOOP(
        "ReportErrors", "The logo {file} is larger than {most} MB."
    ),
    "logo-too-many-pixels": QT_TRANSLATE_NOOP(
        "ReportErrors",
        "The logo {file} has more than {most} million pixels ({detail}); use a smaller image.",
    ),
    "logo-not-an-image": QT_TRANSLATE_NOOP(
        "ReportErrors", "{file} is not a readable image (use PNG or JPEG)."
    ),
}
WORKSPACE_LOGO_TEXTS = {
    "logo-too-large-file": QT_TRANSLATE_NOOP(
        "ReportErrors", "The workspace logo is larger than {most} MB."
    ),
    "logo-too-many-pixels": QT_TRANSLATE_NOOP(
        "ReportErrors",
        "The workspace logo has more than {most} million pixels ({detail}); "
        "choose a smaller one in the workspace properties.",
    ),
    "logo-not-an-image": QT_TRANSLATE_NOOP(
        "ReportErrors", "The workspace logo is not a readable image (use PNG or JPEG)."
    ),
}

EXPORT_TEXTS = {
    "several-canvases": QT_TRANSLATE_NOOP(
        "ExportErrors", "An image shows one canvas; choose only one."
    ),
    "no-such-canvas": QT_TRANSLATE_NOOP(
        "ExportErrors", "The workspace has no canvas {canvas_id} (it may have been deleted)."
    ),
    "choose-canvas": QT_TRANSLATE_NOOP(
        "ExportErrors", "An image shows one canvas: open the canvas to export first."
    ),
}

# A rule of the model (`model.refusals.RULES`) -> its sentence, as the status bar shows it.
RULE_TEXTS = {
    "participant-needs-name": QT_TRANSLATE_NOOP("RuleErrors", "A participant needs a name."),
    "participant-name-too-long": QT_TRANSLATE_NOOP(
        "RuleErrors", "A participant's name has at most {most} characters."
    ),
    "participant-name-taken": QT_TRANSLATE_NOOP(
        "RuleErrors", "There is already a participant called {name}."
    ),
    "too-many-participants": QT_TRANSLATE_NOOP(
        "RuleErrors", "A workshop has at most {most} participants."
    ),
    "bad-colour": QT_TRANSLATE_NOOP("RuleErrors", "A colour is written #RRGGBB, not {colour}."),
    "round-scope": QT_TRANSLATE_NOOP(
        "RuleErrors", "A voting round is on the whole workspace, a canvas or a block."
    ),
    "block-round-needs-block": QT_TRANSLATE_NOOP(
        "RuleErrors", "A block's voting round names its canvas and block."
    ),
    "canvas-round-needs-canvas": QT_TRANSLATE_NOOP(
        "RuleErrors", "A canvas's voting round names its canvas."
    ),
    "round-dots": QT_TRANSLATE_NOOP("RuleErrors", "Each participant gets 1 to {most} dots."),
    "round-highlight": QT_TRANSLATE_NOOP("RuleErrors", "Highlight the top 0 to 100 cards."),
    "round-open": QT_TRANSLATE_NOOP(
        "RuleErrors", "Close the open voting round before starting another."
    ),
    "reopen-while-open": QT_TRANSLATE_NOOP(
        "RuleErrors", "Close the open voting round before reopening another."
    ),
    "round-closed": QT_TRANSLATE_NOOP("RuleErrors", "This voting round is closed."),
    "round-closed-already": QT_TRANSLATE_NOOP("RuleErrors", "This voting round is closed already."),
    "card-not-in-round": QT_TRANSLATE_NOOP(
        "RuleErrors", "This card is not part of the voting round."
    ),
    "no-dots-left": QT_TRANSLATE_NOOP("RuleErrors", "{name} has no dots left."),
    "snapshot-needs-name": QT_TRANSLATE_NOOP("RuleErrors", "A snapshot needs a name."),
    "snapshot-needs-canvas": QT_TRANSLATE_NOOP(
        "RuleErrors", "Choose at least one canvas to take a snapshot of."
    ),
    "snapshot-name-taken": QT_TRANSLATE_NOOP(
        "RuleErrors",
        "The canvas “{canvas}” already has a snapshot named “{name}”; choose another name.",
    ),
    "card-status": QT_TRANSLATE_NOOP("RuleErrors", "Unknown card status “{status}”."),
    "negative-votes": QT_TRANSLATE_NOOP("RuleErrors", "Votes cannot be negative."),
    "due-not-date": QT_TRANSLATE_NOOP("RuleErrors", "A due date must be a date."),
    "self-link": QT_TRANSLATE_NOOP("RuleErrors", "A card cannot link to itself."),
    "link-across-canvases": QT_TRANSLATE_NOOP(
        "RuleErrors", "Linked cards must be on the same canvas."
    ),
    "already-linked": QT_TRANSLATE_NOOP("RuleErrors", "These cards are already linked."),
    "canvas-title-empty": QT_TRANSLATE_NOOP("RuleErrors", "A canvas title cannot be empty."),
    "card-density": QT_TRANSLATE_NOOP("RuleErrors", "Unknown card density “{density}”."),
    "block-key-taken": QT_TRANSLATE_NOOP(
        "RuleErrors", "The canvas “{canvas}” already has a block “{key}”."
    ),
    "block-score": QT_TRANSLATE_NOOP("RuleErrors", "A block score must be between 0 and 5."),
    "merge-templates": QT_TRANSLATE_NOOP(
        "RuleErrors",
        "The canvas “{source}” cannot merge into “{target}”: they are made from "
        "different templates.",
    ),
    "language": QT_TRANSLATE_NOOP("RuleErrors", "Unsupported language “{language}”."),
    "setting-key": QT_TRANSLATE_NOOP(
        "RuleErrors", "A setting needs a non-empty key without outer spaces: “{key}”."
    ),
    "keep-backup": QT_TRANSLATE_NOOP("RuleErrors", "Keep at least one backup."),
}

# Server address code (`server.address.ServerAddressError`) -> its sentence.
ADDRESS_TEXTS = {
    "bad-name": QT_TRANSLATE_NOOP(
        "ServerAddressErrors",
        "The workspace name {name} must be lower-case letters, digits and _ (at most 48, not "
        "starting with a digit or pg_, not public).",
    ),
    "not-url": QT_TRANSLATE_NOOP("ServerAddressErrors", "The address must be a postgresql:// URL."),
    "bad-port": QT_TRANSLATE_NOOP("ServerAddressErrors", "{where}: the port must be a number."),
    "password-in-url": QT_TRANSLATE_NOOP(
        "ServerAddressErrors", "Put no password in the address; ecanvas asks for it."
    ),
    "no-workspace": QT_TRANSLATE_NOOP(
        "ServerAddressErrors", "{url}: say which workspace (?workspace=NAME)."
    ),
    "no-role": QT_TRANSLATE_NOOP("ServerAddressErrors", "{url}: say which role (USER@HOST)."),
}


def describe_template_error(error) -> str:
    """A template file refused (`model.templates.TemplateError`), in the UI language."""
    params = dict(error.params)
    text = TEMPLATE_TEXTS.get(error.code)
    if text is None:
        return str(error)
    if error.code == "not-toml" and "line" not in params:
        text = QT_TRANSLATE_NOOP("TemplateErrors", "is not valid TOML")
    elif error.code == "unreadable":
        if params.get("encoding"):
            text = QT_TRANSLATE_NOOP("TemplateErrors", "is not UTF-8 text")
        params["reason"] = os_reason(params.get("errno"))
    problem = QCoreApplication.translate("TemplateErrors", text).format(**params)
    if error.field_path and error.field_path != "(file)":
        return QCoreApplication.translate("TemplateErrors", "{file}: {field}: {problem}").format(
            file=error.source, field=error.field_path, problem=problem
        )
    return QCoreApplication.translate("TemplateErrors", "{file}: {problem}").format(
        file=error.source, problem=problem
    )


def describe_template_not_found(error) -> str:
    return QCoreApplication.translate(
        "TemplateErrors", "There is no template “{key}” (any more)."
    ).format(key=error.key)


def describe_report_error(error) -> str:
    """A report refused (`report.ReportError`), in the UI language."""
    params = {"most": MAX_LOGO_BYTES // (1024 * 1024), **error.params}
    if error.code == "logo-too-many-pixels":
        params["most"] = MAX_LOGO_PIXELS // 1_000_000
    if error.code == "logo-unreadable":
        params["reason"] = os_reason(params.get("errno"))
    own_logo = error.code.startswith("logo-") and params.get("file") is None
    text = (WORKSPACE_LOGO_TEXTS if own_logo else REPORT_TEXTS).get(error.code)
    if text is None:
        return str(error)
    return QCoreApplication.translate("ReportErrors", text).format(**params)


def describe_export_error(error) -> str:
    """An image export refused (`report.svg.ExportError`), in the UI language."""
    text = EXPORT_TEXTS.get(getattr(error, "code", ""))
    if text is None:
        return QCoreApplication.translate("ExportErrors", "ecanvas cannot export this file.")
    return QCoreApplication.translate("ExportErrors", text).format(**error.params)


def describe_address_error(error) -> str:
    """A server address that cannot be used (`ServerAddressError`), in the UI language."""
    text = ADDRESS_TEXTS.get(error.code)
    if text is None:
        return str(error)
    return QCoreApplication.translate("ServerAddressErrors", text).format(**error.params)


def describe_rule_error(error) -> str:
    """A change a rule of the model refused (`model.refusals.RuleError`), in the UI language."""
    text = RULE_TEXTS.get(error.code)
    if text is None:
        return str(error)
    return QCoreApplication.translate("RuleErrors", text).format(**error.params)
