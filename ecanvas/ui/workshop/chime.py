"""The optional sound when a workshop's time is up: a short two-note chime.

Qt's multimedia module is not part of the app, so the chime is a small WAV file written once
(from a few lines of arithmetic) and played by the system: `winsound` on Windows, `afplay` on
macOS, the first of PipeWire's, PulseAudio's or ALSA's players found elsewhere. Where none is,
the display's bell rings instead; the visual signal never depends on any of this.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 22050
NOTES = ((880.0, 0.18), (1318.5, 0.42))  # A5 then E6, seconds each
PLAYERS = ("pw-play", "paplay", "aplay", "afplay")


def chime_samples() -> bytes:
    """16-bit mono samples of the chime, each note fading out."""
    frames = bytearray()
    for frequency, seconds in NOTES:
        count = int(RATE * seconds)
        for n in range(count):
            fade = 1.0 - n / count
            value = 0.35 * fade * fade * math.sin(2 * math.pi * frequency * n / RATE)
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


def chime_file() -> Path:
    """The chime as a WAV file in the temporary folder (written on first use)."""
    path = Path(tempfile.gettempdir()) / "ecanvas-workshop-chime.wav"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with wave.open(str(partial), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(chime_samples())
        partial.replace(path)
    return path


def play_chime() -> bool:
    """Play the chime without waiting for it; False when only the bell could ring."""
    try:
        path = chime_file()
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        for player in PLAYERS:
            found = shutil.which(player)
            if found:
                subprocess.Popen([found, str(path)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
                return True
    except (OSError, RuntimeError):
        pass
    QApplication.beep()
    return False
