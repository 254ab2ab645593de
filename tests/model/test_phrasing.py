"""The "I do X" phrasing check and rewrite suggestions, in French and in English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_studio.model.phrasing import (
    PREFIXES,
    Suggestion,
    detect_language,
    is_first_person,
    suggest_rewrite,
)

FIRST_PERSON = [
    # French
    ("Je m'inscris à la newsletter", None),
    ("Je m’inscris à la newsletter", "fr"),
    ("J'ouvre l'e-mail de bienvenue", None),
    ("J’ouvre l’e-mail de bienvenue", None),
    ("je parraine un ami", None),
    ("JE PARRAINE UN AMI", None),
    ("Moi, je compare les offres", "fr"),
    ("Moi je compare les offres", None),
    ("Nous comparons les devis", None),
    ("Nous sommes rappelés sous 24 h", "fr"),
    ("On reçoit un devis", None),
    ("On fait le point avec le commercial", "fr"),
    ("Après la démo, je reçois un devis", None),
    ("Quand le colis arrive je le déballe", None),
    ("  • je télécharge le guide", None),
    ("« Je parraine un ami »", None),
    ("- J'appelle le support", None),
    ("1. Je remplis le formulaire", None),
    ("🎉 Je gagne un bon d'achat", None),
    ('"Je m\'inscris" <&=>', None),
    # English
    ("I fill in a satisfaction survey", None),
    ("I fill in a satisfaction survey", "en"),
    ("i fill in a satisfaction survey", None),
    ("I'm notified by SMS", None),
    ("I’ve received my order", "en"),
    ("I'd like a call back", None),
    ("I'll come back later", None),
    ("We compare three suppliers", None),
    ("We're invited to a webinar", "en"),
    ("On arrival, we get a badge", None),
    ("After the demo I receive a quote", None),
    ("📧 I open the newsletter", None),
    ("* I sign the contract", "en"),
]

NOT_FIRST_PERSON = [
    # French: infinitives, imperatives, nouns, third person
    ("Remplir le formulaire", None),
    ("Télécharger le livre blanc", "fr"),
    ("S'inscrire à la newsletter", None),
    ("Nous contacter", None),
    ("Inscrivez-vous à la newsletter", None),
    ("Newsletter mensuelle", None),
    ("Le client reçoit un e-mail", None),
    ("Un conseiller m'appelle", None),
    ("Jeudi, le client reçoit sa facture", None),
    ("Phase I : découverte", "fr"),
    # English
    ("Fill in the form", None),
    ("Fill in the form", "en"),
    ("Monthly newsletter", None),
    ("The customer receives an email", None),
    ("Sign up now!", None),
    ("On the website the customer registers", None),
    ("On site visit", None),
    # Odd or empty text never counts and never raises
    ("", None),
    ("   \t\n", None),
    ("🎉✨", None),
    ("<&\"'=", None),
    ('<b>Remplir</b> & "valider" = ok\'', None),
    ("1er contact", None),
    # The given language decides which forms count
    ("I fill in a satisfaction survey", "fr"),
    ("Je m'inscris à la newsletter", "en"),
    ("On the website", "en"),
]

FULL_REWRITES = [
    # French infinitives, regular -er verbs and their spelling changes
    ("Télécharger le livre blanc", None, "Je télécharge le livre blanc"),
    ("Remplir le formulaire", None, "Je remplis le formulaire"),
    ("Choisir une offre", "fr", "Je choisis une offre"),
    ("Cliquer sur le lien", None, "Je clique sur le lien"),
    ("Vérifier mes informations", None, "Je vérifie mes informations"),
    ("Compléter mon profil", None, "Je complète mon profil"),
    ("Préférer le chat", None, "Je préfère le chat"),
    ("Acheter en ligne", None, "J'achète en ligne"),
    ("Appeler le support", None, "J'appelle le support"),
    ("Renouveler mon abonnement", None, "Je renouvelle mon abonnement"),
    ("Jeter un œil au catalogue", None, "Je jette un œil au catalogue"),
    ("Payer par carte", None, "Je paie par carte"),
    ("Envoyer un message", None, "J'envoie un message"),
    ("Habiter près du magasin", None, "J'habite près du magasin"),
    ("Hésiter entre deux offres", None, "J'hésite entre deux offres"),
    # French irregular verbs used in journeys
    ("Recevoir un devis", None, "Je reçois un devis"),
    ("Prendre rendez-vous en ligne", None, "Je prends rendez-vous en ligne"),
    ("Faire une demande de devis", None, "Je fais une demande de devis"),
    ("Voir la démo", None, "Je vois la démo"),
    ("Lire les avis", None, "Je lis les avis"),
    ("Obtenir un code promo", None, "J'obtiens un code promo"),
    ("Venir en magasin", None, "Je viens en magasin"),
    ("Aller en magasin", None, "Je vais en magasin"),
    ("Être rappelé par un conseiller", None, "Je suis rappelé par un conseiller"),
    ("Avoir accès au portail", None, "J'ai accès au portail"),
    ("Ouvrir l'e-mail de bienvenue", None, "J'ouvre l'e-mail de bienvenue"),
    ("Découvrir la marque", None, "Je découvre la marque"),
    ("Mettre à jour mes informations", None, "Je mets à jour mes informations"),
    ("Dire oui à l'offre", None, "Je dis oui à l'offre"),
    ("Comprenez les tarifs", None, "Je comprends les tarifs"),
    ("Écrire un avis", None, "J'écris un avis"),
    ("Suivre la livraison", None, "Je suis la livraison"),
    ("Devoir relancer le support", None, "Je dois relancer le support"),
    ("Pouvoir annuler", None, "Je peux annuler"),
    ("Vouloir un devis", None, "Je veux un devis"),
    ("Connaître les tarifs", None, "Je connais les tarifs"),
    ("Comprendre l'offre", None, "Je comprends l'offre"),
    ("Attendre la livraison", None, "J'attends la livraison"),
    ("Répondre à l'enquête", None, "Je réponds à l'enquête"),
    ("Rendre le produit", None, "Je rends le produit"),
    ("Rejoindre le club", None, "Je rejoins le club"),
    # French pronominal verbs, with elision
    ("S'inscrire à la newsletter", None, "Je m'inscris à la newsletter"),
    ("S’inscrire à la newsletter", None, "Je m’inscris à la newsletter"),
    ("Se connecter à l'espace client", None, "Je me connecte à l'espace client"),
    ("Se rendre en agence", None, "Je me rends en agence"),
    ("S'abonner", None, "Je m'abonne"),
    ("Me connecter", None, "Je me connecte"),
    # French imperatives and the website's "Nous contacter"
    ("Inscrivez-vous à la newsletter", None, "Je m'inscris à la newsletter"),
    ("Connectez-vous", None, "Je me connecte"),
    ("Remplissez le formulaire", None, "Je remplis le formulaire"),
    ("Téléchargez le guide", None, "Je télécharge le guide"),
    ("Laissez un avis", None, "Je laisse un avis"),
    ("Prenez rendez-vous", None, "Je prends rendez-vous"),
    ("Veuillez remplir le formulaire", None, "Je remplis le formulaire"),
    ("Inscris-toi", None, "Je m'inscris"),
    ("Contactez-nous", None, "Je vous contacte"),
    ("Nous contacter", None, "Je vous contacte"),
    # French third person
    ("Le client reçoit un e-mail", None, "Je reçois un e-mail"),
    ("Le client s'inscrit à la newsletter", None, "Je m'inscris à la newsletter"),
    ("L'internaute se connecte à son espace", None, "Je me connecte à mon espace"),
    ("Le prospect ne répond pas", None, "Je ne réponds pas"),
    ("Le client n'ouvre pas l'e-mail", None, "Je n'ouvre pas l'e-mail"),
    ("Le client l'achète en ligne", None, "Je l'achète en ligne"),
    ("La cliente y accède depuis l'appli", None, "J'y accède depuis l'appli"),
    ("Il appelle le service client", None, "J'appelle le service client"),
    ("Le client met à jour ses coordonnées", None, "Je mets à jour mes coordonnées"),
    ("Le client a reçu la facture", None, "J'ai reçu la facture"),
    ("Le client est rappelé sous 24 h", None, "Je suis rappelé sous 24 h"),
    # English infinitives and imperatives
    ("Fill in the form", None, "I fill in the form"),
    ("Fill in the form", "en", "I fill in the form"),
    ("Download the white paper", None, "I download the white paper"),
    ("Register", None, "I register"),
    ("Sign up for the newsletter", None, "I sign up for the newsletter"),
    ("Order a sample", None, "I order a sample"),
    ("Call the support line", None, "I call the support line"),
    ("To compare offers", None, "I compare offers"),
    ("Please rate your visit", None, "I rate your visit"),
    ("Be called back by an advisor", None, "I am called back by an advisor"),
    # English third person
    ("The customer receives an email", None, "I receive an email"),
    ("Customer receives an email", None, "I receive an email"),
    ("The customer never opens the email", None, "I never open the email"),
    ("The customer fills in his details", None, "I fill in my details"),
    ("The user updates their profile", None, "I update my profile"),
    ("The prospect watches the demo", None, "I watch the demo"),
    ("The visitor tries the configurator", None, "I try the configurator"),
    ("The decision maker goes to the trade show", None, "I go to the trade show"),
    ("She is contacted by sales", None, "I am contacted by sales"),
    ("The customer has a question", None, "I have a question"),
    ("The customer doesn't reply", None, "I don't reply"),
    ("The customer can download the invoice", None, "I can download the invoice"),
    # Decoration and case are kept
    ("  • Remplir le formulaire", None, "  • Je remplis le formulaire"),
    ("1. Remplir le formulaire", None, "1. Je remplis le formulaire"),
    ("🎉 Télécharger le guide", None, "🎉 Je télécharge le guide"),
    ("« Recevoir un devis »", None, "« Je reçois un devis »"),
    ("— Appeler le support", None, "— J'appelle le support"),
    ("REMPLIR LE FORMULAIRE", None, "JE REMPLIS LE FORMULAIRE"),
    ("FILL IN THE FORM", None, "I FILL IN THE FORM"),
    ("remplir le formulaire", None, "Je remplis le formulaire"),
]

PREFIX_ONLY = [
    # Nouns, which cannot be conjugated
    ("Newsletter mensuelle", None, "fr"),
    ("Dossier client", None, "fr"),
    ("Panier abandonné", None, "fr"),
    ("Conseiller dédié", None, "fr"),
    ("Offre de bienvenue", None, "fr"),
    ("Commentaire client", None, "fr"),
    ("Rendez-vous conseiller", None, "fr"),
    ("Courrier de relance", None, "fr"),
    ("Monthly newsletter", None, "en"),
    ("Order tracking", None, "en"),
    ("Call center", None, "en"),
    ("Email campaign", None, "en"),
    ("The customer's order", None, "en"),
    # A plural subject or an unknown construction: no guess
    ("Les clients reçoivent un e-mail", None, "fr"),
    ('<b>Remplir</b> & "valider" = ok\'', None, "fr"),
    # The map's language wins over the text's
    ("I fill in a satisfaction survey", "fr", "fr"),
    ("Fill in the form", "fr", "fr"),
]

LANGUAGE_OF = [
    ("Remplir le formulaire", "fr"),
    ("Télécharger le livre blanc", "fr"),
    ("Je m'inscris à la newsletter", "fr"),
    ("Newsletter mensuelle", "fr"),
    ("Le client reçoit un e-mail", "fr"),
    ("Fill in the form", "en"),
    ("Register", "en"),
    ("The customer receives an email", "en"),
    ("I'm notified by SMS", "en"),
    ("Monthly newsletter", "en"),
    ("Onboarding call with the customer success manager", "en"),
    ("", "fr"),
    ("<&\"'=", "fr"),
]


@pytest.mark.parametrize(("text", "language"), FIRST_PERSON)
def test_first_person_cards_are_recognised(text: str, language: str | None) -> None:
    assert is_first_person(text, language) is True
    assert suggest_rewrite(text, language) is None


@pytest.mark.parametrize(("text", "language"), NOT_FIRST_PERSON)
def test_other_phrasings_are_not_first_person(text: str, language: str | None) -> None:
    assert is_first_person(text, language) is False


@pytest.mark.parametrize(("text", "language", "expected"), FULL_REWRITES)
def test_suggests_a_whole_first_person_rewrite(
    text: str, language: str | None, expected: str
) -> None:
    suggestion = suggest_rewrite(text, language)

    assert suggestion is not None
    assert suggestion.text == expected
    assert suggestion.is_full_rewrite is True
    assert is_first_person(suggestion.text, suggestion.language)


@pytest.mark.parametrize(("text", "language", "suggested_language"), PREFIX_ONLY)
def test_suggests_only_the_prefix_when_it_cannot_conjugate(
    text: str, language: str | None, suggested_language: str
) -> None:
    suggestion = suggest_rewrite(text, language)

    assert suggestion == Suggestion(
        PREFIXES[suggested_language], is_full_rewrite=False, language=suggested_language
    )


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_OF)
def test_detects_the_language_of_a_card(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_prefixes_are_the_first_person_openings() -> None:
    assert PREFIXES == {"fr": "Je …", "en": "I …"}


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "🎉", "• – «»", "<&\"'="])
def test_nothing_to_suggest_for_text_without_words(text: str) -> None:
    assert suggest_rewrite(text) is None
    assert suggest_rewrite(text, "fr") is None


@pytest.mark.parametrize("language", ["fr_FR", "fr-CA", "FR", " en-GB "])
def test_accepts_locale_names(language: str) -> None:
    text = "Je m'inscris" if language.strip().lower().startswith("fr") else "I sign up"
    assert is_first_person(text, language)


@pytest.mark.parametrize("language", ["de", "", "french"])
def test_refuses_an_unknown_language_with_a_clear_message(language: str) -> None:
    with pytest.raises(ValueError, match="expected 'fr' or 'en'"):
        is_first_person("Je m'inscris", language)
    with pytest.raises(ValueError, match="expected 'fr' or 'en'"):
        suggest_rewrite("Remplir le formulaire", language)


def test_on_is_first_person_in_french_but_a_preposition_in_english() -> None:
    assert is_first_person("On reçoit un devis", "fr")
    assert not is_first_person("On reçoit un devis", "en")
    assert not is_first_person("On arrival the customer gets a code", None)


@given(st.text())
def test_any_text_gets_an_answer_and_a_consistent_suggestion(text: str) -> None:
    first_person = is_first_person(text)
    suggestion = suggest_rewrite(text)

    assert detect_language(text) in ("fr", "en")
    if first_person:
        assert suggestion is None
    if suggestion is not None:
        assert suggestion.language in ("fr", "en")
        assert suggestion.text
        if not suggestion.is_full_rewrite:
            assert suggestion.text == PREFIXES[suggestion.language]


@given(st.sampled_from([text for text, _, _ in FULL_REWRITES]), st.text(alphabet="<&\"'= "))
def test_markup_like_endings_do_not_change_the_opening(text: str, ending: str) -> None:
    suggestion = suggest_rewrite(text + ending)

    assert suggestion is not None
    assert suggestion.text.endswith(ending)
