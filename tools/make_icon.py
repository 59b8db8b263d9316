"""Draw the application icon (a ledger page with a tick on a red seal) into resources/icons:
zjtracker.png (256 px, the window icon) and zjtracker.ico (16–256 px, for Windows)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
RED, DARK_RED, PAPER, INK, GOLD = "#C8102E", "#8E0B20", "#FFF8EC", "#5A4636", "#F2B705"
SCALE = 4  # draw large, then shrink for smooth edges


def draw(size: int = 256) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = big / 256
    pen.rounded_rectangle((8 * unit, 8 * unit, 248 * unit, 248 * unit), radius=44 * unit,
                          fill=RED, outline=DARK_RED, width=int(6 * unit))
    pen.rounded_rectangle((58 * unit, 40 * unit, 198 * unit, 216 * unit), radius=12 * unit, fill=PAPER)
    for row in range(4):
        top = (76 + row * 32) * unit
        pen.rectangle((78 * unit, top, 96 * unit, top + 14 * unit), fill=RED)
        pen.rectangle((106 * unit, top + 3 * unit, 178 * unit, top + 11 * unit), fill=INK)
    pen.line([(120 * unit, 176 * unit), (150 * unit, 206 * unit), (226 * unit, 116 * unit)],
             fill=GOLD, width=int(24 * unit), joint="curve")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    folder = ROOT / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    icon = draw(256)
    icon.save(folder / "zjtracker.png")
    icon.save(folder / "zjtracker.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print(f"written {folder / 'zjtracker.png'} and {folder / 'zjtracker.ico'}")


if __name__ == "__main__":
    main()
