"""A process that starts a window, notes when it is first painted, and quits.

    python -m benchmarks.gui_probe --db PATH_OR_URL [--workout]   the real program (zjtracker.cli)
    python -m benchmarks.gui_probe --bare                          a bare PySide6 QMainWindow

It prints one JSON line: ``first_paint`` (time.perf_counter() at the first paint event of the
main window: CLOCK_MONOTONIC on Linux, the same clock in every process, so the parent
subtracts the moment it spawned this process), ``first_paint_cpu`` (the CPU seconds this
process had used by then, which the machine's load moves less), ``ready`` (the same at the first paint of the
tree holding the policies: the window can be worked with; for the bare window, its first
paint) and ``max_rss_kb`` (peak resident memory,
VmHWM from /proc, else resource.getrusage). With ``--workout`` the program, once painted, also opens the largest
policy to its tasks, types two filters and shows the overview before it quits, so that the
peak memory is that of a working session, not of an idle window."""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_probe")
    parser.add_argument("--db")
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--workout", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if not args.bare:
        _as_the_program_starts()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    seen: dict[str, float] = {}

    def finish() -> None:
        if args.workout:
            workout(next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)))
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() != QEvent.Type.Paint or not watched.isWidgetType():
                return False
            window = watched.window()
            if not isinstance(window, QMainWindow):
                return False
            now = time.perf_counter()
            if "paint" not in seen:
                seen["paint"], seen["paint_cpu"] = now, time.process_time()
            if "ready" not in seen and (args.bare or _tree_painted(window, watched)):
                seen["ready"] = now
                QTimer.singleShot(0, finish)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    code = 0
    if args.bare:
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
    else:
        from zjtracker.cli import main as program

        code = program(["--db", args.db])
    print(json.dumps({"first_paint": seen.get("paint"), "first_paint_cpu": seen.get("paint_cpu"),
                      "ready": seen.get("ready"), "exit": code,
                      "max_rss_kb": peak_memory_kb()}))
    return 0


def _tree_painted(window, widget) -> bool:
    """The program's window is ready once its tree, holding the policies, is painted."""
    tree = getattr(window, "tree", None)
    model = getattr(window, "model", None)
    return (tree is not None and model is not None and model.rowCount() > 0
            and (widget is tree.viewport() or tree.isAncestorOf(widget)))


def peak_memory_kb() -> int:
    """This process's peak resident memory: VmHWM, which starts afresh at exec (ru_maxrss
    keeps the peak of the process that forked this one, the benchmark itself)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _as_the_program_starts() -> None:
    """What the program does before it makes its QApplication (which the probe makes first,
    to watch for the first paint; the program then uses it)."""
    try:
        from zjtracker.ui.app import _before_application
    except ImportError:
        return
    _before_application()


def workout(window) -> None:
    """What a clerk does in the first minute: open the biggest policy to its tasks, filter,
    look at the overview."""
    from PySide6.QtWidgets import QApplication

    from benchmarks.gui_steps import expand_policy, largest_policy, type_filter

    policy_id = largest_policy(window.database)
    if policy_id is not None:
        expand_policy(window, policy_id)
    for text in ("营", "营商", "营商环", "营商环境"):
        type_filter(window, text)
    type_filter(window, "")
    window.show_dashboard()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
