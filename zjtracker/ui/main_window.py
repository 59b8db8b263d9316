"""The main window: the policy tree on the left, details of the selection on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QTreeView

from zjtracker.db.engine import Database
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.details import node_details
from zjtracker.services.policy_import import iter_import_files
from zjtracker.ui.detail_pane import DetailPane
from zjtracker.ui.tree_model import PolicyTreeModel, Role
from zjtracker.ui.worker import run_with_progress

POLICY_FILE_SUFFIXES = (".txt", ".docx", ".xlsx")


class MainWindow(QMainWindow):
    def __init__(self, database: Database):
        super().__init__()
        self.database = database
        self.setWindowTitle(self.tr("Policy implementation ledger — %1").replace("%1", database.display_name()))
        self.resize(1200, 760)
        self.setAcceptDrops(True)

        self.model = PolicyTreeModel(database, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.details = DetailPane()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([480, 720])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", database.display_name()))
        self._jobs = []

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import policy document…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+O"))
        import_action.triggered.connect(self.choose_policy_files)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.show_details(None)
            return
        kind = current.data(Role.KIND)
        self.details.show_details(node_details(self.database, kind, current.data(Role.NODE_ID)))

    # importing ---------------------------------------------------------------------
    def choose_policy_files(self) -> None:
        settings = QSettings()
        folder = settings.value("import/last_folder", str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import policy document"), folder,
            self.tr("Policy documents (*.txt *.docx *.xlsx)"),
        )
        if files:
            settings.setValue("import/last_folder", str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path], kind: str = "policy", skip_known: bool = True) -> None:
        def work():
            return iter_import_files(self.database, files, kind, skip_known)

        self._jobs.append(run_with_progress(
            self, self.tr("Importing policy documents"), work, self._imported, self._import_failed
        ))

    def _imported(self, outcomes) -> None:
        self.model.reload()
        warnings = sum(len(o.result.warnings) for o in outcomes if not o.skipped)
        skipped = sum(1 for o in outcomes if o.skipped)
        message = self.tr("Imported %1 file(s), %2 note(s) from the reader.").replace(
            "%1", str(len(outcomes) - skipped)).replace("%2", str(warnings))
        if skipped:
            message += " " + self.tr("%1 file(s) had been imported before and were not added again.").replace(
                "%1", str(skipped))
        self.statusBar().showMessage(message)

    def _import_failed(self, error, details: str) -> None:
        if isinstance(error, ImportRefused):
            QMessageBox.warning(self, self.tr("File not imported"), error.message)
        else:
            QMessageBox.critical(
                self, self.tr("Unexpected error"),
                self.tr("The import stopped because of an error in the program. "
                        "Nothing was changed. Details:") + "\n\n" + details[-2000:],
            )

    # drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(u.toLocalFile().lower().endswith(POLICY_FILE_SUFFIXES) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                 if u.toLocalFile().lower().endswith(POLICY_FILE_SUFFIXES)]
        if files:
            self.import_files(files)
