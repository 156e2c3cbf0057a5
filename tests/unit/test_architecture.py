"""Services never import each other: each may use only the shared libraries and third-party packages."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("watcher", "classifier", "notifier", "monitor")
LIBRARIES = ("schemas", "storage", "screening", "servicekit")
# Every first-party top-level package; anything else a module imports is the standard library or third-party.
FIRST_PARTY = (*SERVICES, *LIBRARIES, "devkit", "harness", "tests", "bench")
SOURCES = {
    **{name: ROOT / "services" / name / "src" / name for name in SERVICES},
    **{name: ROOT / name / "src" / name for name in LIBRARIES},
    "devkit": ROOT / "devkit" / "src" / "devkit",
    "harness": ROOT / "harness" / "src" / "harness",
}
# What each first-party package may import besides itself: a service only the shared libraries, a
# library only other libraries, devkit (the local broker, replay server and fakes) only the libraries too,
# and the harness (the chaos run and seeds, which drive the real services) the services and devkit.
ALLOWED = {
    **{name: frozenset(LIBRARIES) for name in SERVICES},
    **{name: frozenset(LIBRARIES) for name in LIBRARIES},
    "devkit": frozenset(LIBRARIES),
    "harness": frozenset((*SERVICES, *LIBRARIES, "devkit")),
}


def imported_packages(source: str) -> set[str]:
    """The top-level packages a module's source imports (relative imports stay inside its package)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def violations(package: str) -> list[str]:
    """Each `path: imports X` where a module of package imports a first-party package it must not."""
    allowed = ALLOWED[package] | {package}
    out = []
    for path in sorted(SOURCES[package].rglob("*.py")):
        for name in sorted(imported_packages(path.read_text(encoding="utf-8"))):
            if name in FIRST_PARTY and name not in allowed:
                out.append(f"{path.relative_to(ROOT)}: imports {name}")
    return out


@pytest.mark.parametrize("package", sorted(SOURCES))
def test_imports_stay_within_the_allowed_packages(package: str) -> None:
    assert any(SOURCES[package].rglob("*.py")), f"no sources found for {package} at {SOURCES[package]}"
    assert violations(package) == []


def test_the_check_sees_every_import_form() -> None:
    source = (
        "import notifier.tables\nfrom classifier import rules\nfrom . import sibling\nimport httpx as h\n"
    )
    assert imported_packages(source) == {"notifier", "classifier", "httpx"}
    nested = "def f():\n    from watcher.settings import WatcherSettings\n    return WatcherSettings\n"
    assert imported_packages(nested) == {"watcher"}


def test_a_service_importing_another_service_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "notifier"
    package.mkdir()
    (package / "ok.py").write_text(
        "import httpx\nfrom schemas.events import DocumentSeen\n", encoding="utf-8"
    )
    (package / "bad.py").write_text("from classifier.classify import classify\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setitem(SOURCES, "notifier", package)
    assert violations("notifier") == ["notifier/bad.py: imports classifier"]
