"""Workshops the CRM export tests feed the exporters: hostile texts and long names.

Imported by the test modules of this folder (pytest puts it on ``sys.path``).
"""

from __future__ import annotations

from journey_studio.model.vocabulary import CrmFieldType, CrmObject, ForecastCategory
from journey_studio.model.workshop import (
    CrmField,
    CrmLink,
    Kpi,
    Pipeline,
    PipelineStage,
    Stage,
    Workshop,
)

HOSTILE_NAME = 'Négo <b>"top"</b> & l\'été'
HOSTILE_CRITERIA = (
    'Le commercial passe l\'étape si score < 50 & "chaud"\r\n'
    "puis l'équipe <Ventes> valide ; ligne 3 : 'fin'\x07"
)
LONG_STAGE = "Proposition commerciale envoyée au décideur " * 7
LONG_PIPELINE = "Pipeline des renouvellements et extensions grands comptes"


def hostile_workshop(language: str = "fr") -> Workshop:
    """A small workshop whose every text tries to break a format."""
    discovery = Stage(
        "Découverte <&>",
        lifecycle_status='Lead "froid"',
        entry_criteria=HOSTILE_CRITERIA,
        exit_criteria="Score ≥ 50 → MQL",
        kpis=[Kpi("Taux <conv>", 12.5, "%"), Kpi("Infini", float("inf"), "")],
    )
    decision = Stage(
        "Décision\nfinale",
        lifecycle_status="Opportunité & co",
        entry_criteria="",
        exit_criteria="Signature",
    )
    after = Stage("Fidélité", lifecycle_status="Client à risque ⚠")
    amount = CrmField(
        'Montant <HT> & "TTC"', "Amount", object=CrmObject.OPPORTUNITY, type=CrmFieldType.CURRENCY
    )
    reason = CrmField(
        "Motif de perte (très long libellé qui dépasse quarante caractères)",
        "Motif_perte__c",
        object=CrmObject.OPPORTUNITY,
        type=CrmFieldType.PICKLIST,
        allowed_values=["Prix < 10 €", "Prix & délai", 'Délai "trop" long', "prix & délai"],
    )
    health = CrmField(
        "Santé du compte", "Santé compte__c", object=CrmObject.ACCOUNT, type=CrmFieldType.NUMBER
    )
    nps = CrmField("NPS", "NPS__c", object=CrmObject.CONTACT, type=CrmFieldType.PERCENT)
    opted = CrmField("Opt-in", "Opt_in__c", object=CrmObject.CONTACT, type=CrmFieldType.CHECKBOX)
    tags = CrmField(
        "Centres d'intérêt",
        "Interets__c",
        object=CrmObject.LEAD,
        type=CrmFieldType.MULTI_PICKLIST,
        allowed_values=["CRM", "ERP & BI"],
    )
    orphan = CrmField("Projet", "Projet__c", object=CrmObject.CUSTOM, custom_object="")
    sales = Pipeline(
        HOSTILE_NAME,
        team="Ventes <B2B>",
        stages=[
            PipelineStage(
                "Qualifiée & <chaude>",
                probability=15,
                stale_after_days=14,
                entry_criteria=HOSTILE_CRITERIA,
                exit_criteria="Proposition\nenvoyée",
                stage_id=decision.id,
                signal_fields=[CrmLink(amount.id, "> 0"), CrmLink(nps.id, "")],
            ),
            PipelineStage(
                LONG_STAGE,
                probability=45,
                forecast_category=ForecastCategory.BEST_CASE,
                entry_criteria="x" * 900,
                exit_criteria="y" * 900,
                stage_id=decision.id,
                signal_fields=[CrmLink(reason.id, "")],
            ),
            PipelineStage(
                "Gagnée",
                probability=100,
                closed=True,
                won=True,
                forecast_category=ForecastCategory.CLOSED,
                entry_criteria="Bon de commande",
                exit_criteria="Passation",
            ),
            PipelineStage(
                "Perdue",
                probability=0,
                closed=True,
                forecast_category=ForecastCategory.OMITTED,
                entry_criteria="Refus",
                exit_criteria="Relance à 6 mois",
            ),
        ],
    )
    renewals = Pipeline(
        LONG_PIPELINE,
        team="Customer Success",
        stages=[
            PipelineStage("À renouveler", stale_after_days=30, entry_criteria="J-120"),
            PipelineStage(
                "Gagnée",
                closed=True,
                won=True,
                probability=90,
                forecast_category=ForecastCategory.CLOSED,
                entry_criteria="Avenant signé",
                exit_criteria="Fin",
            ),
        ],
    )
    return Workshop(
        name='Atelier <Cible> & "test"',
        language=language,
        stages=[discovery, decision, after],
        crm_fields=[amount, reason, health, nps, opted, tags, orphan],
        pipelines=[sales, renewals],
    )
