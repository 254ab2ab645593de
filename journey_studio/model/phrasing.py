"""The "I do X" phrasing of touchpoint cards: is a card in the first person, and how to say it.

The method writes every touchpoint from the customer's side, in the first person, with the
customer as the subject: "Je m'inscris à la newsletter", "I fill in a satisfaction survey".
This module tells whether a card's text already does, and suggests a rewrite for the usual
ways it does not:

- an infinitive: "Télécharger le livre blanc" -> "Je télécharge le livre blanc",
  "Se connecter" -> "Je me connecte", "Fill in the form" -> "I fill in the form";
- an imperative: "Inscrivez-vous à la newsletter" -> "Je m'inscris à la newsletter";
- the third person: "Le client reçoit un e-mail" -> "Je reçois un e-mail",
  "The customer receives an email" -> "I receive an email".

When the words cannot be conjugated with confidence (a noun such as "Newsletter mensuelle",
an unknown verb), it suggests only the prefix to start with ("Je …", "I …") rather than a
wrong sentence. Cards where the customer is only the object ("Un conseiller m'appelle") are
not "I do X" either.

Pure heuristics on the first words and small tables of the verbs journeys use, no
dictionary: ``journey-studio check`` runs it on every card and the editor on every edit, so
it is fast and never raises on odd text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "LANGUAGES",
    "PREFIXES",
    "Language",
    "Suggestion",
    "detect_language",
    "is_first_person",
    "suggest_rewrite",
]

Language = Literal["fr", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("fr", "en")

PREFIXES: Final[dict[Language, str]] = {"fr": "Je …", "en": "I …"}
"""What a card should start with, suggested when no whole rewrite is possible."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A first-person way to write a card.

    Attributes:
        text: The whole card rewritten, or only the prefix to start it with ("Je …").
        is_full_rewrite: True when ``text`` is the whole card; False when it is only the
            prefix, because the wording could not be conjugated with confidence.
        language: The language the suggestion is written in.
    """

    text: str
    is_full_rewrite: bool
    language: Language


def _word_set(words: str) -> frozenset[str]:
    """A table written as words separated by spaces, easier to read and extend than a list."""
    return frozenset(words.split())


# --------------------------------------------------------------------------------------
# Reading the text: decoration, apostrophes, words
# --------------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ‘`´′", "'"))
_LIST_NUMBER = re.compile(r"\d{1,3}\s*(?:[.)\]:°/\-–—]|\ufe0f|\u20e3)")
_FR_TOKEN = re.compile(
    r"(?i:jusqu|lorsqu|puisqu|qu|[jlsmndtc])'(?=[^\W\d_])|[^\W\d_]+(?:-[^\W\d_]+)*"
)
"""A French word, or an elided one with its apostrophe: "s'", "l'", "qu'"."""
_EN_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…\n]")
_HEAD_WORDS = 12
"""How far into the first sentence a "je" or "I" still makes the card first person."""


@dataclass(frozen=True, slots=True)
class _Token:
    word: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.word.lower()


def _normalise_apostrophes(text: str) -> str:
    """Typographic apostrophes become ``'``; one character for one, so positions hold."""
    return text.translate(_APOSTROPHES)


def _split_decoration(text: str) -> tuple[str, str]:
    """Split off what precedes the words: spaces, quotes, bullets, dashes, emoji, "1.", "2)"."""
    i = 0
    while i < len(text):
        char = text[i]
        if char.isalpha():
            break
        if char.isdigit():
            number = _LIST_NUMBER.match(text, i)
            if number is None:
                break
            i = number.end()
            continue
        i += 1
    return text[:i], text[i:]


def _tokens(text: str, pattern: re.Pattern[str]) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def _adjacent(tokens: list[_Token], text: str) -> list[_Token]:
    """The leading tokens separated only by spaces (or glued after an elided "s'")."""
    run: list[_Token] = []
    for token in tokens:
        if run and text[run[-1].end : token.start].strip():
            break
        run.append(token)
    return run


def _first_sentence(core: str) -> str:
    return _SENTENCE_END.split(core, maxsplit=1)[0]


def _parse_language(language: str | None) -> Language | None:
    if language is None:
        return None
    primary = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    if primary == "fr":
        return "fr"
    if primary == "en":
        return "en"
    raise ValueError(f"Unknown language {language!r}: expected 'fr' or 'en'.")


# --------------------------------------------------------------------------------------
# Which language
# --------------------------------------------------------------------------------------

