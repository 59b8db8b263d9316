"""Small icons drawn in code, sharp on every screen: each is painted once per common scale
(100 % to 300 %) so Qt picks a pixmap that matches the screen instead of enlarging a blurry one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

SCALES = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0)


def painted_icon(paint: Callable[[QPainter, int], None], size: int = 14) -> QIcon:
    """``paint(painter, size)`` draws in logical pixels on a ``size`` × ``size`` square."""
    icon = QIcon()
    for scale in SCALES:
        pixmap = QPixmap(round(size * scale), round(size * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
