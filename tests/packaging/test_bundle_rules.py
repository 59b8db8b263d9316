"""What zjtracker.spec leaves out of the bundle, on Windows and Linux paths."""

from __future__ import annotations

import pytest

from installer.bundle_rules import unused


@pytest.mark.parametrize("path", [
    r"PySide6\plugins\platforminputcontexts\qtvirtualkeyboardplugin.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    r"PySide6\Qt6Quick.dll", "PySide6/Qt/lib/libQt6Qml.so.6", r"PySide6\Qt6QmlModels.dll",
    r"PySide6\opengl32sw.dll", r"PySide6\d3dcompiler_47.dll",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", r"PySide6\plugins\platforms\qdirect2d.dll",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so", r"PySide6\plugins\generic\qtuiotouchplugin.dll",
    r"PySide6\plugins\imageformats\qwebp.dll", "PySide6/Qt/plugins/imageformats/libqpdf.so",
    r"PySide6\translations\qt_zh_CN.qm", r"PySide6\translations\qtdeclarative_zh_CN.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
])
def test_parts_never_loaded_are_left_out(path):
    assert unused(path)


@pytest.mark.parametrize("path", [
    r"PySide6\plugins\platforms\qwindows.dll", r"PySide6\plugins\platforms\qoffscreen.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    r"PySide6\plugins\styles\qmodernwindowsstyle.dll", r"PySide6\plugins\imageformats\qjpeg.dll",
    r"PySide6\plugins\imageformats\qico.dll", r"PySide6\plugins\printsupport\windowsprintersupport.dll",
    r"PySide6\Qt6Pdf.dll", r"PySide6\Qt6Charts.dll", r"PySide6\Qt6OpenGLWidgets.dll",
    r"PySide6\translations\qtbase_zh_CN.qm", r"resources\i18n\zjtracker_en.qm",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libicudata.so.73",
])
def test_parts_the_program_loads_stay(path):
    assert not unused(path)
