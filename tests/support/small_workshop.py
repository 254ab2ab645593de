"""A small hand-built French workshop: three stages over two teams, two personas, two journeys."""

from __future__ import annotations

from journey_studio.model.vocabulary import JourneyKind, Rating
from journey_studio.model.workshop import (
    Card,
    Channel,
    CrmField,
    CrmLink,
    Journey,
    Persona,
    Pipeline,
    PipelineStage,
    Stage,
    Workshop,
)


def build_small_workshop() -> Workshop:
    """Three stages over two teams (one handoff), three channels, two personas, two journeys."""
    discovery = Stage("Découverte", phase="Marketing", colour="#3F6DB3", lifecycle_status="Lead")
    evaluation = Stage("Évaluation", phase="Marketing", colour="#3F6DB3", lifecycle_status="MQL")
    decision = Stage(
        "Décision / négociation", phase="Ventes", colour="#E07B39", lifecycle_status="Opportunité"
    )
    website = Channel("Site web", icon="channel-website")
    email = Channel("E-mail", icon="channel-email")
    phone = Channel("Téléphone", icon="channel-phone")
    claire = Persona("Claire Martin", role="Directrice marketing", colour="#8E44AD")
    karim = Persona("Karim", role="Acheteur", colour="#16A085")
    score = CrmField("Score de lead", "lead_score")
    sales = Pipeline(
        "Ventes",
        colour="#E07B39",
        stages=[
            PipelineStage("Proposition envoyée", probability=30, stage_id=decision.id),
            PipelineStage("Négociation", probability=60, stage_id=decision.id),
        ],
    )
    current_cards = [
        Card(
            "Je télécharge le livre blanc sur la planification",
            discovery.id,
            website.id,
            rating=Rating.DELIGHT,
            emotion=2,
            persona_ids=[claire.id],
            crm_links=[CrmLink(score.id, "+10")],
        ),
        Card(
            "Je remplis un formulaire de douze champs pour obtenir une démo, "
            "et personne ne me rappelle avant dix jours ouvrés",
            discovery.id,
            website.id,
            order=1,
            rating=Rating.IRRITANT,
            emotion=-1,
        ),
        Card(
            "Je reçois trois newsletters par semaine",
            discovery.id,
            website.id,
            order=2,
            rating=Rating.IRRITANT,
        ),
        Card(
            "Je compare les offres",
            evaluation.id,
            email.id,
            persona_ids=[claire.id, karim.id],
        ),
        Card(
            "J'attends le devis trois semaines",
            decision.id,
            phone.id,
            rating=Rating.BREAKING_POINT,
            emotion=-2,
            moment_of_truth=True,
            persona_ids=[karim.id],
        ),
    ]
    target_cards = [
        Card("Je réserve une démo en ligne", evaluation.id, website.id, rating=Rating.DELIGHT),
        Card("Je reçois mon devis sous 48 h", decision.id, email.id, emotion=1),
    ]
    return Workshop(
        "Atelier parcours cible — Logicia",
        client="Logicia",
        stages=[discovery, evaluation, decision],
        channels=[website, email, phone],
        personas=[claire, karim],
        crm_fields=[score],
        pipelines=[sales],
        journeys=[
            Journey(
                "Parcours actuel",
                kind=JourneyKind.CURRENT,
                cards={card.id: card for card in current_cards},
            ),
            Journey(
                "Parcours cible",
                kind=JourneyKind.TARGET,
                cards={card.id: card for card in target_cards},
            ),
        ],
    )
