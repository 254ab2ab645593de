"""Excel figures: exporting a workshop's workbook, against openpyxl alone writing the same cells.

The baseline, measured in the same run on the same workshop: openpyxl (write-only mode, as
the export uses) writing one row per card with the touchpoints sheet's values, and one
matrix sheet per journey whose cells hold their cards' texts, one per line, with no style,
no table, no drop-down, no legend. Its cells are prepared before it is timed; the export
is timed from the workshop to the file on disk.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from bench_tools import Figure, median_seconds
from openpyxl import Workbook
from support.synthetic import synthetic_workshop

from journey_studio.exporters.excel import export_workbook
from journey_studio.exporters.excel.rows import touchpoint_rows
from journey_studio.model.workshop import Workshop

Cells = list[list[object]]


def same_cells(workshop: Workshop) -> tuple[Cells, list[Cells]]:
    """The touchpoints rows and, per journey, the matrix of card texts."""
    touchpoints: Cells = [list(row) for row in touchpoint_rows(workshop, workshop.language)]
    matrices: list[Cells] = []
    for journey in workshop.journeys:
        matrix: Cells = [[None, *(stage.name for stage in workshop.stages)]]
        for channel in workshop.channels:
            row: list[object] = [channel.name]
            for stage in workshop.stages:
                texts = [card.text for card in journey.cell_cards(stage.id, channel.id)]
                row.append("\n".join(texts) or None)
            matrix.append(row)
        matrices.append(matrix)
    return touchpoints, matrices


def openpyxl_alone(path: Path, touchpoints: Cells, matrices: list[Cells]) -> None:
    book = Workbook(write_only=True)
    for matrix in matrices:
        sheet = book.create_sheet()
        for row in matrix:
            sheet.append(row)
    sheet = book.create_sheet()
    for row in touchpoints:
        sheet.append(row)
    book.save(path)


def figures(sizes: list[int]) -> list[Figure]:
    results: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            workshop = synthetic_workshop(size, seed=size)
            touchpoints, matrices = same_cells(workshop)
            repeat = 3 if size >= 5000 else 7
            ours = Path(folder) / f"export-{size}.xlsx"
            bare = Path(folder) / f"bare-{size}.xlsx"
            # Alternate the two, so that a busy moment of a shared machine hits both.
            export_times, bare_times = [], []
            for _ in range(repeat):
                bare_times.append(
                    median_seconds(partial(openpyxl_alone, bare, touchpoints, matrices), repeat=1)
                )
                export_times.append(
                    median_seconds(partial(export_workbook, workshop, ours), repeat=1)
                )
            export = sorted(export_times)[len(export_times) // 2]
            baseline = sorted(bare_times)[len(bare_times) // 2]
            results += [
                Figure(f"xlsx_s_{size}", export, "s", "export the whole workbook"),
                Figure(
                    f"xlsx_ratio_vs_openpyxl_{size}",
                    export / baseline,
                    "x",
                    "vs openpyxl alone writing the same cells (goal <= 1.5)",
                ),
            ]
    return results
