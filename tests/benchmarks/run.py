"""Benchmarks of Journey Studio: each figure against a baseline measured in the same run.

    python tests/benchmarks/run.py            a readable table
    python tests/benchmarks/run.py --json     one JSON object (the keys of DESIGN.md section 5)
    python tests/benchmarks/run.py --sizes 50 500

Not part of the test run. The machine is shared and noisy: every figure is a median over
several repetitions, and the ratios against the same-run baselines matter more than the
seconds. Each area of the product adds its figures as a module with a ``figures(sizes)``
function in ``SECTIONS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from canvas_figures import figures as canvas_figures  # noqa: E402
from excel_figures import figures as excel_figures  # noqa: E402
from pdf_figures import figures as pdf_figures  # noqa: E402
from storage_figures import figures as storage_figures  # noqa: E402

if TYPE_CHECKING:
    from bench_tools import Figure

SECTIONS = {
    "storage": storage_figures,
    "canvas": canvas_figures,
    "excel": excel_figures,
    "pdf": pdf_figures,
}
SIZES = (50, 500, 5000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    options = parser.parse_args()
    results: list[Figure] = []
    for name, section in SECTIONS.items():
        if options.only and name not in options.only:
            continue
        results += section(options.sizes)
    if options.json:
        print(json.dumps({f.key: f.value for f in results}, indent=2, sort_keys=True))
    else:
        width = max(len(f.key) for f in results)
        for figure in results:
            print(f"{figure.key:<{width}}  {figure.shown():>12}  {figure.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
