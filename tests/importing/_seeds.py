"""Where the seed documents live for the importing tests (resources/seeds of this repo)."""

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")
