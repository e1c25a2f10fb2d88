"""Actor mentions in a parsed Doc: who they are (canonical name, ActorKind), found by rules.

Three sources, in this order of precedence:
- `actor_lexicon.tsv`: surface forms of forces, groups, parties, crowds (a PhraseMatcher on the
  lower-cased text, longest match wins): "the Rangers", "paramilitary forces", "MQM".
- PERSON entities, widened over the titles and affiliations written before them or in an
  apposition ("MQM worker Ali Khan", "Ali Khan, an MQM worker"); `actor_titles.tsv` gives the
  kind a title implies ("Col." -> military, "Inspector" -> police). A party affiliation becomes
  an associate actor. A short later name ("Col. Tahir") takes the full earlier one.
- Spokesmen, members, personnel "of/for" a group, or the group's name before them ("Rangers
  spokesman"), stand for the group; so does a generic noun after its name ("FMLN terrorists").

There is no coreference model offline: pronouns resolve to the nearest earlier person (he, she)
or group (they), and generic forces ("masked paramilitary forces") take the name of the one
specific force of that kind the document names ("Pakistan Rangers"), if it names exactly one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pycountry
from spacy.attrs import LOWER, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from corroborate.extract.syntax import prep_objects
from corroborate.lexicons import read_rows, word_list
from corroborate.model import ActorFound, ActorKind

COUNTRY_SLOT = "{country}"
CIVILIANS_NAME = f"Civilians ({COUNTRY_SLOT})"
PROTESTERS_NAME = f"Protesters ({COUNTRY_SLOT})"
# The words the rules below look for, by category: actor_words.tsv.
_words = word_list("corroborate.extract", "actor_words.tsv")

# Nouns for people who speak or act for the group named with them ("a spokesman for the
# Pakistan Rangers", "VHP activists"): the mention stands for the group.
# fmt: off
MEMBER_NOUNS = _words("member_nouns")
# Nouns of ordinary people: victims and bystanders not named by the lexicon.
CIVILIAN_NOUNS = _words("civilian_nouns")
# Heads that make a force named before them a place or thing of it ("police station", "army
# camp"): not the actor, but whose it is, for an attack on it.
PLACE_HEADS = _words("place_heads")
# What makes a name the lexicon lacks an armed group, and of which kind: the last word or two
# of the name ("Baloch Liberation Front"), or what an apposition or copula calls it ("X, a
# separatist group"); a name ending in a group word before a fighter's title ("a Black Ridge
# Front commander") is an armed group too.
NAME_HEAD_KINDS = {
    **dict.fromkeys(_words("militia_name_heads"), ActorKind.MILITIA.value),
    **dict.fromkeys(_words("rebel_name_heads"), ActorKind.REBEL_GROUP.value),
}
DESCRIPTION_KINDS = {
    **dict.fromkeys(_words("militia_descriptions"), ActorKind.MILITIA.value),
    **dict.fromkeys(_words("rebel_descriptions"), ActorKind.REBEL_GROUP.value),
}
# Adjectives before a name that call it a rebel group: "the separatist Ambazonia Defence Forces"
REBEL_PREMODIFIERS = _words("rebel_premodifiers")
ARMED_MEMBER_NOUNS = _words("armed_member_nouns")
# Last words that make a capitalised name a place, never a person ("Los Pinos Hamlet", "San
# Roque Jurisdiction"), which the small model tags PERSON or leaves untagged.
PLACE_NAME_TAILS = _words("place_name_tails")
GROUP_NAME_WORDS = _words("group_name_words")
RELATIVE_PRONOUNS = _words("relative_pronouns")
ARMED_KINDS = frozenset({ActorKind.REBEL_GROUP.value, ActorKind.MILITIA.value})
NOBODY = frozenset({"nobody", "none", "anyone", "anybody", "no-one"})
# Adjectives of number that are no count ("several armed men"): not kept in a mention
QUANTIFIERS = frozenset({"several", "many", "some", "few", "numerous", "various"})
_MEMBER_KEYS = np.array(sorted(hash_string(word) for word in MEMBER_NOUNS), dtype=np.uint64)


def among_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """np.isin(values, keys) for sorted, distinct `keys` (string hashes), by binary search:
    np.isin sorts a document's values with the keys at each call, five times slower."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0  # beyond the last key: compared with the first, which differs
    return keys[at] == values
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
STATE_KINDS = frozenset({
    ActorKind.POLICE.value, ActorKind.PARAMILITARY.value, ActorKind.MILITARY.value,
    ActorKind.STATE_FORCES.value,
})
# Kinds that do no violence themselves: no antecedent of a "they" that shoots or kills
UNARMED_KINDS = frozenset({
    ActorKind.COURT.value, ActorKind.GOVERNMENT_BODY.value, ActorKind.JOURNALIST.value,
    ActorKind.MEDIA.value, ActorKind.INTERNATIONAL_ORGANISATION.value,
})
# fmt: on