_FRENCH_LETTERS = frozenset("éèêëàâäîïôöùûüçœæ")
_FRENCH_WORDS = _word_set(
    """le la les un une des du de et je nous mon ma mes notre nos votre vos au aux en pour
    par sur avec dans est sont pas ne ce cette ces qui que se sa son ses leur leurs mais ou
    très plus sans chez vers il elle ils elles vous moi lui y être avoir client cliente
    formulaire devis conseiller magasin commande offre achat compte rendez-vous ligne
    mensuelle mensuel gratuit gratuite"""
)
_ENGLISH_WORDS = _word_set(
    """the and i we my our your their his her its to of for in with by is are was from at
    it this that these those up out not be get gets into about an as or do does has have
    can will new free now online customer user receive receives form quote sign fill
    monthly store"""
)
_FRENCH_ELISION = re.compile(r"(?<![^\W_])(?:j|l|d|n|s|m|t|c|qu|jusqu|lorsqu|puisqu)'[^\W\d_]")
_ENGLISH_CONTRACTION = re.compile(r"[^\W\d_]'(?:s|t|re|ve|ll|m|d)(?![^\W_])")


def detect_language(text: str) -> Language:
    """Guess whether a card is French or English, from accents and common words.

    French wins ties: it is the method's home language and most workshops' language.
    """
    low = _normalise_apostrophes(text).lower()
    french = min(4, 2 * sum(char in _FRENCH_LETTERS for char in low))
    english = 0
    french += len(_FRENCH_ELISION.findall(low))
    english += len(_ENGLISH_CONTRACTION.findall(low))
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", low)
    for word in words:
        french += word in _FRENCH_WORDS
        english += word in _ENGLISH_WORDS or word in _ENGLISH_VERBS
        english += len(word) > 5 and word.endswith("ing")
    if words:
        first = words[0]
        english += first in _ENGLISH_VERBS and _conjugate_french(first) is None
        french += first not in _ENGLISH_VERBS and _conjugate_french(first) is not None
    return "en" if english > french else "fr"


# --------------------------------------------------------------------------------------
# Is it first person?
# --------------------------------------------------------------------------------------

_INTRO = r"(?:[^,;:]{1,60},\s*)?"
"""An opening phrase before the subject: "Après la démo, je …", "On arrival, we …"."""
_FR_JE = re.compile(r"(?<![^\W_])j(?:e(?![^\W_])|')", re.IGNORECASE)
_FR_PLURAL_SUBJECT = re.compile(_INTRO + r"(nous|on)\s+([^\W\d_]+'?)", re.IGNORECASE)
_EN_SUBJECT_AT_START = re.compile(
    _INTRO + r"(?:i|we)(?:\s|'(?:m|re|ve|d|ll)(?![^\W_])|$)", re.IGNORECASE
)
_EN_I = re.compile(r"(?<![^\W_])I(?:'(?:m|ve|d|ll))?(?![^\W_]|['\-])")
_NUMBERING_WORDS = _word_set(
    """phase part type step level tier stage chapter annex appendix section volume act
    étape partie niveau chapitre annexe acte"""
)


def is_first_person(text: str, language: str | None = None) -> bool:
    """Whether a card is written in the first person, the customer as the subject.

    French: "Je …", "J'…" (straight or typographic apostrophe), "Nous …", "Moi, je …" and
    spoken French's "On …"; English: "I …", "I'm …", "We …", "We're …". Case does not
    matter at the start; leading spaces, quotes, bullets, dashes, emoji and list numbers
    are ignored; an opening phrase is allowed ("Après la démo, je reçois un devis").

    Args:
        text: The card's text; any string, empty included.
        language: "fr" or "en" (or a locale such as "fr_FR") to accept only that
            language's forms; None to accept both, which a map mixing languages needs.

    Raises:
        ValueError: If ``language`` is neither French nor English.
    """
    wanted = _parse_language(language)
    _, core = _split_decoration(_normalise_apostrophes(text))
    if not core:
        return False
    clause = _first_sentence(core)
    head = " ".join(clause.split()[:_HEAD_WORDS])
    if wanted in (None, "fr") and _is_french_first_person(core, head, wanted is None):
        return True
    return wanted in (None, "en") and _is_english_first_person(head)


