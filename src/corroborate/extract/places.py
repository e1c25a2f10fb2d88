"""Places: every toponym of an article, found and resolved offline against the gazetteer.

Finding. spaCy's small model tags only about three in five toponyms, so its GPE/LOC/FAC
entities are joined by a longest match of gazetteer names over runs of capitalised words
(case-sensitive in the text, diacritics and case folded in the gazetteer), by demonyms and
other names from aliases.tsv ("Pakistani" stands for Pakistan, as the geoparsing gold sets
count them), AP state abbreviations after a comma ("Springfield, Ill.") and hand-placed
sites (sites.tsv, e.g. Nine Zero in Karachi). Capitalised common words that are also place
names (not_places.tsv) count only when spaCy tags them GPE or they open a longer name.
Metonymy ("Washington said", "Moscow denied") is kept: it is a toponym mention, found and
resolved like any other; deciding whether an event happened there is the events stage's job.

Single capitalised words spaCy does not tag as places need a cue ("in X", "deployed to X",
"X police", "X, Ky.", a dateline "X:" or "X --", a legislator's "D-X", "X-based", "Jane Doe,
44, of X") unless they name a big place, the same name is a place elsewhere in the article
(one sense per article, before or after; not a word of a person's name), or they are listed
with a found place ("Paris and Roxton"). A three-letter name in capitals is an acronym except
in a wire dateline ("JOS, Nigeria (Reuters) -"); no word of an operation's name ("Operation
Safe Haven") is a place. A name only of
villages too small to guess at (no population in GeoNames, as most Nigerian villages) is a
place only where the text calls it a settlement ("the village of Richa", "Richa, a
village"), or where a cue makes it one and a town the article names lies within 20 km ("a
wedding in Sénoussa" beside Djenné). Names listed before "counties" ("Clay, Otter Tail and
Wilkin counties") are those counties. A town or county name opening a street name ("Dublin
Road", "King Drive") or after "block of" ("the 4400 block of West Adams") is not emitted but
still counts as context; one naming a site ("Stewart Park") is not a place. spaCy place
entities no capitalised match covers (lower-cased archives) are looked up whole.

Resolving. Each candidate scores a prior from its kind (country > province > county > capital
> town), its population and whether the text is its own name or an alternate one, plus
context: the countries and provinces the rest of the article resolves to and the distance to
its other places (rounds in which a name never votes for itself and each vote weighs by how
clearly its name was resolved), the province or country written right after it
("Springfield, Illinois", which then settles later bare repeats), and
the outlet's country (web domain ending). Before any of that, each candidate gets the
joint support of the article's other names: how many of them have SOME candidate near it
(so that Albany, Alexandria and Douglas County read together as Minnesota although each
alone reads as its biggest namesake). A local paper's news is mostly in one province: the
finder remembers, per outlet (web domain), the provinces its earlier articles resolved to
with a clear margin, and from an outlet's fourth such place on that is a prior too. It learns
from predictions, never from gold. A Doc may carry its outlet's home
(``doc._.corroborate_outlet_home``, the Ledger loads it from the outlets table); without one
the component keeps a home per outlet in memory, for the process (as the evaluation does).
What an article taught is written to ``doc._.corroborate_outlet_learned`` for the ledger.
A city of a million people beats its eponymous province ("Kabul"). Names with no gazetteer
entry are kept with empty resolution fields, unless one vowel changed makes a name of one
country's towns (the press's "Timergara", GeoNames' "Timargara"), which a word vouched for only
by a cue ("in Timergara") needs the article's other places to lie in as well. A name after a
position word whose gazetteer namesake carries another ("Lower Dir" beside "Upper Dir", also
called "Dir") is not that namesake.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from corroborate.extract.gazetteer import (
    Gazetteer,
    Place,
    distance_km,
    load_gazetteer,
    short_names,
)
from corroborate.extract.gazetteer import fold as fold_name
from corroborate.extract.pipeline import DATELINES, doc_text, in_boilerplate
from corroborate.lexicons import alternation, read_rows, word_list, word_map
from corroborate.model import PlaceFound

# fold by name, kept: an article folds the same names dozens of times (its mentions, each
# candidate's name, in several steps), and each fold normalises the text anew.
fold = functools.lru_cache(maxsize=1 << 16)(fold_name)

# The words the rules below look for, by category: place_words.tsv.
_words = word_list("corroborate.extract", "place_words.tsv")
# Its categories with a value column, as {word: value}.
_values = word_map("corroborate.extract", "place_words.tsv")


MAX_WORDS = 6
NER_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Capitalised articles that open a name ("Le Prince", "La Chapelle"): a place named only by
# the rest of it is not the one meant.
NAME_ARTICLES = _words("name_articles")
OPERATION_WORDS = _words("operation_words")
# Lower-case words allowed inside a name: "Bosnia and Herzegovina", "Fortín de las Flores";
# up to MAX_CONNECTORS in a row ("de las") before its next capitalised word.
CONNECTORS = _words("connectors")
MAX_CONNECTORS = 2
# Weights of the resolution score (see module docstring); tuned on the tuning part only.
KIND_PRIOR = {
    "country": 9.0,
    "continent": 9.0,
    "region": 7.5,
    "capital": 2.5,
    "seat": 1.0,
    "county": 4.0,
    "town": 0.0,
    "district": 0.5,
    "site": 4.0,
}
SIZED_KINDS = frozenset({"capital", "seat", "town", "district"})
POPULATION_WEIGHT = 0.6
CONTEXT_COUNTRY = 4.0
CONTEXT_ADMIN1 = 3.0
CONTEXT_ROUNDS = 2
# A part of a city lies within this distance of a town the article names (else it is that town).
CITY_PART_KM = 40.0
# Words after a name that make it a part of a city, and the sides and ends of a city.
CITY_PART_WORDS = _words("city_part_words")
CITY_SIDE = re.compile(
    r"(?:the )?(?:(?:Near|Far|Lower|Upper) )?(?:North|South|East|West|Northwest|Northeast|"
    r"Southwest|Southeast) ?(?:[Ss]ide|End)"
)
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
TOWN_KINDS = frozenset({"town", "seat", "capital"})  # kinds of place that have city parts
# A resolved name votes with weight VOTE_FLOOR + margin / VOTE_MARGIN, at most 1.
VOTE_FLOOR = 0.25
VOTE_MARGIN = 4.0
# (km, bonus): a candidate near the article's other places (not countries or provinces).
PROXIMITY = ((50.0, 3.0), (150.0, 2.0), (400.0, 1.0))
QUALIFIER_MATCH = 8.0
OUTLET_COUNTRY = 1.0
USER_PLACE = 3.0
ALIAS_PREFERRED = 3.0
ALTERNATE_NAME = 1.5
EPONYMOUS_CITY = 4.0
# Off a province that bears its country's name: the country is meant unless the text says
# "State of Mexico" (a name of its own). More than an admin1 context gives.
COUNTRY_NAMESAKE = 4.0
# An outlet's earlier articles: where its places lie (see learn_outlet). Places resolved
# with at least this margin are remembered; the prior needs this many of them.
OUTLET_LEARN_MARGIN = 3.0
OUTLET_MIN_PLACES = 3
OUTLET_REGION = 3.0
OUTLET_HOME_COUNTRY = 1.0
# Joint support (see _joint_support): weight, candidates per name considered, (km, fit).
SUPPORT = 0.5
SUPPORT_CANDIDATES = 60
SUPPORT_PROXIMITY = ((50.0, 1.0), (150.0, 0.6), (400.0, 0.25))
EPONYMOUS_CITY_POPULATION = 1_000_000
# Gazetteer-only single words must name a place at least this big (or a division), and one
# this big needs no cue word around it.
MIN_POPULATION_UNTAGGED = 1000
# Other place names, all in other countries, that leave a small place abroad unresolved.
STRAY_CONTEXT = 2
MIN_POPULATION_SURE = 100_000
# A village too small to guess at, named with no word calling it one ("in Sénoussa"), is a
# place where a town the article names lies this close (km).
VILLAGE_NEIGHBOUR_KM = 20.0
# A village this small abroad, however written, strays where nothing else points to it.
STRAY_VILLAGE_POPULATION = 1000
# AP abbreviations that are no other word: matched anywhere, the others only after a comma.
SAFE_ABBREVIATIONS = _words("safe_abbreviations")
# Words before a name ("in X", "near X") and after it ("X police", "X residents") that make
# it a place.
LOCATIVE_WORDS = _words("locative_words")
PERSON_PREPOSITIONS = _words("person_prepositions")
MOTION_VERBS = _words("motion_verbs")
PLACE_NOUNS = _words("place_nouns")
SETTLEMENT_NOUNS = _words("settlement_nouns")
# "Clay and Wilkin counties": the plural that makes listed names divisions.
DIVISION_PLURALS = _values("division_plurals")
# The same words as spaCy's string hashes, looked up in a Doc's array of lower-case forms
# (a Token made and its text read for every word of every article cost more than the rest).
_DIVISION_HASHES = {hash_string(word): plural for word, plural in DIVISION_PLURALS.items()}
_CONNECTOR_HASHES = frozenset(hash_string(word) for word in CONNECTORS)
# What follows a dateline's place name ("BEIRUT:", "BYESVILLE --").
DATELINE_MARKS = frozenset({":", "—", "–", "-", "--", "(", "―"})
# "Sen. Jane Doe, D-Springfield": the party letter before a legislator's home.
PARTY_LETTERS = _words("party_letters")
# Outlet web domains' country-code endings: the outlet's country is a prior.
_TLD_COUNTRY = re.compile(r"\.([a-z]{2})$")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    candidates: list[Place]
    source: str  # ner | gazetteer | alias
    qualifier: Mention | None = None
    qualifies: bool = False  # this mention is the "State" of a "City, State"
    preferred: str | None = None  # the id aliases.tsv gives this name
    margin: float = 0.0  # how far the chosen candidate's score is ahead of the next one
    context_only: bool = False  # part of a street name: context for others, not a place
    city_part: bool = False  # told as a part of a city: "the Austin neighborhood", "West Side"
    village: bool = False  # only villages too small to guess at: a neighbour must vouch (find)
    support: dict[str, float] = field(default_factory=dict)  # candidate id -> joint support
    chosen: Place | None = None
    scores: list[float] = field(default_factory=list)


@dataclass
class OutletHome:
    """Where an outlet's earlier articles' places lie: counts per province and country."""

    regions: Counter[tuple[str, str]] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    total: int = 0

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]] | None) -> OutletHome:
        """A home from stored rows: [country, province, places] (see `rows`)."""
        home = cls()
        for country, admin1, count in rows or ():
            home.add(country, admin1, count)
        return home

    def rows(self) -> list[list[Any]]:
        """The home as JSON-able rows [country, province, places]; countries and total
        follow from them."""
        return [[c, a, n] for (c, a), n in sorted(self.regions.items())]

    def add(self, country: str, admin1: str, count: int = 1) -> None:
        self.regions[(country, admin1)] += count
        self.countries[country] += count
        self.total += count

    def shares(self) -> tuple[dict[tuple[str, str], float], dict[str, float]] | None:
        if self.total < OUTLET_MIN_PLACES:
            return None
        return (
            {k: v / self.total for k, v in self.regions.items()},
            {k: v / self.total for k, v in self.countries.items()},
        )


def _outlet_key(outlet: str | None) -> str | None:
    if not outlet:
        return None
    key = outlet.lower().strip().rstrip("/")
    return key.removeprefix("www.") or None


@dataclass(frozen=True)
class Alias:
    target: str
    kind: str  # name | demonym | abbreviation


@functools.cache
def load_aliases() -> dict[str, Alias]:
    """aliases.tsv: surface form (case-sensitive) -> target and kind."""
    aliases = {}
    for row in read_rows("corroborate.extract.gazetteer", "aliases.tsv"):
        aliases[row["alias"]] = Alias(row["target"], row["kind"])
    return aliases


@functools.cache
def load_not_places() -> frozenset[str]:
    """not_places.tsv: capitalised words that alone are rarely places."""
    rows = read_rows("corroborate.extract.gazetteer", "not_places.tsv")
    return frozenset(row["word"] for row in rows)


def kind_of(place: Place) -> str:
    """The coarse kind a resolution prior is given for."""
    code = place.fcode
    if code.startswith("PCL"):
        return "country"
    if code == "CONT":
        return "continent"
    if code in {"ADM1", "RGN"}:
        return "region"
    if code == "PPLC":
        return "capital"
    if code in {"PPLA", "PPLA2"}:
        return "seat"
    if code == "ADM2":
        return "county"
    if code == "SITE":
        return "site"
    if code in {"PPLX", "ADM3", "ADMD"}:
        return "district"
    return "town"


# Words that make the capitalised words before them a street, not a place.
STREET_WORDS = _words("street_words")
# Words that make the capitalised words before them a named building ("Civil Hospital"):
# a small town of that name is then no guess worth making.
FACILITY_WORDS = _words("facility_words")
MEMORIAL_WORDS = _words("memorial_words")
# Words that make the capitalised words before them a site named after a town or county
# ("Stewart Park", "Parkway Gardens"), when no larger place is called so.
SITE_WORDS = _words("site_words")
# A month written short before a day's number ("Nov 24") is a date, not a namesake town.
MONTH_ABBREVIATIONS = _words("month_abbreviations")
_GENERIC_TAIL = re.compile(rf"\s+({alternation(_words('generic_tail'))})$")

# Directions before a street name ("the 4400 block of West Adams").
_DIRECTIONS = _words("directions")


def _after_block_of(doc: Doc, s: int) -> bool:
    """The name at token `s` follows "block of" (a street: "the 4400 block of West Adams")."""
    i = s - 1 if s > 0 and doc[s - 1].text in _DIRECTIONS else s
    return i >= 2 and doc[i - 2].lower_ == "block" and doc[i - 1].lower_ == "of"


def _head_name(key: str) -> str:
    """A folded name without a generic last word ("vadodara district" -> "vadodara")."""
    return _GENERIC_TAIL.sub("", key)


def _surname_after_preposition(doc: Doc, s: int, e: int, surnames: frozenset[str]) -> bool:
    """The name at tokens s..e is the surname of a person the article names in full, after a
    preposition that takes persons as readily as places: "instructions by telephone from
    Siddiqui" after "Haroon Siddiqui" is the man, not a village spelt Siddique."""
    return s > 0 and doc[s:e].text in surnames and doc[s - 1].lower_ in PERSON_PREPOSITIONS