def read_tsv(filename: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated data file beside this package's modules."""
    return read_rows("corroborate.extract", filename)


@functools.cache
def protest_verbs() -> frozenset[str]:
    """Verbs (by lemma) of protesting: the protest triggers of event_triggers.tsv."""
    return frozenset(
        row["trigger"]
        for row in read_tsv("event_triggers.tsv")
        if row["class"] == "protest" and row["pos"] in ("VERB", "ANY") and " " not in row["trigger"]
    )


@functools.cache
def violence_verbs() -> frozenset[str]:
    """Verbs (by lemma) of violence: the one-word violence triggers of event_triggers.tsv."""
    return frozenset(
        row["trigger"]
        for row in read_tsv("event_triggers.tsv")
        if row["class"] == "violence"
        and row["pos"] in ("VERB", "ANY")
        and " " not in row["trigger"]
    )


@functools.cache
def cue_verbs() -> frozenset[str]:
    """Lemmas of the words that attribute a claim ("said", "told"): cue_verbs.tsv."""
    return frozenset(row["lemma"] for row in read_tsv("cue_verbs.tsv"))


@functools.cache
def actor_lexicon() -> dict[str, tuple[str, str]]:
    """Lower-cased surface form -> (canonical name, ActorKind value)."""
    return {
        row["surface"]: (row["name"], ActorKind(row["kind"]).value)
        for row in read_tsv("actor_lexicon.tsv")
    }


@functools.cache
def lexicon_inters() -> dict[str, int]:
    """Canonical name (with its "{country}" slot) -> ACLED interaction code, where the lexicon
    gives one apart from its kind's (an identity militia, 4, of the kind militia, 3)."""
    return {row["name"]: int(row["inter"]) for row in read_tsv("actor_lexicon.tsv") if row["inter"]}


@functools.cache
def title_kinds() -> dict[str, str]:
    """Lower-cased title -> ActorKind value."""
    return {row["title"]: ActorKind(row["kind"]).value for row in read_tsv("actor_titles.tsv")}


@dataclass
class ActorMention:
    """One mention of an actor in a Doc (token span [start, end), head token `root`)."""

    start: int
    end: int
    root: int
    start_char: int
    end_char: int
    text: str
    name: str
    kind: str
    person: bool = False
    title: str | None = None
    affiliation: ActorMention | None = None
    specific: bool = True  # names one force or group, not a generic noun

    def found(self, role: str, country: str | None = None) -> ActorFound:
        """This mention as a model.ActorFound in `role`, "{country}" filled where known."""
        return ActorFound(
            start=self.start_char,
            end=self.end_char,
            text=self.text,
            name=fill_country(self.name, country),
            kind=self.kind,
            role=role,
        )


def fill_country(name: str, country: str | None) -> str:
    """Put the country name in a "{country}" slot ("Police Forces of the Philippines",
    "Civilians (Philippines)"), or drop the slot when it is unknown."""
    if COUNTRY_SLOT not in name:
        return name
    if country:
        if country in _countries_with_article():
            name = name.replace(f" of {COUNTRY_SLOT}", f" of the {COUNTRY_SLOT}")
        return name.replace(COUNTRY_SLOT, country)
    return name.replace(f" of {COUNTRY_SLOT}", "").replace(f" ({COUNTRY_SLOT})", "")


@functools.cache
def country_name(code: str | None) -> str | None:
    """The English name of an ISO 3166-1 alpha-2 country code as conflict data writes it
    ("PK" -> "Pakistan", "RU" -> "Russia"): country_names.tsv, else pycountry's common name."""
    if not code:
        return None
    own = _country_names().get(code, {}).get("name")
    if own:
        return own
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


@functools.cache
def _country_names() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read_tsv("country_names.tsv")}