def _is_french_first_person(core: str, head: str, undecided: bool) -> bool:
    if _FR_JE.search(head):
        return True
    subject = _FR_PLURAL_SUBJECT.match(head)
    if subject is None:
        return False
    pronoun, following = subject.group(1).lower(), subject.group(2).lower()
    word = re.match(r"[^\W\d_]+", following)
    following = word.group(0) if word else following
    if pronoun == "nous":
        # "Nous contacter" is the website's "Contact us", an infinitive: not a subject.
        return following.endswith("ons") or not _looks_like_infinitive(following)
    # "On" is also an English preposition: "On arrival the customer gets a code".
    return not undecided or detect_language(core) == "fr"


def _is_english_first_person(head: str) -> bool:
    if _EN_SUBJECT_AT_START.match(head):
        return True
    for match in _EN_I.finditer(head):
        before = head[: match.start()].split()
        if not before or before[-1].lower().strip(",") not in _NUMBERING_WORDS:
            return True
    return False


# --------------------------------------------------------------------------------------
# Suggesting a rewrite
# --------------------------------------------------------------------------------------


def suggest_rewrite(text: str, language: str | None = None) -> Suggestion | None:
    """A first-person rewrite of a card, or the prefix to start it with.

    Args:
        text: The card's text; any string, empty included.
        language: "fr" or "en" (or a locale such as "fr_FR"); None to guess it from the
            text with :func:`detect_language`.

    Returns:
        None when there is nothing to suggest: the card is already in the first person
        (see :func:`is_first_person`) or has no words. Otherwise a :class:`Suggestion`:
        the whole card rewritten, leading bullets and quotes kept ("Remplir le
        formulaire" -> "Je remplis le formulaire"), or only ``PREFIXES[language]`` when the
        wording cannot be conjugated with confidence.

    Raises:
        ValueError: If ``language`` is neither French nor English.
    """
    wanted = _parse_language(language)
    decoration, core = _split_decoration(text)
    if not core or is_first_person(text, wanted):
        return None
    chosen = wanted or detect_language(core)
    rewrite = _rewrite_french(core) if chosen == "fr" else _rewrite_english(core)
    if rewrite is None:
        return Suggestion(PREFIXES[chosen], is_full_rewrite=False, language=chosen)
    return Suggestion(decoration + rewrite, is_full_rewrite=True, language=chosen)


def _finish(head: str, core: str, rest: str) -> str:
    """Capitalise the new opening words (all of them if the card shouts) and add the rest."""
    head = head.upper() if core.isupper() else head[:1].upper() + head[1:]
    return head + rest


# --------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------

_VOWEL_LETTERS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
_ASPIRATED_H = (
    "haï",
    "hach",
    "hanc",
    "hant",
    "harc",
    "harp",
    "hasard",
    "hât",
    "haus",
    "hél",
    "hériss",
    "heurt",
    "hiss",
    "hoch",
    "honn",
    "houspill",
    "hu",
    "hurl",
)
_ELIDED_BEFORE_VOWEL = frozenset({"je", "me", "te", "se", "ne", "le", "la"})


def _starts_with_vowel_sound(word: str) -> bool:
    low = word.lower()
    if not low:
        return False
    if low[0] == "h":
        return not low.startswith(_ASPIRATED_H)
    return low[0] in _VOWEL_LETTERS


def _join_french(words: list[str], apostrophe: str) -> str:
    """Join words, eliding "je", "me", "ne", "le" before a vowel: "j'ouvre", "je m'inscris"."""
    joined = ""
    for word, following in zip(words, [*words[1:], ""], strict=True):
        if word in _ELIDED_BEFORE_VOWEL and _starts_with_vowel_sound(following):
            joined += word[:-1] + apostrophe
        else:
            joined += word + (" " if following else "")
    return joined


def _family(je_form: str, infinitive: str, prefixes: Iterable[str] = ("",)) -> dict[str, str]:
    """Verbs built on one stem conjugate alike: comprendre and apprendre like prendre."""
    return {prefix + infinitive: prefix + je_form for prefix in prefixes}