def _outlet_names(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges where the text names the article's outlet ("Sindh Sentinel")."""
    outlet = getattr(doc._, "corroborate_outlet", None)
    if not outlet or len(outlet) < 4 or "." in outlet:  # a name, not a web domain
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(doc_text(doc))]


def _name_tail(doc: Doc, s: int, labels: dict[int, str]) -> bool:
    """Token s ends a name spaCy tags as a person or organisation, after a capitalised word
    of the same name ("Mwila Banda", tagged ORG): a surname more likely than a town."""
    if s == 0 or labels.get(s) not in ("PERSON", "ORG"):
        return False
    # a two-word name ("Mwila Banda"), not a longer body ("United Bank Charleston Market")
    # nor a place's own area ("Metro Vancouver", "Greater Lusaka")
    return (
        doc[s - 1].ent_iob_ == "B"
        and doc[s].ent_iob_ == "I"
        and (s + 1 == len(doc) or doc[s + 1].ent_iob_ != "I")
        and _capitalised(doc[s - 1])
        and doc[s - 1].lower_ not in AREA_PREFIXES
    )


# Words of a place's own area before its name ("Metro Vancouver", "Greater Lusaka").
AREA_PREFIXES = _words("area_prefixes")
# Spelling variants (see _spelling_variants): the vowels swapped, the shortest name tried.
VOWELS = "aeiou"
MIN_VARIANT_LETTERS = 7
# Words that make a division of the name after them ("Lower Dir", "Upper Dir").
NAME_POSITIONS = _words("name_positions")


