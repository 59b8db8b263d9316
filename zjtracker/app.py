"""Starting the GUI: the application, its translation, the database, the main window."""

from __future__ import annotations

import sys

from zjtracker import paths


def run_gui(db_target: str | None) -> int:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy.exc import OperationalError

    from zjtracker.db import open_database
    from zjtracker.services.tree import has_policies

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("zjtracker")
    app.setApplicationName("zjtracker")
    translator = QTranslator(app)
    language = QLocale.system().name() if QLocale.system().language() == QLocale.Language.English else "zh_CN"
    if translator.load(str(paths.resources_dir() / "i18n" / f"zjtracker_{language}.qm")):
        app.installTranslator(translator)
    try:
        database = open_database(db_target)
    except OperationalError as error:
        QMessageBox.critical(None, "zjtracker", f"无法打开数据库：{error.orig}")
        return 1
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.services.sample import sample_files

    window = MainWindow(database)
    window.show()
    if not has_policies(database):
        window.import_files(sample_files(), kind="sample", skip_known=True)
    code = app.exec()
    database.dispose()
    return code
