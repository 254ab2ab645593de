"""The map of one journey as an image file: a PNG picture or an SVG drawing.

The image is the canvas itself: the real :class:`~journey_studio.gui.canvas.scene.MapScene`
is built offscreen (with the persona filter, when one is given, dimming the other cards) and
its whole map is rendered, so the image shows what the consultant sees on screen. A PNG is
drawn at ``scale`` pixels per map unit on white, with its resolution recorded as 300 dpi; an
SVG keeps shapes and text as vectors. The file is written beside its destination under a
temporary name and then moved into place, so an existing image is never left half-written.

Works with or without a running editor: when there is no application yet, one is made (on
the offscreen platform when there is no display).
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from journey_studio.gui import i18n
from journey_studio.gui.canvas.scene import MapScene
from journey_studio.gui.icons import IconLibrary
from journey_studio.model.vocabulary import JourneyKind

if TYPE_CHECKING:
    from journey_studio.layout import LayoutOptions
    from journey_studio.model.workshop import Journey, Workshop

FORMATS = (".png", ".svg")
BORDER = 16.0
"""White room around the map in the image, in map units."""
MAX_SIDE_PIXELS = 20_000
"""The widest or tallest a PNG gets; a bigger map is drawn at a smaller scale."""
MAX_PIXELS = 200_000_000
"""The most pixels a PNG gets (about 800 MB of memory while it is drawn)."""
PRINT_DPI = 300
"""The resolution recorded in a PNG, so that it prints sharp at its natural size."""
_DOTS_PER_METRE = round(PRINT_DPI / 0.0254)


class ImageExportError(ValueError):
    """The image cannot be written; ``args[0]`` is one sentence that says why."""


@dataclass(frozen=True)
class ImageExport:
    """What was written: the file, its size, and the scale actually used."""

    path: Path
    width: int
    """Pixels for a PNG, map units for an SVG."""
    height: int
    scale: float
    """Pixels per map unit (1 for an SVG); lower than asked when the map was too big."""
    scaled_down: bool
    """Whether the map was too big for the scale asked and was drawn smaller."""


def export_image(
    workshop: Workshop,
    out: Path,
    *,
    journey_id: str | None = None,
    persona_id: str | None = None,
    scale: float = 2.0,
    options: LayoutOptions | None = None,
) -> Path:
    """Write the map of one journey to ``out``, a ``.png`` or ``.svg`` file; returns ``out``.

    Args:
        workshop: the workshop whose map is drawn (it is not changed).
        out: the image file; its suffix chooses the format.
        journey_id: the journey to draw; by default the target journey, else the first.
        persona_id: dim the cards this persona is not linked to, as the canvas filter does.
        scale: pixels per map unit in a PNG (2 is sharp on screen and in print).
        options: the canvas's layout options (lanes shown or hidden); the defaults if None.

    Raises:
        ImageExportError: an unknown format, journey or persona, a map too big to draw,
            or a file that cannot be written; the message is one sentence.
    """
    return render_image(
        workshop,
        out,
        journey_id=journey_id,
        persona_id=persona_id,
        scale=scale,
        options=options,
    ).path


def render_image(
    workshop: Workshop,
    out: Path,
    *,
    journey_id: str | None = None,
    persona_id: str | None = None,
    scale: float = 2.0,
    options: LayoutOptions | None = None,
) -> ImageExport:
    """As :func:`export_image`, and say what was written (size, scale used)."""
    out = Path(out)
    suffix = out.suffix.casefold()
    if suffix not in FORMATS:
        raise ImageExportError(
            f"An image is exported as a .png or .svg file, and {out.name!r} ends in neither."
        )
    if not (math.isfinite(scale) and scale > 0):
        raise ImageExportError(f"The scale must be a number greater than 0, not {scale!r}.")
    journey = _journey(workshop, journey_id)
    if persona_id is not None and all(p.id != persona_id for p in workshop.personas):
        raise ImageExportError(f"This workshop has no persona with the id {persona_id!r}.")
    created = _application()
    with _map_language(workshop.language if created else None):
        scene = MapScene(IconLibrary())
        try:
            scene.show_journey(workshop, journey, options)
            scene.set_persona_filter(persona_id)
            source = scene.map_rect().united(scene.itemsBoundingRect())
            if suffix == ".png":
                return _write_png(scene, source, out, scale)
            return _write_svg(scene, source, out, _title(workshop, journey))
        finally:
            scene.clear()


def default_journey(workshop: Workshop) -> Journey | None:
    """The journey an image shows by default: the target journey, else the first."""
    for journey in workshop.journeys:
        if journey.kind is JourneyKind.TARGET:
            return journey
    return workshop.journeys[0] if workshop.journeys else None


def png_scale(width: float, height: float, scale: float) -> float:
    """The scale a PNG of a ``width`` x ``height`` map is drawn at: ``scale``, or less so
    that no side passes :data:`MAX_SIDE_PIXELS` and the whole stays within
    :data:`MAX_PIXELS`."""
    width, height = max(width, 1.0), max(height, 1.0)
    return min(
        scale,
        MAX_SIDE_PIXELS / width,
        MAX_SIDE_PIXELS / height,
        math.sqrt(MAX_PIXELS / (width * height)),
    )


def _journey(workshop: Workshop, journey_id: str | None) -> Journey:
    if journey_id is None:
        chosen = default_journey(workshop)
        if chosen is None:
            raise ImageExportError("This workshop has no journey to draw yet.")
        return chosen
    for journey in workshop.journeys:
        if journey.id == journey_id:
            return journey
    raise ImageExportError(f"This workshop has no journey with the id {journey_id!r}.")


def _title(workshop: Workshop, journey: Journey) -> str:
    return f"{workshop.name} – {journey.name}" if workshop.name.strip() else journey.name


def _application() -> bool:
    """Make sure a GUI application exists (offscreen when there is no display); returns
    whether one was made here (on the command line) rather than found (in the editor)."""
    if QApplication.instance() is not None:
        return False
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication(sys.argv[:1])
    return True


@contextlib.contextmanager
def _map_language(language: str | None) -> Iterator[None]:
    """Draw the map's own words (its subtitle, lane titles, numbers) in ``language`` for
    the time of one export, then give the application its language back. None: leave the
    application's language (the editor's) as it is."""
    app = QCoreApplication.instance()
    if language not in i18n.LANGUAGES or app is None:
        yield
        return
    previous = QLocale()
    translators = i18n.install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous)


def _write_png(scene: MapScene, source: QRectF, out: Path, scale: float) -> ImageExport:
    framed = source.adjusted(-BORDER, -BORDER, BORDER, BORDER)
    used = png_scale(framed.width(), framed.height(), scale)
    width = max(1, math.ceil(framed.width() * used))
    height = max(1, math.ceil(framed.height() * used))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ImageExportError(
            f"The map is too big for an image of {width} x {height} pixels in this computer's "
            "memory; export it at a smaller scale."
        )
    image.fill(QColor(Qt.GlobalColor.white))
    image.setDotsPerMeterX(_DOTS_PER_METRE)
    image.setDotsPerMeterY(_DOTS_PER_METRE)
    painter = QPainter(image)
    try:
        _render(painter, scene, source, _inside_border(source, used))
    finally:
        painter.end()
    png = image.convertToFormat(QImage.Format.Format_RGB32)
    _replace(out, lambda temporary: png.save(str(temporary), "PNG"))
    return ImageExport(out, width, height, used, used < scale)


def _write_svg(scene: MapScene, source: QRectF, out: Path, title: str) -> ImageExport:
    width = math.ceil(source.width() + 2 * BORDER)
    height = math.ceil(source.height() + 2 * BORDER)

    def write(temporary: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setTitle(title)
        generator.setDescription(
            QCoreApplication.translate(
                "ImageExport", "Customer journey map made with Journey Studio"
            )
        )
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0.0, 0.0, width, height))
        generator.setResolution(96)
        painter = QPainter()
        if not painter.begin(generator):
            return False
        try:
            painter.fillRect(QRectF(0.0, 0.0, width, height), QColor(Qt.GlobalColor.white))
            _render(painter, scene, source, _inside_border(source, 1.0))
        finally:
            painter.end()
        return temporary.exists() and temporary.stat().st_size > 0

    _replace(out, write)
    return ImageExport(out, width, height, 1.0, False)


def _inside_border(source: QRectF, scale: float) -> QRectF:
    """Where the map goes in the image: inside a white border, at ``scale``."""
    return QRectF(BORDER * scale, BORDER * scale, source.width() * scale, source.height() * scale)


def _render(painter: QPainter, scene: MapScene, source: QRectF, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)


def _replace(out: Path, write: Callable[[Path], bool]) -> None:
    """Write through ``write(temporary) -> bool`` beside ``out``, then move it over ``out``."""
    folder = out.parent
    if not folder.is_dir():
        raise ImageExportError(f"The folder {str(folder)!r} does not exist.")
    temporary = folder / f".{out.stem}-{uuid.uuid4().hex[:8]}{out.suffix}.tmp"
    try:
        if not os.access(folder, os.W_OK) or not write(temporary):
            raise ImageExportError(
                f"{out.name!r} cannot be written: the folder {str(folder)!r} is read-only or full."
            )
        os.replace(temporary, out)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImageExportError(f"{out.name!r} cannot be written: {reason}.") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
