"""What happens to a document on its way to the clerk: copied from a web page, printed with
page numbers and running headers, given a table of contents, saved in another encoding."""

from __future__ import annotations

import random


def web_copy(text: str, seed: str) -> str:
    """The page source as copied: <p> tags, &nbsp; indents, two measures joined by <br/>."""
    rng = random.Random(seed + "/web")
    lines = [line for line in text.split("\n") if line.strip()]
    out = ['<div class="article-content">']
    i = 0
    while i < len(lines):
        line = lines[i].replace("　　", "&nbsp;&nbsp;&nbsp;&nbsp;")
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line[4 * 6:].strip() and nxt and nxt.lstrip("　")[:1].isdigit() and rng.random() < 0.3:
            out.append(f"<p>{line}<br/>{nxt.replace('　　', '&nbsp;&nbsp;')}</p>")
            i += 2
            continue
        tag = "<p style=\"text-indent:2em;\">" if rng.random() < 0.5 else "<p>"
        out.append(f"{tag}{line}</p>")
        i += 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def page_scars(text: str, seed: str, *, every: int, number_style: str, header: str,
               splice_after: str | None = None) -> str:
    """A page number line and the running header every ``every`` lines; where
    ``splice_after`` is given, one page break falls inside the sentence that starts with it."""
    lines = text.split("\n")
    out, page = [], 1
    for i, line in enumerate(lines):
        if splice_after and line.lstrip("　").startswith(splice_after) and len(line) > 40:
            cut = 20
            page += 1
            out += [line[:cut], "", number_style.format(n=page), "", header, line[cut:]]
            continue
        out.append(line)
        if i and i % every == 0:
            page += 1
            out += ["", number_style.format(n=page), "", header]
    return "\n".join(out)


def toc(entries: list[tuple[str, int]]) -> list[str]:
    """目录 with dot leaders and page numbers."""
    lines = ["目  录"]
    for title, page in entries:
        lines.append(f"{title}{'…' * max(4, 24 - len(title))}{page}")
    return lines


def encode(text: str, encoding: str, crlf: bool = False) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)
