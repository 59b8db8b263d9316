"""The bytes of a text document decoded, whatever program saved them.

Tried in order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without one, told by where
the zero bytes of its ASCII characters fall; UTF-8; GB18030 (which covers GBK and GB2312);
Big5 for a copy in traditional characters saved on a Traditional Chinese system. GB18030
decodes almost any bytes, so its result is accepted only when it reads as text: no
characters of the private use area, which Big5 bytes read as GB18030 are full of. Line ends
(CRLF, CR) become LF. Standard library only.
"""

from __future__ import annotations

import codecs

from zjtracker.importing.errors import UnreadableFile

_PRIVATE_USE_SHARE = 0.002  # of the characters, above which a GB18030 reading is not text


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_order(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the zero bytes say the data is UTF-16 without a
    byte-order mark (every ASCII character has one, at its odd or even byte), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:65536]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 2 * even and odd >= 2:
        return "utf-16-le"
    if even > 2 * odd and even >= 2:
        return "utf-16-be"
    return None


def _is_text(text: str, encoding: str) -> bool:
    """Whether a decoding reads as text: never a zero character; for a guess that decodes
    almost anything (UTF-16 without a mark, GB18030, Big5) no control characters and hardly
    any characters of the private use area either."""
    if "\x00" in text:
        return False
    if encoding == "utf-8-sig":
        return True
    odd = sum(1 for c in text if ("\ue000" <= c <= "\uf8ff")
              or (c < " " and c not in "\t\n\r\f"))
    return odd <= _PRIVATE_USE_SHARE * len(text)


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text document; refuse what is not text (see the module)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        try:
            text = data[2:].decode(encoding)
        except UnicodeDecodeError:  # a byte-order mark before bytes that are not UTF-16
            text = "\x00"
        if "\x00" not in text:
            return _lines(text)
    else:
        guessed = [order] if (order := _utf16_order(data)) else []
        for encoding in guessed + ["utf-8-sig", "gb18030", "big5hkscs"]:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _is_text(text, encoding):
                return _lines(text)
    raise UnreadableFile(
        f"文件“{name}”不是可识别的文本文件（既不是 UTF-8、UTF-16 也不是 GB18030 编码），"
        "请在 Word 或记事本中另存为 UTF-8 文本或 .docx 后再导入。"
    )