@functools.cache
def _countries_with_article() -> frozenset[str]:
    """Names that take "the" after "of": "Police Forces of the Philippines"."""
    return frozenset(
        name
        for code, row in _country_names().items()
        if row["article"] == "the" and (name := country_name(code))
    )


def phrase_matcher(nlp: Language) -> PhraseMatcher:
    """A PhraseMatcher for the lexicon's surface forms (build it once per pipeline)."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("ACTOR", list(nlp.tokenizer.pipe(actor_lexicon())))
    return matcher


def _bare(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, possessive endings and punctuation off a token range."""
    while start < end - 1 and (doc[start].dep_ in ("det", "poss", "predet") or doc[start].is_punct):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        if doc[end - 1].is_bracket and any(t.is_left_punct for t in doc[start : end - 1]):
            break  # keep the bracket closing "(FMLN)"
        end -= 1
    return start, end


def _mention(
    doc: Doc, start: int, end: int, root: int, name: str, kind: str, **kw: object
) -> ActorMention:
    start, end = _bare(doc, start, end)
    span = doc[start:end]
    return ActorMention(
        start=start,
        end=end,
        root=root,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        name=name,
        kind=kind,
        **kw,  # type: ignore[arg-type]
    )


_NNP = hash_string("NNP")
PERSON_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss")
NOT_PERSON_ENTS = ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "CARDINAL", "MONEY", "EVENT")


def _place_naming_incident(ent: Span, resolved: set[tuple[int, int]]) -> bool:
    """A name the places stage resolved (`resolved`: character spans), modifying a common
    noun: "the Suárez attack", "the Kasur bombing" (the small model tags many towns named
    after people as PERSON)."""
    root = ent.root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and (ent.start_char, ent.end_char) in resolved
    )


def _last_words_kind(words: list[str], kinds: dict[str, str]) -> str | None:
    """The kind `kinds` gives the last two words, or else the last word, of `words`."""
    return kinds.get(" ".join(words[-2:])) or kinds.get(words[-1]) if words else None


def _described_kind(head: Token) -> str | None:
    """The armed group's kind an apposition or copula gives a name: "X, a separatist group",
    "X, which is an armed group", "X is a militant faction"."""
    nouns = []
    doc = head.doc
    # the parser may hang "the X, a faction" of "fighters of the X" on the fighters
    described = [head.head.head] if head.dep_ == "pobj" else []
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            nouns.append(child)
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            nouns.extend(c for c in child.children if c.dep_ == "attr")
    for child in (c for d in described for c in d.children):
        if (
            child.dep_ == "appos"
            and child.left_edge.i == head.i + 2
            and doc[head.i + 1].text == ","
        ):
            nouns.append(child)
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        nouns.extend(c for c in head.head.children if c.dep_ == "attr")
    after = doc[head.i + 2] if head.i + 2 < len(doc) and doc[head.i + 1].text == "," else None
    # "X, that is an armed group": the parser may hang the clause off the verb
    if (
        after is not None
        and after.lower_ in RELATIVE_PRONOUNS
        and after.dep_ == "nsubj"
        and after.head.lemma_ == "be"
        and after.head.dep_ != "relcl"
    ):
        nouns.extend(c for c in after.head.children if c.dep_ == "attr")
    for noun in nouns:
        words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.lower_]
        kind = _last_words_kind(words, DESCRIPTION_KINDS)
        if kind:
            return kind
    return None


def _consecutive_runs(indexes: list[int]) -> list[list[int]]:
    """Sorted token indexes grouped into runs of neighbours."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


_PROPER_TAGS = np.array(sorted(hash_string(tag) for tag in ("NNP", "NNPS")), dtype=np.uint64)


def _proper_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns: [start, end) token ranges."""
    if not len(doc):
        return []
    tagged = np.flatnonzero(among_sorted(doc.to_array(TAG), _PROPER_TAGS)).tolist()
    capitalised = [i for i in tagged if doc[i].is_title or doc[i].is_upper]
    return [(run[0], run[-1] + 1) for run in _consecutive_runs(capitalised)]