_FRENCH_IRREGULAR: Final[dict[str, str]] = {
    "être": "suis",
    "avoir": "ai",
    "aller": "vais",
    "pouvoir": "peux",
    "vouloir": "veux",
    "devoir": "dois",
    "savoir": "sais",
    "valoir": "vaux",
    "asseoir": "assieds",
    "haïr": "hais",
    "suffire": "suffis",
    "coudre": "couds",
    "rire": "ris",
    "sourire": "souris",
    "boire": "bois",
    "croire": "crois",
    "fuir": "fuis",
    "enfuir": "enfuis",
    "mourir": "meurs",
    "taire": "tais",
    "répartir": "répartis",
    **_family("prends", "prendre", ("", "ap", "com", "re", "entre", "sur", "dé", "mé")),
    **_family("mets", "mettre", ("", "ad", "com", "per", "pro", "re", "sou", "trans")),
    **_family("bats", "battre", ("", "com", "dé", "a")),
    **_family("viens", "venir", ("", "re", "de", "par", "inter", "con", "pré", "sou")),
    **_family("tiens", "tenir", ("", "ob", "main", "re", "con", "appar", "entre", "sou")),
    **_family("écris", "écrire", ("", "ré")),
    **_family("scris", "scrire", ("in", "sou", "pre", "tran", "pro", "réin")),
    "décrire": "décris",
    **_family("fais", "faire", ("", "re", "dé", "satis", "par")),
    **_family("dis", "dire", ("", "re", "contre", "inter", "pré")),
    **_family("lis", "lire", ("", "re", "é")),
    **_family("vois", "voir", ("", "re", "pré", "entre", "pour")),
    **_family("çois", "cevoir", ("re", "aper", "per", "dé", "con")),
    **_family("ouvre", "ouvrir", ("", "r", "entr")),
    **_family("couvre", "couvrir", ("", "dé", "re", "redé")),
    **_family("offre", "offrir", ("",)),
    **_family("souffre", "souffrir", ("",)),
    **_family("cueille", "cueillir", ("", "ac", "re")),
    **_family("suis", "suivre", ("", "pour")),
    **_family("vis", "vivre", ("", "re", "sur")),
    **_family("connais", "connaître", ("", "re", "mé")),
    **_family("parais", "paraître", ("", "ap", "dis", "re", "com")),
    **_family("duis", "duire", ("con", "pro", "ré", "tra", "intro", "sé", "repro", "dé", "recon")),
    **_family("truis", "truire", ("cons", "dé", "ins", "recons")),
    **_family("oins", "oindre", ("j", "rej", "adj")),
    **_family("ains", "aindre", ("cr", "pl", "contr")),
    **_family("eins", "eindre", ("p", "att", "ét", "t", "f", "restr")),
    **_family("sous", "soudre", ("ré", "dis", "ab")),
    **_family("clus", "clure", ("con", "in", "ex")),
    **_family("romps", "rompre", ("", "inter", "cor")),
    **_family("vaincs", "vaincre", ("", "con")),
    **_family("trais", "traire", ("ex", "dis", "sous")),
    **_family("plais", "plaire", ("", "dé")),
    **_family("cours", "courir", ("", "par", "re", "se", "ac", "con")),
    **_family("quiers", "quérir", ("ac", "con", "re")),
    **_family("pars", "partir", ("", "re")),
    **_family("sors", "sortir", ("", "res")),
    **_family("dors", "dormir", ("", "en", "ren")),
    **_family("sers", "servir", ("", "des", "res")),
    **_family("sens", "sentir", ("", "res", "con", "pres")),
    **_family("mens", "mentir", ("", "dé")),
    # Regular -dre verbs: the stem and an s (j'attends, je réponds).
    **{
        verb: verb[:-2] + "s"
        for verb in _word_set(
            """attendre entendre rendre vendre revendre répondre correspondre perdre
        descendre redescendre défendre dépendre étendre prétendre suspendre tendre détendre
        fondre confondre tordre mordre répandre"""
        )
    },
}

_FRENCH_IER_VERBS = _word_set(
    """confier copier oublier remercier étudier apprécier négocier associer relier trier
    lier publier parier photocopier envier initier expédier licencier dédier allier varier
    rallier multiplier fier humilier réconcilier concilier remédier pallier défier crier
    prier plier déplier marier nier renier supplier skier privilégier différencier
    répertorier salarier soucier télécopier"""
)
"""French verbs in -ier; other -ier words are mostly nouns (panier, dossier, courrier)."""

_FRENCH_NOT_VERBS = _word_set(
    """conseiller foyer loyer danger étranger passager boulanger verger berger léger rocher
    clocher plancher boucher archer cher fer mer hier hiver enfer super laser poster flyer
    newsletter manager leader sticker teaser banner player voucher trailer container
    starter partner designer developer user customer member header footer router server
    browser timer computer printer cluster master filter folder cover power reporter
    order answer offer register enter deliver discover consider remember transfer prefer
    refer recover wonder gather after never ever over under other whether together later
    uber plaisir loisir désir avenir soupir élixir saphir tir
    nadir menhir"""
)
"""Words that end like an infinitive but are nouns, adjectives or English."""

