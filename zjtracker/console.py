"""What the command line writes reaches the clerk's console readable.

On Windows a console shows what its code page holds (936, GBK, on a Chinese Windows), and
output redirected to a file or a pipe is read by cmd and PowerShell in that code page too. The
program's own symbols (✓ ✗ in the self-test) are not in GBK; without care Python either fails
with UnicodeEncodeError or prints ``?``. Here every text stream writes in the console's code
page (unless PYTHONIOENCODING or UTF-8 mode asks for another), and a character the code page
lacks becomes a look-alike it has (✓ → √, ✗ → ×), or ``?`` when there is none.
"""

from __future__ import annotations

import codecs
import io
import os
import sys

ERRORS = "zjtracker.console"
# Look-alikes, best first; the first one the stream's encoding holds is written.
SUBSTITUTES = {
    "✓": ("√", "v"), "✔": ("√", "v"), "✗": ("×", "x"), "✘": ("×", "x"), "→": ("->",),
    "←": ("<-",), "…": ("...",), "—": ("-",), "–": ("-",), "“": ('"',), "”": ('"',),
    "‘": ("'",), "’": ("'",), "·": (".",), "•": ("·", "*"), "⚠": ("！", "!"), "\u00a0": (" ",),
}


def printable(text: str, encoding: str) -> str:
    """``text`` with every character ``encoding`` cannot hold replaced by a look-alike."""
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        pass
    out = []
    for ch in text:
        out.append(ch if _holds(encoding, ch) else _substitute(ch, encoding))
    return "".join(out)


def _holds(encoding: str, text: str) -> bool:
    try:
        text.encode(encoding)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def _substitute(ch: str, encoding: str) -> str:
    for candidate in SUBSTITUTES.get(ch, ()):
        if _holds(encoding, candidate):
            return candidate
    return "?"


def errors_for(encoding: str) -> str:
    """The name of a codec error handler writing look-alikes for ``encoding`` (the handler
    is told only the codec's family, "charmap" for every code page, so one per encoding)."""
    name = f"{ERRORS}.{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def handler(error: UnicodeError):
            if not isinstance(error, UnicodeEncodeError):
                raise error
            text = error.object[error.start:error.end]
            return "".join(_substitute(ch, encoding) for ch in text), error.end

        codecs.register_error(name, handler)
    return name


def console_code_page() -> int | None:
    """The output code page of the console this process is attached to (Windows), or None."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        page = ctypes.windll.kernel32.GetConsoleOutputCP()
    except (AttributeError, OSError):
        return None
    return int(page) or None


class ConsoleText:
    """A Windows console stream (which takes any character) that writes only what the
    console's code page, and so its font, can show."""

    def __init__(self, stream, encoding: str):
        self._stream = stream
        self.console_encoding = encoding

    def write(self, text: str) -> int:
        self._stream.write(printable(text, self.console_encoding))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _is_windows_console(stream) -> bool:
    raw = getattr(getattr(stream, "buffer", None), "raw", None)
    return type(raw).__name__ == "_WindowsConsoleIO"


def prepare_stream(stream, code_page: int | None, platform: str = sys.platform):
    """The stream to use instead of ``stream`` (the same object, reconfigured, when possible)."""
    if stream is None or not isinstance(stream, io.TextIOWrapper):
        return stream
    asked = os.environ.get("PYTHONIOENCODING") or ("utf-8" if sys.flags.utf8_mode else "")
    encoding = asked.split(":")[0] or None
    if platform == "win32" and _is_windows_console(stream):
        if encoding is None and code_page and code_page != 65001:
            return ConsoleText(stream, f"cp{code_page}")
        return stream
    if encoding is None and platform == "win32" and code_page:
        encoding = f"cp{code_page}"  # redirected: read back by cmd/PowerShell in this code page
    try:
        stream.reconfigure(encoding=encoding or stream.encoding, errors=errors_for(encoding or stream.encoding))
    except (LookupError, ValueError, OSError):  # an unknown code page: the stream as it was
        stream.reconfigure(errors=errors_for(stream.encoding))
    return stream


def prepare_console() -> None:
    """Make sys.stdout and sys.stderr safe for the clerk's console; call once at start."""
    code_page = console_code_page()
    sys.stdout = prepare_stream(sys.stdout, code_page)
    sys.stderr = prepare_stream(sys.stderr, code_page)
