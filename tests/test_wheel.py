"""The built wheel carries its resources: a template and an icon load from an installed copy."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PIP = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]


def test_wheel_installed_apart_from_the_sources_reads_templates_and_icons(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            *PIP,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("journey_studio-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "journey_studio/resources/templates/simple.fr.json" in names
    assert "journey_studio/icons/rating-breaking-point.svg" in names
    target = tmp_path / "installed"
    installed = subprocess.run(
        [*PIP, "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    probe = (
        "import journey_studio, journey_studio.assets as a, journey_studio.templates as t\n"
        "print(journey_studio.__file__)\n"
        "w = t.workshop_from_template('simple', 'en')\n"
        "print(len(w.stages), w.stages[0].name)\n"
        "print(a.icon_bytes('rating-delight')[:4].decode())\n"
    )
    environment = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    location, stages, icon = result.stdout.splitlines()
    assert location.startswith(str(target))
    assert stages.startswith("5 ")
    assert icon in {"<svg", "<?xm"}
