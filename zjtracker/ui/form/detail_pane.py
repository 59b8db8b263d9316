"""The detail pane: a selected node's heading, fields and full text (wrapped)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from zjtracker.services.details import NodeDetails


class DetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self._field_names = {
            "doc_no": self.tr("Document number"),
            "issuer": self.tr("Issued by"),
            "issued_on": self.tr("Issued on"),
            "years": self.tr("Years"),
            "status": self.tr("Status"),
            "frequency": self.tr("Reporting"),
            "abolished_by": self.tr("Abolished by"),
            "deadline": self.tr("Deadline"),
            "lead": self.tr("Lead unit"),
            "cooperating": self.tr("Cooperating unit"),
            "responsible": self.tr("Responsible unit"),
            "year": self.tr("Year"),
            "target": self.tr("Target"),
            "earlier_years": self.tr("Earlier years"),
            "count": self.tr("Number"),
            "category": self.tr("Category"),
            "measure_unit": self.tr("Unit of measure"),
            "baseline": self.tr("Baseline"),
            "nature": self.tr("Nature"),
            "direction": self.tr("Direction"),
            "latest": self.tr("Latest actual value"),
            "share": self.tr("Share of target reached"),
        }

    def show_details(self, details: NodeDetails | None) -> None:
        if details is None:
            self.setHtml("")
            return
        rows = "".join(
            f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>"
            f"{html.escape(self._field_names.get(key, key))}</td>"
            f"<td>{html.escape(value)}</td></tr>"
            for key, value in details.fields
            if value
        )
        body = "".join(f"<p>{html.escape(p)}</p>" for p in details.body.split("\n") if p.strip())
        self.setHtml(
            f"<h3>{html.escape(details.heading)}</h3>"
            f"<table cellspacing='2'>{rows}</table>{body}"
        )