_FRENCH_ACHETER_LIKE = _word_set(
    """acheter racheter geler dégeler congeler surgeler modeler remodeler peler harceler
    celer déceler receler marteler ciseler crocheter fureter haleter corseter démanteler
    écarteler"""
)
"""-eler/-eter verbs that take a grave accent (j'achète) rather than a double consonant."""


def _looks_like_infinitive(word: str) -> bool:
    return word.endswith(("er", "ir", "re", "oir", "ïr"))


def _conjugate_french(infinitive: str) -> str | None:
    """The present "je" form of a French infinitive; None if the word is not a known verb."""
    word = infinitive.lower()
    if not word.isalpha() or word in _FRENCH_NOT_VERBS:
        return None
    if word in _FRENCH_IRREGULAR:
        return _FRENCH_IRREGULAR[word]
    if word.endswith("ier") and not word.endswith("ifier") and word not in _FRENCH_IER_VERBS:
        return None
    if word.endswith("er") and len(word) > 3:
        return _first_group(word)
    if word.endswith("ir") and len(word) > 3:
        return word[:-2] + "is"  # second group: remplir -> remplis, choisir -> choisis
    return None


def _first_group(infinitive: str) -> str:
    """The "je" form of an -er verb, spelling changes included: j'appelle, j'achète, je paie."""
    stem = infinitive[:-2]
    if stem.endswith(("oy", "uy", "ay")):
        return stem[:-1] + "ie"  # envoyer -> envoie, essuyer -> essuie, payer -> paie
    i = len(stem)
    while i > 0 and (
        stem[i - 1] not in _VOWEL_LETTERS or (stem[i - 1] == "u" and i > 1 and stem[i - 2] in "gq")
    ):
        i -= 1
    vowel, consonants = stem[i - 1 : i], stem[i:]
    if vowel == "é" and consonants:
        return stem[: i - 1] + "è" + consonants + "e"  # préférer -> préfère
    single = len(consonants) == 1 and consonants != "x"
    if vowel == "e" and single and (i < 2 or stem[i - 2] not in _VOWEL_LETTERS):
        if consonants in "lt" and infinitive not in _FRENCH_ACHETER_LIKE:
            return stem + consonants + "e"  # appeler -> appelle, jeter -> jette
        return stem[: i - 1] + "è" + consonants + "e"  # lever -> lève, acheter -> achète
    return stem + "e"


_FRENCH_VOUS_IMPERATIVE: Final[dict[str, str]] = {
    "faites": "faire",
    "dites": "dire",
    "soyez": "être",
    "ayez": "avoir",
    "allez": "aller",
    "riez": "rire",
    "souriez": "sourire",
    "asseyez": "asseoir",
    "buvez": "boire",
    "croyez": "croire",
    "fuyez": "fuir",
    "battez": "battre",
    "suivez": "suivre",
    "vivez": "vivre",
    "partez": "partir",
    "sortez": "sortir",
    "servez": "servir",
    "dormez": "dormir",
    "sentez": "sentir",
    "ressentez": "ressentir",
    "courez": "courir",
    "parcourez": "parcourir",
    "éteignez": "éteindre",
    "atteignez": "atteindre",
    "joignez": "joindre",
    "rejoignez": "rejoindre",
    "craignez": "craindre",
    "résolvez": "résoudre",
    "concluez": "conclure",
    "interrompez": "interrompre",
    "convainquez": "convaincre",
    "connaissez": "connaître",
    "reconnaissez": "reconnaître",
    "acquérez": "acquérir",
    "lisez": "lire",
    "relisez": "relire",
    "voyez": "voir",
    "revoyez": "revoir",
    "prévoyez": "prévoir",
    "décrivez": "décrire",
    "écrivez": "écrire",
    "inscrivez": "inscrire",
    "souscrivez": "souscrire",
    "conduisez": "conduire",
    "produisez": "produire",
    "réduisez": "réduire",
    "traduisez": "traduire",
    "construisez": "construire",
    "mettez": "mettre",
    "remettez": "remettre",
    "transmettez": "transmettre",
    "soumettez": "soumettre",
    "permettez": "permettre",
    **{verb[:-2] + "ez": verb for verb in _FRENCH_IRREGULAR if verb.endswith("dre")},
    **{verb[:-4] + "enez": verb for verb in _FRENCH_IRREGULAR if verb.endswith("enir")},
    **{verb[:-6] + "cevez": verb for verb in _FRENCH_IRREGULAR if verb.endswith("cevoir")},
}
"""Imperatives ("Lisez", "Prenez") whose infinitive is not the -ez swapped for -er."""
_NOT_IMPERATIVES = frozenset({"chez", "nez", "assez", "rez"})