def _sibling_division(doc: Doc, s: int, candidates: list[Place]) -> bool:
    """The name at token s follows a position word ("Lower Dir") and a candidate is its
    namesake of another position ("Upper Dir", also called "Dir"): the text names a division
    the gazetteer lacks, which is neither that namesake nor any other "Dir"."""
    if s == 0 or not _capitalised(doc[s - 1]) or doc[s - 1].lower_ not in NAME_POSITIONS:
        return False
    written = doc[s - 1].lower_
    for place in candidates:
        first = fold(place.name).split(maxsplit=1)[0]
        if first in NAME_POSITIONS and first != written:
            return True
    return False


def _in_dateline(doc: Doc, i: int) -> bool:
    """Token i is in a paragraph's dateline ("JOS, Nigeria (Reuters) -")."""
    return any(span.start <= i < span.end for span in doc.spans.get(DATELINES, ()))


def _opens_line(doc: Doc, i: int) -> bool:
    """Token i is the first word of its line."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _names_a_facility(doc: Doc, end: int) -> bool:
    """Whether the words from `end` on make the name before them a building's: "Civil
    Hospital", and "Jose Reyes Memorial Medical Center", where a memorial a few capitalised
    words on says the name is a man's (a namesake town abroad is then no guess worth making)."""
    if end < len(doc) and doc[end].text in FACILITY_WORDS:
        return True
    for k in range(end, min(end + _MEMORIAL_REACH, len(doc))):
        if doc[k].text in MEMORIAL_WORDS:
            return True
        if not _capitalised(doc[k]):
            return False
    return False


# How far a memorial's word may follow a name inside one capitalised run.
_MEMORIAL_REACH = 3


def _capitalised(token: Token) -> bool:
    return _capitalised_text(token.text)


def _capitalised_text(text: str) -> bool:
    return text[:1].isupper() or (len(text) > 1 and text[0].isdigit() and text.istitle())


# Whether a word form (by its hash) is capitalised: a document's words are mostly forms seen
# before, and a dict read costs less than a Token and its text.
_CAPITALISED_FORMS: dict[int, bool] = {}


def _capitalised_words(doc: Doc) -> list[bool]:
    """Per token, _capitalised, read off the Doc's array of word forms."""
    known = _CAPITALISED_FORMS
    if len(known) > 200_000:  # bounded memory in a long-running process
        known.clear()
    strings = doc.vocab.strings
    words = []
    for orth in doc.to_array(ORTH).tolist():
        capital = known.get(orth)
        if capital is None:
            capital = known[orth] = _capitalised_text(strings[orth])
        words.append(capital)
    return words


