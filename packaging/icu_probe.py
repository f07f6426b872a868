"""Everything Qt asks ICU, answered once: the proof that a trimmed ICU data library is the same.

Qt calls ICU for four things only (the build checks this list against the ICU functions Qt's
libraries import, see `icu_data.QT_ICU_CALLS`): collation (QCollator), case mapping (QLocale's
toUpper/toLower), time zones (ids and display names, QTimeZone) and text codecs beyond UTF
(QStringDecoder/QStringEncoder by a codec's name, as QXmlStreamReader uses them). This script
asks each for every locale, time zone and codec Qt knows and prints a digest of the answers,
with counts. The build (`icu_data.same_answers`) runs it with the ICU data from the wheel and
again with the trimmed one (LD_PRELOAD); the trimmed library is bundled only when the two
outputs are identical.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QIODevice,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QStringEncoder,
    QTimeZone,
    QXmlStreamReader,
)

# Letters whose order or case depends on the language: accents, ß, Turkish dotted and dotless i,
# Lithuanian, Greek final sigma, Dutch ij, and scripts sorted by their own rules.
WORDS = [
    "apple", "Apple", "APPLE", "äpfel", "Äpfel", "zebra", "Zürich", "ångström", "œuvre",
    "straße", "STRASSE", "istanbul", "İstanbul", "ıspanak", "Iğdır", "čaj", "ch", "cz",
    "ijsland", "Ĳsland", "ΣΊΣΥΦΟΣ", "σίσυφος", "ёлка", "ель", "éclair", "eclair", "ñandú",
    "nandu", "10", "9", "1a", "茶", "中国", "电商", "戰略", "あい", "アイ", "한국", "مرحبا",
    "شاي", "שלום", "ไทย", "ชา", "नमस्ते", "क्षत्रिय", "🍵", "-dash", "_under", " space",
]  # fmt: skip
CASE_TEXT = "istanbul İSTANBUL ıi Iİ straße ΣΊΣΥΦΟΣ σίσυφος ǆ ǅ Ǆ i̇ ﬁ ŉ ΐ"
SAMPLE_ZONE_LOCALES = ("en_US", "zh_CN", "zh_TW", "ja_JP", "de_DE", "fr_FR", "ar_EG", "ru_RU",
                       "hi_IN", "th_TH", "he_IL", "es_MX", "pt_BR", "ko_KR")  # fmt: skip
SAMPLE_ZONES = (b"UTC", b"Asia/Shanghai", b"America/New_York", b"Europe/Berlin",
                b"Asia/Kolkata", b"Australia/Lord_Howe", b"America/St_Johns")  # fmt: skip
# Bytes that are not markup in ASCII-based codecs: every byte above 0x7f, then letters.
CODEC_BYTES = bytes(range(0x80, 0x100)) + b" Tea 2027 " + "茶语 한국".encode()


def _locales() -> list[QLocale]:
    found = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    )
    return sorted(found, key=QLocale.name)


class Digest:
    """A running hash of answers, and how many there were."""

    def __init__(self) -> None:
        self.hash, self.count = hashlib.sha256(), 0

    def add(self, *values: object) -> None:
        self.hash.update(repr(values).encode("utf-8", "surrogatepass"))
        self.count += 1

    def result(self) -> dict:
        return {"answers": self.count, "sha256": self.hash.hexdigest()}


def collation(locales: list[QLocale]) -> dict:
    digest = Digest()
    for locale in locales:
        for numeric in (False, True):
            collator = QCollator(locale)
            collator.setNumericMode(numeric)
            ordered = sorted(WORDS, key=collator.sortKey)
            signs = [collator.compare(a, b) for a, b in itertools.pairwise(WORDS)]
            digest.add(locale.name(), numeric, ordered, signs)
    return digest.result()


def case_mapping(locales: list[QLocale]) -> dict:
    digest = Digest()
    for locale in locales:
        digest.add(locale.name(), locale.toUpper(CASE_TEXT), locale.toLower(CASE_TEXT))
    return digest.result()


def time_zones(locales: list[QLocale]) -> dict:
    digest = Digest()
    ids = [bytes(zone) for zone in QTimeZone.availableTimeZoneIds()]
    digest.add(ids)
    kinds = [(time, name) for time in QTimeZone.TimeType for name in QTimeZone.NameType]
    zone_locales = [QLocale(name) for name in SAMPLE_ZONE_LOCALES]
    for zone_id in ids:
        zone = QTimeZone(QByteArray(zone_id))
        digest.add(zone_id, zone.isValid(), zone.comment(), zone.territory())
        for locale in zone_locales:
            digest.add(zone_id, locale.name(), [zone.displayName(t, n, locale) for t, n in kinds])
    for locale in locales:
        for zone_id in SAMPLE_ZONES:
            zone = QTimeZone(QByteArray(zone_id))
            digest.add(zone_id, locale.name(), [zone.displayName(t, n, locale) for t, n in kinds])
    return digest.result()


def codecs() -> dict:
    """Each codec's name and, as PySide6 binds no decode call, what QXmlStreamReader (which
    decodes a document in the encoding it declares) reads from bytes in that codec."""
    digest = Digest()
    names = sorted(QStringConverter.availableCodecs())
    digest.add(names)
    for name in names:
        decoder, encoder = QStringDecoder(name), QStringEncoder(name)
        digest.add(name, decoder.isValid(), decoder.name(), encoder.isValid(), encoder.name())
        document = f'<?xml version="1.0" encoding="{name}"?><t>'.encode("ascii")
        buffer = QBuffer()
        buffer.setData(QByteArray(document + CODEC_BYTES + b"</t>"))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QXmlStreamReader(buffer)
        read = []
        while not reader.atEnd():
            reader.readNext()
            read.append((reader.tokenType().name, reader.text()))
        digest.add(name, read, reader.errorString())
    return digest.result()


def main() -> int:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841
    locales = _locales()
    report = {
        "locales": len(locales),
        "collation": collation(locales),
        "case mapping": case_mapping(locales),
        "time zones": time_zones(locales),
        "codecs": codecs(),
    }
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
