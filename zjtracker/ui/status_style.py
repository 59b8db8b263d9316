"""How a status looks: a colour, and always its word and an icon beside it (never colour alone)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter

from zjtracker.services.assessment import (
    BEHIND, CLOSED, DONE, NOT_REPORTED, NOT_STARTED, ON_SCHEDULE, OVERDUE, UNASSESSED)
from zjtracker.services.oversight.states import CHANGED, RESUBMITTED, RETURNED, REVIEWED
from zjtracker.ui.painted_icon import painted_icon

STATUS_ORDER = (DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED, UNASSESSED, NOT_REPORTED)
OVERVIEW_ORDER = (CLOSED, *STATUS_ORDER)  # the overview counts 已销号 apart from 已完成
CLOSED_GREY = "#8a8a8a"  # a closed task's text in the tree
STATUS_COLORS = {
    CLOSED: "#546e7a",
    DONE: "#2e7d32",
    ON_SCHEDULE: "#1565c0",
    BEHIND: "#ef6c00",
    OVERDUE: "#c62828",
    NOT_STARTED: "#757575",
    UNASSESSED: "#00838f",  # reported as text only
    NOT_REPORTED: "#6d4c41",  # nothing reported: not the grey of 未启动
}
# A different shape per status, so print-outs in grey and colour-blind eyes still tell them apart.
_SHAPES = {CLOSED: "closed", DONE: "check", ON_SCHEDULE: "circle", BEHIND: "triangle", OVERDUE: "square",
           NOT_STARTED: "ring", UNASSESSED: "diamond", NOT_REPORTED: "dashed"}


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, "#757575"))


def status_text(status: str) -> str:
    """The status word in the interface language (the stored words are Chinese)."""
    names = {
        DONE: QCoreApplication.translate("Status", "Done"),
        ON_SCHEDULE: QCoreApplication.translate("Status", "On schedule"),
        BEHIND: QCoreApplication.translate("Status", "Behind"),
        OVERDUE: QCoreApplication.translate("Status", "Overdue"),
        NOT_STARTED: QCoreApplication.translate("Status", "Not started"),
        UNASSESSED: QCoreApplication.translate("Status", "Not assessed"),
        NOT_REPORTED: QCoreApplication.translate("Status", "Not reported"),
        CLOSED: QCoreApplication.translate("Status", "Closed"),
    }
    return names.get(status, status)


def review_text(state: str) -> str:
    """The verdict on a period's report (services/oversight/states.py) in words."""
    names = {
        REVIEWED: QCoreApplication.translate("Review", "Reviewed"),
        RETURNED: QCoreApplication.translate("Review", "Returned"),
        RESUBMITTED: QCoreApplication.translate("Review", "Re-reported (to review)"),
        CHANGED: QCoreApplication.translate("Review", "Changed after review"),
    }
    return names.get(state, state)


@cache
def status_icon(status: str) -> QIcon:
    return painted_icon(lambda painter, size: _paint_status(painter, size, status))


def _paint_status(painter: QPainter, size: int, status: str) -> None:
    color = status_color(status)
    painter.setPen(color.darker(130))
    painter.setBrush(QBrush(color))
    shape = _SHAPES.get(status, "circle")
    if shape == "square":
        painter.drawRect(2, 2, size - 5, size - 5)
    elif shape == "closed":  # a filled box with a tick: verified and closed
        painter.drawRect(1, 1, size - 3, size - 3)
        pen = painter.pen()
        pen.setColor(QColor("white"))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawLine(4, 7, 6, 10)
        painter.drawLine(6, 10, 10, 4)
    elif shape == "triangle":
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        painter.drawPolygon(QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 2), QPointF(1, size - 2)]))
    elif shape == "diamond":
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        middle = size / 2
        painter.drawPolygon(QPolygonF([QPointF(middle, 1), QPointF(size - 2, middle), QPointF(middle, size - 2),
                                       QPointF(1, middle)]))
    elif shape == "dashed":  # an empty box drawn in dashes: nothing handed in
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = painter.pen()
        pen.setWidth(2)
        pen.setColor(color)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(2, 2, size - 5, size - 5)
    elif shape == "ring":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = painter.pen()
        pen.setWidth(2)
        pen.setColor(color)
        painter.setPen(pen)
        painter.drawEllipse(2, 2, size - 5, size - 5)
    else:
        painter.drawEllipse(1, 1, size - 3, size - 3)
        if shape == "check":
            pen = painter.pen()
            pen.setColor(QColor("white"))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(4, 7, 6, 10)
            painter.drawLine(6, 10, 10, 4)
