"""Dependencies are honest: what rentan_desktop imports is declared, what is declared is used, and
constraints.txt pins every declared package at a version pyproject allows."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RUNTIME = [Requirement(r) for r in PROJECT["dependencies"]]
EXTRAS = {name: [Requirement(r) for r in reqs] for name, reqs in PROJECT["optional-dependencies"].items()}
# Imported inside try/except ImportError: the app runs without it (the OS key store).
OPTIONAL_IMPORTS = {"keyring"}
# Imported only by one area that ships as an extra: top-level import -> (extra, the package folder).
EXTRA_IMPORTS = {"psycopg": ("hub", "hub")}
# Declared but not imported by name: loaded by another package when present.
INDIRECT = {"rl-accel": "reportlab's C accelerator, picked up by reportlab itself"}


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, version = line.partition("==")
        assert sep and version and not any(c in version for c in "<>=!~;, "), f"not an exact pin: {line}"
        pins[canonicalize_name(name)] = version
    return pins


def _imported_tops(skip_area: str | None = None) -> set[str]:
    tops = set()
    for path in (ROOT / "rentan_desktop").rglob("*.py"):
        if skip_area and path.relative_to(ROOT / "rentan_desktop").parts[0] == skip_area:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                tops.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops.add(node.module.split(".")[0])
    return {t for t in tops if t not in sys.stdlib_module_names and t not in ("rentan_desktop", "__future__")}


ALL = [(group, req) for group, reqs in [("runtime", RUNTIME), *EXTRAS.items()] for req in reqs]


@pytest.mark.parametrize(("group", "req"), ALL, ids=[f"{g}:{r}" for g, r in ALL])
def test_every_declared_package_is_pinned_at_an_allowed_version(group, req):
    pins = _pins()
    name = canonicalize_name(req.name)
    assert name in pins, f"{req.name} ({group}) has no pin in constraints.txt"
    # The pin must satisfy the requirement whatever its marker says: the same file serves every platform.
    assert req.specifier.contains(Version(pins[name]), prereleases=True), f"{req.name}=={pins[name]} vs {req}"


def test_the_pyside6_release_that_crashes_on_3_11_is_excluded():
    below_312 = [r for r in RUNTIME if canonicalize_name(r.name) == "pyside6-essentials"
                 and r.marker and r.marker.evaluate({"python_version": "3.11"})]
    assert below_312 and all(not r.specifier.contains("6.12.0") for r in below_312)
    assert _pins()["pyside6-essentials"] != "6.12.0"


def test_what_the_app_imports_is_declared():
    dists = packages_distributions()
    declared = {canonicalize_name(r.name) for r in RUNTIME}
    undeclared = {}
    for top in _imported_tops() - OPTIONAL_IMPORTS - set(EXTRA_IMPORTS):
        provided_by = {canonicalize_name(d) for d in dists.get(top, [])}
        if not provided_by & declared:
            undeclared[top] = sorted(provided_by)
    assert undeclared == {}


@pytest.mark.parametrize("top", sorted(EXTRA_IMPORTS))
def test_an_extra_s_package_is_declared_there_and_imported_only_by_its_area(top):
    extra, area = EXTRA_IMPORTS[top]
    dists = {canonicalize_name(d) for d in packages_distributions().get(top, [])}
    assert dists & {canonicalize_name(r.name) for r in EXTRAS[extra]}, f"{top} is not declared in [{extra}]"
    assert top not in _imported_tops(skip_area=area), f"{top} is imported outside rentan_desktop/{area}"


def test_what_is_declared_is_imported():
    dists = packages_distributions()
    imported_dists = {canonicalize_name(d) for top in _imported_tops() for d in dists.get(top, [])}
    unused = sorted(r.name for r in RUNTIME
                    if canonicalize_name(r.name) not in imported_dists and r.name not in INDIRECT)
    assert unused == []
