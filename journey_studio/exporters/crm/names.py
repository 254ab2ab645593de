"""Names a CRM accepts, made from the consultant's names, the same way every time.

A name too long for a CRM's documented limit keeps its beginning and ends with ``~`` and six
hexadecimal characters of a hash of the whole name, so two long names that start alike stay
apart and the same name always gives the same short one. :class:`Names` hands out names
unique within one scope (the stages of a pipeline, the fields of an object) and keeps a
sentence for every name it had to shorten or change, for the export's warnings.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

from journey_studio.exporters.crm.messages import message, quoted

HASH_LENGTH = 6
UNLIMITED = 1_000_000
"""The limit of a name whose CRM documents none."""
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


def name_hash(text: str) -> str:
    """Six hexadecimal characters that stand for ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` without accents: "Négociation à 60 %" -> Negociation, a, 60."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return [word for word in _NOT_WORD.split(plain) if word]


def shorten(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its beginning, ``~`` and a hash."""
    if len(text) <= limit:
        return text
    keep = max(limit - HASH_LENGTH - 1, 1)
    return f"{text[:keep].rstrip()}~{name_hash(text)}"


def developer_name(text: str, limit: int = 40, *, lower: bool = False) -> str:
    """An identifier made of letters, digits and single underscores, starting with a letter.

    "Customer Success" -> "Customer_Success"; "Réussite → client" -> "Reussite_client";
    with ``lower``, "customer_success". Too long: cut at a word boundary where possible and
    ended with ``_`` and a hash of ``text``.
    """
    words = ascii_words(text)
    name = "_".join(words) or "X"
    if not name[0].isalpha():
        name = "X_" + name
    if lower:
        name = name.lower()
    if len(name) <= limit:
        return name
    keep = name[: max(limit - HASH_LENGTH - 1, 1)].rstrip("_")
    return f"{keep}_{name_hash(text)}"


def slug(text: str, limit: int = 60) -> str:
    """A lower-case file or id part: "Proposition envoyée" -> "proposition-envoyee"."""
    words = ascii_words(text)
    name = "-".join(words).lower() or "x"
    if len(name) <= limit:
        return name
    return f"{name[: limit - HASH_LENGTH - 1].rstrip('-')}-{name_hash(text)}"


class Names:
    """Names unique within one scope, with a warning for each one changed on the way.

    ``crm`` and ``what`` say in the warnings which CRM and which kind of name it is;
    ``make`` turns a wanted name into an acceptable one (shortening it to ``limit``);
    ``case_sensitive`` says whether "Won" and "won" are different names.
    """

    def __init__(
        self,
        language: str,
        crm: str,
        what: str,
        limit: int,
        *,
        make: Callable[[str, int], str] = shorten,
        separator: str = " ",
        case_sensitive: bool = False,
    ) -> None:
        self.language = language
        self.crm = crm
        self.what = message(language, what)
        self.limit = limit
        self.make = make
        self.separator = separator
        self.case_sensitive = case_sensitive
        self.taken: set[str] = set()
        self.warnings: list[str] = []

    def _key(self, name: str) -> str:
        return name if self.case_sensitive else name.casefold()

    def reserve(self, name: str) -> None:
        """Mark a name as taken without handing it out (a name the CRM already has)."""
        self.taken.add(self._key(name))

    def is_taken(self, name: str) -> bool:
        return self._key(name) in self.taken

    def claim(self, wanted: str) -> str:
        """The acceptable, not yet taken name for ``wanted``; remembers it as taken."""
        name = self.make(wanted, self.limit)
        if name != self.make(wanted, UNLIMITED):
            self.warnings.append(self._say("shortened", original=wanted, short=name))
        if self._key(name) in self.taken:
            unique = self._numbered(wanted)
            self.warnings.append(self._say("renamed", original=name, renamed=unique))
            name = unique
        self.taken.add(self._key(name))
        return name

    def _numbered(self, wanted: str) -> str:
        number = 2
        while True:
            suffix = f"{self.separator}{number}"
            base = self.make(wanted, self.limit - len(suffix))
            candidate = f"{base}{suffix}"
            if self._key(candidate) not in self.taken:
                return candidate
            number += 1

    def _say(self, key: str, **names: str) -> str:
        quoted_names = {k: quoted(self.language, v) for k, v in names.items()}
        return message(
            self.language, key, crm=self.crm, what=self.what, limit=self.limit, **quoted_names
        )
