"""Shared test set-up: hypothesis profiles and the repository root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "ci" (the default, what the README's test command and CI run): derandomised, so every run draws
# the same examples and a submission that changed nothing cannot turn red; bounded and deadline-free
# so a slow or busy machine never flakes. No example database: nothing carries over between runs.
# "dev" (tox -e search): an open random search, run on purpose; a failure it finds becomes an
# explicit regression test (an @example or a plain test), never a silent change to the CI draw.
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=1000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden reports in reports/ instead of comparing against them",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seeds() -> Path:
    """The seed articles shipped in the repository."""
    return SEEDS
