"""A refused interchange document (an import, a merge, a damaged snapshot) in the UI language.

The store raises `InterchangeError` with a reason code and its parameters (`interchange_reasons`
holds the English the command line prints); here each code has its own translated sentence
with the same parameters. The JSON path and the values found in the file are shown as they
are: they are what the user looks for in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ecanvas.store.errors import InterchangeError
from ecanvas.ui.os_reasons import os_reason

CONTEXT = "InterchangeErrors"


# Reason code (`interchange_reasons.REASONS`) -> its sentence in English, translated when shown.
REASON_TEXTS = {
    "too-large": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the file is too large to import ({size:,} bytes; at most {most:,})"
    ),
    "unreadable": QT_TRANSLATE_NOOP("InterchangeErrors", "the file cannot be read: {reason}"),
    "not-utf8": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "the file is not UTF-8 text (byte 0x{byte:02X} at offset {offset}); save it as UTF-8",
    ),
    "file-changed": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the file changed while it was being imported; import it again"
    ),
    "not-a-source": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "neither an ecanvas workspace nor an ecanvas interchange JSON file"
    ),
    "bad-json": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "not valid JSON: {message} at line {line}, column {column}"
    ),
    "bad-json-value": QT_TRANSLATE_NOOP("InterchangeErrors", "not valid JSON: {message}"),
    "json-too-deep": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "not valid for import: the JSON is nested too deeply (ecanvas documents nest a few levels)",
    ),
    "repeated-key": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "not valid JSON: an object repeats the key {key}"
    ),
    "damaged-snapshot": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the snapshot is damaged (its content is not valid JSON)"
    ),
    "document-not-object": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the document must be a JSON object"
    ),
    "snapshot-not-object": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a snapshot's content must be an object"
    ),
    "not-interchange": QT_TRANSLATE_NOOP(
        "InterchangeErrors", 'missing required field "format": not an ecanvas interchange file'
    ),
    "not-snapshot": QT_TRANSLATE_NOOP(
        "InterchangeErrors", 'missing required field "format": not an ecanvas snapshot'
    ),
    "wrong-format": QT_TRANSLATE_NOOP(
        "InterchangeErrors", 'format must be "{expected}", found {found}'
    ),
    "newer-document": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "the document uses interchange format version {version}, newer than ecanvas {app} "
        "reads (up to version {supported}); update ecanvas to import it",
    ),
    "newer-snapshot": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "the snapshot uses interchange format version {version}, newer than ecanvas {app} "
        "reads (up to version {supported}); update ecanvas to open it",
    ),
    "missing-field": QT_TRANSLATE_NOOP("InterchangeErrors", "missing required field {field}"),
    "unknown-field": QT_TRANSLATE_NOOP("InterchangeErrors", "unknown field {field}"),
    "not-object": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be an object"),
    "not-list": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be a list"),
    "too-many-items": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} has too many items ({count:,}; at most {most:,})"
    ),
    "not-unicode": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} is not valid Unicode text (it holds a lone surrogate)"
    ),
    "too-long": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} is too long ({length:,} characters; at most {most:,})"
    ),
    "repeated-item": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name}[{index}] repeats {value} from {name}[{first}]"
    ),
    "time-out-of-range": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "{name} {value} is out of range: it has no time in UTC between the years 1 and 9999",
    ),
    "must-be-string": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be a string"),
    "must-be-name": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be a non-empty string"),
    "must-be-id": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be an integer ≥ 1"),
    "must-be-id-or-null": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be an integer ≥ 1, or null"
    ),
    "must-be-count": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be an integer ≥ 0"),
    "must-be-number": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be a finite number"),
    "must-be-size": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be a number > 0"),
    "must-be-flag": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be true or false"),
    "must-be-score": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be an integer from 0 to 5, or null"
    ),
    "must-be-colour": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be a colour written #RRGGBB"
    ),
    "must-be-time": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "{name} must be an ISO-8601 date-time with a time zone, like 2024-05-01T09:30:00Z",
    ),
    "must-be-time-or-null": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be an ISO-8601 date-time with a time zone, or null"
    ),
    "must-be-date-or-null": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be a date written YYYY-MM-DD, or null"
    ),
    "must-be-logo": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be base64 text of an image of at most 10 MB, or null"
    ),
    "must-be-string-list": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be a list of strings"
    ),
    "must-be-tag": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{name} must be a non-empty string without spaces at either end"
    ),
    "must-be-one-of": QT_TRANSLATE_NOOP("InterchangeErrors", "{name} must be one of {choices}"),
    "logo-too-large-file": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the logo is larger than {most} MB ({detail})"
    ),
    "logo-too-many-pixels": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the logo has more than {most} million pixels ({detail})"
    ),
    "logo-not-an-image": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the logo must be a PNG or JPEG image"
    ),
    "setting-key-spaces": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a setting's key must be non-empty, without spaces at either end"
    ),
    "setting-key-unicode": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a setting's key is not valid Unicode text"
    ),
    "setting-too-deep": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "the setting is nested too deeply (more than {most} levels)"
    ),
    "duplicate-id": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "duplicate {kind} id {value} (also used by {other})"
    ),
    "no-such": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "{field} {value}: there is no {kind} {value}"
    ),
    "reference-elsewhere": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "{field} {value} is not a {kind} of this canvas (it belongs to {other})",
    ),
    "reference-missing": QT_TRANSLATE_NOOP(
        "InterchangeErrors",
        "{field} {value} is not a {kind} of this canvas (there is no {kind} {value})",
    ),
    "duplicate-block-key": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "key {key} is already used by blocks[{first}] of this canvas"
    ),
    "self-link": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "target is the source card: a card cannot link to itself"
    ),
    "duplicate-link": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "links[{index}] joins the same cards as links[{first}]"
    ),
    "duplicate-participant": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "name {name} is already used by participants[{first}]"
    ),
    "block-not-in-canvas": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "block {block} is not a block of canvas {canvas}"
    ),
    "second-open-round": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "rounds[{first}] is open already: one round is open at most"
    ),
}

# The kinds of things a document holds, as a reference names them (`interchange_reasons.KINDS`).
KIND_TEXTS = {
    "canvas": QT_TRANSLATE_NOOP("InterchangeErrors", "canvas"),
    "block": QT_TRANSLATE_NOOP("InterchangeErrors", "block"),
    "card": QT_TRANSLATE_NOOP("InterchangeErrors", "card"),
    "link": QT_TRANSLATE_NOOP("InterchangeErrors", "link"),
    "snapshot": QT_TRANSLATE_NOOP("InterchangeErrors", "snapshot"),
    "participant": QT_TRANSLATE_NOOP("InterchangeErrors", "participant"),
    "round": QT_TRANSLATE_NOOP("InterchangeErrors", "voting round"),
    "dot": QT_TRANSLATE_NOOP("InterchangeErrors", "dot"),
}

# What Python's JSON parser says (always English), in plain words.
JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("InterchangeErrors", "a value is expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a key in double quotes is expected"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("InterchangeErrors", "a colon (:) is expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("InterchangeErrors", "a comma (,) is expected"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a string is not closed"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a string holds a control character"
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a string holds an invalid backslash escape"
    ),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a string holds an invalid backslash escape"
    ),
    "Extra data": QT_TRANSLATE_NOOP("InterchangeErrors", "more text follows the document"),
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a second byte-order mark"
    ),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a comma before the closing brace"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "InterchangeErrors", "a comma before the closing bracket"
    ),
}
NOT_A_NUMBER = " is not a JSON number"  # refused NaN and Infinity (`json_stream`)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_reason(code: str, params: dict) -> str:
    """The reason `code` with its parameters, in the UI language (the English of the command
    line for a code without a sentence here, which a test keeps from happening)."""
    from ecanvas.store.interchange_reasons import english

    if code not in REASON_TEXTS:
        return english(code, params)
    shown = dict(params)
    if "kind" in shown:
        shown["kind"] = _tr(KIND_TEXTS.get(shown["kind"], shown["kind"]))
    if code == "unreadable":
        shown["reason"] = os_reason(params.get("errno"))
    elif code == "bad-json":
        known = JSON_PROBLEMS.get(params["message"])
        shown["message"] = (
            _tr(known)
            if known
            else QCoreApplication.translate("InterchangeErrors", "a syntax error")
        )
    elif code == "bad-json-value":
        message = str(params["message"])
        if message.endswith(NOT_A_NUMBER):
            shown["message"] = QCoreApplication.translate(
                "InterchangeErrors", "{name} is not a JSON number"
            ).format(name=message.removesuffix(NOT_A_NUMBER))
        else:
            shown["message"] = QCoreApplication.translate(
                "InterchangeErrors", "a value ecanvas cannot read"
            )
    if shown.get("name") == "the document":
        shown["name"] = QCoreApplication.translate("InterchangeErrors", "the document")
    return _tr(REASON_TEXTS[code]).format(**shown)


def describe_interchange_error(error: InterchangeError) -> str:
    """The whole refusal: which file (or snapshot), why, and where in it."""
    problem = describe_reason(error.code, error.params)
    where = error.field_path
    if error.snapshot is not None:
        if where:
            text = QCoreApplication.translate(
                "InterchangeErrors", "Snapshot “{name}”: {problem} at {path}"
            )
        else:
            text = QCoreApplication.translate("InterchangeErrors", "Snapshot “{name}”: {problem}")
        return text.format(name=error.snapshot, problem=problem, path=where)
    text = (
        QCoreApplication.translate("InterchangeErrors", "{file}: {problem} at {path}")
        if where
        else QCoreApplication.translate("InterchangeErrors", "{file}: {problem}")
    )
    return text.format(file=error.source, problem=problem, path=where)
