"""Starting the GUI: the application, its translation and icon, the database, the main window;
one running program per database, and switching to another database from the File menu."""

from __future__ import annotations

import sys
from pathlib import Path

from zjtracker import paths


def install_translation(app, language: str | None = None) -> bool:
    """Chinese by default; English when chosen in the File menu (kept in QSettings)."""
    from PySide6.QtCore import QSettings, QTranslator

    if language is None:
        language = str(QSettings().value("language", "zh_CN"))
    from PySide6.QtCore import QLibraryInfo

    # Qt's own words first (the Yes/No/Cancel buttons, the file dialog), then the program's.
    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
    gaps = QTranslator(app)  # the file dialog's words that Qt's own catalogue leaves in English
    if gaps.load(str(paths.resources_dir() / "i18n" / f"qtgaps_{language}.qm")):
        app.installTranslator(gaps)
    translator = QTranslator(app)
    if translator.load(str(paths.resources_dir() / "i18n" / f"zjtracker_{language}.qm")):
        app.installTranslator(translator)
        return True
    return False


def prepare_application(app, settings_dir: Path | None = None, first_frame_only: bool = False) -> None:
    """Names (for QSettings), the window icon, the bundled Chinese font where the system has
    none, and optionally a private settings folder
    (the self-test uses one so it never touches the clerk's settings).

    With ``first_frame_only`` (the program's start) what the first frame can do without waits
    for ``after_first_paint``: the icon (about 4 ms), and the fonts' check (about 6 ms) where
    an earlier start found a system Chinese face; the first start, or one after a start that
    had to register the bundled face, checks before the paint."""
    from PySide6.QtCore import QSettings

    app.setOrganizationName("zjtracker")
    app.setApplicationName("zjtracker")
    from zjtracker import __version__

    app.setApplicationVersion(__version__)
    if settings_dir is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    if not first_frame_only:
        _set_icon(app)
    if not (first_frame_only and _system_font_known()):
        check_fonts(app)  # a machine without a Chinese font shows boxes otherwise


def after_first_paint(app) -> None:
    """What ``prepare_application(first_frame_only=True)`` left for after the first paint:
    the icon, and the fonts checked again (the font database is loaded by then: cheap). A
    system face removed since the last start gets the bundled one now, and the window redraws."""
    _set_icon(app)
    if _system_font_known():
        check_fonts(app)


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    icon = paths.icon_path("png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


SYSTEM_FONT_KEY = "fonts/system_chinese"


def _system_font_known() -> bool:
    from PySide6.QtCore import QSettings

    return str(QSettings().value(SYSTEM_FONT_KEY, "")) == "1"


def check_fonts(app) -> None:
    """The bundled font registered when the system has no Chinese face; what was found is
    kept for the next start."""
    from PySide6.QtCore import QSettings

    system = has_cjk_font()
    if not system:
        register_cjk_font(app, force=True)
    settings, found = QSettings(), "1" if system else "0"
    if str(settings.value(SYSTEM_FONT_KEY, "")) != found:
        settings.setValue(SYSTEM_FONT_KEY, found)


BUNDLED_FONT = "wqy-microhei.ttc"


def has_cjk_font() -> bool:
    """Whether the system has a face that writes simplified Chinese (a fresh Linux may not)."""
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def register_cjk_font(app, force: bool = False) -> str | None:
    """When no Chinese face is installed (or ``force``), give Qt the bundled WenQuanYi font and
    let the window's font fall back to it; returns its family, None when not needed or not found."""
    from PySide6.QtGui import QFontDatabase

    if not force and has_cjk_font():
        return None
    font_file = paths.resources_dir() / "fonts" / BUNDLED_FONT
    font_id = QFontDatabase.addApplicationFont(str(font_file)) if font_file.exists() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = app.font()
    font.setFamilies([font.family(), *families])  # Latin as before, Chinese from the bundled face
    app.setFont(font)
    return families[0]


def _before_application() -> None:
    """What must be set before the QApplication exists: on Windows the taskbar identity, so
    the window shows the program's icon rather than Python's. (High-DPI scaling follows the
    screen's own factor, 150 % staying 150 %: Qt 6's default rounding policy, PassThrough,
    which is left alone: naming it would build every enum of Qt's namespace, about 20 ms,
    before the first paint.)"""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("zjtracker.zjtracker")
        except (AttributeError, OSError):
            pass


def open_main_window(db_target: str | None):
    """Open the database and show the main window (switching databases, the self-test)."""
    from zjtracker.ui.database.checks import open_database_at_start
    from zjtracker.ui.main_window import MainWindow

    # Messages for a locked, read-only or damaged database (with the restore offer), the
    # integrity check, the network-share warning and the daily backup.
    database = open_database_at_start(None, db_target)
    if database is None:
        return None
    window = MainWindow(database)
    window.show()
    offer_sample(window)
    return window


def offer_sample(window) -> None:
    """On first start (an empty database) offer to load the sample policies, which then
    load in the background."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from zjtracker.services.tree import has_policies

    if has_policies(window.database):
        return
    answer = QMessageBox.question(
        window, QCoreApplication.translate("App", "An empty database"),
        QCoreApplication.translate("App", "The database holds no policies yet. Load the sample "
                                   "policies (five documents of Zhanjiang city) to start with?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        window.importer.load_sample()


def _install_excepthook_lazily(app) -> None:
    """ui.errors' hook (problems as messages, bugs in the bug dialog), with the dialogs'
    code loaded at the first exception rather than before the window is painted."""
    previous = sys.excepthook

    def first_exception(kind, value, tb) -> None:
        from zjtracker.ui.errors import install_excepthook

        sys.excepthook = previous
        install_excepthook(app)(kind, value, tb)

    sys.excepthook = first_exception


def run_gui(db_target: str | None) -> int:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from zjtracker.ui.app_controller import AppController

    app = QApplication.instance()
    if app is None:
        _before_application()
        app = QApplication(sys.argv)
    prepare_application(app, first_frame_only=True)  # the rest after the paint (app_controller)
    install_translation(app)
    _install_excepthook_lazily(app)
    controller = AppController(app)
    started = controller.start(db_target)
    if started is not None:
        return started
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # work still running off the GUI thread ends first
    controller.shutdown()
    return controller.exit_code if controller.exit_code is not None else code
