"""The interface's language: which one to use, and the translators that give it.

Every visible string goes through Qt's translation (``self.tr`` in widgets,
``QCoreApplication.translate(context, ...)`` elsewhere; edit names in the ``Edits``
context). The catalogues are ``resources/translations/journey_studio_LANG.qm``, compiled
from the ``.ts`` files beside them, read through :mod:`journey_studio.assets` (never by
path) and loaded from memory. Switching language while the editor runs replaces the
translators; Qt then sends every widget a ``LanguageChange`` event, on which the panels
set their texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from journey_studio.assets import resource_bytes, resource_exists

LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}
"""The interface's languages, each named in itself (as a language menu shows them)."""
TRANSLATIONS_FOLDER = "translations"


def catalogue_name(language: str) -> str:
    """The file name of our catalogue for a language: ``journey_studio_fr.qm``."""
    return f"journey_studio_{language}.qm"


def language_of(locale: QLocale) -> str:
    """The interface language for a locale: French for any French locale, else English."""
    return "fr" if locale.language() == QLocale.Language.French else "en"


def resolve_language(preference: str | None) -> str:
    """``"fr"`` or ``"en"``: the preference if it names one, else the system's language."""
    if preference in LANGUAGES:
        return str(preference)
    return language_of(QLocale.system())


def current_language() -> str:
    """The language the interface is shown in now (``"fr"`` or ``"en"``)."""
    return language_of(QLocale())


class _Catalogue(QTranslator):
    """A translator loaded from memory; it keeps the bytes it reads from alive."""

    def __init__(self, data: bytes, parent: QObject) -> None:
        super().__init__(parent)
        self._data = data
        self.loaded = self.load(self._data)


def english_catalogue(app: QCoreApplication) -> QTranslator | None:
    """Install only our English catalogue (plural forms of the English texts); None if absent."""
    name = catalogue_name("en")
    if not resource_exists(TRANSLATIONS_FOLDER, name):
        return None
    catalogue = _Catalogue(resource_bytes(TRANSLATIONS_FOLDER, name), app)
    if not catalogue.loaded:
        catalogue.deleteLater()
        return None
    app.installTranslator(catalogue)
    return catalogue


def install_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Show the interface in ``language`` (``None`` or ``""``: the system's).

    Installs Qt's own catalogue (dialog buttons, ...) and ours, and makes the locale the
    default (number and date formats). Returns the translators installed; they are
    children of ``app``.
    """
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    else:
        qt_translator.deleteLater()
    name = catalogue_name(language_of(locale))
    if resource_exists(TRANSLATIONS_FOLDER, name):
        ours = _Catalogue(resource_bytes(TRANSLATIONS_FOLDER, name), app)
        if ours.loaded:
            app.installTranslator(ours)
            installed.append(ours)
        else:
            ours.deleteLater()
    return installed


def switch_language(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Replace the translators installed on ``app`` by those of ``language``.

    Qt sends every widget a ``LanguageChange`` event; widgets that build their texts in a
    ``retranslate`` method show the new language at once.
    """
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translators(app, language)