class PlaceFinder:
    """Finds and resolves toponyms; writes doc._.corroborate_places."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.aliases = load_aliases()
        self.not_places = load_not_places()
        self._alias_places: dict[str, Place | None] = {}
        # What each outlet's earlier articles resolved to: where a local paper's news is.
        self._outlets: dict[str, OutletHome] = {}

    @classmethod
    def from_files(cls, user_places: str | None = None, indexes: Iterable[str] = ()) -> PlaceFinder:
        """A finder over the shipped gazetteer plus a user TSV and imported GeoNames dumps."""
        return cls(load_gazetteer(user_places, tuple(indexes)))

    # ------------------------------------------------------------------ component

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.find(doc)
        outlet = getattr(doc._, "corroborate_outlet", None)
        home = getattr(doc._, "corroborate_outlet_home", None)
        if home is None and (key := _outlet_key(outlet)) is not None:
            home = self._outlets.setdefault(key, OutletHome())
        self.resolve(mentions, outlet=outlet, home=home)
        learned = self.learn_outlet(home, mentions) if home is not None else []
        doc._.corroborate_outlet_learned = learned
        doc._.corroborate_places = [self.record(m) for m in mentions if not m.context_only]
        return doc

    def learn_outlet(self, home: OutletHome, mentions: list[Mention]) -> list[tuple[str, str]]:
        """Remember where an outlet's article is: clearly resolved places below country level.
        Returns the (country, province) pairs added to `home`."""
        learned = []
        for m in mentions:
            p = m.chosen
            if p is None or m.margin < OUTLET_LEARN_MARGIN or m.qualifies:
                continue
            if kind_of(p) in {"country", "continent"} or not p.country:
                continue
            home.add(p.country, p.admin1)
            learned.append((p.country, p.admin1))
        return learned

    def record(self, mention: Mention) -> PlaceFound:
        place = mention.chosen
        if place is None:
            return PlaceFound(mention.start, mention.end, mention.text)
        return PlaceFound(
            start=mention.start,
            end=mention.end,
            text=mention.text,
            name=place.name,
            admin1=self.gazetteer.admin1_name(place),
            country=place.country or None,
            lat=place.lat,
            lon=place.lon,
            precision=place.precision,
            gazetteer_id=place.id,
        )

    # ------------------------------------------------------------------ finding

    def alias_place(self, target: str) -> Place | None:
        """The place an aliases.tsv target names: CC, CC-admin1 or a GeoNames id."""
        if target not in self._alias_places:
            place: Place | None = None
            if "-" in target:
                cc, code = target.split("-", 1)
                place = self.gazetteer.admin1s.get((cc, code))
            elif target.isdigit():
                place = self.gazetteer.by_id(target)
            else:
                place = self.gazetteer.countries.get(target)
            self._alias_places[target] = place
        return self._alias_places[target]

    def find(self, doc: Doc) -> list[Mention]:
        """Toponym mentions in article text, left to right, without overlaps."""
        labels: dict[int, str] = {}  # token index -> entity label
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                labels[i] = ent.label_
        # the words after the first of a person's full name ("Derek Mason", "Juan Carlos
        # Ramírez Ortega"): surnames here, so such a word alone ("Mason said", "as Ramírez,
        # 47, was getting out") is a place only with a cue of its own
        surnames = frozenset(
            t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent[1:]
        )
        runs = self._capitalised_runs(doc)
        lower_words = frozenset(t.text for t in doc if t.is_lower and t.is_alpha)
        keys = {
            fold(doc[s:e].text)
            for a, b in runs
            for s in range(a, b)
            for e in range(s + 1, min(b, s + MAX_WORDS) + 1)
        }
        listed = self._listed_divisions(doc)
        found = self.gazetteer.lookup(keys | {key for _, _, key in listed.values()})
        outlet_names = _outlet_names(doc)
        sure: list[Mention] = []
        doubtful: list[tuple[Mention, int, int]] = []
        unknown: list[int] = []  # lone capitalised words a cue makes places, found nowhere
        villages: list[tuple[Mention, int, int]] = []  # tiny villages no word calls one
        for a, b in runs:
            if doc[a].text in OPERATION_WORDS:
                continue  # "Operation Safe Haven", "Operation Lafiya Dole": no place named
            s = a
            while s < b:
                if s in listed:
                    e, word, key = listed[s]
                    candidates = [
                        p for p in found.get(key, ()) if kind_of(p) == "county"
                    ] or found.get(fold(doc[s:e].text), [])
                    span = doc[s:e]
                    if candidates and not in_boilerplate(doc, span.start_char, span.end_char):
                        sure.append(
                            Mention(span.start_char, span.end_char, span.text, candidates, word)
                        )
                    s = e
                    continue
                if s > a and doc[s - 1].text in NAME_ARTICLES:
                    # "the Le Prince road": the tail of a name the gazetteer lacks, not the
                    # place "Prince" (an old name of a Haitian town)
                    s += 1
                    continue
                match = self._longest_match(doc, s, b, found, labels, surnames, lower_words)
                if match is None:
                    if (
                        b - a == 1
                        and self._place_cue(doc, s, s + 1)
                        and not _surname_after_preposition(doc, s, s + 1, surnames)
                    ):
                        unknown.append(s)  # "in Timergara": maybe spelt otherwise
                    s += 1
                    continue
                mention, e, confident = match
                if any(a <= mention.start and mention.end <= b for a, b in outlet_names):
                    # "Sindh" of "Sindh Sentinel" (its header line, or "told the Sindh
                    # Sentinel"): where the outlet's news is, context for the article's places,
                    # but no place of its own ("Herald" of "Northern Herald" was in California)
                    mention.context_only = True
                    sure.append(mention)
                elif not in_boilerplate(doc, mention.start, mention.end):
                    if mention.village:
                        villages.append((mention, s, e))
                    elif confident:
                        sure.append(mention)
                    else:
                        doubtful.append((mention, s, e))
                s = e
        # One sense per article: a name found as a place once is a place wherever it is
        # capitalised ("Alexandria woman charged" where spaCy says PERSON); otherwise a cue
        # word must vouch for it ("in Dublin", "Dublin police", "BEIRUT:").
        sure_keys = {fold(m.text) for m in sure}
        pending = []
        for mention, s, e in doubtful:
            if _surname_after_preposition(doc, s, e, surnames):
                pending.append((mention, s, e))
            elif fold(mention.text) in sure_keys or self._place_cue(doc, s, e):
                sure.append(mention)
            else:
                pending.append((mention, s, e))
        # (and one a cue vouched for further on: "attacked Bokkos ... deployed to Bokkos";
        # not a person's name: "Police in Mason said Derek Mason ...")
        sure_keys = {fold(m.text) for m in sure}
        later = [
            (m, s, e)
            for m, s, e in pending
            if fold(m.text) in sure_keys and "PERSON" not in {labels.get(k) for k in range(s, e)}
        ]
        sure.extend(m for m, _, _ in later)
        taken = {id(m) for m, _, _ in later}
        pending = [item for item in pending if id(item[0]) not in taken]
        # Names listed with a place are places: "Paris and Roxton", "Newark, Heath and
        # Pataskala" (chains too, so until nothing changes).
        while pending:
            bounds = {(m.start, m.end) for m in sure}
            starts = {start for start, _ in bounds}
            ends = {end for _, end in bounds}
            kept = []
            for mention, s, e in pending:
                if self._listed_with(doc, s, e, starts, ends):
                    sure.append(mention)
                else:
                    kept.append((mention, s, e))
            if len(kept) == len(pending):
                break
            pending = kept
        mentions = sure
        mentions.extend(self._neighbour_villages(doc, villages, sure, unknown))
        mentions.extend(self._respelt(doc, unknown, sure))
        # Other entities spaCy tags as places: looked up whole, whatever their case (lower-cased
        # archives such as the Times of India's), and kept unresolved when no name fits.
        covered = {c for m in mentions for c in range(m.start, m.end)}
        person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        extra: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            if ent[-1].text in person_words:
                continue  # "Saakashvili" tagged GPE once and PERSON elsewhere
            if ent.start > 0 and doc[ent.start - 1].text in OPERATION_WORDS:
                continue
            if any(c in covered for c in range(ent.start_char, ent.end_char)):
                continue
            if in_boilerplate(doc, ent.start_char, ent.end_char):
                continue
            offset = 4 if ent.text.lower().startswith("the ") else 0
            extra.append((ent.start_char + offset, ent.end_char, ent.text[offset:]))
        keys = {fold(text) for _, _, text in extra}
        found_extra = self.gazetteer.lookup(keys | {_head_name(key) for key in keys})
        variants = self._spelling_variants(
            [fold(text) for _, _, text in extra if not found_extra.get(fold(text))]
        )
        for start, end, text in extra:
            key = fold(text)
            # "vadodara district" is Vadodara when the gazetteer has no district of that name
            candidates = list(
                found_extra.get(key, ()) or found_extra.get(_head_name(key), ())
            ) or variants.get(key, [])
            alias = self._alias(text)
            place = self.alias_place(alias.target) if alias else None
            mention = Mention(start, end, text, candidates, "ner")
            if place is not None:
                mention.candidates = [place, *(c for c in candidates if c.id != place.id)]
                mention.preferred = place.id
            mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        self._link_qualifiers(doc, mentions)
        ends = {m.end: m for m in mentions}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            after = doc[span.end] if span is not None and span.end < len(doc) else None
            before = doc[span.start - 1] if span is not None and span.start > 0 else None
            owner = ends.get(before.idx) if before is not None else None
            m.city_part = (
                bool(CITY_SIDE.fullmatch(m.text))
                or (after is not None and after.lower_ in CITY_PART_WORDS)
                # "Chicago's Englewood" is a part of that town ("Pakistan's Karachi" is not)
                or (
                    before is not None
                    and before.text in POSSESSIVE_MARKS
                    and owner is not None
                    and bool(owner.candidates)
                    and kind_of(owner.candidates[0]) in TOWN_KINDS
                )
            )
        return mentions

    @staticmethod
    def _listed_divisions(doc: Doc) -> dict[int, tuple[int, str, str]]:
        """Names listed before "counties" or "parishes" ("Clay, Otter Tail and Wilkin
        counties"): start token -> (end token, source, folded name of the county)."""
        listed: dict[int, tuple[int, str, str]] = {}
        if not len(doc):
            return listed
        for c, lower in enumerate(doc.to_array(LOWER).tolist()):
            word = _DIVISION_HASHES.get(lower)
            if word is None:
                continue
            i = c - 1
            while i >= 0 and _capitalised(doc[i]):
                e = i + 1
                while i >= 0 and _capitalised(doc[i]) and e - i <= 3:
                    i -= 1
                s = i + 1
                if doc[s].is_sent_start and e - s == 1 and s == c - 1:
                    break  # "Counties ..." opening a headline is no list
                listed[s] = (e, "county-list", f"{fold(doc[s:e].text)} {word}")
                if i >= 1 and doc[i].lower_ in {"and", "or"} and doc[i - 1].text == ",":
                    i -= 2
                elif i >= 0 and doc[i].lower_ in {"and", "or", ","}:
                    i -= 1
                else:
                    break
        return listed

    @staticmethod
    def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of capitalised words (with connectors inside): where names can be."""
        runs: list[tuple[int, int]] = []
        i, n = 0, len(doc)
        if not n:
            return runs
        # each word's capital and connector read once, not again at every run that reaches it
        capitalised = _capitalised_words(doc)
        connector = [lower in _CONNECTOR_HASHES for lower in doc.to_array(LOWER).tolist()]

        def connects(j: int) -> bool:
            """Token j opens a run of connectors that a capitalised word of the name ends:
            "de" and "las" inside "Fortín de las Flores"."""
            k = j
            while k < n and k - j < MAX_CONNECTORS and connector[k]:
                k += 1
            return k > j and k < n and capitalised[k]

        while i < n:
            if not capitalised[i]:
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 12:
                if capitalised[j] or connects(j):
                    j += 1
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _longest_match(
        self,
        doc: Doc,
        s: int,
        b: int,
        found: dict[str, list[Place]],
        labels: dict[int, str],
        surnames: frozenset[str] = frozenset(),
        lower_words: frozenset[str] = frozenset(),
    ) -> tuple[Mention, int, bool] | None:
        """The longest name starting at token s: (mention, end token, confident).
        `lower_words`: the words the article writes in lower case."""
        for e in range(min(b, s + MAX_WORDS), s, -1):
            span = doc[s:e]
            if not _capitalised(span[-1]):
                continue
            text = span.text
            if (
                e < len(doc)
                and doc[e].text == "."
                and not span[-1].whitespace_
                and self._alias(text + ".") is not None
            ):
                # "Man." and "W.Va." where the tokenizer split the period off
                text, e = text + ".", e + 1
                span = doc[s:e]
            key = fold(text)
            candidates = list(found.get(key, ()))
            alias = self._alias(text)
            if alias is not None:
                if alias.kind == "abbreviation" and not (
                    self._after_comma(doc, s)
                    or labels.get(s) == "GPE"
                    or text in SAFE_ABBREVIATIONS
                ):
                    continue
                place = self.alias_place(alias.target)
                if place is not None:
                    candidates = [place, *(c for c in candidates if c.id != place.id)]
                    mention = Mention(span.start_char, span.end_char, text, candidates, "alias")
                    mention.preferred = place.id
                    return mention, e, True
            if not candidates or _sibling_division(doc, s, candidates):
                continue
            inside = {labels.get(k, "") for k in range(s, e)}
            one_word = e - s == 1
            tagged_place = bool(inside & NER_LABELS)
            if text in self.not_places:
                exact_ent = (
                    labels.get(s) == "GPE"
                    and labels.get(s + 1) != "GPE"
                    and (s == 0 or labels.get(s - 1) != "GPE")
                )
                if not exact_ent:
                    continue
            mention = Mention(
                span.start_char,
                span.end_char,
                text,
                candidates,
                "ner" if tagged_place else "gazetteer",
            )
            # (streets are named after counties too: "King Drive", "the block of West Adams")
            local = all(kind_of(p) in {"town", "seat", "district", "county"} for p in candidates)
            if local and span[-1].text in STREET_WORDS and s > 0 and _capitalised(doc[s - 1]):
                # the end of a longer street's name: "Trunk Road" of "the Grand Trunk Road"
                # is no Trunk Road in Andhra Pradesh
                continue
            if local and (
                (e < len(doc) and doc[e].text in STREET_WORDS) or _after_block_of(doc, s)
            ):
                # "Dublin" of "Dublin Road" is no place mention, but streets are named after
                # the towns they lead to: it still votes for its neighbours.
                mention.context_only = True
                return mention, e, True
            towns_only = all(kind_of(p) in {"town", "seat", "district"} for p in candidates)
            small_towns = towns_only and all(p.population < MIN_POPULATION_SURE for p in candidates)
            if small_towns and _names_a_facility(doc, e):
                continue
            if local and e < len(doc) and doc[e].text in SITE_WORDS:
                continue
            if tagged_place or any(p.listed for p in candidates):
                # spaCy's word, or a name someone listed on purpose; but the surname of a
                # person the article names in full ("as Ramírez, 47, was getting out of his
                # car") is the tagger's guess, which only a cue word makes a place; so is a
                # listed name that is one word of a longer person's name ("Zarghun" of a
                # village and of "Zarghun Khan Afridi")
                in_longer_person = labels.get(s) == "PERSON" and (
                    labels.get(e) == "PERSON" or (s > 0 and labels.get(s - 1) == "PERSON")
                )
                return mention, e, not (one_word and (text in surnames or in_longer_person))
            # (a province by its name without its kind: "Zamfara" of "Zamfara State")
            by_own_name = any(
                fold(text) in {fold(p.name), *map(fold, short_names(p))} for p in candidates
            )
            if one_word and not by_own_name and inside - {""}:
                continue  # "Hamas" is an old name of Hamm: in an entity, not worth a guess
            if one_word:
                if doc[s].is_stop:
                    continue
                if text in MONTH_ABBREVIATIONS and e < len(doc) and doc[e].like_num:
                    continue  # "MANILA, Nov 24 (Reuters)": a date, not Nov in Tajikistan
                if (doc[s].is_sent_start or _opens_line(doc, s)) and text.lower() in lower_words:
                    # "Grenade attack on ... threw a grenade": a common word the article
                    # writes in lower case, capitalised only to open its sentence
                    continue
                if doc[s].pos_ not in {"PROPN", "ADV", "NOUN"} and not self._dateline(doc, s, e):
                    continue
                if text.isupper() and len(text) <= 3 and not _in_dateline(doc, s):
                    continue  # an acronym, not the "JOS, Nigeria -" of a wire dateline
                big = any(
                    kind_of(p) in {"country", "continent", "region"}
                    or p.population >= MIN_POPULATION_SURE
                    for p in candidates
                )
                if not any(
                    p.population >= MIN_POPULATION_UNTAGGED or kind_of(p) != "town"
                    for p in candidates
                ):
                    # a village too small to guess at, unless the text calls it a settlement
                    # ("the village of Richa", "Richa, a village near Daffo")
                    # ("in Sénoussa" beside Djenné: `find` keeps it where a town the article
                    # names lies next to it)
                    mention.village = not self._settlement_cue(doc, s, e)
                    return mention, e, not mention.village
                sure = (
                    big
                    and by_own_name
                    and "PERSON" not in inside
                    and text not in surnames
                    and not (local and _name_tail(doc, s, labels))
                )
                # a country or province labelling a headline ("Mali: journalist says ..."),
                # tagged a person at a line's start
                labels_line = _opens_line(doc, s) and e < len(doc) and doc[e].text == ":"
                sure = sure or (
                    labels_line and any(kind_of(p) in {"country", "region"} for p in candidates)
                )
                return mention, e, sure
            # Names inside organisations count ("Rapides Parish Fire District", "Edmonton
            # Police Service": the gold sets annotate them); inside a person's name they need a cue.
            divisions = any(kind_of(p) in {"county", "region", "country"} for p in candidates)
            return mention, e, divisions or "PERSON" not in inside
        return None

    def _neighbour_villages(
        self,
        doc: Doc,
        villages: list[tuple[Mention, int, int]],
        sure: list[Mention],
        unknown: list[int],
    ) -> list[Mention]:
        """Villages too small to guess at that no word calls a settlement, kept where a cue
        makes one a place ("a wedding in Sénoussa") and a town the article names surely lies
        within VILLAGE_NEIGHBOUR_KM of it (Djenné, 6 km off); then every mention of that name
        is a place (one sense per article). A cue-vouched word not kept may be spelt
        otherwise: it goes to `unknown`, as a word the gazetteer lacks does."""
        if not villages:
            return []
        anchors = [
            max(m.candidates, key=lambda p: p.population)
            for m in sure
            if m.candidates and not m.context_only
        ]
        anchors = [
            p
            for p in anchors
            if kind_of(p) in {"town", "seat", "capital"} and p.population >= MIN_POPULATION_UNTAGGED
        ]
        kept: set[str] = set()
        for mention, s, e in villages:
            near = any(
                distance_km(v.lat, v.lon, a.lat, a.lon) <= VILLAGE_NEIGHBOUR_KM
                for v in mention.candidates
                for a in anchors
            )
            if near and self._place_cue(doc, s, e):
                kept.add(fold(mention.text))
        for mention, s, e in villages:
            if fold(mention.text) not in kept and e - s == 1 and self._place_cue(doc, s, e):
                unknown.append(s)
        return [m for m, _, _ in villages if fold(m.text) in kept]

    def _spelling_variants(self, keys: list[str]) -> dict[str, list[Place]]:
        """Places one vowel away from a one-word name the tagger calls a place and the
        gazetteer lacks: a transliteration the press spells otherwise ("Timergara" for
        GeoNames' "Timargara"). Kept only where a single spelling names places, all of them
        towns or divisions of one country."""
        wanted = {
            key: [
                key[:i] + vowel + key[i + 1 :]
                for i, letter in enumerate(key)
                if letter in VOWELS and i > 0
                for vowel in VOWELS
                if vowel != letter
            ]
            for key in keys
            if len(key) >= MIN_VARIANT_LETTERS and key.isalpha()
        }
        found = self.gazetteer.lookup(v for spellings in wanted.values() for v in spellings)
        variants: dict[str, list[Place]] = {}
        for key, spellings in wanted.items():
            named = [found[v] for v in spellings if v in found]
            if len(named) != 1:
                continue
            (places,) = named
            if len({p.country for p in places}) == 1 and all(
                kind_of(p) in {"town", "seat", "district", "county", "capital"} for p in places
            ):
                variants[key] = places
        return variants

    def _respelt(self, doc: Doc, unknown: list[int], sure: list[Mention]) -> list[Mention]:
        """Cue-vouched words the gazetteer lacks ("in Timergara") that a spelling variant
        names in a country the article's other places lie in (spaCy's own places are
        respelt whatever the country, in `find`)."""
        if not unknown:
            return []
        countries = {m.candidates[0].country for m in sure if m.candidates}
        variants = self._spelling_variants([fold(doc[s].text) for s in unknown])
        mentions = []
        for s in unknown:
            places = variants.get(fold(doc[s].text))
            token = doc[s]
            start, end = token.idx, token.idx + len(token)
            if (
                places
                and places[0].country in countries
                and token.pos_ == "PROPN"
                and not in_boilerplate(doc, start, end)
            ):
                mentions.append(Mention(start, end, token.text, places, "gazetteer"))
        return mentions

    def _alias(self, text: str) -> Alias | None:
        alias = self.aliases.get(text)
        if alias is None and text.endswith("s"):
            # Plural demonyms: "Palestinians", "Israelis".
            singular = self.aliases.get(text[:-1])
            if singular is not None and singular.kind == "demonym":
                return singular
        return alias

    @staticmethod
    def _listed_with(doc: Doc, s: int, e: int, starts: set[int], ends: set[int]) -> bool:
        """Whether tokens s..e are listed next to a found place ("X and Y", "X, Y")."""
        joiners = {"and", "or", ","}

        def end_of(i: int) -> int:
            return doc[i].idx + len(doc[i])

        if s >= 2 and doc[s - 1].lower_ in joiners and end_of(s - 2) in ends:
            return True
        if s >= 3 and doc[s - 1].lower_ in {"and", "or"} and doc[s - 2].text == ",":
            return end_of(s - 3) in ends  # "Cambridge, Pleasant City, and Lore City"
        return e + 1 < len(doc) and doc[e].lower_ in joiners and doc[e + 1].idx in starts

    @staticmethod
    def _dateline(doc: Doc, s: int, e: int) -> bool:
        """ "BYESVILLE -- Firefighters ...", "BEIRUT:": a name in capitals opening a story."""
        if e >= len(doc) or doc[e].text not in DATELINE_MARKS:
            return False
        if not all(t.text.isupper() or not t.is_alpha for t in doc[s:e]):
            return False
        return s == 0 or doc[s - 1].is_sent_end or doc[s - 1].text in {".", "\n", "\n\n"}

    @classmethod
    def _place_cue(cls, doc: Doc, s: int, e: int) -> bool:
        """Words around a name that make it a place: "in X", "X police", "X, Ky.", "X:",
        "D-X" (a legislator's party and home), "X-based", "Jane Doe, 44, of X"."""
        before = doc[s - 1].lower_ if s > 0 else ""
        after = doc[e].lower_ if e < len(doc) else ""
        if before in LOCATIVE_WORDS or after in PLACE_NOUNS:
            return True
        if before == "to" and s >= 2 and doc[s - 2].lemma_.lower() in MOTION_VERBS:
            return True  # "troops were deployed to Bokkos", "fled to Jos"
        if doc[s].text.isupper() and after in DATELINE_MARKS:
            return True  # wire datelines: "BEIRUT:"
        if before == "-" and s >= 2 and doc[s - 2].text in PARTY_LETTERS:
            return True
        if after == "-" and e + 1 < len(doc) and doc[e + 1].lower_ == "based":
            return True
        if cls._settlement_cue(doc, s, e):
            return True
        run_ends = e >= len(doc) or not _capitalised(doc[e])
        if before == "of" and s >= 2 and run_ends:
            who = doc[s - 2]
            if who.ent_type_ == "PERSON" or who.like_num or who.text == ",":
                return True  # "Amstutz, of Wooster", "Jane Doe of Lindsay", "Pack 162 of X"
        if after == "," and e + 1 < len(doc) and _capitalised(doc[e + 1]):
            return doc[e + 1].text.endswith(".") and len(doc[e + 1].text) <= 6  # "X, Ky."
        return False

    @staticmethod
    def _settlement_cue(doc: Doc, s: int, e: int) -> bool:
        """The text calls the name at tokens s..e a settlement: "the northeastern Nigerian
        town of Potiskum", "the Pakistani border town Chaman", "Richa, a village near Daffo",
        "Daffo, a farming village"."""
        run_ends = e >= len(doc) or not _capitalised(doc[e])
        if s >= 2 and doc[s - 1].lower_ == "of" and run_ends:
            return doc[s - 2].lower_ in SETTLEMENT_NOUNS
        if (
            s >= 2
            and run_ends
            and doc[s - 1].lower_ in SETTLEMENT_NOUNS
            and doc[s - 2].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}
        ):
            return True  # the noun names what the name after it is
        if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in {"a", "an"}:
            return False
        # the apposition's noun: "a village", "a small farming village" (its head, not a
        # word further on: "a man from the village")
        for token in doc[e + 2 : e + 5]:
            if token.lower_ in SETTLEMENT_NOUNS:
                return True
            if token.pos_ not in {"ADJ", "NOUN", "ADV"} and token.tag_ != "VBG":
                return False
        return False

    @staticmethod
    def _after_comma(doc: Doc, s: int) -> bool:
        """ "Springfield, Ill." or a legislator's "(D-S.C.)"."""
        if s >= 2 and doc[s - 1].text == "," and _capitalised(doc[s - 2]):
            return True
        return s >= 2 and doc[s - 1].text == "-" and doc[s - 2].text in {"D", "R", "I"}

    @staticmethod
    def _link_qualifiers(doc: Doc, mentions: list[Mention]) -> None:
        """ "City, State" and "City, Country": the second narrows the first."""
        text = doc_text(doc)
        for first, second in itertools.pairwise(mentions):
            between = text[first.end : second.start]
            if between.strip() != "," or not second.candidates:
                continue
            if any(kind_of(p) in {"country", "region"} for p in second.candidates):
                first.qualifier = second
                second.qualifies = True

    # ------------------------------------------------------------------ resolving

    def resolve(
        self, mentions: list[Mention], outlet: str | None = None, home: OutletHome | None = None
    ) -> None:
        """Choose a candidate for each mention: priors first, then rounds with context. The
        outlet's `home` is the one kept in memory for `outlet` unless given."""
        outlet_country = None
        if outlet:
            match = _TLD_COUNTRY.search(outlet.lower().rstrip("/"))
            if match and match.group(1) not in {"co", "tv", "io", "me", "fm"}:
                outlet_country = "GB" if match.group(1) == "uk" else match.group(1).upper()
        keys = [fold(m.text) for m in mentions]
        self._joint_support(mentions, keys)
        if home is None:
            home = self._outlets.get(_outlet_key(outlet) or "")
        shares = home.shares() if home is not None else None
        for m in mentions:
            self._choose(m, [], outlet_country, home=shares)
        for _ in range(CONTEXT_ROUNDS):
            for m, key in zip(mentions, keys, strict=True):
                # Other names only: a name repeated five times must not vote for itself.
                voters = [
                    o
                    for o, other_key in zip(mentions, keys, strict=True)
                    if o.chosen is not None and other_key != key
                ]
                weights = [min(1.0, VOTE_FLOOR + o.margin / VOTE_MARGIN) for o in voters]
                self._choose(m, [o.chosen for o in voters], outlet_country, weights, shares)
        # "Paris, Texas" once settles every later bare "Paris" of the article.
        qualified = {
            key: m.chosen
            for m, key in zip(mentions, keys, strict=True)
            if m.qualifier and m.chosen is not None
        }
        for m, key in zip(mentions, keys, strict=True):
            place = qualified.get(key)
            if place is not None and not m.qualifier and place in m.candidates:
                m.chosen = place
        self._settle_city_parts(mentions)
        self._drop_strays(mentions)

    @staticmethod
    def _drop_strays(mentions: list[Mention]) -> None:
        """A small place abroad that nothing else in the article points to is most likely a
        local name the gazetteer lacks, left unresolved:
        - named in lower case, with at least STRAY_CONTEXT other names, none in its country
          ("chota udepur" in Gujarat read as Chota, Peru): there a gazetteer match is no
          proper noun; a capitalised town abroad (LGL's held-out part lost three when it was
          not spared) is more often right;
        - a village (under STRAY_VILLAGE_POPULATION), however written, where at least
          STRAY_CONTEXT mentions of other names lie elsewhere, none in its country ("a
          crossroads in Cosa" of Conakry read as a village of 80 in Aragon)."""
        by_name: dict[str, str] = {}
        elsewhere: list[tuple[str, str]] = []  # (name, country) of every other mention
        for m in mentions:
            if m.chosen is not None and m.chosen.country and not m.context_only:
                by_name.setdefault(fold(m.text), m.chosen.country)
                elsewhere.append((fold(m.text), m.chosen.country))
        for m in mentions:
            p = m.chosen
            lower = m.text[:1].islower()
            if (
                p is None
                or not (lower or p.population < STRAY_VILLAGE_POPULATION)
                or kind_of(p) not in SIZED_KINDS - {"capital"}
                or p.population >= MIN_POPULATION_SURE
                or p.listed
            ):
                continue
            key = fold(m.text)
            if lower:
                others = [c for name, c in by_name.items() if name != key]
            else:
                others = [c for name, c in elsewhere if name != key]
            if len(others) >= STRAY_CONTEXT and p.country not in others:
                m.chosen, m.margin = None, 0.0

    @staticmethod
    def _settle_city_parts(mentions: list[Mention]) -> None:
        """A part of a city ("the Austin neighborhood", "the South Side") lies in the town
        the article names most, not in a namesake far away (Austin, Texas; a hamlet once
        called South Side): where its reading is over CITY_PART_KM from every town the article
        names, it takes that town."""
        towns = [
            m.chosen
            for m in mentions
            if not m.city_part
            and not m.context_only  # a street's name ("block of West Madison") is no town
            and m.chosen is not None
            and kind_of(m.chosen) in TOWN_KINDS | {"district"}
        ]
        if not towns:
            return
        main_town = Counter(p.id for p in towns).most_common(1)[0][0]
        anchor = next(p for p in towns if p.id == main_town)
        for m in mentions:
            if not m.city_part or (m.chosen and kind_of(m.chosen) in {"region", "country"}):
                continue
            p = m.chosen
            if p is None or all(
                distance_km(p.lat, p.lon, t.lat, t.lon) > CITY_PART_KM for t in towns
            ):
                m.chosen, m.margin = anchor, 0.0

    @staticmethod
    def _joint_support(mentions: list[Mention], keys: list[str]) -> None:
        """How well each candidate fits some reading of the article's other names.

        The chosen readings of the other names are a poor guide while they are themselves
        guesses (Alexandria, Brandon, Albany and Douglas County each alone read as the biggest
        of their name, all far apart, while one reading puts them all in one Minnesota county).
        So a candidate is supported by every other name having SOME candidate near it (or
        being its province, or lying in it). Weighing names by how many places they may be
        did worse on the tuning part: a common name near the candidate is still a sign.
        """
        pools: dict[str, list[Place]] = {}
        for m, key in zip(mentions, keys, strict=True):
            if key in pools or not m.candidates:
                continue
            local = [p for p in m.candidates if kind_of(p) not in {"country", "continent"}]
            if local:  # the biggest first: a name of 300 hamlets keeps its towns
                local.sort(key=lambda p: -p.population)
                pools[key] = local[:SUPPORT_CANDIDATES]
        if len(pools) < 2:
            return
        names = list(pools)
        arrays = {}
        for key in names:
            pool = pools[key]
            arrays[key] = (
                np.radians([p.lat for p in pool]),
                np.radians([p.lon for p in pool]),
                {(p.country, p.admin1) for p in pool if kind_of(p) == "region"},
                Counter((p.country, p.admin1) for p in pool if kind_of(p) != "region"),
            )
        support: dict[str, dict[str, float]] = {key: {} for key in names}
        for key in names:
            pool = pools[key]
            lat1, lon1, _, _ = arrays[key]
            total = np.zeros(len(pool))
            for other in names:
                if other == key:
                    continue
                lat2, lon2, regions, locals_in = arrays[other]
                dlat = lat2[None, :] - lat1[:, None]
                dlon = lon2[None, :] - lon1[:, None]
                a = (
                    np.sin(dlat / 2) ** 2
                    + np.cos(lat1)[:, None] * np.cos(lat2)[None, :] * np.sin(dlon / 2) ** 2
                )
                km = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
                nearest = km.min(axis=1)
                fit = np.select(
                    [nearest <= km_ for km_, _ in SUPPORT_PROXIMITY],
                    [value for _, value in SUPPORT_PROXIMITY],
                    0.0,
                )
                for i, p in enumerate(pool):
                    place_key = (p.country, p.admin1)
                    if kind_of(p) == "region":
                        inside = locals_in.get(place_key, 0) > 0
                    else:
                        inside = place_key in regions
                    if inside:
                        fit[i] = max(fit[i], 1.0)
                total += fit
            support[key] = {p.id: float(v) for p, v in zip(pool, total, strict=True)}
        for m, key in zip(mentions, keys, strict=True):
            m.support = support.get(key, {})

    def _choose(
        self,
        m: Mention,
        others: list[Place],
        outlet_country: str | None,
        weights: list[float] | None = None,
        home: tuple[dict[tuple[str, str], float], dict[str, float]] | None = None,
    ) -> None:
        if not m.candidates:
            return
        if len(m.candidates) == 1:
            m.chosen = m.candidates[0]
            m.margin = 100.0
            return
        weights = weights or [1.0] * len(others)
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str, str]] = Counter()
        for p, w in zip(others, weights, strict=True):
            if p.country:
                countries[p.country] += w
            if p.admin1 and kind_of(p) != "country":
                admin1s[(p.country, p.admin1)] += w
        total = sum(weights)
        local = [p for p in others if kind_of(p) not in {"country", "continent", "region"}]
        key = fold(m.text)
        qualifier = m.qualifier.chosen if m.qualifier else None
        provinces = {(p.country, p.admin1) for p in m.candidates if kind_of(p) == "region"}
        # a province named here without its kind ("Yazd" of "Yazd Province"): its seat of
        # that name is meant, however small, as "Yazd" alone reads
        short_named = {
            (p.country, p.admin1)
            for p in m.candidates
            if kind_of(p) == "region" and fold(p.name) != key
        }
        best, best_score, second = None, -math.inf, -math.inf
        for p in m.candidates:
            score = self.prior(p, m.text, key)
            if fold(p.name) == key and (
                (
                    p.population >= EPONYMOUS_CITY_POPULATION
                    and kind_of(p) in SIZED_KINDS
                    and (p.country, p.admin1) in provinces
                )
                or (p.fcode == "PPLA" and (p.country, p.admin1) in short_named)
            ):
                score += EPONYMOUS_CITY  # "Kabul", "New York": the city, not its province
            if p.id == m.preferred:
                score += ALIAS_PREFERRED
            if kind_of(p) == "region" and self._country_namesake(p):
                score -= COUNTRY_NAMESAKE  # "CELAYA, Mexico": the country, not México state
            elif kind_of(p) not in {"country", "continent"} and self._named_as_country(p, key):
                # "MEXICO CITY (Reuters) - ... killed in Mexico this year": the country, not
                # the city the dateline named, whose other name "Mexico" also is
                score -= COUNTRY_NAMESAKE
            if others and countries[p.country]:
                share = countries[p.country] / total
                score += CONTEXT_COUNTRY * min(1.0, countries[p.country]) * (0.5 + share)
            if admin1s[(p.country, p.admin1)]:
                score += CONTEXT_ADMIN1 * min(1.0, admin1s[(p.country, p.admin1)])
            if local and kind_of(p) not in {"country", "continent"}:
                nearest = min(distance_km(p.lat, p.lon, o.lat, o.lon) for o in local)
                score += next((bonus for km, bonus in PROXIMITY if nearest <= km), 0.0)
            if outlet_country and p.country == outlet_country:
                score += OUTLET_COUNTRY
            score += SUPPORT * m.support.get(p.id, 0.0)
            if home is not None and kind_of(p) not in {"country", "continent"}:
                score += OUTLET_REGION * home[0].get((p.country, p.admin1), 0.0)
                score += OUTLET_HOME_COUNTRY * home[1].get(p.country, 0.0)
            if qualifier is not None:
                same = p.country == qualifier.country and (
                    kind_of(qualifier) == "country" or p.admin1 == qualifier.admin1
                )
                score += QUALIFIER_MATCH if same else -QUALIFIER_MATCH
            if score > best_score:
                second = best_score
                best, best_score = p, score
            elif score > second:
                second = score
        m.chosen = best
        m.margin = best_score - second

    def _named_as_country(self, p: Place, key: str) -> bool:
        """A place named here by another name of its own that is its country's name."""
        country = self.gazetteer.countries.get(p.country)
        return country is not None and fold(p.name) != key and fold(country.name) == key

    def _country_namesake(self, p: Place) -> bool:
        """A province named as its own country ("México" of Mexico, "Panamá" of Panama)."""
        country = self.gazetteer.countries.get(p.country)
        return country is not None and fold(country.name) == fold(p.name)

    @staticmethod
    def prior(p: Place, text: str, key: str) -> float:
        """What a candidate is worth before context: its kind, its size, the name's fit."""
        kind = kind_of(p)
        own_name = fold(p.name) == key
        # A capital known by another name here is no capital ("Saint Thomas" is the island
        # of Charlotte Amalie, "St. Thomas" in a London, Ontario paper the town nearby).
        score = KIND_PRIOR["town" if kind in {"capital", "seat"} and not own_name else kind]
        if kind in SIZED_KINDS:
            score += POPULATION_WEIGHT * math.log10(p.population + 1)
        if not own_name:
            score -= ALTERNATE_NAME  # "Paris" is also an old name of Swainsboro, Georgia
        if p.listed:
            score += USER_PLACE
        if kind == "county" and not re.search(r"\b(County|Parish|District|Borough)$", text):
            score -= 3.0  # "Laurel" alone is the town, "Laurel County" the county
        return score


@Language.factory(
    "corroborate_places",
    default_config={"user_places": None, "indexes": []},
    assigns=["doc._.corroborate_places"],
)
def make_place_finder(
    nlp: Language, name: str, user_places: str | None, indexes: list[str]
) -> PlaceFinder:
    """The places component: `user_places` a user TSV, `indexes` imported GeoNames dumps."""
    return PlaceFinder.from_files(user_places, indexes)
