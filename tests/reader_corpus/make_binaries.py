"""Writes the .docx and .xlsx documents of the reader corpus and their ground truth (docs/),
with python-docx (real tables, merged cells) and openpyxl (merged cells, date cells).

    python -m tests.reader_corpus.make_binaries

The files are committed, so the corpus is readable without running this."""

from __future__ import annotations

from tests.reader_corpus.gen.catalogue_office import OFFICE
from tests.reader_corpus.gen.write import DOCS, save_truth


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for build in OFFICE:
        doc, write = build()
        path = DOCS / f"{doc.stem}{doc.suffix}"
        write(path)
        save_truth(doc)
        print(f"{path.name}: {sum(1 for _ in doc.leaves())} measures")


if __name__ == "__main__":
    main()
