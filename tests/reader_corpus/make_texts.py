"""Writes the .txt documents of the reader corpus and their ground truth (docs/).

    python -m tests.reader_corpus.make_texts

The documents are committed; run this only after changing the content in gen/. The copy in
traditional characters needs OpenCC (pip install opencc-python-reimplemented); without it that
document is left as committed."""

from __future__ import annotations

from tests.reader_corpus.gen import catalogue_prose2, catalogue_tables  # noqa: F401 (register)
from tests.reader_corpus.gen.catalogue_prose import ENTRIES
from tests.reader_corpus.gen.scars import encode
from tests.reader_corpus.gen.write import DOCS, save_truth


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    stems = set()
    for build in ENTRIES:
        doc, text, encoding, crlf = build()
        assert doc.stem not in stems, doc.stem
        stems.add(doc.stem)
        convert = lambda s: s  # noqa: E731
        if doc.text_transform == "s2t":
            try:
                import opencc
            except ImportError:
                print(f"skipped {doc.stem}: OpenCC is not installed")
                continue
            convert = opencc.OpenCC("s2t").convert
            text = convert(text)
        (DOCS / f"{doc.stem}{doc.suffix}").write_bytes(encode(text, encoding, crlf))
        save_truth(doc, convert)
        print(f"{doc.stem}{doc.suffix}: {sum(1 for _ in doc.leaves())} measures, {encoding}")


if __name__ == "__main__":
    main()