def names_one_actor(name: str) -> bool:
    """A lexicon name of one force or group ("Pakistan Rangers"), not of a kind whose country
    the event fills ("Military Forces of {country}") nor the unidentified armed group."""
    return COUNTRY_SLOT not in name and name != "Unidentified Armed Group"


def _generic(surface: str) -> bool:
    """A lexicon surface form naming no one force ("army", "militia")."""
    return not names_one_actor(actor_lexicon()[surface.lower()][0])


def _armed_group_ranges(doc: Doc, lexical: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Capitalised names the lexicon lacks that are armed groups -> their kind: by their head
    words ("Baloch Liberation Front", which outranks the lexicon's generic "army" in "Kalat
    Liberation Army"), by what an apposition or copula calls them, or by a fighter's title
    after them ("a Black Ridge Front commander"). A name holding any other lexicon match is
    the lexicon's ("Pakistan Army")."""
    groups: dict[tuple[int, int], str] = {}
    for start, end in _proper_runs(doc):
        words = [t.lower_ for t in doc[start:end]]
        head = doc[end - 1]
        inside = [(s, e) for s, e in lexical if s < end and e > start]
        kind = _last_words_kind(words, NAME_HEAD_KINDS) if len(words) >= 2 else None
        if kind is not None:
            # only a generic head word of the lexicon's gives way ("Army" in "Kalat Liberation
            # Army"); "Tribal Militia" and named forces stay the lexicon's
            if any((s, e) != (end - 1, end) or not _generic(doc[s:e].text) for s, e in inside):
                continue
        elif inside:
            continue
        else:
            kind = _described_kind(head)
        before = doc[start - 1] if start > 0 else None
        if (
            kind is None
            and len(words) >= 2
            and before is not None
            and before.lower_ in REBEL_PREMODIFIERS
            # its modifier, or the noun the parser hangs the name on ("the separatist" + name)
            and (before.head == head or head.head == before)
        ):
            kind = ActorKind.REBEL_GROUP.value  # "the separatist Ambazonia Defence Forces"
        if (
            kind is None
            and len(words) >= 2
            and words[-1] in GROUP_NAME_WORDS
            and head.dep_ == "compound"
            and head.head.lower_ in ARMED_MEMBER_NOUNS
        ):
            kind = ActorKind.MILITIA.value
        if kind is not None:
            groups[(start, end)] = kind
    return groups


def _names_place(doc: Doc, start: int, end: int, resolved: set[tuple[int, int]]) -> bool:
    """Whether the name doc[start:end] is a place: it lies inside a name the places stage
    resolved ("San Carlos Department", "Rosa Galvez" of "Villa Santa Rosa Galvez"), or a
    word of a kind of place ends it ("Los Pinos Hamlet"). One word resolved alone stays a
    person: the places stage takes many a victim's surname for a town."""
    span = doc[start:end]
    return doc[end - 1].lower_ in PLACE_NAME_TAILS or any(
        low <= span.start_char
        and span.end_char <= high
        and (len(span) > 1 or (low, high) != (span.start_char, span.end_char))
        for low, high in resolved
    )


def _person_ranges(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """PERSON entities, plus proper-name runs the small model misses: after a title ("Col.
    Awan", "Inspector Imran Baloch") or two or more names as a clause argument; no name of a
    place (`_names_place`)."""
    places = getattr(doc._, "corroborate_places", None) or ()
    resolved = {(place.start, place.end) for place in places if place.name}
    ranges = [
        (ent.start, ent.end)
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and not _place_naming_incident(ent, resolved)
        # a name the lexicon holds whole is its actor ("Boko Haram", tagged PERSON)
        and not taken.issuperset(range(ent.start, ent.end))
    ]
    covered = taken | {i for start, end in ranges for i in range(start, end)}
    titles = title_kinds()
    nnp = _NNP
    proper = np.flatnonzero(doc.to_array(TAG) == nnp).tolist() if len(doc) else []
    if not proper:
        return ranges
    eligible = [i for i in proper if i not in covered and doc[i].ent_type_ not in NOT_PERSON_ENTS]
    for run in _consecutive_runs(eligible):
        first, end = run[0], run[-1] + 1
        if (
            first > 0
            and doc[first - 1].tag_ == "POS"
            and doc[first].ent_iob_ == "I"
            and doc[first].ent_type_ != "PERSON"
        ):
            # the words after the "'s" of a longer name the tagger holds whole ("Renewal
            # Movement" of "the People's Renewal Movement"): no person
            continue
        start = first
        while start < end and doc[start].lower_.rstrip(".") in titles:
            start += 1
        before = doc[first - 1] if first > 0 else None
        if before is not None and before.text == "." and first > 1:
            before = doc[first - 2]
        titled = start > first or (before is not None and before.lower_.rstrip(".") in titles)
        head = doc[end - 1]
        if (
            start < end
            and all(t.is_title or t.is_upper for t in doc[start:end])
            and (titled or (end - start >= 2 and head.dep_ in PERSON_ARGUMENTS))
        ):
            ranges.append((start, end))
    return [(start, end) for start, end in ranges if not _names_place(doc, start, end, resolved)]


class ActorIndex:
    """The actor mentions of one Doc, looked up by token."""

    def __init__(self, doc: Doc, matcher: PhraseMatcher) -> None:
        self.doc = doc
        self.mentions: list[ActorMention] = []
        self.by_token: dict[int, ActorMention] = {}
        self.holders: dict[int, ActorMention] = {}  # a place's token -> the actor it is of
        lexicon = actor_lexicon()
        lexical = [(s, e) for _, s, e in matcher(doc)]
        # armed groups the lexicon lacks, first: a person's affiliation may name one
        groups = _armed_group_ranges(doc, lexical)
        in_group = {i for s, e in groups for i in range(s, e)}
        for (start, end), kind in groups.items():
            self._add(_mention(doc, start, end, doc[start:end].root.i, doc[start:end].text, kind))
        lexical = [(s, e) for s, e in lexical if s not in in_group]
        persons = {
            (s, e)
            for s, e in _person_ranges(doc, {i for s, e in lexical for i in range(s, e)} | in_group)
            if not in_group.intersection(range(s, e))
        }
        # a "person" ending in a force named in the plural ("the paramilitary Mehran
        # Rangers") is that force, under the whole name
        ending = {e: s for s, e in lexical}
        forces = {
            (start, end): doc[ending[end] : end].text
            for start, end in persons
            if ending.get(end, start) > start and doc[end - 1].tag_ in ("NNS", "NNPS")
        }
        persons -= forces.keys()
        spans = filter_spans([doc[s:e] for s, e in lexical + sorted(persons) + sorted(forces)])
        for span in spans:
            if (span.start, span.end) in persons:
                self._add(self._person(span))
                continue
            name, kind = lexicon[forces.get((span.start, span.end), span.text).lower()]
            specific = names_one_actor(name)
            if span.root.dep_ == "compound" and span.root.head.lemma_.lower() in PLACE_HEADS:
                # "police station", "army camp": a place or thing, not the actor; but whose
                # it is, for an attack on it (holder_of)
                self.holders[span.root.head.i] = _mention(
                    doc, span.start, span.end, span.root.i, name, kind, specific=specific
                )
                continue
            start = span.start
            if not specific:
                # a generic noun keeps its count and description: "six soldiers", "armed rebels"
                while (
                    start > span.sent.start
                    and doc[start - 1].head.i == span.root.i
                    and doc[start - 1].dep_ in ("nummod", "amod")
                    and doc[start - 1].lower_ not in QUANTIFIERS
                ):
                    start -= 1
            self._add(
                _mention(
                    doc,
                    start,
                    span.end,
                    span.root.i,
                    name,
                    kind,
                    specific=specific,
                )
            )
        self._groups_by_modifier()
        self._groups_by_members()
        self._resolve_short_names()
        self._name_generic_forces()

    def _add(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token.setdefault(i, mention)
        self.by_token[mention.root] = mention

    def _person(self, span: Span) -> ActorMention:
        doc = self.doc
        titles = title_kinds()
        root = span.root
        name_start = span.start
        while name_start < span.end - 1 and doc[name_start].lower_ in titles:
            name_start += 1  # "Col. Tahir": the title is not part of the name
        start = span.start
        # Widen over the title / affiliation words before the name ("MQM worker Ali Khan").
        while (
            start > span.sent.start
            and doc[start - 1].dep_ in ("compound", "amod", "nmod")
            and start <= doc[start - 1].head.i < span.end
        ):
            start -= 1
        title_tokens = [doc[i] for i in range(start, name_start)]
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i > root.i:
                title_tokens.extend(t for t in child.subtree if t.i <= child.i)
        kind = None
        affiliation = None
        for token in reversed(title_tokens):  # the title word nearest the name decides
            word = token.lower_
            matched = self.by_token.get(token.i)
            if matched is not None and not matched.person:
                affiliation = affiliation or matched
            elif kind is None and word in titles:
                kind = titles[word]
        if affiliation is not None and affiliation.kind in ARMED_KINDS | STATE_KINDS:
            # "a Black Ridge Front commander", "District Police Officer X": a member of the
            # group, of the force (a title the lexicon reads as the force names no civilian)
            kind = affiliation.kind
        if kind == ActorKind.POLITICAL_PARTY.value and affiliation is None:
            kind = None
        if kind == ActorKind.POLITICAL_PARTY.value:
            kind = ActorKind.CIVILIANS.value  # ACLED: party members are civilians + associate
        title_words = [t.text for t in title_tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")]
        title_words = [w for w in title_words if affiliation is None or w not in affiliation.text]
        name = doc[name_start : span.end].text.removesuffix("'s").removesuffix("’s")
        return _mention(
            doc,
            start,
            span.end,
            root.i,
            name,
            kind or ActorKind.CIVILIANS.value,
            person=True,
            title=" ".join(title_words) or None,
            affiliation=affiliation,
        )

    def _groups_by_modifier(self) -> None:
        """A generic noun beside a named group is that group: "FMLN terrorists", "guerrillas
        of the FMLN", "gunmen from the Kalat Liberation Army"."""
        doc = self.doc
        for at, mention in enumerate(self.mentions):
            if mention.specific or mention.person:
                continue
            root = doc[mention.root]
            modifiers = [c for c in root.lefts if c.dep_ in ("compound", "nmod", "amod")]
            modifiers += [
                o
                for c in root.rights
                if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for o in c.children
            ]
            group = next((self.by_token[c.i] for c in modifiers if c.i in self.by_token), None)
            if group is None or group is mention or group.person or not group.specific:
                continue
            start, end = min(group.start, mention.start), max(group.end, mention.end)
            merged = _mention(doc, start, end, mention.root, group.name, group.kind)
            self.mentions[at] = merged
            for i in range(start, end):
                if self.by_token.get(i) in (mention, None):
                    self.by_token[i] = merged

    def _groups_by_members(self) -> None:
        """Spokesmen and members of a named group stand for the group."""
        doc = self.doc
        if not len(doc):
            return
        for i in np.flatnonzero(among_sorted(doc.to_array(LOWER), _MEMBER_KEYS)).tolist():
            token = doc[i]
            if i in self.by_token:
                continue
            group = None
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "from"):
                    group = next(
                        (self.by_token[c.i] for c in child.children if c.i in self.by_token),
                        None,
                    )
                elif child.dep_ in ("compound", "nmod", "poss", "amod") and (
                    child.i in self.by_token
                ):
                    group = self.by_token[child.i]
            if group is None or group.person:
                continue
            last = max(t.i for t in token.subtree) + 1 if group.start > token.i else token.i + 1
            first = min(token.i, group.start)
            self._add(
                _mention(doc, first, last, token.i, group.name, group.kind, specific=group.specific)
            )

    def _resolve_short_names(self) -> None:
        """A later short name ("Col. Tahir", "Khan") takes the full name said first, and so
        does a later name that only adds a surname to it."""
        seen: list[ActorMention] = []
        for mention in sorted(self.mentions, key=lambda m: m.start):
            if not mention.person:
                continue
            words = mention.name.split()
            for earlier in reversed(seen):
                full = earlier.name.split()
                if len(words) < len(full) and all(w in full for w in words):
                    mention.name = earlier.name
                    mention.kind = earlier.kind
                    mention.affiliation = mention.affiliation or earlier.affiliation
                    break
                told = len(words) - 1
                if 2 <= told <= len(full) and full[-told:] == words[:-1]:
                    # a full name told first without its second surname ("Juan Carlos
                    # Ramírez", then "(Juan) Carlos Ramírez Ortega"): one person, one name
                    mention.name = earlier.name
                    break
            seen.append(mention)

    def _name_generic_forces(self) -> None:
        """Generic forces take the one specific force of their kind that the document names."""
        specific: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.specific and not mention.person and mention.kind in STATE_KINDS:
                specific.setdefault(mention.kind, set()).add(mention.name)
        for mention in self.mentions:
            names = specific.get(mention.kind, set())
            if not mention.specific and not mention.person and len(names) == 1:
                mention.name = next(iter(names))

    def holder_of(self, token: Token) -> ActorMention | None:
        """The actor a post, camp or station is of ("a police post", "a rebel camp"): who an
        attack on it is aimed at."""
        if token.lemma_.lower() not in PLACE_HEADS:
            return None
        if token.i in self.holders:
            return self.holders[token.i]
        return next(
            (
                self.by_token[c.i]
                for c in token.children
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in self.by_token
            ),
            None,
        )

    def actor_of(self, token: Token) -> ActorMention | None:
        """The actor a syntactic argument names: a mention, a resolved pronoun, or people."""
        mention = self.by_token.get(token.i)
        if mention is not None:
            return mention
        for child in token.children:  # "one of its workers, Waqas Shah,": the named person
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        word = token.lower_
        if word in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return None
        if word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
            return self._antecedent(token, person=word in PERSON_PRONOUNS)
        member_of = next(prep_objects(token, ("of",)), None)  # "one of the protesters"
        if member_of is not None:
            return self.actor_of(member_of)
        if (
            word in CIVILIAN_NOUNS
            or token.lemma_.lower() in CIVILIAN_NOUNS
            or (token.like_num and token.dep_ in ("nsubj", "nsubjpass", "dobj"))
        ):
            start = min((t.i for t in token.lefts if t.dep_ != "punct"), default=token.i)
            start = min(start, token.i)
            affiliation = next(
                (
                    self.by_token[c.i]
                    for c in token.lefts
                    if c.i in self.by_token and not self.by_token[c.i].person
                ),
                None,
            )
            # people told as protesting ("students protesting against a fee rise", "villagers
            # who were marching") are protesters: whom force against a protest is used on
            protesting = any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in protest_verbs()
                for c in token.children
            )
            return _mention(
                self.doc,
                start,
                token.i + 1,
                token.i,
                PROTESTERS_NAME if protesting else CIVILIANS_NAME,
                ActorKind.PROTESTERS.value if protesting else ActorKind.CIVILIANS.value,
                specific=False,
                affiliation=affiliation,
            )
        return None

    def _antecedent(self, token: Token, *, person: bool) -> ActorMention | None:
        subject = _clause_subject(token) if token.dep_ == "poss" else None
        if subject is not None and subject.i < token.i and subject.pos_ in ("NOUN", "PROPN"):
            # "the bomber ... detonated his vest": his is the bomber's, whoever was named
            # before (the police officer who said so)
            return self.by_token.get(subject.i)
        sent_start = token.sent.start
        window = self.doc[max(0, sent_start - 1)].sent.start if sent_start else 0
        acting = not person and _violence_subject(token)
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.end > token.i or mention.start < window:
                continue
            if acting and _bystander(mention, self.doc, token):
                continue
            if mention.person == person:
                return mention
        return None


def _violence_subject(token: Token) -> bool:
    """A pronoun that is the subject of a verb of violence, or of a verb conjoined with one
    ("They came after midnight and shot at anyone who ran")."""
    if token.dep_ != "nsubj":
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in violence_verbs() for v in verbs)


def _bystander(mention: ActorMention, doc: Doc, pronoun: Token) -> bool:
    """Civilians told as those who report it ("..., residents said") or as whom violence was
    done to ("Twelve civilians were killed", "raided Gidan Tanko"), and bodies that bear no
    arms ("the state government"): no antecedent for "they" doing violence next, which is the
    attackers told beside them."""
    if mention.kind in UNARMED_KINDS:
        return True
    if mention.kind != ActorKind.CIVILIANS.value:
        return False
    root = doc[mention.root]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() in cue_verbs():
        return pronoun not in verb.subtree  # "residents said they fled" is theirs
    return root.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in violence_verbs()


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a word stands in (through conjoined verbs that share it)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def find_actors(doc: Doc, nlp: Language) -> ActorIndex:
    """The actor mentions of a parsed Doc."""
    return ActorIndex(doc, phrase_matcher(nlp))
