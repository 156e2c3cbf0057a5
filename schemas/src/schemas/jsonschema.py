"""Export the event models as JSON Schema files for consumers in other languages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from schemas.events import EVENT_MODELS

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "json"


def render_all() -> dict[str, str]:
    """File name -> JSON Schema text for every event model (deterministic, newline-terminated)."""
    return {
        f"{name}.v1.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in EVENT_MODELS.items()
    }


def write_all(directory: Path = DEFAULT_DIR) -> list[Path]:
    """Write every schema file into directory; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in render_all().items():
        path = directory / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR):
        print(written_path)