def _imperative_to_infinitive(word: str) -> str | None:
    """The infinitive of a "vous" imperative: "Remplissez" -> "remplir", "Cliquez" -> "cliquer"."""
    low = word.lower()
    if low in _FRENCH_VOUS_IMPERATIVE:
        return _FRENCH_VOUS_IMPERATIVE[low]
    if not low.endswith("ez") or len(low) < 5 or low in _NOT_IMPERATIVES:
        return None
    if low.endswith("prenez"):
        return low[:-2] + "dre"  # comprenez -> comprendre
    stem = low[:-5]
    if low.endswith("issez") and set(stem) & _VOWEL_LETTERS and stem[-1] not in _VOWEL_LETTERS:
        return stem + "ir"  # remplissez -> remplir; but glissez, laissez -> glisser, laisser
    return low[:-2] + "er"  # téléchargez -> télécharger


_FRENCH_THIRD_PERSON: Final[dict[str, str]] = {
    "est": "suis",
    "a": "ai",
    "va": "vais",
    "peut": "peux",
    "veut": "veux",
    "vaut": "vaux",
    "vainc": "vaincs",
    "convainc": "convaincs",
    "sent": "sens",
    "ressent": "ressens",
    "consent": "consens",
    "ment": "mens",
}


def _first_person_of_third(word: str) -> str | None:
    """The "je" form of a verb in the "il" form: reçoit -> reçois, remplit -> remplis."""
    low = word.lower()
    if not low.isalpha() or (low != word and not word.isupper()):
        return None  # a name or a heading, not a verb
    if low in _FRENCH_THIRD_PERSON:
        return _FRENCH_THIRD_PERSON[low]
    if low.endswith(("met", "bat")):
        return low + "s"  # met -> mets
    if low.endswith("ompt"):
        return low[:-1] + "s"  # interrompt -> interromps
    if low.endswith("e") and len(low) > 2:
        return low  # télécharge, ouvre: the same form
    if low.endswith("ît"):
        return low[:-2] + "is"  # connaît -> connais
    if low.endswith("ent") and not low.endswith("ient"):
        return None  # a plural ("reçoivent"), which "je" does not replace
    if low.endswith("d"):
        return low + "s"  # prend -> prends
    if low.endswith("t") and len(low) > 2:
        return low[:-1] + "s"  # reçoit -> reçois, vient -> viens, part -> pars
    return None


_FRENCH_CUSTOMERS = _word_set(
    """client cliente prospect prospecte utilisateur utilisatrice visiteur visiteuse
    internaute contact lead acheteur acheteuse abonné abonnée membre adhérent adhérente
    candidat candidate consommateur consommatrice usager usagère lecteur lectrice décideur
    décideuse prescripteur prescriptrice souscripteur souscriptrice bénéficiaire persona
    patient patiente particulier acquéreur locataire propriétaire voyageur voyageuse
    passager passagère invité invitée participant participante inscrit inscrite apprenant
    apprenante étudiant étudiante parent"""
)
_FRENCH_DETERMINERS = _word_set(
    "le la l' un une ce cet cette chaque notre votre mon ma son sa tout toute"
)
_FRENCH_ADJECTIVES_BEFORE = _word_set("nouveau nouvel nouvelle futur future")
_FRENCH_ADJECTIVES_AFTER = _word_set(
    """potentiel potentielle final finale existant existante fidèle connecté connectée
    intéressé intéressée"""
)
_FRENCH_OBJECT_PRONOUNS = _word_set("le la les l' lui leur y nous vous")
"""Not "en": "Le client en magasin …" is far likelier than "Le client en parle"."""
_FRENCH_POSSESSIVES = {"son": "mon", "sa": "ma", "ses": "mes", "lui-même": "moi-même"}
_FRENCH_POSSESSIVE = re.compile(r"(?<![^\W_])(son|sa|ses|lui-même)(?![^\W_])", re.IGNORECASE)


