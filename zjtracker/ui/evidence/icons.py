"""How an evidence file (佐证材料) looks in a list: a thumbnail for an image, read from its
bytes once and kept (by content hash) while the program runs, a painted sheet for the other
kinds (PDF, Word, Excel, other), and the paper clip the tree shows beside a count."""

from __future__ import annotations

from collections import OrderedDict
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from zjtracker.ui.painted_icon import painted_icon

THUMB = 56  # logical pixels of a thumbnail's longer side
_CACHE_LIMIT = 300
_thumbnails: OrderedDict[str, QImage] = OrderedDict()

_KIND_LOOKS = {  # band colour and the word on the sheet
    "pdf": ("#c62828", "PDF"),
    "word": ("#1565c0", "W"),
    "excel": ("#2e7d32", "X"),
    "image": ("#6a1b9a", "IMG"),
    "other": ("#616161", "…"),
}


@cache
def kind_icon(kind: str) -> QIcon:
    """A sheet with a folded corner, a coloured band and the kind's word."""
    color, word = _KIND_LOOKS.get(kind, _KIND_LOOKS["other"])

    def paint(painter: QPainter, size: int) -> None:
        s = size / 32
        sheet = QPainterPath()
        sheet.moveTo(6 * s, 2 * s)
        sheet.lineTo(20 * s, 2 * s)
        sheet.lineTo(27 * s, 9 * s)
        sheet.lineTo(27 * s, 30 * s)
        sheet.lineTo(6 * s, 30 * s)
        sheet.closeSubpath()
        painter.setPen(QPen(QColor("#9e9e9e"), max(1.0, s)))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(sheet)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRect(QRectF(3 * s, 15 * s, 22 * s, 10 * s))
        painter.setPen(QColor("#ffffff"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(7.5 * s)))
        painter.setFont(font)
        painter.drawText(QRectF(3 * s, 15 * s, 22 * s, 10 * s), Qt.AlignmentFlag.AlignCenter, word)

    return painted_icon(paint, 32)


@cache
def paperclip_icon() -> QIcon:
    """The tree's mark for a task with evidence files in the period."""

    def paint(painter: QPainter, size: int) -> None:
        s = size / 16
        pen = QPen(QColor("#455a64"), 1.4 * s)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        clip = QPainterPath(QPointF(10.5 * s, 5 * s))
        clip.lineTo(10.5 * s, 11.5 * s)
        clip.arcTo(QRectF(5.5 * s, 9 * s, 5 * s, 5 * s), 0, -180)
        clip.lineTo(5.5 * s, 3.5 * s)
        clip.arcTo(QRectF(5.5 * s, 1 * s, 7 * s, 5 * s), 180, -180)
        clip.lineTo(12.5 * s, 11 * s)
        painter.drawPath(clip)

    return painted_icon(paint, 16)


def thumbnail_image(content: bytes) -> QImage | None:
    """The image scaled to fit THUMB × 2 pixels (sharp at 200 %), read at that size where the
    format allows (a 20 MB photo is not decoded whole); None when it cannot be read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo stands the right way up
    size = reader.size()
    target = THUMB * 2
    if size.isValid() and (size.width() > target or size.height() > target):
        reader.setScaledSize(size.scaled(QSize(target, target), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > target or image.height() > target:
        image = image.scaled(target, target, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def cached_thumbnail(sha256: str) -> QImage | None:
    image = _thumbnails.get(sha256)
    if image is not None:
        _thumbnails.move_to_end(sha256)
    return image


def keep_thumbnail(sha256: str, image: QImage) -> None:
    _thumbnails[sha256] = image
    _thumbnails.move_to_end(sha256)
    while len(_thumbnails) > _CACHE_LIMIT:
        _thumbnails.popitem(last=False)


def thumbnail_icon(image: QImage) -> QIcon:
    """The thumbnail on a square, centred, so the list's rows line up."""
    side = THUMB * 2
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QPointF((side - image.width()) / 2, (side - image.height()) / 2), image)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)
