"""Deterministic synthetic workshops of any size, for tests and benchmarks.

:func:`synthetic_workshop` builds a realistic workshop (stages tied to lifecycle statuses,
channels, personas, CRM fields, pipelines with probabilities, journeys full of rated
first-person touchpoints, links between them, an action plan) from a seed alone: the same
arguments always give the same workshop, ids included. It is fast enough to build 5,000
cards in a few tens of milliseconds, and every workshop it builds obeys
:func:`journey_studio.model.invariants.broken_rules`.
"""

from __future__ import annotations

import math
import random
import uuid
from bisect import bisect
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from journey_studio.model.vocabulary import (
    ActionStatus,
    ChannelKind,
    CrmFieldType,
    CrmObject,
    ForecastCategory,
    JourneyKind,
    Level,
    Rating,
)
from journey_studio.model.workshop import (
    Action,
    Card,
    CardLink,
    Channel,
    CrmField,
    CrmLink,
    Journey,
    Kpi,
    Persona,
    Pipeline,
    PipelineStage,
    Stage,
    Workshop,
)

__all__ = ["LANGUAGES", "card_texts", "stage_and_channel_counts", "synthetic_workshop"]

LANGUAGES = ("fr", "en")
TEXT_MIN, TEXT_MAX = 40, 90
"""The length of every card text, in characters."""


def synthetic_workshop(
    cards: int, *, seed: int = 0, journeys: int = 2, language: str = "fr"
) -> Workshop:
    """A realistic workshop holding ``cards`` touchpoints spread over ``journeys`` journeys.

    The grid grows with the square root of the card count: 6 to 12 stages, 7 to 10
    channels. The first journey is the current one, the others target journeys (the third
    and later ones per segment). ``language`` is "fr" or "en".
    """
    if cards < 0:
        raise ValueError("The number of cards cannot be negative.")
    if journeys < 0 or (cards and not journeys):
        raise ValueError("Cards need at least one journey to sit on.")
    if language not in LANGUAGES:
        raise ValueError(f"The language is one of {LANGUAGES}, not {language!r}.")
    return _Builder(random.Random(seed), _VOCABULARIES[language], language).build(cards, journeys)


def stage_and_channel_counts(cards: int) -> tuple[int, int]:
    """How many stages and channels a synthetic workshop of this many cards has."""
    root = math.sqrt(max(cards, 0))
    return min(12, 6 + round(root / 12)), min(10, 7 + round(root / 24))


def card_texts(language: str = "fr") -> tuple[str, ...]:
    """Every text a synthetic card can have in this language (each 40 to 90 characters)."""
    return tuple(text for texts in _texts_by_base(language) for text in texts)


# --- vocabulary --------------------------------------------------------------------------


@dataclass(frozen=True)
class _StageModel:
    name: str
    phase: str
    lifecycle_status: str
    definition: str
    entry_criteria: str
    exit_criteria: str


@dataclass(frozen=True)
class _PersonaModel:
    name: str
    role: str
    description: str
    goals: tuple[str, ...]
    frustrations: tuple[str, ...]
    budget: str
    attributes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _PipelineModel:
    name: str
    team: str
    phase: str
    stages: tuple[tuple[str, int | None, bool, bool, ForecastCategory, int | None], ...]
    """(name, probability, closed, won, forecast category, stale after days)."""


@dataclass(frozen=True)
class _Vocabulary:
    workshop_names: tuple[str, ...]
    clients: tuple[str, ...]
    facilitators: tuple[str, ...]
    description: str
    stages: tuple[_StageModel, ...]
    kpis: tuple[tuple[str, float, str], ...]
    channels: tuple[tuple[str, ChannelKind, str], ...]
    personas: tuple[_PersonaModel, ...]
    crm_fields: tuple[tuple[str, str, CrmObject, str, CrmFieldType, tuple[str, ...]], ...]
    """(label, api name, object, custom object, type, allowed values)."""
    pipelines: tuple[_PipelineModel, ...]
    journeys: tuple[str, str]
    segments: tuple[str, ...]
    verbs: tuple[tuple[str, tuple[str, ...]], ...]
    complements: tuple[str, ...]
    notes: tuple[str, ...]
    teams: tuple[str, ...]
    link_labels: tuple[str, ...]
    actions: tuple[str, ...]
    owners: tuple[str, ...]
    text_values: tuple[str, ...]