def _rewrite_french(core: str) -> str | None:
    norm = _normalise_apostrophes(core)
    apostrophe = "’" if "’" in core else "'"
    words = _adjacent(_tokens(norm, _FR_TOKEN), norm)
    if not words:
        return None
    rewritten = _french_from_infinitive(words) or _french_from_third_person(words)
    if rewritten is None:
        return None
    head, end, is_third_person = rewritten
    rest = core[end:]
    if is_third_person:
        rest = _FRENCH_POSSESSIVE.sub(lambda m: _FRENCH_POSSESSIVES[m.group().lower()], rest)
    return _finish(_join_french(head, apostrophe), core, rest)


def _french_from_infinitive(words: list[_Token]) -> tuple[list[str], int, bool] | None:
    """ "Se connecter", "Nous contacter", "Inscrivez-vous", "Veuillez remplir" -> je …"""
    if words[0].lower == "veuillez":
        words = words[1:]
    if not words:
        return None
    first = words[0].lower
    head = ["je"]
    verb = words[0]
    if first in ("se", "s'", "me", "m'") and len(words) > 1:
        head.append("me")
        verb = words[1]
    elif first == "nous" and len(words) > 1 and _looks_like_infinitive(words[1].lower):
        head.append("vous")  # "Nous contacter" (the site's "Contact us") -> je vous contacte
        verb = words[1]
    if verb.lower == "rendez-vous":
        return None  # the noun far more often than "Rendez-vous en magasin"
    base, _, clitic = verb.lower.rpartition("-")
    if base and clitic in ("vous", "toi", "nous"):
        infinitive = base if clitic == "toi" else _imperative_to_infinitive(base)
        head.append("vous" if clitic == "nous" else "me")
        conjugated = base if clitic == "toi" else infinitive and _conjugate_french(infinitive)
    else:
        infinitive = _imperative_to_infinitive(verb.word)
        conjugated = _conjugate_french(infinitive or verb.word)
    if not conjugated:
        return None
    return [*head, conjugated], verb.end, False


def _french_from_third_person(words: list[_Token]) -> tuple[list[str], int, bool] | None:
    """ "Le client reçoit …", "L'internaute s'inscrit …", "Il ne répond pas …" -> je …"""
    lows = [w.lower for w in words]
    i = 0
    if lows[0] in ("il", "elle"):
        i = 1
    else:
        i += lows[i] in _FRENCH_DETERMINERS
        i += i < len(lows) and lows[i] in _FRENCH_ADJECTIVES_BEFORE
        if i >= len(lows) or lows[i] not in _FRENCH_CUSTOMERS:
            return None
        i += 1
        i += i < len(lows) and lows[i] in _FRENCH_ADJECTIVES_AFTER
    head = ["je"]
    if i < len(lows) and lows[i] in ("ne", "n'"):
        head.append("ne")
        i += 1
    if i < len(lows) and lows[i] in ("se", "s'"):
        head.append("me")
        i += 1
    while i + 1 < len(lows) and lows[i] in _FRENCH_OBJECT_PRONOUNS:
        head.append("le" if lows[i] == "l'" else lows[i])
        i += 1
    if i >= len(words):
        return None
    conjugated = _first_person_of_third(words[i].word)
    if conjugated is None:
        return None
    return [*head, conjugated], words[i].end, True


# --------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------

_ENGLISH_VERBS = _word_set(
    """accept access activate add agree answer apply approve arrive ask attend be become
    book browse buy call cancel change chat check choose claim click close collect come
    comment compare complain complete configure confirm connect consult contact create
    decide decline discover discuss download drop earn email enjoy enter explore feel fill
    find follow forget get give go have hear install invite join keep know learn leave
    like listen log look love make meet message migrate move need negotiate note notice
    open order pay phone pick plan post prepare print provide purchase put rate reach read
    rebook receive recommend redeem refer register reject renew reorder reply report
    request reserve return review save scan schedule search see select sell send set share
    shop sign speak start stay submit subscribe switch take talk tell test text think track
    try understand unbox unsubscribe update upgrade upload use validate verify view visit
    wait want watch win withdraw write"""
)
_ENGLISH_NOUN_LIKE_VERBS = _word_set(
    """answer book call change chat check claim click comment contact drop email feel love
    like look message move need note notice order pass phone pick plan post print purchase
    rate reach reply report request return review save scan schedule search set share shop
    sign start switch test text track update upgrade upload use view visit wait want watch
    win"""
)
"""Verbs that are nouns as often: "Order tracking", "Call center", "Email campaign"."""
_ENGLISH_FUNCTION_WORDS = _word_set(
    """a an the my our your their his her its this that these those some any all each
    every no more it them us me him up in out on off for to with at into onto about from
    back down through via by over again online now later there here directly together and
    or what which how when if whether one two three several many few another other new
    free"""
)
"""Words after a verb that show it is one: "Order a sample", "Sign up", "Call back"."""

