"""Files dropped on the progress form are attached to the plan and period it shows, as if
dropped on the evidence panel; a returned fill-in workbook dropped there still goes to the
returns import, as it does anywhere else on the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from zjtracker.ui.evidence.panel import EvidencePanel, dropped_paths

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


class FormDropTarget(QObject):
    """Watches the form and the editors inside it (which take text drops of their own)."""

    def __init__(self, form, panel: EvidencePanel, route_returns=None):
        super().__init__(form)
        self.panel = panel
        self.route_returns = route_returns  # the window's routing of dropped files, for returns
        form.setAcceptDrops(True)
        form.installEventFilter(self)
        ui = getattr(form, "ui", None)
        for editor in getattr(ui, "editors", {}).values():
            editor.viewport().installEventFilter(self)
        if ui is not None and hasattr(ui, "percent"):
            ui.percent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _DRAGS and kind != QEvent.Type.Drop:
            return False
        if self.panel.plan_id is None or not dropped_paths(event.mimeData()):
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.drop(dropped_paths(event.mimeData()))
        return True

    def drop(self, paths: list[str]) -> None:
        from zjtracker.ui.returns.menu import RETURN_SUFFIXES

        returns = []
        if self.route_returns is not None:
            from zjtracker.services.returns.detect import glance

            for path in paths:
                seen = glance(path) if path.lower().endswith(RETURN_SUFFIXES[:2]) else None
                if seen is not None and seen.stamped:
                    returns.append(path)
        evidence = [p for p in paths if p not in returns]
        if returns:
            self.route_returns(returns)
        if evidence:
            self.panel.add_paths(evidence)
