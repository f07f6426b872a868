"""Why an interchange document is refused: one stable code per reason, with its English words.

An `InterchangeError` carries the code and its parameters (names, numbers, JSON paths, values
found in the file); the command line prints the English below, and the app words the same
code in the UI language (`ecanvas.ui.interchange_errors`), so a Chinese user never reads these.
A new reason is a new entry here and there (a test walks this table).
"""

from __future__ import annotations

# Parameters named `kind` are one of these (the app translates them).
KINDS = ("canvas", "block", "card", "link", "snapshot", "participant", "round", "dot")

REASONS: dict[str, str] = {
    # The file itself
    "too-large": "the file is too large to import ({size:,} bytes; at most {most:,})",
    "unreadable": "cannot read the file ({reason})",  # also `errno`, for the app's words
    "not-utf8": "the file is not UTF-8 text (byte 0x{byte:02X} at offset {offset}); save it "
    "as UTF-8",
    "file-changed": "the file changed while it was being imported; import it again",
    "not-a-source": "neither an ecanvas workspace nor an ecanvas interchange JSON file",
    # JSON (`message` is Python's json parser's, in English)
    "bad-json": "not valid JSON: {message} at line {line}, column {column}",
    "bad-json-value": "not valid JSON: {message}",
    "json-too-deep": "not valid for import: the JSON is nested too deeply (ecanvas documents "
    "nest a few levels)",
    "repeated-key": "not valid JSON: an object repeats the key {key}",
    "damaged-snapshot": "the snapshot is damaged (not JSON: {message})",
    # The header
    "document-not-object": "the document must be a JSON object",
    "snapshot-not-object": "a snapshot's content must be an object",
    "not-interchange": 'missing required field "format": not an ecanvas interchange file',
    "not-snapshot": 'missing required field "format": not an ecanvas snapshot',
    "wrong-format": 'format must be "{expected}", found {found}',
    "newer-document": "the document uses interchange format version {version}, newer than "
    "ecanvas {app} reads (up to version {supported}); update ecanvas to import it",
    "newer-snapshot": "the snapshot uses interchange format version {version}, newer than "
    "ecanvas {app} reads (up to version {supported}); update ecanvas to import it",
    # Shapes
    "missing-field": "missing required field {field}",
    "unknown-field": "unknown field {field}",
    "not-object": "{name} must be an object",
    "not-list": "{name} must be a list",
    "too-many-items": "{name} has too many items ({count:,}; at most {most:,})",
    "not-unicode": "{name} is not valid Unicode text (it holds a lone surrogate)",
    "too-long": "{name} is too long ({length:,} characters; at most {most:,})",
    "repeated-item": "{name}[{index}] repeats {value} from {name}[{first}]",
    "time-out-of-range": "{name} {value} is out of range: it has no time in UTC between the "
    "years 1 and 9999",
    # A field's value (one code per kind of value)
    "must-be-string": "{name} must be a string",
    "must-be-name": "{name} must be a non-empty string",
    "must-be-id": "{name} must be an integer ≥ 1",
    "must-be-id-or-null": "{name} must be an integer ≥ 1, or null",
    "must-be-count": "{name} must be an integer ≥ 0",
    "must-be-number": "{name} must be a finite number",
    "must-be-size": "{name} must be a number > 0",
    "must-be-flag": "{name} must be true or false",
    "must-be-score": "{name} must be an integer from 0 to 5, or null",
    "must-be-colour": "{name} must be a colour written #RRGGBB",
    "must-be-time": "{name} must be an ISO-8601 date-time with a time zone, like "
    "2024-05-01T09:30:00Z",
    "must-be-time-or-null": "{name} must be an ISO-8601 date-time with a time zone, or null",
    "must-be-date-or-null": "{name} must be a date written YYYY-MM-DD, or null",
    "must-be-logo": "{name} must be base64 text of an image of at most 10 MB, or null",
    "must-be-string-list": "{name} must be a list of strings",
    "must-be-tag": "{name} must be a non-empty string without spaces at either end",
    "must-be-one-of": "{name} must be one of {choices}",
    # The logo (see `ecanvas.model.logo`; `detail` is a size or a pixel count)
    "logo-too-large-file": "the logo is larger than {most} MB ({detail})",
    "logo-too-many-pixels": "the logo has more than {most} million pixels ({detail})",
    "logo-not-an-image": "the logo must be a PNG or JPEG image",
    # Settings
    "setting-key-spaces": "a setting's key must be non-empty, without spaces at either end",
    "setting-key-unicode": "a setting's key is not valid Unicode text",
    "setting-too-deep": "the setting is nested too deeply (more than {most} levels)",
    # References between ids
    "duplicate-id": "duplicate {kind} id {value} (also used by {other})",
    "no-such": "{field} {value}: there is no {kind} {value}",
    "reference-elsewhere": "{field} {value} is not a {kind} of this canvas (it belongs to {other})",
    "reference-missing": "{field} {value} is not a {kind} of this canvas (there is no {kind} "
    "{value})",
    "duplicate-block-key": "key {key} is already used by blocks[{first}] of this canvas",
    "self-link": "target is the source card: a card cannot link to itself",
    "duplicate-link": "links[{index}] joins the same cards as links[{first}]",
    "duplicate-participant": "name {name} is already used by participants[{first}]",
    "block-not-in-canvas": "block {block} is not a block of canvas {canvas}",
    "second-open-round": "rounds[{first}] is open already: one round is open at most",
}


def english(code: str, params: dict) -> str:
    """The reason in English, as the command line prints it."""
    return REASONS[code].format(**params)
