#!/usr/bin/env python3
"""Set up Journey Studio from a fresh clone, then run the editor or the tests.

    python3 dev.py run      set everything up and open the editor on the sample workshop
    python3 dev.py test     set everything up and run the whole test suite, headless

Everything lives in ``.venv`` beside this file. On Linux the Qt window libraries (and, for
the tests, Xvfb and poppler-utils) come from Debian's packages: installed with apt-get when
running as root, otherwise the exact command to run is printed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".journey-studio-setup"

QT_WINDOW_PACKAGES = [
    # What the PySide6 wheels' Qt libraries and their xcb platform plugin link against.
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "fonts-dejavu-core",
]
TEST_PACKAGES = ["xvfb", "xauth", "poppler-utils", "sqlite3"]


def say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def missing_debian_packages(names: list[str]) -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in names:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    return missing


def ensure_debian_packages(names: list[str]) -> None:
    missing = missing_debian_packages(names)
    if not missing:
        return
    line = "apt-get install -y " + " ".join(missing)
    if os.geteuid() != 0:
        say("these system packages are missing; install them, then run this again:")
        print(f"    sudo apt-get update && sudo {line}", file=sys.stderr)
        sys.exit(1)
    say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
        check=True,
        env=env,
    )


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> str:
    folder = VENV / ("Scripts" if sys.platform == "win32" else "bin")
    return str(folder / name)


def setup_fingerprint(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_environment(extras: str) -> None:
    """Create the virtual environment and install the project (and its extras) into it."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        say(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
        sys.exit(1)
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
    fingerprint = setup_fingerprint(extras)
    target = f".[{extras}]" if extras else "."
    if not STAMP.exists() or STAMP.read_text() != fingerprint:
        say("installing Journey Studio and its dependencies into .venv")
        subprocess.run([*pip, "install", "--upgrade", "pip", "hatchling>=1.25,<2"], check=True)
        subprocess.run([*pip, "install", target], check=True, cwd=ROOT)
        STAMP.write_text(fingerprint)
    else:
        # Dependencies are in place: reinstall only the package itself, quickly.
        subprocess.run(
            [*pip, "install", "--no-deps", "--no-build-isolation", "--force-reinstall", "."],
            check=True,
            cwd=ROOT,
        )


def run_editor(arguments: list[str]) -> int:
    ensure_debian_packages(QT_WINDOW_PACKAGES)
    ensure_environment("")
    command = [venv_tool("journey-studio"), *(arguments or ["--sample"])]
    return subprocess.call(command)


def run_tests(arguments: list[str]) -> int:
    ensure_debian_packages(QT_WINDOW_PACKAGES + TEST_PACKAGES)
    ensure_environment("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("DISPLAY", None)
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        if subprocess.call([venv_tool(check[0]), *check[1:]], cwd=ROOT, env=env) != 0:
            say(f"'{' '.join(check)}' found problems")
            return 1
    # The tests import the installed package, not the source folder, so that resources
    # are read exactly as an installed wheel reads them.
    return subprocess.call([venv_tool("pytest"), *arguments], cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "run":
        return run_editor(arguments)
    return run_tests(arguments)


if __name__ == "__main__":
    sys.exit(main())
