"""The CRM's words in the deliverables and in the workbooks read back, in French and English.

A forecast category is written as the CRM shows it to its users (Salesforce's labels, in
the French and English interfaces), never as its API value: "Validé" / "Commit", not
"Forecast". The editor shows the same words (its French catalogue; a test keeps them equal),
so a stage reads the same on screen, in the workbook and in the PDF. The Salesforce export
writes the API values.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from journey_studio.model.vocabulary import ForecastCategory

FORECAST_CATEGORIES: Mapping[ForecastCategory, tuple[str, str]] = MappingProxyType(
    {
        ForecastCategory.OMITTED: ("Omis", "Omitted"),
        ForecastCategory.PIPELINE: ("Pipeline", "Pipeline"),
        ForecastCategory.BEST_CASE: ("Meilleur cas", "Best case"),
        ForecastCategory.MOST_LIKELY: ("Plus probable", "Most likely"),
        ForecastCategory.FORECAST: ("Validé", "Commit"),
        ForecastCategory.CLOSED: ("Fermé", "Closed"),
    }
)
"""Forecast category -> its (French, English) label."""


def forecast_category(category: ForecastCategory, language: str) -> str:
    """The label of a forecast category in ``language`` ("fr" or "en")."""
    french, english = FORECAST_CATEGORIES[category]
    return french if language == "fr" else english
