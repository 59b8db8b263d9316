"""Writing a PDF page by page into its file, so that a report of fifteen thousand pages never
holds more than the page being drawn.

reportlab keeps every finished page's text until ``canvas.save()`` and then formats the whole
file in memory. Here each page's content stream is compressed and written into the open file
as soon as the page is finished (``StreamingCanvas``); what is left at the end (the page
dictionaries, fonts, catalogue, cross-reference table) is written after it by reportlab's own
formatting. The pages, their content and the fonts are the same; only the order of the objects
in the file differs. ``iter_build`` lays out the flowables as ``BaseDocTemplate.build`` does,
yielding the page number after each flowable so that the caller can show progress and stop."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import (
    NextPageTemplate,
    PageBegin,
    PageBreakIfNotEmpty,
)


class _Sink(pdfdoc.PDFFile):
    """reportlab's output collector, writing straight into the file (offsets from its start)."""

    def __init__(self, stream, version):
        super().__init__(version)  # the header, collected
        self._stream = stream
        for piece in self.strings:
            stream.write(piece)
        self.strings = []
        self.write = stream.write

    def format(self, document) -> bytes:
        return b""  # everything is in the file already


class _Written(pdfdoc.PDFObject):
    """Stands for an object already in the file (its content let go)."""

    def format(self, document):
        raise AssertionError("a written object is never formatted again")


class StreamingDocument(pdfdoc.PDFDocument):
    """A PDFDocument whose page content streams go to the file when each page ends."""

    def start(self, stream) -> None:
        self._sink = _Sink(stream, self._pdfVersion)
        self._written: set[str] = set()

    def addPage(self, page) -> None:
        super().addPage(page)
        content = pdfdoc.PDFStream()
        if page.compression:  # as PDFPage.check_format makes it, never ASCII85
            content.filters = [pdfdoc.PDFZCompress]
        content.content = page.stream
        content.__Comment__ = "page stream"
        reference = self.Reference(content)
        name = reference.name
        if not rl_config.invariant and rl_config.pdfComments:
            self._sink.add(f"% {name!a}: class PDFStream \n")
        self.idToOffset[name] = self._sink.add(pdfdoc.PDFIndirectObject(name, content).format(self))
        self.idToObject[name] = _Written()
        self._written.add(name)
        page.Contents, page.stream = reference, None

    def format(self) -> bytes:
        """reportlab's PDFDocument.format, skipping the objects already written."""
        self.encrypt.prepare(self)
        catalog, info = self.Catalog, self.info
        self.Reference(catalog)
        self.Reference(info)
        encryption = self.encrypt.info()
        encrypt_ref = self.Reference(encryption) if encryption else None
        counter, ids = 0, []
        numbers, objects, offsets = self.numberToId, self.idToObject, self.idToOffset
        self.__accum__ = sink = self._sink
        while True:
            counter += 1
            if counter not in numbers:
                break
            oid = numbers[counter]
            ids.append(oid)
            if oid in self._written:
                continue
            obj = objects[oid]
            formatted = pdfdoc.PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                sink.add(f"% {oid!a}: class {obj.__class__.__name__[:50]} \n")
            offsets[oid] = sink.add(formatted)
        del self.__accum__
        if counter - 1 != len(numbers):
            raise ValueError(f"counter {counter} doesn't match number to id dictionary {len(numbers)}")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = sink.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(startxref=start, Size=len(numbers) + 1, Root=self.Reference(catalog),
                                    Info=self.Reference(info), Encrypt=encrypt_ref, ID=self.ID())
        sink.add(trailer.format(self))
        return sink.format(self)


class StreamingCanvas(Canvas):
    """A canvas whose ``filename`` is an open binary stream the pages are written into."""

    def __init__(self, stream, *args, **kwargs):
        super().__init__(stream, *args, **kwargs)
        self._doc.__class__ = StreamingDocument
        self._doc.start(stream)


class Deferred(Flowable):
    """Flowables made only when the layout reaches them (``make()`` returns them): a long
    list of a 附件 is not held in memory while the pages before it are laid out. Only
    ``iter_build`` knows it."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def wrap(self, avail_width, avail_height):
        raise TypeError("Deferred flowables are laid out by pdf_stream.iter_build only")


@contextmanager
def _no_ascii85():
    """Streams compressed but not ASCII85-wrapped (reportlab's default is for 7-bit channels)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def iter_build(document, flowables: list, stream) -> Generator[int, None, None]:
    """Lay ``flowables`` out into ``stream`` as ``document.build`` would, writing each page as
    it ends; yields the current page number after every flowable placed."""
    with _no_ascii85():
        document._startBuild(stream, StreamingCanvas)
    canvas = document.canv
    document._savedInfo = canvas._doc.info
    try:
        canvas._doctemplate = document
        while flowables:
            ahead = next((i for i, f in enumerate(flowables[:2]) if isinstance(f, Deferred)), None)
            if ahead is not None:  # made before anything that keeps with it looks at it
                flowables[ahead:ahead + 1] = flowables[ahead].make()
                continue
            with _no_ascii85():
                hanging = document._hanging
                if hanging and hanging[-1] is PageBegin and isinstance(flowables[0], PageBreakIfNotEmpty):
                    following = flowables[0].nextTemplate
                    if following and not document._samePT(following):
                        NextPageTemplate(following).apply(document)
                        document._setPageTemplate()
                    del flowables[0]
                document.clean_hanging()
                document.handle_flowable(flowables)
            yield canvas.getPageNumber()
    finally:
        del canvas._doctemplate
    canvas._doc.info = document._savedInfo
    with _no_ascii85():
        document._endBuild()
