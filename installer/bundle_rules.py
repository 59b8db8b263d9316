"""What the bundle leaves out: Qt plugins, libraries and translations zjtracker never loads.

zjtracker.spec drops every file for which ``unused`` is true; build_installer.py then checks that
no Qt library or plugin left in the bundle needs one that was dropped (``missing_qt_imports``).
"""

from __future__ import annotations

from pathlib import Path, PurePath

# Qt plugins and libraries a widgets program with PDF view, charts and printing never loads.
# Plugin kinds left out entirely; single plugins (by a word of their file name) per kind.
UNUSED_PLUGIN_KINDS = {"egldeviceintegrations", "generic", "networkinformation", "tls",
                       "qmltooling", "position", "sensors", "multimedia", "sqldrivers"}
UNUSED_PLUGINS = {
    "platforminputcontexts": ("virtualkeyboard",),  # pulls in Qt Quick and QML
    "platforms": ("eglfs", "linuxfb", "minimalegl", "vkkhrdisplay", "vnc", "direct2d"),
    "imageformats": ("icns", "tga", "tiff", "wbmp", "webp", "qpdf"),
}
# Qt Quick and QML (only the virtual keyboard used them), eglfs' own libraries, and on Windows
# the software OpenGL and the Direct3D shader compiler that only Qt Quick needs.
UNUSED_LIBRARIES = ("qt6quick", "qt6qml", "qt6virtualkeyboard", "qt6eglfs", "opengl32sw",
                    "d3dcompiler_")
QT_TRANSLATIONS_KEPT = ("qtbase_zh_cn",)  # the program loads qtbase_<language> only


def unused(destination: str) -> bool:
    """True for a bundled file zjtracker never loads (``destination``: its path in the bundle)."""
    parts = [part.lower() for part in PurePath(destination.replace("\\", "/")).parts]
    name = parts[-1]
    if "plugins" in parts[:-2]:
        kind = parts[parts.index("plugins") + 1]
        if kind in UNUSED_PLUGIN_KINDS or any(word in name for word in UNUSED_PLUGINS.get(kind, ())):
            return True
    if "translations" in parts[:-1] and name.endswith(".qm"):
        return not name.startswith(QT_TRANSLATIONS_KEPT)
    return name.removeprefix("lib").startswith(UNUSED_LIBRARIES)


def _is_qt_binary(path: Path) -> bool:
    name, folders = path.name.lower(), {part.lower() for part in path.parts[:-1]}
    return ("qt6" in name or "pyside6" in folders) and (name.endswith((".dll", ".pyd", ".so")) or ".so." in name)


def missing_qt_imports(bundle: Path) -> dict[str, list[str]]:
    """Qt libraries that a Qt library, plugin or PySide6 module in ``bundle`` links to but the
    bundle lacks: {file: [missing names]}; empty when nothing needed was left out."""
    from PyInstaller.depend.bindepend import get_imports

    present = {path.name.lower() for path in bundle.rglob("*") if path.is_file()}
    missing: dict[str, list[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or not _is_qt_binary(path):
            continue
        needed = [name for name, _ in get_imports(str(path))
                  if "qt6" in Path(name).name.lower() and Path(name).name.lower() not in present]
        if needed:
            missing[str(path.relative_to(bundle))] = sorted(needed)
    return missing
