"""The quality gate: stage scores on the shared gold data stay at or above eval/baseline.json."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.shared_data
def test_eval_gate_scores_hold_their_floors():
    proc = subprocess.run([sys.executable, str(ROOT / "eval" / "gate.py")], capture_output=True, text=True,
                          cwd=ROOT, timeout=1200)
    assert proc.returncode == 0, proc.stdout + proc.stderr