_FR = _Vocabulary(
    workshop_names=(
        "Atelier parcours cible",
        "Atelier parcours client B2B",
        "Refonte du parcours d'onboarding",
        "Parcours client et CRM",
    ),
    clients=("Boréal Énergie", "Maison Léonard", "Hôtels Célestins", "Équipements Perrin"),
    facilitators=("Élodie Marchand", "Grégoire Lefèvre", "Anaïs Dubreuil"),
    description=(
        "Atelier d'une demi-journée avec le marketing, les ventes, le service client et "
        "l'équipe CRM : parcours actuel restitué, parcours cible imaginé ensemble."
    ),
    stages=(
        _StageModel(
            "Découverte",
            "Marketing",
            "Lead",
            "Le prospect découvre la marque.",
            "Première visite identifiée",
            "Formulaire rempli",
        ),
        _StageModel(
            "Intérêt",
            "Marketing",
            "Lead",
            "Le prospect s'informe et revient.",
            "Contact créé dans le CRM",
            "Score supérieur à 50",
        ),
        _StageModel(
            "Considération",
            "Marketing",
            "MQL",
            "Le prospect compare les solutions.",
            "Score supérieur à 50",
            "Demande de démonstration",
        ),
        _StageModel(
            "Évaluation",
            "Ventes",
            "SQL",
            "Le commercial qualifie le besoin.",
            "Rendez-vous de découverte tenu",
            "Besoin, budget et délai validés",
        ),
        _StageModel(
            "Négociation",
            "Ventes",
            "Opportunité",
            "La proposition est discutée.",
            "Proposition envoyée",
            "Accord sur le prix",
        ),
        _StageModel(
            "Décision",
            "Ventes",
            "Opportunité",
            "Le comité choisit un fournisseur.",
            "Accord verbal du décideur",
            "Contrat signé ou affaire perdue",
        ),
        _StageModel(
            "Achat",
            "Ventes",
            "Client",
            "Le client signe et paie.",
            "Contrat signé",
            "Première facture réglée",
        ),
        _StageModel(
            "Onboarding",
            "Onboarding",
            "Client",
            "Le client met en place la solution.",
            "Réunion de lancement tenue",
            "Mise en production validée",
        ),
        _StageModel(
            "Adoption",
            "Customer Success",
            "Client actif",
            "Les utilisateurs s'approprient l'outil.",
            "Mise en production validée",
            "80 % des licences utilisées",
        ),
        _StageModel(
            "Fidélisation",
            "Customer Success",
            "Client actif",
            "Le client renouvelle et achète plus.",
            "Premier bilan trimestriel",
            "Renouvellement signé",
        ),
        _StageModel(
            "Renouvellement",
            "Customer Success",
            "Client à risque",
            "Le contrat arrive à échéance.",
            "Échéance à moins de 90 jours",
            "Renouvellement signé ou résiliation",
        ),
        _StageModel(
            "Recommandation",
            "Customer Success",
            "Client actif",
            "Le client parle de nous autour de lui.",
            "NPS supérieur à 8",
            "Filleul créé dans le CRM",
        ),
    ),
    kpis=(
        ("Taux de conversion", 25.0, "%"),
        ("Durée moyenne dans l'étape", 14.0, "jours"),
        ("Nombre de leads", 400.0, ""),
        ("Score NPS", 40.0, ""),
        ("Taux d'attrition", 5.0, "%"),
    ),
    channels=(
        ("Site web", ChannelKind.DIGITAL, "globe"),
        ("E-mail", ChannelKind.DIGITAL, "mail"),
        ("Téléphone", ChannelKind.HUMAN, "phone"),
        ("Réseaux sociaux", ChannelKind.DIGITAL, "share"),
        ("Magasin", ChannelKind.PHYSICAL, "store"),
        ("Espace client", ChannelKind.DIGITAL, "user"),
        ("Application mobile", ChannelKind.DIGITAL, "smartphone"),
        ("Chat en ligne", ChannelKind.DIGITAL, "chat"),
        ("Commercial terrain", ChannelKind.HUMAN, "handshake"),
        ("Événements et salons", ChannelKind.PHYSICAL, "calendar"),
    ),
    personas=(
        _PersonaModel(
            "Hélène, directrice générale",
            "Décideuse",
            "Dirige une PME de 120 salariés et signe les investissements.",
            ("Réduire les coûts d'acquisition", "Piloter l'activité en temps réel"),
            ("Les devis trop longs à obtenir", "Les interlocuteurs qui changent"),
            "50 à 80 k€ par an",
            (("Secteur", "Industrie"), ("Taille", "PME")),
        ),
        _PersonaModel(
            "Théo, chargé de clientèle",
            "Utilisateur",
            "Utilise l'outil toute la journée au service client.",
            ("Trouver l'historique du client en un clic", "Clore les tickets vite"),
            ("La double saisie", "Les écrans lents"),
            "",
            (("Ancienneté", "3 ans"),),
        ),
        _PersonaModel(
            "Noémie, DSI",
            "Prescriptrice technique",
            "Valide la sécurité et l'intégration au système d'information.",
            ("Une intégration sans développement spécifique", "Héberger les données en France"),
            ("Les API mal documentées", "Les projets qui dérapent"),
            "Budget informatique annuel",
            (("Hébergement", "France"),),
        ),
        _PersonaModel(
            "François, acheteur",
            "Acheteur",
            "Compare les fournisseurs et négocie les conditions.",
            ("Obtenir la meilleure remise", "Sécuriser les délais"),
            ("Les grilles tarifaires opaques",),
            "Selon appel d'offres",
            (("Processus", "Appel d'offres"),),
        ),
        _PersonaModel(
            "Léa, responsable marketing",
            "Utilisatrice",
            "Anime les campagnes et mesure leur rendement.",
            ("Générer plus de leads qualifiés", "Prouver le retour sur investissement"),
            ("Les leads non rappelés par les ventes",),
            "20 k€ par trimestre",
            (("Équipe", "4 personnes"),),
        ),
        _PersonaModel(
            "Jérôme, client fidèle",
            "Utilisateur",
            "Client depuis six ans, ambassadeur de la marque.",
            ("Être reconnu et récompensé",),
            ("Devoir répéter son problème à chaque appel",),
            "",
            (),
        ),
    ),
    crm_fields=(
        ("Source UTM", "utm_source__c", CrmObject.CONTACT, "", CrmFieldType.TEXT, ()),
        ("Score de lead", "lead_score__c", CrmObject.LEAD, "", CrmFieldType.NUMBER, ()),
        ("Montant de l'affaire", "Amount", CrmObject.OPPORTUNITY, "", CrmFieldType.CURRENCY, ()),
        (
            "Statut du cycle de vie",
            "lifecyclestage",
            CrmObject.CONTACT,
            "",
            CrmFieldType.PICKLIST,
            ("Lead", "MQL", "SQL", "Opportunité", "Client", "Client actif", "Client à risque"),
        ),
        ("Note NPS", "nps_score__c", CrmObject.CONTACT, "", CrmFieldType.NUMBER, ()),
        ("Date de signature", "CloseDate", CrmObject.OPPORTUNITY, "", CrmFieldType.DATE, ()),
        (
            "Secteur d'activité",
            "Industry",
            CrmObject.ACCOUNT,
            "",
            CrmFieldType.PICKLIST,
            ("Industrie", "Énergie", "Hôtellerie", "Santé", "Distribution"),
        ),
        (
            "Consentement e-mail",
            "email_opt_in__c",
            CrmObject.CONTACT,
            "",
            CrmFieldType.CHECKBOX,
            (),
        ),
        ("Probabilité", "Probability", CrmObject.OPPORTUNITY, "", CrmFieldType.PERCENT, ()),
        (
            "Motif de contact",
            "reason__c",
            CrmObject.TICKET,
            "",
            CrmFieldType.MULTI_PICKLIST,
            ("Facturation", "Livraison", "Panne", "Résiliation"),
        ),
        ("Site web de l'entreprise", "Website", CrmObject.ACCOUNT, "", CrmFieldType.URL, ()),
        (
            "Avancement du projet",
            "avancement__c",
            CrmObject.CUSTOM,
            "Projet_onboarding__c",
            CrmFieldType.PICKLIST,
            ("Lancement", "Paramétrage", "Recette", "En production"),
        ),
    ),
    pipelines=(
        _PipelineModel(
            "Acquisition",
            "Marketing",
            "Marketing",
            (
                ("Visiteur identifié", None, False, False, ForecastCategory.OMITTED, None),
                ("Lead qualifié marketing", None, False, False, ForecastCategory.PIPELINE, 30),
                ("Transmis aux ventes", None, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
        _PipelineModel(
            "Ventes",
            "Ventes",
            "Ventes",
            (
                ("Identifiée", 10, False, False, ForecastCategory.PIPELINE, 30),
                ("Proposition envoyée", 30, False, False, ForecastCategory.PIPELINE, 21),
                ("Négociation", 60, False, False, ForecastCategory.BEST_CASE, 14),
                ("Accord verbal", 80, False, False, ForecastCategory.MOST_LIKELY, 7),
                ("Gagnée", 100, True, True, ForecastCategory.CLOSED, None),
                ("Perdue", 0, True, False, ForecastCategory.OMITTED, None),
            ),
        ),
        _PipelineModel(
            "Projet d'onboarding",
            "Onboarding",
            "Onboarding",
            (
                ("Lancement", None, False, False, ForecastCategory.PIPELINE, 10),
                ("Paramétrage", None, False, False, ForecastCategory.PIPELINE, 30),
                ("En production", None, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
        _PipelineModel(
            "Succès client",
            "Customer Success",
            "Customer Success",
            (
                ("Adoption en cours", None, False, False, ForecastCategory.PIPELINE, 60),
                ("Client engagé", None, False, False, ForecastCategory.PIPELINE, 90),
                ("À risque", None, False, False, ForecastCategory.OMITTED, 30),
                ("Renouvelé", 100, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
    ),
    journeys=("Parcours actuel", "Parcours cible"),
    segments=("Grands comptes", "PME", "ETI", "Secteur public", "Particuliers"),
    verbs=(
        (
            "Je découvre",
            (
                "l'offre sur le site web",
                "votre marque dans un article de blog",
                "la solution lors d'un salon professionnel",
                "un témoignage client sur LinkedIn",
            ),
        ),
        (
            "Je compare",
            (
                "les offres sur un comparateur en ligne",
                "les tarifs des trois éditeurs",
                "les avis clients sur les forums",
                "les fonctionnalités avec l'équipe achats",
            ),
        ),
        (
            "Je télécharge",
            (
                "le livre blanc sur la relation client",
                "la fiche produit en PDF",
                "l'application mobile",
                "le devis signé",
            ),
        ),
        (
            "Je m'inscris",
            (
                "à la newsletter mensuelle",
                "au webinaire de démonstration",
                "à l'essai gratuit de 30 jours",
                "au programme de fidélité",
            ),
        ),
        (
            "Je remplis",
            (
                "le formulaire de contact",
                "le questionnaire de satisfaction",
                "le formulaire de demande de devis",
                "mon profil dans l'espace client",
            ),
        ),
        (
            "J'appelle",
            (
                "le service client pour une question de facture",
                "mon commercial pour négocier la remise",
                "le support technique",
                "la hotline après une panne",
            ),
        ),
        (
            "Je reçois",
            (
                "un e-mail de bienvenue personnalisé",
                "la proposition commerciale détaillée",
                "une relance téléphonique",
                "le kit d'accueil par courrier",
                "une enquête NPS après l'intervention",
            ),
        ),
        (
            "J'échange",
            (
                "avec un conseiller en magasin",
                "avec le chatbot du site",
                "avec l'équipe projet en visioconférence",
                "avec d'autres utilisateurs sur le forum",
            ),
        ),
        (
            "Je demande",
            (
                "une démonstration personnalisée",
                "un devis pour vingt licences",
                "un remboursement partiel",
                "l'avis de mon directeur financier",
            ),
        ),
        (
            "Je signe",
            (
                "le contrat électroniquement",
                "le bon de commande en magasin",
                "l'avenant de renouvellement",
            ),
        ),
        (
            "Je consulte",
            (
                "mes factures dans l'espace client",
                "la base de connaissances",
                "l'état de ma commande",
                "les conditions générales de vente",
            ),
        ),
        (
            "Je paramètre",
            (
                "mon compte avec l'aide du chef de projet",
                "les notifications de l'application",
                "les accès de mon équipe",
            ),
        ),
        (
            "Je participe",
            (
                "à la formation de prise en main",
                "au comité de pilotage trimestriel",
                "à un atelier utilisateurs",
            ),
        ),
        (
            "J'attends",
            (
                "le rappel promis par le commercial",
                "la livraison depuis deux semaines",
                "la réponse du support technique",
            ),
        ),
        (
            "Je recommande",
            (
                "la solution à un confrère",
                "le service sur les réseaux sociaux",
                "votre équipe lors d'un salon",
            ),
        ),
        ("Je parraine", ("un ami grâce au code promo", "un partenaire de mon réseau")),
        ("Je résilie", ("mon abonnement en ligne", "le contrat de maintenance")),
        (
            "Je publie",
            (
                "un avis sur la page Google",
                "une réclamation sur les réseaux sociaux",
                "un retour d'expérience sur LinkedIn",
            ),
        ),
        (
            "Je valide",
            (
                "le budget avec la direction générale",
                "le cahier des charges",
                "la mise en production",
            ),
        ),
        ("Je renouvelle", ("ma licence annuelle", "mon abonnement premium")),
    ),
    complements=(
        "depuis mon smartphone",
        "avant la réunion d'équipe",
        "après avoir reçu la relance",
        "pour préparer le comité de décision",
        "sans trouver la bonne information",
        "en moins de cinq minutes",
        "le soir après le travail",
        "avec mon responsable achats",
        "pendant la période d'essai",
        "dès la première semaine",
        "à la fin du mois",
        "grâce au lien reçu par e-mail",
        "sur les conseils d'un collègue",
        "même si le délai me paraît long",
    ),
    notes=(
        "Verbatim : « On ne sait jamais à qui s'adresser. »",
        "Vu en atelier : irritant cité par trois participants.",
        "À vérifier avec l'équipe CRM.",
        "Idée : automatiser la relance à J+3.",
        "Délai moyen constaté : 12 jours.",
    ),
    teams=("Marketing", "Ventes", "Service client", "Équipe CRM", "Onboarding"),
    link_labels=("relance", "si pas de réponse", "après signature", "en cas de panne"),
    actions=(
        "Rappeler chaque lead entrant sous 24 heures",
        "Automatiser l'e-mail de bienvenue après la signature",
        "Créer un score de lead partagé entre marketing et ventes",
        "Former le service client à l'historique du CRM",
        "Mettre en place une enquête NPS après chaque intervention",
        "Simplifier le formulaire de demande de devis",
        "Définir les critères de passage MQL vers SQL",
        "Alerter le commercial quand une affaire stagne plus de 14 jours",
    ),
    owners=("Léa Fontaine", "Marc Giraud", "Inès Caron", "Équipe CRM"),
    text_values=("google", "newsletter", "salon", "linkedin", "partenaire"),
)

_EN = _Vocabulary(
    workshop_names=("Target journey workshop", "B2B customer journey", "Onboarding redesign"),
    clients=("Northwind Energy", "Contoso Hotels", "Fabrikam Tools"),
    facilitators=("Emma Clarke", "Daniel Hughes"),
    description=(
        "A half-day workshop with marketing, sales, customer service and the CRM team: "
        "current journey restored, target journey imagined together."
    ),
    stages=(
        _StageModel(
            "Discovery", "Marketing", "Lead", "", "First identified visit", "Form filled in"
        ),
        _StageModel("Interest", "Marketing", "Lead", "", "Contact created", "Score above 50"),
        _StageModel("Consideration", "Marketing", "MQL", "", "Score above 50", "Demo requested"),
        _StageModel("Evaluation", "Sales", "SQL", "", "Discovery call held", "Need validated"),
        _StageModel("Negotiation", "Sales", "Opportunity", "", "Proposal sent", "Price agreed"),
        _StageModel("Decision", "Sales", "Opportunity", "", "Verbal agreement", "Signed or lost"),
        _StageModel("Purchase", "Sales", "Customer", "", "Contract signed", "First invoice paid"),
        _StageModel("Onboarding", "Onboarding", "Customer", "", "Kick-off held", "Go-live"),
        _StageModel(
            "Adoption", "Customer Success", "Active customer", "", "Go-live", "80% of seats used"
        ),
        _StageModel(
            "Loyalty", "Customer Success", "Active customer", "", "First review", "Renewed"
        ),
        _StageModel(
            "Renewal", "Customer Success", "At-risk customer", "", "90 days left", "Renewed"
        ),
        _StageModel(
            "Advocacy", "Customer Success", "Active customer", "", "NPS above 8", "Referral made"
        ),
    ),
    kpis=(
        ("Conversion rate", 25.0, "%"),
        ("Average time in stage", 14.0, "days"),
        ("NPS", 40.0, ""),
    ),
    channels=(
        ("Website", ChannelKind.DIGITAL, "globe"),
        ("Email", ChannelKind.DIGITAL, "mail"),
        ("Phone", ChannelKind.HUMAN, "phone"),
        ("Social networks", ChannelKind.DIGITAL, "share"),
        ("Store", ChannelKind.PHYSICAL, "store"),
        ("Customer portal", ChannelKind.DIGITAL, "user"),
        ("Mobile app", ChannelKind.DIGITAL, "smartphone"),
        ("Live chat", ChannelKind.DIGITAL, "chat"),
        ("Field sales", ChannelKind.HUMAN, "handshake"),
        ("Events and trade shows", ChannelKind.PHYSICAL, "calendar"),
    ),
    personas=(
        _PersonaModel(
            "Helen, CEO",
            "Decision maker",
            "Runs a 120-person company and signs off investments.",
            ("Lower acquisition costs",),
            ("Slow quotes",),
            "50-80k a year",
            (("Industry", "Manufacturing"),),
        ),
        _PersonaModel(
            "Theo, account manager",
            "User",
            "Uses the tool all day in customer service.",
            ("Find the customer's history in one click",),
            ("Double data entry",),
            "",
            (),
        ),
        _PersonaModel(
            "Nora, CIO",
            "Technical prescriber",
            "Checks security and integration.",
            ("No custom development",),
            ("Poorly documented APIs",),
            "IT budget",
            (),
        ),
        _PersonaModel(
            "Frank, buyer",
            "Buyer",
            "Compares suppliers and negotiates terms.",
            ("Best discount",),
            ("Opaque price lists",),
            "Per tender",
            (),
        ),
        _PersonaModel(
            "Lea, marketing manager",
            "User",
            "Runs campaigns and measures their return.",
            ("More qualified leads",),
            ("Leads sales never call back",),
            "20k a quarter",
            (),
        ),
    ),
    crm_fields=(
        ("UTM source", "utm_source__c", CrmObject.CONTACT, "", CrmFieldType.TEXT, ()),
        ("Lead score", "lead_score__c", CrmObject.LEAD, "", CrmFieldType.NUMBER, ()),
        ("Deal amount", "Amount", CrmObject.OPPORTUNITY, "", CrmFieldType.CURRENCY, ()),
        (
            "Lifecycle stage",
            "lifecyclestage",
            CrmObject.CONTACT,
            "",
            CrmFieldType.PICKLIST,
            ("Lead", "MQL", "SQL", "Opportunity", "Customer"),
        ),
        ("NPS score", "nps_score__c", CrmObject.CONTACT, "", CrmFieldType.NUMBER, ()),
        ("Close date", "CloseDate", CrmObject.OPPORTUNITY, "", CrmFieldType.DATE, ()),
        (
            "Industry",
            "Industry",
            CrmObject.ACCOUNT,
            "",
            CrmFieldType.PICKLIST,
            ("Manufacturing", "Energy", "Hospitality"),
        ),
        ("Email opt-in", "email_opt_in__c", CrmObject.CONTACT, "", CrmFieldType.CHECKBOX, ()),
        ("Probability", "Probability", CrmObject.OPPORTUNITY, "", CrmFieldType.PERCENT, ()),
        ("Company website", "Website", CrmObject.ACCOUNT, "", CrmFieldType.URL, ()),
    ),
    pipelines=(
        _PipelineModel(
            "Acquisition",
            "Marketing",
            "Marketing",
            (
                ("Identified visitor", None, False, False, ForecastCategory.OMITTED, None),
                ("Marketing qualified", None, False, False, ForecastCategory.PIPELINE, 30),
                ("Handed to sales", None, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
        _PipelineModel(
            "Sales",
            "Sales",
            "Sales",
            (
                ("Identified", 10, False, False, ForecastCategory.PIPELINE, 30),
                ("Proposal sent", 30, False, False, ForecastCategory.PIPELINE, 21),
                ("Negotiation", 60, False, False, ForecastCategory.BEST_CASE, 14),
                ("Verbal agreement", 80, False, False, ForecastCategory.MOST_LIKELY, 7),
                ("Won", 100, True, True, ForecastCategory.CLOSED, None),
                ("Lost", 0, True, False, ForecastCategory.OMITTED, None),
            ),
        ),
        _PipelineModel(
            "Onboarding project",
            "Onboarding",
            "Onboarding",
            (
                ("Kick-off", None, False, False, ForecastCategory.PIPELINE, 10),
                ("Live", None, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
        _PipelineModel(
            "Customer success",
            "Customer Success",
            "Customer Success",
            (
                ("Adopting", None, False, False, ForecastCategory.PIPELINE, 60),
                ("At risk", None, False, False, ForecastCategory.OMITTED, 30),
                ("Renewed", 100, True, True, ForecastCategory.CLOSED, None),
            ),
        ),
    ),
    journeys=("Current journey", "Target journey"),
    segments=("Key accounts", "SMB", "Mid-market", "Public sector"),
    verbs=(
        (
            "I discover",
            ("the offer on the website", "your brand in a blog post", "a customer story"),
        ),
        (
            "I compare",
            ("offers on a comparison site", "the prices of three vendors", "customer reviews"),
        ),
        ("I download", ("the white paper on customer experience", "the product sheet")),
        ("I sign up", ("for the monthly newsletter", "for the demo webinar", "for a free trial")),
        ("I fill in", ("the contact form", "a satisfaction survey", "the quote request form")),
        ("I call", ("customer service about an invoice", "my sales rep to negotiate")),
        ("I receive", ("a personalised welcome email", "the detailed proposal", "a reminder")),
        ("I ask for", ("a tailored demo", "a quote for twenty seats", "a partial refund")),
        ("I sign", ("the contract electronically", "the renewal amendment")),
        ("I check", ("my invoices in the customer portal", "the knowledge base")),
        ("I wait for", ("the call back the sales rep promised", "the support team's answer")),
        ("I recommend", ("the solution to a colleague", "the service on social networks")),
        ("I refer", ("a friend with the promo code", "a partner from my network")),
        ("I cancel", ("my subscription online", "the maintenance contract")),
    ),
    complements=(
        "from my smartphone",
        "before the team meeting",
        "after the reminder",
        "to prepare the decision committee",
        "without finding the right information",
        "in less than five minutes",
        "during the trial period",
        "in the first week",
        "on a colleague's advice",
    ),
    notes=('Quote: "Nobody knows who to call."', "To check with the CRM team."),
    teams=("Marketing", "Sales", "Customer service", "CRM team"),
    link_labels=("reminder", "if no answer", "after signing"),
    actions=(
        "Call back every inbound lead within 24 hours",
        "Automate the welcome email after signing",
        "Share one lead score between marketing and sales",
        "Define the MQL to SQL criteria",
    ),
    owners=("Lea Fontaine", "Mark Gerald", "CRM team"),
    text_values=("google", "newsletter", "trade show", "linkedin"),
)

_VOCABULARIES = {"fr": _FR, "en": _EN}

_STAGE_COLOURS = {
    "Marketing": "#4C72B0",
    "Ventes": "#DD8452",
    "Sales": "#DD8452",
    "Onboarding": "#55A868",
    "Customer Success": "#8172B3",
}
_PERSONA_COLOURS = ("#8E6BB8", "#C44E52", "#3C8D93", "#E1A33B", "#6A8CAF", "#B07AA1")

_RATINGS = (Rating.NONE, Rating.DELIGHT, Rating.IRRITANT, Rating.BREAKING_POINT)
_RATING_WEIGHTS = tuple(accumulate((45, 20, 25, 10)))
_EMOTIONS: dict[Rating, tuple[int | None, ...]] = {
    Rating.NONE: (None, None, 0, 1, -1),
    Rating.DELIGHT: (1, 2, 2),
    Rating.IRRITANT: (-1, -1, -2, 0),
    Rating.BREAKING_POINT: (-2,),
}
_MOMENT_OF_TRUTH_CHANCE = {
    Rating.NONE: 0.01,
    Rating.DELIGHT: 0.15,
    Rating.IRRITANT: 0.05,
    Rating.BREAKING_POINT: 0.4,
}


@cache
def _texts_by_base(language: str) -> tuple[tuple[str, ...], ...]:
    """For each "verb + object", the card texts it can make: alone and with a complement."""
    vocabulary = _VOCABULARIES[language]
    result = []
    for verb, objects in vocabulary.verbs:
        for obj in objects:
            base = f"{verb} {obj}"
            texts = [f"{base} {extra}" for extra in vocabulary.complements]
            texts = [t for t in texts if TEXT_MIN <= len(t) <= TEXT_MAX]
            if TEXT_MIN <= len(base) <= TEXT_MAX:
                texts.append(base)
            if texts:
                result.append(tuple(texts))
    return tuple(result)


# --- the builder -------------------------------------------------------------------------


class _Builder:
    def __init__(self, rng: random.Random, vocabulary: _Vocabulary, language: str) -> None:
        self.rng = rng
        self.words = vocabulary
        self.language = language

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self, card_count: int, journey_count: int) -> Workshop:
        rng, words = self.rng, self.words
        stage_count, channel_count = stage_and_channel_counts(card_count)
        workshop = Workshop(
            id=self.new_id(),
            name=rng.choice(words.workshop_names),
            client=rng.choice(words.clients),
            facilitator=rng.choice(words.facilitators),
            workshop_date=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            language=self.language,
            description=words.description,
        )
        workshop.stages = self.stages(stage_count)
        workshop.channels = self.channels(channel_count)
        workshop.personas = self.personas(rng.randint(3, 5), workshop.channels)
        workshop.crm_fields = self.crm_fields(rng.randint(6, 10))
        workshop.pipelines = self.pipelines(rng.randint(2, 4), workshop.stages, workshop.crm_fields)
        # A lead counts as converted when it reaches the first sales stage's status.
        sales = [s.lifecycle_status for s in workshop.stages if s.phase in ("Ventes", "Sales")]
        workshop.converted_status = sales[0] if sales else ""
        shares = (
            [
                card_count // journey_count + (j < card_count % journey_count)
                for j in range(journey_count)
            ]
            if journey_count
            else []
        )
        workshop.journeys = [self.journey(j, n, workshop) for j, n in enumerate(shares)]
        workshop.actions = self.actions(workshop)
        return workshop

    def stages(self, count: int) -> list[Stage]:
        rng = self.rng
        models = [self.words.stages[i] for i in sorted(rng.sample(range(12), count))]
        stages = []
        for model in models:
            kpis = [
                Kpi(name, target, unit)
                for name, target, unit in rng.sample(self.words.kpis, rng.randint(0, 2))
            ]
            stages.append(
                Stage(
                    id=self.new_id(),
                    name=model.name,
                    definition=model.definition,
                    entry_criteria=model.entry_criteria,
                    exit_criteria=model.exit_criteria,
                    lifecycle_status=model.lifecycle_status,
                    kpis=kpis,
                    phase=model.phase,
                    colour=_STAGE_COLOURS[model.phase],
                )
            )
        return stages

    def channels(self, count: int) -> list[Channel]:
        chosen = sorted(self.rng.sample(range(len(self.words.channels)), count))
        return [
            Channel(id=self.new_id(), name=name, kind=kind, icon=icon)
            for name, kind, icon in (self.words.channels[i] for i in chosen)
        ]

    def personas(self, count: int, channels: list[Channel]) -> list[Persona]:
        rng = self.rng
        models = rng.sample(self.words.personas, min(count, len(self.words.personas)))
        return [
            Persona(
                id=self.new_id(),
                name=model.name,
                role=model.role,
                description=model.description,
                goals=list(model.goals),
                frustrations=list(model.frustrations),
                preferred_channel_ids=[c.id for c in rng.sample(channels, rng.randint(1, 3))],
                budget=model.budget,
                colour=_PERSONA_COLOURS[position % len(_PERSONA_COLOURS)],
                attributes=dict(model.attributes),
            )
            for position, model in enumerate(models)
        ]

    def crm_fields(self, count: int) -> list[CrmField]:
        chosen = sorted(self.rng.sample(range(len(self.words.crm_fields)), count))
        return [
            CrmField(
                id=self.new_id(),
                label=label,
                api_name=api_name,
                object=crm_object,
                custom_object=custom_object,
                type=field_type,
                allowed_values=list(allowed),
            )
            for label, api_name, crm_object, custom_object, field_type, allowed in (
                self.words.crm_fields[i] for i in chosen
            )
        ]

    def pipelines(self, count: int, stages: list[Stage], fields: list[CrmField]) -> list[Pipeline]:
        rng = self.rng
        models = [self.words.pipelines[i] for i in sorted(rng.sample(range(4), count))]
        pipelines = []
        for model in models:
            in_phase = [s.id for s in stages if s.phase == model.phase] or [None]
            pipeline_stages = [
                PipelineStage(
                    id=self.new_id(),
                    name=name,
                    probability=probability,
                    closed=closed,
                    won=won,
                    forecast_category=category,
                    stale_after_days=stale,
                    entry_criteria="",
                    exit_criteria="",
                    stage_id=in_phase[
                        min(position * len(in_phase) // len(model.stages), len(in_phase) - 1)
                    ],
                    signal_fields=self.signals(fields),
                )
                for position, (name, probability, closed, won, category, stale) in enumerate(
                    model.stages
                )
            ]
            pipelines.append(
                Pipeline(
                    id=self.new_id(),
                    name=model.name,
                    team=model.team,
                    colour=_STAGE_COLOURS[model.phase],
                    stages=pipeline_stages,
                )
            )
        return pipelines

    def signals(self, fields: list[CrmField]) -> list[CrmLink]:
        """The CRM fields whose change signals entry into a pipeline stage (none to two)."""
        rng = self.rng
        chosen = rng.sample(fields, rng.choice((0, 1, 1, 2)))
        return [CrmLink(crm_field.id, self.crm_value(crm_field)) for crm_field in chosen]

    def journey(self, position: int, card_count: int, workshop: Workshop) -> Journey:
        words = self.words
        if position == 0:
            name, kind, segment = words.journeys[0], JourneyKind.CURRENT, ""
        elif position == 1:
            name, kind, segment = words.journeys[1], JourneyKind.TARGET, ""
        else:
            segment = words.segments[(position - 2) % len(words.segments)]
            name, kind = f"{words.journeys[1]} — {segment}", JourneyKind.TARGET
        cards = self.cards(card_count, workshop)
        return Journey(
            id=self.new_id(),
            name=name,
            kind=kind,
            segment=segment,
            cards={card.id: card for card in cards},
            links=self.links(cards, workshop),
        )

    def cards(self, count: int, workshop: Workshop) -> list[Card]:
        rng, words = self.rng, self.words
        stage_ids = [s.id for s in workshop.stages]
        channel_ids = [c.id for c in workshop.channels]
        # Some stages and channels are busier than others, as on a real wall.
        stage_weights = list(accumulate(rng.uniform(0.4, 1.6) for _ in stage_ids))
        channel_weights = list(accumulate(rng.uniform(0.2, 1.8) for _ in channel_ids))
        persona_ids = [p.id for p in workshop.personas]
        fields = workshop.crm_fields
        texts = _texts_by_base(self.language)
        filled: dict[tuple[str, str], int] = {}
        cards = []
        random_, choice = rng.random, rng.choice
        for _ in range(count):
            stage_id = stage_ids[bisect(stage_weights, random_() * stage_weights[-1])]
            channel_id = channel_ids[bisect(channel_weights, random_() * channel_weights[-1])]
            cell = (stage_id, channel_id)
            order = filled.get(cell, 0)
            filled[cell] = order + 1
            rating = _RATINGS[bisect(_RATING_WEIGHTS, random_() * _RATING_WEIGHTS[-1])]
            draw = random_()
            personas = [] if draw < 0.35 else rng.sample(persona_ids, 1 if draw < 0.85 else 2)
            crm_links = []
            if random_() < 0.35:
                for crm_field in rng.sample(fields, 1 if random_() < 0.8 else 2):
                    crm_links.append(CrmLink(crm_field.id, self.crm_value(crm_field)))
            cards.append(
                Card(
                    id=self.new_id(),
                    text=choice(choice(texts)),
                    stage_id=stage_id,
                    channel_id=channel_id,
                    order=order,
                    rating=rating,
                    emotion=choice(_EMOTIONS[rating]),
                    moment_of_truth=random_() < _MOMENT_OF_TRUTH_CHANCE[rating],
                    notes=choice(words.notes) if random_() < 0.1 else "",
                    owner_team=choice(words.teams) if random_() < 0.3 else "",
                    persona_ids=personas,
                    crm_links=crm_links,
                )
            )
        return cards

    def crm_value(self, crm_field: CrmField) -> str:
        rng = self.rng
        if crm_field.allowed_values:
            return rng.choice(crm_field.allowed_values)
        match crm_field.type:
            case CrmFieldType.NUMBER:
                return str(rng.randint(0, 100))
            case CrmFieldType.CURRENCY:
                return str(rng.randrange(1000, 200_000, 500))
            case CrmFieldType.PERCENT:
                return str(rng.choice((10, 30, 60, 80, 100)))
            case CrmFieldType.DATE:
                return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            case CrmFieldType.CHECKBOX:
                return rng.choice(("true", "false"))
            case CrmFieldType.TEXT:
                return rng.choice(self.words.text_values) if rng.random() < 0.7 else ""
            case _:
                return ""

    def links(self, cards: list[Card], workshop: Workshop) -> dict[str, CardLink]:
        """About one link per ten cards, mostly from a stage to the same or a later one."""
        rng = self.rng
        if len(cards) < 2:
            return {}
        column = {s.id: i for i, s in enumerate(workshop.stages)}
        wanted = max(1, round(len(cards) / 10))
        pairs: set[tuple[str, str]] = set()
        links: dict[str, CardLink] = {}
        for _ in range(wanted * 3):
            if len(links) == wanted:
                break
            first, second = rng.sample(cards, 2)
            if column[first.stage_id] > column[second.stage_id]:
                first, second = second, first
            if (first.id, second.id) in pairs:
                continue
            pairs.add((first.id, second.id))
            label = rng.choice(self.words.link_labels) if rng.random() < 0.2 else ""
            link = CardLink(first.id, second.id, id=self.new_id(), label=label)
            links[link.id] = link
        return links

    def actions(self, workshop: Workshop) -> list[Action]:
        rng, words = self.rng, self.words
        painful = [
            card.id
            for journey in workshop.journeys
            for card in journey.cards.values()
            if card.rating in (Rating.IRRITANT, Rating.BREAKING_POINT)
        ]
        levels = tuple(Level)
        actions = []
        for text in rng.sample(words.actions, rng.randint(3, min(6, len(words.actions)))):
            actions.append(
                Action(
                    id=self.new_id(),
                    text=text,
                    card_id=rng.choice(painful) if painful and rng.random() < 0.6 else None,
                    owner=rng.choice(words.owners),
                    priority=rng.choice(levels),
                    impact=rng.choice(levels),
                    effort=rng.choice(levels),
                    status=rng.choice(tuple(ActionStatus)),
                    due=f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    if rng.random() < 0.7
                    else None,
                )
            )
        return actions
