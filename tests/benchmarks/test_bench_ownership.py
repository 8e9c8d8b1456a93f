"""The ownership benchmark runs on a short chain and reaches the verdict its long run prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_ownership import pure, register


def test_the_benchmark_runs_on_a_short_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pure(30, 60.0)
    register(30, 60.0, tmp_path)
    out = capsys.readouterr().out
    assert "verdict: captured" in out and "findings: 1" in out and "report verdict: captured" in out
