"""Starting the GUI: the application, its translation, the database, the main window."""

from __future__ import annotations

import sys

from zjtracker import paths


def install_translation(app, language: str | None = None) -> bool:
    """Chinese by default; English when chosen in the File menu (kept in QSettings)."""
    from PySide6.QtCore import QSettings, QTranslator

    if language is None:
        language = str(QSettings().value("language", "zh_CN"))
    translator = QTranslator(app)
    if translator.load(str(paths.resources_dir() / "i18n" / f"zjtracker_{language}.qm")):
        app.installTranslator(translator)
        return True
    return False


def open_main_window(db_target: str | None):
    """Open the database and show the main window; on first start (an empty database)
    offer to load the sample policies, which then load in the background."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from zjtracker.db import open_database
    from zjtracker.services.tree import has_policies
    from zjtracker.ui.main_window import MainWindow

    database = open_database(db_target)
    window = MainWindow(database)
    window.show()
    if not has_policies(database):
        answer = QMessageBox.question(
            window, QCoreApplication.translate("App", "An empty database"),
            QCoreApplication.translate("App", "The database holds no policies yet. Load the sample "
                                       "policies (five documents of Zhanjiang city) to start with?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            window.importer.load_sample()
    return window


def run_gui(db_target: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy.exc import OperationalError

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("zjtracker")
    app.setApplicationName("zjtracker")
    install_translation(app)
    try:
        window = open_main_window(db_target)
    except OperationalError as error:
        QMessageBox.critical(None, "zjtracker", f"无法打开数据库：{error.orig}")
        return 1
    code = app.exec()
    window.database.dispose()
    return code
