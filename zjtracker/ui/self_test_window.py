"""The self-test's last step: the main window, built and drawn on the test database, with
the Chinese translation loaded (proves the Qt plugins and .qm files are in the bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def build_window(database, folder: Path) -> str:
    """Build the main window offscreen on ``database`` with settings kept in ``folder``."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from zjtracker.ui.app import install_translation, prepare_application
    from zjtracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform",
                                                   os.environ.get("QT_QPA_PLATFORM", "")]
                                                  if os.environ.get("QT_QPA_PLATFORM") else [sys.argv[0]])
    prepare_application(app, settings_dir=folder / "设置")
    if not install_translation(app, "zh_CN"):
        raise RuntimeError("界面翻译文件（.qm）缺失")
    window = MainWindow(database)
    try:
        image = window.grab()
        if image.isNull():
            raise RuntimeError("主窗口无法绘制")
        rows = window.model.rowCount()
        if rows == 0:
            raise RuntimeError("主窗口的政策树为空")
        size = image.deviceIndependentSize()
        scale = image.devicePixelRatio()
        shown = f"主窗口 {round(size.width())}×{round(size.height())}"
        if scale != 1:
            shown += f"（屏幕缩放 {scale:g} 倍）"
        return f"{shown}，{rows} 项政策"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