_ENGLISH_CUSTOMERS = _word_set(
    """customer client user prospect visitor buyer lead subscriber member contact shopper
    guest patient consumer persona reader attendee participant applicant candidate
    traveller traveler passenger student learner tenant owner purchaser admin
    administrator"""
)
_ENGLISH_DETERMINERS = _word_set("the a an our your each every this that any")
_ENGLISH_ADJECTIVES = _word_set(
    """new potential prospective existing loyal returning end first-time interested
    registered"""
)
_ENGLISH_ADVERBS = _word_set(
    """then also never always often finally first now sometimes usually rarely immediately
    automatically directly quickly easily already still just only really actually soon
    eventually later regularly"""
)
_ENGLISH_THIRD_PERSON: Final[dict[str, str]] = {
    "is": "am",
    "isn't": "am not",
    "has": "have",
    "hasn't": "haven't",
    "does": "do",
    "doesn't": "don't",
    "was": "was",
    "wasn't": "wasn't",
    **dict.fromkeys(
        _word_set(
            """can could will would should must may might cannot can't won't shouldn't couldn't
        wouldn't"""
        ),
        "",
    ),
}
_ENGLISH_POSSESSIVE = re.compile(
    r"(?<![^\W_])(his|their|himself|herself|themselves|themself)(?![^\W_])"
)


def _rewrite_english(core: str) -> str | None:
    norm = _normalise_apostrophes(core)
    words = _adjacent(_tokens(norm, _EN_TOKEN), norm)
    if not words:
        return None
    shout = core.isupper()
    start = 1 if words[0].lower in ("to", "please") and len(words) > 1 else 0
    verb = words[start]
    following = words[start + 1].lower if start + 1 < len(words) else None
    if verb.lower in _ENGLISH_VERBS and (
        verb.lower not in _ENGLISH_NOUN_LIKE_VERBS
        or following is None
        or following in _ENGLISH_FUNCTION_WORDS
    ):
        base = "am" if verb.lower == "be" else verb.lower
        return _finish("I " + (base.upper() if shout else base), core, core[verb.end :])
    return _english_from_third_person(words, core)


def _english_from_third_person(words: list[_Token], core: str) -> str | None:
    """ "The customer receives an email", "She never opens …" -> "I receive …" """
    lows = [w.lower for w in words]
    i = 0
    if lows[0] in ("he", "she"):
        i = 1
    else:
        i += lows[0] in _ENGLISH_DETERMINERS
        i += i < len(lows) and lows[i] in _ENGLISH_ADJECTIVES
        if lows[i : i + 2] in (["decision", "maker"], ["end", "user"]):
            i += 1
        elif i >= len(lows) or lows[i] not in _ENGLISH_CUSTOMERS:
            return None
        i += 1
    adverbs: list[str] = []
    while i < len(lows) and lows[i] in _ENGLISH_ADVERBS:
        adverbs.append(words[i].word)
        i += 1
    if i >= len(words):
        return None
    verb = _first_person_of_english(lows[i])
    if verb is None:
        return None
    head = " ".join(["I", *adverbs, verb or words[i].word])
    possessive = {"his": "my", "their": "my"}
    rest = _ENGLISH_POSSESSIVE.sub(
        lambda m: possessive.get(m.group().lower(), "myself"), core[words[i].end :]
    )
    return _finish(head, core, rest)


def _first_person_of_english(verb: str) -> str | None:
    """ "receives" -> "receive", "is" -> "am"; "" for a modal that stays ("can")."""
    if verb in _ENGLISH_THIRD_PERSON:
        return _ENGLISH_THIRD_PERSON[verb]
    if not verb.isalpha() or len(verb) < 3 or not verb.endswith("s") or verb.endswith("ss"):
        return None
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"  # tries -> try
    if verb.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return verb[:-2]  # watches -> watch, goes -> go
    return verb[:-1]
