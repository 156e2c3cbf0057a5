"""The image build context (.dockerignore at the repository root) leaves out secrets and local state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[3]


def rules() -> list[tuple[bool, re.Pattern[str]]]:
    """(excluded?, regex) for each line, in order, with Docker's syntax: **, *, ?, leading !."""
    parsed = []
    for raw in (ROOT / ".dockerignore").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = line.lstrip("!").strip("/")
        regex = ""
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex += "(?:.*/)?"
                i += 3
            elif pattern.startswith("**", i):
                regex += ".*"
                i += 2
            elif pattern[i] == "*":
                regex += "[^/]*"
                i += 1
            elif pattern[i] == "?":
                regex += "[^/]"
                i += 1
            else:
                regex += re.escape(pattern[i])
                i += 1
        parsed.append((not negated, re.compile(regex + "$")))
    return parsed


def excluded(path: str) -> bool:
    """Whether Docker leaves path out of the context: the last rule matching it or a parent directory wins."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    verdict = False
    for exclude, regex in rules():
        if any(regex.match(prefix) for prefix in prefixes):
            verdict = exclude
    return verdict


def test_the_dockerfile_builds_from_the_repository_root() -> None:
    build = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())["x-exportwatch"]["build"]
    assert (ROOT / "deploy" / build["context"]).resolve() == ROOT
    assert (ROOT / ".dockerignore").is_file()


@pytest.mark.parametrize(
    "path",
    [
        ".env",
        ".env.local",
        ".env.production",
        "deploy/.env",
        "services/notifier/.env",
        ".cache/exportwatch.db",
        ".cache/kafka/libs-1234/kafka-clients-4.1.1.jar",
        ".cache/classifier/v1/tables",
        "exportwatch.db",
        "services/watcher/state.db",
        "services/watcher/state.db-journal",
        ".git/HEAD",
        ".git/objects/ab/cdef",
        ".venv/bin/python",
        "services/notifier/src/notifier/__pycache__/service.cpython-311.pyc",
        ".mypy_cache/3.11/x.json",
        ".ruff_cache/0.1/x",
        ".pytest_cache/v/cache/lastfailed",
        ".hypothesis/examples/x",
        "bench/results/e2e-1.json",
    ],
)
def test_secrets_state_and_caches_stay_out_of_the_image(path: str) -> None:
    assert excluded(path), f"{path} would be copied into the image"


def test_what_uv_sync_and_the_services_need_stays_in() -> None:
    needed = ["pyproject.toml", "uv.lock"]
    for pyproject in ROOT.glob("**/pyproject.toml"):
        relative = pyproject.relative_to(ROOT)
        if relative.parts[0].startswith("."):
            continue
        needed.append(str(relative))
        needed += [str(p.relative_to(ROOT)) for p in (pyproject.parent / "src").rglob("*.py")]
    assert len(needed) > 20
    for path in needed:
        assert not excluded(path), f"{path} is needed by the image but excluded"
