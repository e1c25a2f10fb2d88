"""The `corroborate_events` component: what happened, to whom, how many, how sure, per article.

Runs after corroborate_places, _times and _claims (reads their lists when present, works when
they are absent) and writes `doc._.corroborate_events`, a list of model.EventFound with the
document's main event first; it also sets ClaimFound.event on the claims that state an event.

How an article becomes events (rules over spaCy's parse, no second model):
1. Triggers: words and phrases of `event_triggers.tsv` (by lemma and part of speech) in article
   sentences. Each has a class (violence, clash, explosion, arrest, raid, seizure, protest, riot,
   force, legal, ...) and an ACLED sub-event type and PLOVER type.
2. Modality per trigger, from the parse: denied (negated, "no one was killed", under "deny" /
   "reject", or in a claim that denies), alleged ("accused of", "allegedly", a claim that
   alleges or confesses, where seized goods came from: "weapons that were stolen"),
   hypothetical (a modal, "threatened to", "plans to", "if", "could face", "called for",
   "postponed", "foiled", a "to" infinitive naming an aim: "orders to arrest"), reference (a
   time attached to the trigger ends more than two weeks before publication, or is a whole
   month or year before it: "last month"; "the 2012 fire", "last year's raid", "previous",
   "anniversary", "not connected to Monday's shooting", a tally: "killed this year"; harm
   words inside such an incident are its own), else occurred. Once events are grouped, a
   report whose title and lead tell no incident as a clause (a speech, an inquiry, relief)
   makes the violent events it only names by nouns ("the riots", "the train attack") its
   background, reference (_background_incidents); an incident other than the main one whose
   every dated sentence dates it weeks before publication is one the report refers back to,
   reference (_dated_long_before).
3. Grouping: a raid, its arrests, the weapons seized, a killing during it and the court hearing
   are separate facts of one story, so triggers group by class, one event per class and
   modality group (occurred and denied together; alleged, hypothetical and reference apart),
   split again when a trigger is placed in another town, and violent ones by whose violence
   it is (police firing and a mob's killings stay apart; an unattributed trigger joins the
   state's event only next to it). Harm words ("killed", "died", "injured", "dead") join the
   trigger they depend on or the specific violent trigger of their sentence ("killed in the
   blast" belongs to the explosion); joining harm nouns ("his injuries", event_words.tsv)
   join the event told before them and found none, nor add to its evidence; a raid with
   arrests is the arrests event. Definite nouns
   ("the raid", "the operation") point back to the event.
4. Main event (listed first): the first occurred violent event triggered in the title or lead
   (first three sentences), else the first occurred violent event, else the first occurred
   event, else the first event.
5. Types: a trigger marked fixed in the lexicon decides (arrested -> Strategic developments /
   Arrests; grenade, suicide bomber, airstrike, abduction). Otherwise the lexicon gives a
   default, refined by rules on the actors (state forces against a rebel group -> Armed clash;
   a mob -> Mob violence; police against protesters, or protesters killed -> Excessive
   force; a rule that fires decides), else the event-type
   classifier (`corroborate.extract.event_types.classify_event_types`, imported lazily, called
   once per batch of documents on each open event's trigger sentence) replaces it when its
   guess is an ACLED type the trigger class allows (CLASS_EVENT_TYPES: a shooting may become a
   Battle, never an Explosion). Without the classifier, or without its model, the lexicon and
   rules decide alone.
6. Actors from the parse (actors.py): subject or "by" agent -> actor1, object, passive subject,
   "on"/"against" object -> actor2, party affiliations -> associate. Place and time: the
   mention attached to or nearest a trigger in its sentence, else the article's dominant one
   (of its times, leaving out whole years before publication: "the fifth since 2013").
7. Figures (figures.py) belong to the event whose trigger counts them; "shot" becomes injured
   after taking away the event's deaths (not from those shot besides them, "six others"); the
   dead victim told again as shot ("he shot himself") is injured 0 unless someone else is
   reported hurt, and one hurt who dies later in the sentence ("..., where he died") is not
   injured. One hurt victim told without a number ("a teen in critical condition") gives way
   to a count of two or more hurt in the title or lead; new victims told one by one in a
   sentence ("a man was shot ..., another man ...") are counted together. A figure's claim is
   the claim whose content holds it.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import importlib
import itertools
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from corroborate.errors import CorroborateError
from corroborate.extract.actors import (
    CIVILIAN_NOUNS as PERSON_WORDS,
)
from corroborate.extract.actors import (
    MEMBER_NOUNS,
    PROTESTERS_NAME,
    STATE_KINDS,
    ActorIndex,
    ActorMention,
    actor_lexicon,
    country_name,
    read_tsv,
)
from corroborate.extract.actors import phrase_matcher as actor_matcher
from corroborate.extract.claims import negated_verbs
from corroborate.extract.figures import (
    CUSTODY_NOUNS,
    GENERIC_PEOPLE,
    INCIDENT_NOUNS,
    KILL_LEMMAS,
    NEW_VICTIM_WORDS,
    PERPETRATOR_NOUNS,
    PERSON_NOUNS,
    PERSONAL_SINGULAR,
    REFLEXIVES,
    SHOT,
    TOLL_ORDINALS,
    VAGUE_COUNTS,
    WORD_LEMMAS,
    CountedFigure,
    coarse_pos,
    condition_kind,
    count_of,
    cue_lemmas,
    find_figures,
    headline_verb_as_noun,
    in_custody,
    listed_suspect,
    number_value,
    predicate_kind,
    read_phrasal_deaths,
    suicide_attempted,
    token_candidates,
)
from corroborate.extract.gazetteer import distance_km
from corroborate.extract.implied_tolls import implied_figure
from corroborate.extract.pipeline import DATELINES, article_sentences, doc_text
from corroborate.extract.places import DATELINE_MARKS
from corroborate.extract.syntax import noun_phrase_before
from corroborate.extract.times import ambiguous_day, is_stamp_line, page_stamp
from corroborate.lexicons import alternation, word_list
from corroborate.model import (
    ActorFound,
    ActorKind,
    ClaimFound,
    DatePrecision,
    EventFound,
    FigureFound,
    FigureKind,
    Modality,
    PlaceFound,
    Qualifier,
    Role,
    Stance,
)
from corroborate.model import (
    Span as TextSpan,
)

# ACLED's event types and their sub-event types (ACLED codebook 2023).
ACLED_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
# The ACLED event types the classifier may choose for a trigger class.
CLASS_EVENT_TYPES: dict[str, frozenset[str]] = {
    # explosions come from explosion words only ("murder-suicide" is no suicide bomb)
    "violence": frozenset({"Violence against civilians", "Battles", "Riots"}),
    "clash": frozenset({"Battles", "Riots"}),
    "explosion": frozenset({"Explosions/Remote violence"}),
    "raid": frozenset({"Strategic developments", "Battles"}),
    "protest": frozenset({"Protests", "Riots"}),
    "riot": frozenset({"Riots", "Strategic developments"}),
    "force": frozenset({"Protests", "Riots"}),
    "legal": frozenset({"Strategic developments"}),
    "looting": frozenset({"Riots"}),  # looting by a mob; never another strategic type
}
# Operations whose casualties may be told without a violent word of their own: a raid, crowd
# control, a protest, a blast
OPERATION_CLASSES = frozenset({"raid", "force", "protest", "explosion"})
VIOLENT_CLASSES = frozenset(
    {"violence", "clash", "explosion", "abduction", "sexual", "riot", "force"}
)
# Events one day each: a protest the day after another is another protest, as ACLED codes it.
DAY_CLASSES = VIOLENT_CLASSES | {"protest"}
# An incident or operation a report's lead tells as a clause ("four were killed", "police
# arrested 17") is that report's news; one it only names ("the riots") may be background.
TELLING_CLASSES = VIOLENT_CLASSES | {"arrest", "raid", "seizure", "looting", "protest", "fire"}
# Incidents a report of other news may name as its background ("the riots", "the train
# attack"), and the property destroyed in them ("the mob that burnt the school"); force used
# on crowds ("the firing", "the lathi charge") is policing, told as such
BACKGROUND_CLASSES = (VIOLENT_CLASSES - {"force"}) | {"looting"}
# The words the rules below look for, by category: event_words.tsv.
_words = word_list("corroborate.extract", "event_words.tsv")


# Triggers that open an event only with support: "operation" needs a qualifying word or an
# earlier raid; "recover" needs weapons; "fail" needs the state as its subject.
# fmt: off
OPERATION_WORDS = _words("operation_words")
END_BOUND_PREPOSITIONS = _words("end_bound_prepositions")
CONFESSION_VERBS = _words("confession_verbs")
WEAPON_WORDS = _words("weapon_words")
SAY_WORDS = _words("say_words")
# Who is held answerable for an event named after "for", "of" or "with": the subject of
# "claimed responsibility for" or "were responsible for", the one blamed or accused.
RESPONSIBILITY_VERBS = _words("responsibility_verbs")
BLAME_VERBS = _words("blame_verbs")
# Verbs whose subject looks into or tells of an event, not the one doing it: "Police
# investigate shooting" (the parser may read the noun as the verb's complement).
EVENT_OBJECT_VERBS = _words("event_object_verbs")
DENY_WORDS = _words("deny_words")
ALLEGE_WORDS = _words("allege_words")
# "allegedly shooting", "the alleged attack": the act is what someone says was done
ALLEGING_MODIFIERS = _words("alleging_modifiers")
# "charged with murder": the murder is what the charge says
CHARGE_WORDS = _words("charge_words")
# "charged with murder", "charges of arson" name the crime; "charged in the shooting" points
# at the incident, which stays the story's event (and a lathi-charge is no charge)
CHARGE_LINKS = frozenset({"with", "of"})
# "booked for rioting", "a case of murder was registered": a police case names its crime
BOOKING_VERBS = _words("booking_verbs")
CASE_NOUNS = _words("case_nouns")
# "charged in the shooting", "indicted for murder", "charges stemming from the shooting": the
# incident a charge is laid for, an accusation there though the report tells it as it happened
# (the real-text gold's rule); decided once the main event and its figures are settled, so the
# story keeps its incident and toll (_charged_acts)
NAMED_CHARGE_LINKS = _words("named_charge_links")
CHARGE_SOURCE_VERBS = _words("charge_source_verbs")
# Heads that keep even a known event from happening ("foiled the attack"); the other
# hypothetical heads leave a definite noun's event presupposed unless it is what they ask for
# ("demanded a probe into the killings", not "demanded the arrest of"), and so do
# conditionals ("if one hears of the arrests made on Thursday"). Modals still reach it:
# "would challenge the remand" stays with what may be done.
PREVENTING_HEADS = _words("preventing_heads")
# "failed to prevent rioting": the rioting happened
FAILING_HEADS = _words("failing_heads")
# Nouns whose absence denies what they would show: "no evidence that this was an attack"
EVIDENCE_NOUNS = _words("evidence_nouns")
# Nouns of an aspect of an act ("the names of the shooting victims", "the manner of death"):
# a verb over them denies, doubts or defers the aspect, and the act is presupposed
ASPECT_NOUNS = _words("aspect_nouns")
ASPECT_LINKS = frozenset({"of", "for", "behind"})  # "the motive for", "the reason behind"
# Aspect nouns that after "a" count the acts ("a number of air strikes"), naming no aspect
COUNTING_ASPECT_NOUNS = _words("counting_aspect_nouns")
# Modals of the future or of duty: "there should be no riots", "no one will be arrested"
FUTURE_MODALS = frozenset({"will", "shall", "should", "must", "wo", "'ll"})
# A cause is presupposed: "postponed due to riots", "because of the shooting"
CAUSE_WORDS = _words("cause_words")
HYPOTHETICAL_HEADS = _words("hypothetical_heads")
WANTED_FOR_WORDS = _words("wanted_for_words")
DATING_PREPOSITIONS = _words("dating_prepositions")
MODALS = frozenset({
    "may", "might", "could", "would", "will", "shall", "should", "can", "must", "'ll", "wo",
    "ca",
})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
QUESTION_MARKS = frozenset({"if", "whether"})  # and marking a complement: a question asked
# question words opening a complement ("did not say how ..."): how, why, who, what, whose
# (_embedded_question leaves out "that" and "which", tagged WDT on relative clauses too)
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# "the riots have persisted", "the violence goes on": an incident lasting as it is reported
CONTINUING_VERBS = _words("continuing_verbs")
# Someone's part in an event: "alleged complicity in the riots" doubts the part, not the riots
PART_NOUNS = _words("part_nouns")
REFERENCE_WORDS = _words("reference_words")
# "riot-hit Gujarat", "the riot-affected": places and people marked by an earlier event
AFTERMATH_WORDS = _words("aftermath_words")
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those"})
LIGHT_VERBS = _words("light_verbs")
# Participles whose "by" names who did the act they follow: "the bombing carried out by X",
# "a bomb planted by X" (lemmas)
DOING_PARTICIPLES = _words("doing_participles")
# What is burnt when property is destroyed, and what "set" makes it ("set houses ablaze").
PROPERTY_OBJECTS = _words("property_objects")
ALIGHT_WORDS = _words("alight_words")
# fmt: on
CLAUSE_LINKS = frozenset({"advcl", "conj", "ccomp", "parataxis", "xcomp", "csubj"})
# Words of the harm done, not of the act ("gunshot" opens the trigger "gunshot wound").
HARM_LEMMAS = _words("harm_lemmas")
_YEAR = re.compile(r"^(19|20)\d\d$")
TypeTriple = tuple[str | None, str | None, str | None]
LEAD_SENTENCES = 3
# The kinds of a toll a headline may state without a trigger of its own.
HARM_KINDS = frozenset({FigureKind.KILLED.value, FigureKind.INJURED.value, SHOT})
REFERENCE_AGE = dt.timedelta(days=14)
MAX_EVIDENCE = 6
SAME_PLACE_KM = 30
COUNTY_KM = 80  # from a county's centre to the towns it holds


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]
    pos: str
    cls: str
    sub_event_type: str | None
    plover: str | None
    fixed: bool


# Trigger classes whose sub-type only their own words name: the classifier never guesses
# sexual violence from "killing civilians in past offensives".
OWN_WORD_CLASSES = frozenset({"sexual"})


@functools.cache
def _named_by_own_words() -> frozenset[str]:
    """Sub-types of the OWN_WORD_CLASSES triggers."""
    single, phrases = trigger_lexicon()
    entries = [*single.values(), *(e for group in phrases.values() for e in group)]
    return frozenset(e.sub_event_type for e in entries if e.cls in OWN_WORD_CLASSES)


@functools.cache
def trigger_lexicon() -> tuple[dict[tuple[str, str], TriggerEntry], dict[str, list[TriggerEntry]]]:
    """Single-word triggers by (lemma, pos) and phrase triggers by their first lemma."""
    single: dict[tuple[str, str], TriggerEntry] = {}
    phrases: dict[str, list[TriggerEntry]] = {}
    for row in read_tsv("event_triggers.tsv"):
        sub = row["sub_event_type"] or None
        if sub is not None and sub not in ACLED_EVENT_TYPES:
            raise ValueError(f"event_triggers.tsv: unknown ACLED sub-event type {sub!r}")
        entry = TriggerEntry(
            words=tuple(row["trigger"].split()),
            pos=row["pos"],
            cls=row["class"],
            sub_event_type=sub,
            plover=row["plover"] or None,
            fixed=row["fixed"] == "1",
        )
        if len(entry.words) == 1:
            single[(entry.words[0], entry.pos)] = entry
        else:
            phrases.setdefault(entry.words[0], []).append(entry)
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e.words))
    return single, phrases


# Nouns of a hurt that join the violent event told before them and found none.
JOINING_HARM_NOUNS = _words("joining_harm_nouns")
# Those an incident hurt, named by it ("the shooting victims"): the word joins that incident.
VICTIM_HEADS = _words("victim_heads")


def _joins_only(trigger: Trigger, doc: Doc) -> bool:
    """A harm noun of JOINING_HARM_NOUNS, or a trigger word compounded on a victim noun ("the
    shooting victims", "riot victims"), which names the victims by their incident rather than
    telling one, or a noun a modal copula predicates ("should not be a death sentence")."""
    return _hurt_noun(trigger) or _names_victims(trigger, doc) or _what_it_is(trigger, doc)


def _what_it_is(trigger: Trigger, doc: Doc) -> bool:
    """A noun a copula predicates, with a modal or negated, of something ("Covering the cartels
    should not be a death sentence", "Journalism must never be a crime"): a figure of speech
    in a reaction to the killing told, not an incident of its own. (Without one, "The aim was
    a strike" or "It was a failure of the police" still tells an event.)"""
    token = doc[trigger.head]
    if not (coarse_pos(token) == "NOUN" and token.dep_ == "attr" and _lemma(token.head) == "be"):
        return False
    if any(c.dep_ == "expl" for c in token.head.children):
        return False  # "there should be no riots": an event wished away, not a figure
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in token.head.children)


def _hurt_noun(trigger: Trigger) -> bool:
    """A harm noun of JOINING_HARM_NOUNS (the noun entry: "wounded" the verb founds)."""
    entry = trigger.entry
    return entry.pos == "NOUN" and len(entry.words) == 1 and entry.words[0] in JOINING_HARM_NOUNS


def _names_victims(trigger: Trigger, doc: Doc) -> bool:
    """ "the shooting victims", "riot victims": the victims named by their incident; no count
    of them is the incident's toll ("the first two shooting victims" of three shootings)."""
    token = doc[trigger.end - 1]
    return token.dep_ == "compound" and token.head.lower_ in VICTIM_HEADS


@dataclass
class Trigger:
    """One trigger occurrence: tokens [start, end) with its head token and entry."""

    start: int
    end: int
    head: int
    entry: TriggerEntry
    modality: str = Modality.OCCURRED.value
    sentence: int = 0  # index of its article sentence
    arguments: list[tuple[str, ActorMention]] = field(default_factory=list)
    own_time: Located | None = None  # a time of its own that names one day (_own_day)
    framed: bool = False  # own_time from its sentence's frame ("In Wednesday's shooting, ...")
    own_week: Located | None = None  # a time of its own that names a week ("last week")
    # the act a statement owns to ("a statement saying he had shot the reporter"): the story's
    # act told again, whose victims its own words count; it founds and joins no event
    owned: bool = False
    # the incident a charge is laid for ("charged in the shooting"): alleged once events are
    # grouped and the main one chosen (_charged_acts)
    charged: bool = False

    @property
    def day(self) -> int | None:
        """The ordinal of the day its own time names."""
        return None if self.own_time is None else _single_day(self.own_time.record)

    @property
    def side(self) -> str | None:
        """ "state" or "other" for the trigger's own actor1, None when it names none."""
        kinds = [m.kind for role, m in self.arguments if role == Role.ACTOR1.value]
        if not kinds:
            return None
        return "state" if any(kind in STATE_KINDS for kind in kinds) else "other"

    @property
    def cls(self) -> str:
        return self.entry.cls


@dataclass
class EventDraft:
    cls: str
    group: str  # modality group: actual | hypothetical | reference
    triggers: list[Trigger] = field(default_factory=list)
    place: int | None = None
    figures: list[CountedFigure] = field(default_factory=list)
    side: str | None = None  # whose violence: police firing and a mob's killings stay apart
    own_times: list[Located] = field(default_factory=list)  # its triggers' own days' times
    death_days: set[int] = field(default_factory=set)  # those days told only of a death
    # set apart from another draft by the day and place their phrases name
    apart_on_phrases: bool = False

    @property
    def days(self) -> set[int]:
        """The ordinals of the days its own times name."""
        return {day for item in self.own_times if (day := _single_day(item.record)) is not None}

    @property
    def first(self) -> Trigger:
        return self.triggers[0]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _lookup(token: Token) -> TriggerEntry | None:
    single, _ = trigger_lexicon()
    pos = coarse_pos(token)
    for key in (_lemma(token), token.lower_):
        entry = single.get((key, pos)) or single.get((key, "ANY"))
        if entry is None and pos == "VERB" and token.tag_ == "VBN":
            entry = single.get((key, "ADJ"))
        if entry is None and pos == "ADJ":
            entry = single.get((key, "VERB"))
        if entry is not None and entry.cls == "fire" and _gunfire(token):
            return single[("fire", "VERB")]
        if entry is not None:
            return entry
    if pos == "NOUN" and (
        (headline_verb_as_noun(token) and predicate_kind(token)) or _passive_as_noun(token)
    ):
        # "Four shot outside apartment", "Teen shot while playing with friend"
        return single.get((WORD_LEMMAS[token.lower_], "VERB"))
    return None


def _passive_as_noun(token: Token) -> bool:
    """A headline's participle the parser tagged as a noun, given away by what only a verb
    takes: an agent or a preposition's verbal complement ("Mother critical after shot in the
    head by child")."""
    return token.lower_ in WORD_LEMMAS and (
        token.dep_ == "pcomp" or any(c.dep_ == "agent" for c in token.children)
    )


def _gunfire(token: Token) -> bool:
    """A fire noun that is shooting, not a blaze: fire a force or a weapon gives ("police fire",
    "the army's fire", "rifle fire") or fire aimed at someone ("police fire on protesters", a
    headline's verb the tagger read as a noun)."""
    lexicon = actor_lexicon()
    return any(
        (c.dep_ == "prep" and c.lower_ in ("on", "into"))
        or (
            c.dep_ in ("compound", "amod", "poss", "nmod")
            and (c.lower_ in lexicon or c.lower_ in WEAPON_WORDS)
        )
        for c in token.children
    )


_SKIP_ENTS = frozenset(hash_string(label) for label in ("DATE", "TIME", "PERSON", "GPE"))


@functools.cache
def trigger_keys() -> np.ndarray:
    """String hashes of every word a trigger can start with (a fast first test per token)."""
    single, phrases = trigger_lexicon()
    words = {word for word, _ in single} | set(phrases) | INACTION_VERBS
    words |= {form for form, lemma in WORD_LEMMAS.items() if (lemma, "VERB") in single}
    return np.array(sorted(hash_string(word) for word in words), dtype=np.uint64)


# Verbs that, negated with the state as subject, report a failure to act ("did not intervene").
INACTION_VERBS = _words("inaction_verbs")


@functools.cache
def _inaction_entry() -> TriggerEntry:
    single, _ = trigger_lexicon()
    return single[("inaction", "NOUN")]


def find_triggers(doc: Doc, sentences: Sequence[Span]) -> list[Trigger]:
    """Trigger occurrences in the given sentences, phrases before single words."""
    _, phrases = trigger_lexicon()
    candidates = token_candidates(doc, trigger_keys())
    found: list[Trigger] = []
    for number, sent in enumerate(sentences):
        position = bisect.bisect_left(candidates, sent.start)
        free = sent.start  # tokens before this are inside an earlier phrase
        while position < len(candidates) and candidates[position] < sent.end:
            i = candidates[position]
            position += 1
            token = doc[i]
            if i < free or token.ent_type in _SKIP_ENTS:
                continue
            matched = None
            for entry in [*phrases.get(_lemma(token), ()), *phrases.get(token.lower_, ())]:
                end = _phrase_end(token, entry.words, sent.end)
                if end is None and entry.pos == "VERB" and entry.cls in TAKING_CLASSES:
                    end = _phrase_end_around_object(token, entry.words, sent.end)
                if end is not None:
                    # a noun phrase's head is its last noun ("air strike", "suicide bombing"):
                    # where its doer, time and place hang ("the army carried out an air strike")
                    # (not an inaction's: "no action" is the failure, not a denied action)
                    root = doc[i:end].root
                    nominal = entry.pos == "NOUN" and entry.cls != "inaction"
                    head = root.i if nominal and coarse_pos(root) == "NOUN" else i
                    matched = Trigger(i, end, head, entry, sentence=number)
                    break
            if matched is None and _lemma(token) in INACTION_VERBS and _negated(token):
                matched = Trigger(i, i + 1, i, _inaction_entry(), sentence=number)
            if matched is None and _sets_property_alight(token):
                matched = Trigger(i, i + 1, i, _burning_entry(), sentence=number)
            if matched is None:
                entry = _lookup(token)
                if entry is not None and _supported(token, entry, found):
                    matched = Trigger(i, i + 1, i, entry, sentence=number)
            if matched is not None:
                found.append(matched)
                free = matched.end
    return found


def _burning_entry() -> TriggerEntry:
    return trigger_lexicon()[0][("burn", "VERB")]


def _burnt_things(token: Token) -> list[Token]:
    """What a verb of burning burnt: its object or subject, or the noun its participle
    tells of ("Houses burnt in Richa"; not one it describes, "bodies recovered from burnt
    houses"), with the things told beside it ("40 houses and a church")."""
    # (a subject too: "houses burned", a headline's "Houses burnt in Richa")
    things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if token.dep_ == "acl" and coarse_pos(token.head) == "NOUN":
        things.append(token.head)
    return [t for thing in things for t in (thing, *thing.conjuncts)]


def _burns_property(token: Token) -> bool:
    """ "burnt at least 15 houses", "a church was burnt", "Houses burnt in Richa": property
    destroyed (not "burnt his hand", "the fire burned for hours")."""
    return any(_lemma(t) in PROPERTY_OBJECTS for t in _burnt_things(token))


def _sets_property_alight(token: Token) -> bool:
    """ "setting several houses on fire", "set the shops ablaze": "set" told around the
    property it burnt (the lexicon's "set on fire" keeps its words together)."""
    if _lemma(token) != "set" or coarse_pos(token) != "VERB":
        return False
    if not any(c.dep_ == "dobj" and _lemma(c) in PROPERTY_OBJECTS for c in token.children):
        return False
    return any(
        c.lower_ in ALIGHT_WORDS
        or (c.lower_ == "on" and any(g.lower_ in ALIGHT_WORDS for g in c.children))
        for c in token.children
    )


def _phrase_end(token: Token, words: tuple[str, ...], limit: int, skip: int = 0) -> int | None:
    """Where the phrase's words, from `token` on (its first word), end in the text: each the
    next word as written or by lemma, the first `skip` tokens after `token` passed over."""
    doc = token.doc
    rest = token.i + 1 + skip
    end = rest + len(words) - 1
    if end > limit:
        return None
    following = zip(range(rest, end), words[1:], strict=True)
    if not all(_lemma(doc[k]) == w or doc[k].lower_ == w for k, w in following):
        return None
    first = words[0]
    return end if _lemma(token) == first or token.lower_ == first else None


# Classes whose verb phrases may be told around the person taken ("took three men into
# custody", "took two engineers hostage"); others keep their words together ("set ablaze" told
# around what burned joins a riot's words before the police firing beside them).
TAKING_CLASSES = frozenset({"arrest", "abduction"})


def _phrase_end_around_object(token: Token, words: tuple[str, ...], limit: int) -> int | None:
    """A verb phrase told around the verb's object: "took three men into custody", "took
    him hostage"."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1]
    if len(words) < 2 or not objects:
        return None
    return _phrase_end(token, words, limit, skip=objects[0].right_edge.i - token.i)


def _segments(doc: Doc, sentences: Iterable[Span]) -> Iterator[Span]:
    """Sentences cut again at blank lines (the small model runs a headline into the lead), and
    a dateline ("DHAKA —", set apart for the parser) told with the sentence it opens; a page's
    stamp line is none: neither is a sentence of its own between the headline and the lead."""
    dateline = None
    text = doc_text(doc)  # (a Span's .text joins its tokens anew)
    datelines = [(s.start, s.end) for s in doc.spans.get(DATELINES, ())]
    for segment in _blank_line_segments(doc, sentences):
        if is_stamp_line(text[segment.start_char : segment.end_char]):
            continue  # "Date: 2026-11-20" under the headline
        if dateline is not None and segment.start == dateline.end:
            segment = doc[dateline.start : segment.end]
        elif dateline is not None:
            yield dateline
        inside = any(s <= segment.start and segment.end <= e for s, e in datelines)
        dateline = segment if inside else None
        if dateline is None:
            yield segment
    if dateline is not None:
        yield dateline


def _blank_line_segments(doc: Doc, sentences: Iterable[Span]) -> Iterator[Span]:
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if len(doc) else []
    breaks = [i for i in spaces if "\n\n" in doc[i].text]
    for sent in sentences:
        start = sent.start
        for i in breaks[bisect.bisect_left(breaks, sent.start) :]:
            if i >= sent.end - 1:
                break
            if i > start:
                yield doc[start : i + 1]
                start = i + 1
        if start < sent.end:
            yield doc[start : sent.end]


def _supported(token: Token, entry: TriggerEntry, earlier: list[Trigger]) -> bool:
    """Filter ambiguous single words by their context."""
    word = _lemma(token)
    doc = token.doc
    if _war_toll(token):
        return False  # "the conflict has killed more than 6,000 people": no incident's toll
    if word == "march":
        near = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        return not any(t.like_num for t in near) and token.ent_type_ != "DATE"
    if word == "operation":
        return any(c.lower_ in OPERATION_WORDS for c in token.children) or any(
            t.cls == "raid" for t in earlier
        )
    if word in ("recover", "recovery", "seize", "seizure", "confiscate"):
        objects = [t for t in token.subtree if t.i != token.i and t.i - token.i < 12]
        return any(t.lower_ in WEAPON_WORDS for t in objects)
    if word == "fire" and coarse_pos(token) == "VERB":
        return not any(
            c.dep_ == "dobj" and c.lower_ in ("employee", "him", "her") for c in token.children
        )
    if word == "death":  # "could face the death penalty", "sentenced to death": no killing
        held = token.head if token.dep_ == "compound" else token.head.head
        return not (token.dep_ in ("compound", "pobj") and _lemma(held) in PENAL_DEATH_HEADS)
    if word in CUSTODY_NOUNS:  # "is in custody", not "released into the custody of his parents"
        return in_custody(doc, token) is not None
    if word in ("arrest", "detention") and token.dep_ == "compound":
        return False  # "arrest warrant", "detention order"
    if word in ("apprehend", "execute"):  # "apprehended a link" (feared), "executed a warrant"
        return _done_to_persons(_subject_giver(token), ("dobj", "nsubjpass"))
    if word == "execution":  # "the execution of the hostages", "extrajudicial executions"
        return _done_to_persons(token, ("prep",)) or any(
            c.lower_ in ("extrajudicial", "summary", "public", "mass") for c in token.children
        )
    if word == "pick":  # "picked up the leader", "picked him up" (who picks: _kept_in_context)
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and (
            _done_to_persons(token, ("dobj", "nsubjpass"))
            or any(c.dep_ == "dobj" and _lemma(c) in PICKED_UP for c in token.children)
        )
    if word == "target":  # who targets: _kept_in_context
        return token.dep_ != "amod"
    if word == "drone":  # "its drones hit a wedding party", not "drone footage"
        return token.dep_ in ("nsubj", "nsubjpass") and _lemma(token.head) in DRONE_VERBS
    if word in ("block", "blockade"):  # a road blocked in protest, not a blocked account
        return coarse_pos(token) == "NOUN" or any(
            c.dep_ == "dobj" and c.lemma_.lower() in ROAD_OBJECTS for c in token.children
        )
    if word == "shut":  # traders' shutdown: "shut their shops", not "shut the gate"
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in SHUTDOWN_OBJECTS for c in token.children
        )
    if word == "burn":
        return _burns_property(token)
    if word in ("fire", "blaze") and coarse_pos(token) == "NOUN":
        if token.head.lower_ == "on" and _lemma(token.head.head) == "set":
            return False  # "setting several houses on fire": the setting is the event
        return token.head.lemma_.lower() not in (
            "open",
            "exchange",
            "cease",
            "under",
            "return",
            "come",
            "line",
            "set",
            "catch",
        )
    if entry.cls == "explosion" and coarse_pos(token) == "NOUN" and _is_weapon_object(token):
        return False
    if token.dep_ == "compound" and _lemma(token.head) in THING_HEADS:
        return False  # "assault rifles", "attack helicopter", "murder case"
    if entry.cls == "protest" and token.dep_ == "compound" and token.head.lower_ in MEMBER_NOUNS:
        return False  # "protest leaders said": people named by the protest they lead
    if _is_epithet(token):
        return False  # "called the operation an assault on democracy"
    if word == "charge":
        return any(c.lower_ == "with" for c in token.children) or token.tag_ == "VBN"
    if word == "sentence":
        return coarse_pos(token) == "VERB" or any(
            c.lower_ in ("death", "life") for c in token.children
        )
    if word == "trial":
        return not any(c.lower_ in ("clinical", "drug") for c in token.children)
    if word == "battle":
        return not any(c.lemma_ in ("legal", "court", "political") for c in token.children)
    if word == "shell":
        # "shell casings" found at a shooting, whatever the tagger makes of "shell"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return after is None or after.lemma_.lower() not in ("casing", "case")
    return True


# What drones do in a strike.
DRONE_VERBS = _words("drone_verbs")
# Kinds of actor that bear arms or the state's authority: their "targeted" is an attack, their
# "picked up" an arrest ("the scheme targets farmers", "she picked up the children" are not).
ARMED_KINDS = STATE_KINDS | {
    ActorKind.REBEL_GROUP.value,
    ActorKind.MILITIA.value,
    ActorKind.RIOTERS.value,
}
# Who is "picked up" when the police pick someone up (besides persons and the held).
PICKED_UP = _words("picked_up")


def _done_by_armed(token: Token, actors: ActorIndex) -> bool:
    """True when the verb is passive or its subject (or, in "were planning to target", its
    governor's) is an armed or state actor."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    subjects = [c for verb in (token, token.head) for c in verb.children if c.dep_ == "nsubj"]
    return any(
        (mention := actors.actor_of(subject)) is not None and mention.kind in ARMED_KINDS
        for subject in subjects
    )


def _subject_giver(token: Token) -> Token:
    """The verb whose subject a conjunct verb with none of its own shares: "the men were
    picked up by soldiers and executed" -> picked."""
    if token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children
    ):
        return token.head
    return token


def _done_to_persons(token: Token, deps: tuple[str, ...]) -> bool:
    """True when a child of `deps` (through "of" for a noun) names persons."""
    children = [c for c in token.children if c.dep_ in deps]
    children += [g for c in children if c.lower_ == "of" for g in c.children]
    return any(
        c.pos_ in ("PROPN", "PRON", "NUM")
        or c.lemma_.lower() in PERSON_WORDS
        or c.lemma_.lower() in HELD_PERSONS
        for c in children
    )


# Persons in someone's hands, beside the civilian nouns: "executed the hostages".
HELD_PERSONS = _words("held_persons")
# What protesters block: "blocked the highway".
ROAD_OBJECTS = _words("road_objects")
# What traders shut in a shutdown strike.
SHUTDOWN_OBJECTS = _words("shutdown_objects")
# Heads that make a trigger word compounded on them a thing, not an act: "assault rifles",
# "murder case"; "riot police", "riot gear", "riot control" are what the force is equipped for.
THING_HEADS = WEAPON_WORDS | _words("thing_heads")
SEIZE_LEMMAS = _words("seize_lemmas")


# ("described as a shootout" is the police's account, not an epithet: kept)
NAMING_VERBS = _words("naming_verbs")


def _is_epithet(token: Token) -> bool:
    """A violent word used as a label for something else: "called the raid an assault"."""
    current = token
    for _ in range(3):
        if current.dep_ in ("oprd", "attr", "xcomp", "dobj", "pobj", "prep", "ccomp", "npadvmod"):
            if current.dep_ == "prep" and current.lower_ in ("for", "off"):
                return False  # "called for fresh protests", "called off the march": a demand
            current = current.head
            if any(c.dep_ == "prt" and c.lower_ == "off" for c in current.children):
                return False
            if _lemma(current) in NAMING_VERBS and current is not token:
                return coarse_pos(token) == "NOUN"
        else:
            return False
    return False


def _is_weapon_object(token: Token) -> bool:
    """A bomb or grenade that is seized, carried or defused, or names a weapon ("grenade
    launcher"), is not an explosion."""
    if token.dep_ == "compound" and _lemma(token.head) not in ("attack", "blast", "explosion"):
        return True
    current = token
    # up the noun phrase to its verb: "seized rifles and 200 kilograms of explosives"
    for _ in range(WEAPON_PHRASE_DEPTH):
        if current.head.i == current.i:
            return False
        current = current.head
        if _lemma(current) in SEIZE_LEMMAS:
            # "the bombing was carried out by ...": done, not carried (a bomb carried out of
            # a house is still carried)
            return token.lower_ in WEAPON_WORDS or not any(
                c.dep_ == "prt" and c.lower_ == "out" for c in current.children
            )
        if current.pos_ in ("VERB", "AUX"):
            return False
    return False


# How many words up from a bomb its seizing verb may be ("seized rifles and 200 kilograms of
# explosives": of, kilograms, rifles, seized).
WEAPON_PHRASE_DEPTH = 5


# --------------------------------------------------------------------------- modality


def _phrase_head(token: Token) -> Token:
    """The noun a phrase trigger's first word is compounded on: "bombing" of "the suicide
    bombing", "market bombing"."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _responsibility_claimed(token: Token) -> bool:
    """True for the act of "claimed (or denied) responsibility for the bombing"."""
    token = _phrase_head(token)
    prep = token.head
    return _claimed_outright(token) or (
        token.dep_ == "pobj" and prep.lower_ == "for" and bool(_responsibility_verbs(prep.head))
    )


def _claimed_outright(token: Token) -> bool:
    """The act is what "claimed" takes for object: "Islamic State affiliate claims market
    bombing", "the group claimed the attack" (responsibility, not a statement)."""
    return token.dep_ == "dobj" and _lemma(token.head) == "claim"


def _claim_containing(claims: Sequence[ClaimFound], start: int, end: int) -> int | None:
    """Index of the smallest claim whose content holds [start, end)."""
    best = None
    for index, claim in enumerate(claims):
        content = claim.content
        if (
            content.start <= start
            and end <= content.end
            and (
                best is None
                or content.end - content.start
                < claims[best].content.end - claims[best].content.start
            )
        ):
            best = index
    return best


def trigger_modality(
    trigger: Trigger,
    doc: Doc,
    claims: Sequence[ClaimFound],
    times: Sequence[tuple[Any, Token]],
    published: dt.date | None,
) -> str:
    """Occurred, alleged, denied, hypothetical or reference for one trigger occurrence."""
    token = doc[trigger.head]
    if _is_reference(token, times, published):
        # an earlier act someone is accused of is an accusation first ("arrested for
        # allegedly shooting five people on Aug. 3"), as the real-text gold labels it
        if (
            _accused_act(token)
            and _syntactic_modality(token, violent=True) == Modality.ALLEGED.value
        ):
            return Modality.ALLEGED.value
        return Modality.REFERENCE.value
    if _responsibility_claimed(token):
        return Modality.OCCURRED.value  # whoever claims or denies it, the bombing happened
    syntactic = _syntactic_modality(token, violent=trigger.cls in VIOLENT_CLASSES)
    if trigger.cls == "inaction" and syntactic == Modality.DENIED.value:
        syntactic = Modality.OCCURRED.value  # "did not intervene": the failure happened
    if syntactic != Modality.OCCURRED.value:
        return syntactic
    if trigger.cls == "inaction":
        return syntactic
    index = _claim_containing(claims, token.idx, token.idx + len(token))
    if index is not None and not _dates_the_clause(token):
        stance = claims[index].stance
        if (
            stance == Stance.DENIES.value
            and not _asserted_beside_denial(token, claims[index].content)
            and not _denied_beside(token, claims[index])
            and not _known_beside_denied_noun(token)
            and not _under_an_aspect(token)
            and not _known_beyond_negation(token, claims[index])
        ):
            return Modality.DENIED.value
        if (
            stance in (Stance.ALLEGES.value, Stance.CONFESSES.value)
            and not _said_of_a_party(token)
            # (not a confession: one's own act, told with its device, "had planted the bomb")
            and not (stance == Stance.ALLEGES.value and _known_under_accusation(token))
        ):
            return Modality.ALLEGED.value
        if trigger.cls == "looting" and _said_of_seized_goods(token):
            return Modality.ALLEGED.value
    return Modality.OCCURRED.value


def _accused_act(token: Token) -> bool:
    """The trigger is itself the act of an accusation: "allegedly shooting", "the accused in
    the massacre", "charged with murder"; not a word inside the act ("accused the opposition
    of using the riots": the riots are what was used)."""
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in ALLEGING_MODIFIERS for c in token.children):
        return True
    current = token
    for _ in range(3):
        if current.dep_ not in ("pobj", "pcomp", "prep"):
            return False
        current = current.head
        if _lemma(current) in ALLEGE_WORDS or _lemma(current) in CHARGE_WORDS:
            return True
    return False


def _booked_for(current: Token, came_by: str) -> bool:
    """The walk up from a trigger reached, by a preposition, a case the police book: "were
    booked for rioting", "a case of murder was registered", "an FIR was lodged against him for
    assault", "registered a case against 40 people for arson": what a case names is alleged."""
    if came_by != "prep":
        return False
    lemma = _lemma(current)
    if lemma in CASE_NOUNS:
        return _lemma(current.head) in BOOKING_VERBS
    if lemma not in BOOKING_VERBS:
        return False
    return (lemma == "book" and current.tag_ == "VBN") or any(
        c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in CASE_NOUNS for c in current.children
    )


HOLDING_VERBS = _words("holding_verbs")
ACTING_PARTS = _words("acting_parts")


def _named_by_charge(token: Token) -> bool:
    """The trigger is the incident a charge is laid for: "charged in his brother's shooting
    death", "indicted for murder", "faces charges over the killing", "charges stemming from
    the shooting"; not "charged in connection with the shooting" (a charge beside it), "was
    not charged in the shooting", nor a lathi charge in the clashes."""
    phrase = token
    while (
        phrase.dep_ in ("compound", "amod")
        and phrase.head.i > phrase.i
        and coarse_pos(phrase.head) == "NOUN"
    ):
        phrase = phrase.head  # "shooting death"
    if phrase.dep_ not in ("pobj", "pcomp"):  # (a headline's "charged in shooting death")
        return False
    prep, charge = phrase.head, phrase.head.head
    if prep.lower_ == "in" and _lemma(charge) in ACTING_PARTS and charge.dep_ == "pobj":
        prep, charge = charge.head, charge.head.head  # "for suspected involvement in"
    if prep.lower_ == "for" and _lemma(charge) in HOLDING_VERBS:
        # "was arrested for the shooting": the act he is held for (the gold's rule)
        return not _negated(charge)
    if (
        prep.lower_ == "from"
        and _lemma(charge) in CHARGE_SOURCE_VERBS
        and charge.dep_ in ("acl", "relcl")
    ):
        charge = charge.head  # "charges stemming from"
    elif prep.lower_ not in NAMED_CHARGE_LINKS:
        return False
    return (
        _lemma(charge) in CHARGE_WORDS
        # laid on someone: "was charged in", "a man charged in", "charges in"; not "police
        # charged the crowd in the clashes"
        and (charge.tag_ == "VBN" or coarse_pos(charge) == "NOUN" or _lemma(charge) != "charge")
        and not _negated(charge)
        and not any(c.dep_ == "compound" and _phrase_of(c, charge) for c in charge.children)
    )


def _known_under_accusation(token: Token) -> bool:
    """A definite act ("the riots", "the attack") that is the object of a verb inside an
    accusation other than one of doing it: "alleged the government failed to control the
    riots", "accused the police of ignoring the attack" accuse someone of what they did
    about a known act, not of the act ("accused the party of engineering the riots" still
    accuses of the riots; the harm of an accused act is accused with it: "accused of a
    shooting that resulted in the death of six")."""
    if not _definite_noun(token) or _lemma(token) in HARM_LEMMAS:
        return False
    phrase = _phrase_head(token)
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if phrase.dep_ not in ("dobj", "pobj") or coarse_pos(verb) != "VERB" or verb.i == token.i:
        return False
    lemma = _lemma(verb)
    return (
        lemma not in PERPETRATING_VERBS
        and lemma not in ALLEGE_WORDS
        and lemma not in CHARGE_WORDS
        and lemma not in DENY_WORDS
        and _lookup(verb) is None  # "accused of killing two men in the attack"
    )


def _said_of_a_party(token: Token) -> bool:
    """The trigger is the verb of a relative clause on a person, one "who" did it: "charged
    with shooting at the robber who had stabbed his brother" accuses the shopkeeper of the
    shooting and tells what the robber did as known. (Not "cases in which police shot at
    people": there the clause is the accusation.)"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "relcl"
        and _lookup(token.head) is None
        and any(c.lower_ in ("who", "whom", "whose") for c in token.subtree if c.i < token.i)
    )


def _denied_beside(token: Token, claim: ClaimFound) -> bool:
    """A claim said with a plain verb is a denial by a negated verb in what is said; when no
    such verb governs the trigger, the denial is of something beside it: "the government was
    responsible for the killings and the centre had not acted against it" (the killings are
    not denied, the action is)."""
    doc = token.doc
    cue, content = claim.cue, claim.content
    if any(_lemma(t) in DENY_WORDS for t in doc.char_span(cue.start, cue.end) or ()):
        return False  # "denied that its men had fired": the cue denies
    said = doc.char_span(content.start, content.end, alignment_mode="expand")
    verbs = negated_verbs(list(said)) if said is not None else []
    governing = _own_clause(token)
    return bool(verbs) and not any(v.i in governing for v in verbs)


def _own_clause(token: Token) -> set[int]:
    """The trigger and the words governing it up to the edge of its own clause: a relative,
    adverbial or participle clause, a question, or a verb conjoined to another is a clause of
    its own, which a negation outside it does not reach ("do not know if the shooting that left
    two men dead is connected", "did not go outside and died in his house")."""
    found = {token.i}
    current = token
    while current.head.i != current.i:
        if (
            current.dep_ in ("relcl", "advcl", "parataxis", "acl")
            or (current.dep_ == "ccomp" and _embedded_question(current))
            or (
                current.dep_ == "conj"
                and coarse_pos(current) == "VERB"
                and not (_negated(current.head) and _shares_the_negation(current))
            )
        ):
            break
        current = current.head
        found.add(current.i)
    return found


def _shares_the_negation(verb: Token) -> bool:
    """A conjoined verb with no subject, auxiliary or negation of its own that its head's
    "not" governs too: after "or" ("did not shoot or beat the protesters"), in the base form
    after "did not", or after an active "had not" ("had not attacked and looted the
    village"); "did not go outside and died" tells the death as done."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children):
        return False
    head = verb.head
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return True
    helpers = {_lemma(c) for c in head.children if c.dep_ in ("aux", "auxpass")}
    if "do" in helpers:
        return verb.lower_ == _lemma(verb)
    return "have" in helpers and not any(c.dep_ == "auxpass" for c in head.children)


def _known_beside_denied_noun(token: Token) -> bool:
    """A known event ("this raid", "the arrests") that a noun denied with "no" is for or of:
    "there was no court order for this raid" denies the order, not the raid."""
    if not _definite_noun(token):
        return False
    current = token
    while current.dep_ in ("pobj", "prep") and current.head.i != current.i:
        current = current.head
        if current.tag_.startswith("NN"):
            return any(c.dep_ == "det" and c.lower_ == "no" for c in current.children)
    return False


def _asserted_beside_denial(token: Token, content: Any) -> bool:
    """A sentence without a word of denial, in a quotation of several sentences whose stance
    is a denial: "No one was killed by our officers. We used tear gas only." (the tear gas
    is his own account, not denied)."""
    sentence = token.sent
    if content.start >= sentence.start_char and content.end <= sentence.end_char:
        return False  # one sentence: its denial is the trigger's
    # a word of denial is a negated verb or noun ("No one was killed", "we never fired")
    return not any(
        _negated(t) or _lemma(t) == "deny" for t in sentence if content.start <= t.idx < content.end
    )


def _said_of_seized_goods(token: Token) -> bool:
    """ "We recovered weapons that were stolen", "the seized weapons had been stolen": where
    seized goods came from rests on the word of those who seized them."""
    goods = [c for c in token.children if c.dep_ == "nsubjpass"]
    if token.dep_ in ("relcl", "acl"):
        goods.append(token.head)
    for noun in list(goods):  # "some of the seized weapons"
        goods.extend(p for c in noun.children if c.dep_ == "prep" for p in c.children)
    return any(
        (noun.dep_ == "dobj" and _lemma(noun.head) in SEIZE_LEMMAS)
        or any(c.dep_ in ("amod", "acl") and _lemma(c) in SEIZE_LEMMAS for c in noun.children)
        for noun in goods
    )


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubjpass", "nsubj", "dobj") and (
            child.lower_ in ("nobody", "none", "no-one")
            or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
        ):
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


# Verbs after which a "to" infinitive did happen ("managed to escape", "began to loot").
REALISING_VERBS = _words("realising_verbs")
# verbs by which someone does or brings about an act ("engineered the riots", "carried out the
# attack", "planted the bomb"): an accusation through them is of the act; through another verb
# ("failed to control the riots", "ignored the attack") it is of what was done about a known act
PERPETRATING_VERBS = _words("perpetrating_verbs") | LIGHT_VERBS
# Verbs of motion whose "to" infinitive is a purpose ("had gone to arrest him") unless "on"
# makes it the next act ("went on to kill").
MOTION_VERBS = _words("motion_verbs")


def _to_infinitive(verb: Token) -> bool:
    """A verb with its "to": "to arrest"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _unrealised_infinitive(token: Token) -> bool:
    """ "orders to arrest", "urged him to take steps to arrest", "deployed to prevent":
    a "to" infinitive names an aim, not an act, unless its verb says it was carried out."""
    if not _to_infinitive(token):
        return False
    head = _lemma(token.head)
    if head in MOTION_VERBS:
        return not any(c.dep_ == "prt" and c.lower_ == "on" for c in token.head.children)
    # "alleged to have shot", "said to have killed": the claim verb decides, not the "to"
    return head not in REALISING_VERBS and head not in ALLEGE_WORDS and head not in SAY_WORDS


def _failed_infinitive(token: Token) -> bool:
    """ "were unable to arrest", "failed to arrest", "have not been able to arrest": the act
    a "to" infinitive names was tried and not done, denied ("failed to prevent rioting" is
    the prevention's, which a preventing head decides)."""
    if not _to_infinitive(token):
        return False
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if _lemma(head) in FAILING_HEADS:
        return not _negated(head)  # "did not fail to arrest" did arrest
    # "not able to": the negation on "able" or on the "be" it is the complement of
    return _lemma(head) == "able" and (
        _negated(head) or (head.dep_ == "acomp" and _negated(head.head))
    )


# "cannot" / "can't": what someone is not able to do, not an act denied ("they cannot arrest
# the love of the people"); "could not be arrested" did not happen, and stays a denial
_PRESENT_ABILITY = frozenset({"can", "ca"})


def _allegation_denied(word: Token) -> bool:
    """An allegation noun that is what a denial denies: "rejected claims that officers had
    beaten the detainees", "dismissed allegations of torture"."""
    return (
        coarse_pos(word) == "NOUN"
        and word.dep_ in ("dobj", "nsubjpass")
        and _lemma(word.head) in DENY_WORDS
    )


def _dates_the_clause(token: Token) -> bool:
    """ "denied that he had been in custody before the encounter": an event a definite noun
    dates the clause by, which is not what the clause's speaker denies or alleges."""
    return (
        token.dep_ == "pobj" and token.head.lower_ in DATING_PREPOSITIONS and _definite_noun(token)
    )


def _definite_noun(token: Token) -> bool:
    """ "the shooting", "this raid": an event the sentence presupposes (the object of a light
    verb names the act itself: "will hold the march"; a possessive may not be done yet: "a
    warrant for his arrest")."""
    token = _phrase_head(token)  # a phrase's first word: "last week's suicide bombing"
    if coarse_pos(token) != "NOUN":
        return False
    if token.dep_ == "dobj" and _lemma(token.head) in LIGHT_VERBS:
        return False
    return _day_possessed(token) or any(
        c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in token.children
    )


def _denied_by_no_evidence(token: Token) -> bool:
    """ "no evidence that this was a terrorist attack", "no sign of a struggle": the trigger is
    what a negated evidence noun would show (its clause's verb or predicate, or its object)."""
    clause = token.head if token.dep_ in ("attr", "acomp") else token
    holders = [clause.head] if clause.dep_ in ("acl", "ccomp", "advcl") else []
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        holders.append(token.head.head)
    return any(_lemma(h) in EVIDENCE_NOUNS and _negated(h) for h in holders)


# predicates that, negated on an event as subject, say it did not happen as the cause of
# something ("this time riots were not to be blamed", "the riots were not the cause")
CULPRIT_PREDICATES = _words("culprit_predicates")


def _not_to_blame(token: Token) -> bool:
    """The trigger is the subject of a negated predicate of blame or cause: "riots were not to
    be blamed" (the day's disruption had another cause; the riots are denied as it)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    predicates = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr"))]
    return any(
        _lemma(p) in CULPRIT_PREDICATES and (_negated(p) or _negated(verb)) for p in predicates
    )


def _possible_kind(token: Token, child: Token) -> bool:
    """ "a possible accidental shooting": "possible" hedges the adjective after it (the kind of
    an event that happened), not the event ("possible police inaction" stays hypothetical)."""
    return child.lower_ in ("possible", "potential") and any(
        c.dep_ == "amod" and child.i < c.i < token.i for c in token.children
    )


def _asked_for(head: Token, came_from: Token, token: Token) -> bool:
    """ "demanded the arrest of", "called for the bandh": the trigger is what the head asks
    for, by the parse or, when the parse goes astray, by the words between them."""
    if came_from.i == token.i or (came_from.lower_ == "for" and token.head.i == came_from.i):
        return True
    between = token.doc[head.i + 1 : token.i]
    return head.i < token.i and all(t.pos_ in ("DET", "ADJ") or t.lower_ == "for" for t in between)


def _calling_for(call: Token, called: Token) -> bool:
    """ "called for a strike", "called on them to visit", "called a strike": a call for what
    is not done yet; not "calling the shooting accidental", a name for what was."""
    if called.lower_ == "for" or _to_infinitive(called):
        return True
    return called.dep_ == "dobj" and not any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in call.children
        if c.i != called.i
    )


# What a reward is offered for: "information leading to an arrest", "tips that lead to arrests"
TIP_NOUNS = _words("tip_nouns")
_NOT_PAST = frozenset({"VBG", "VB", "VBP", "VBZ"})


def _reward_sought(token: Token) -> bool:
    """An arrest that tips are sought to bring about ("information leading to an arrest"),
    not one that "information that led to the arrest" brought."""
    to = token.head
    lead = to.head
    return (
        token.dep_ == "pobj"
        and to.lower_ == "to"
        and _lemma(lead) == "lead"
        and lead.tag_ in _NOT_PAST
        and lead.dep_ in ("acl", "relcl")
        and _lemma(lead.head) in TIP_NOUNS
    )


def _wanted_by_the_law(verb: Token) -> bool:
    """ "A man wanted in a dozen cases was shot dead": sought by the police, no one's wish,
    whatever the parse makes of the clause after it."""
    return (
        verb.lower_ == "wanted"
        and not any(c.dep_ in ("xcomp", "dobj") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in WANTED_FOR_WORDS for c in verb.children)
    )


_PRESENT = frozenset({"VBP", "VBZ"})
_SPECIFYING_DEPS = frozenset({"det", "poss", "nummod"})


def _kind_in_general(token: Token) -> bool:
    """A kind of event, not one that happened: a bare plural subject of a present copula or
    passive ("riots are always engineered", "shootings are rare"), not one reported ("clashes
    are reported from the old city") or counted ("two shootings are ...")."""
    if token.tag_ != "NNS" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in _SPECIFYING_DEPS for c in token.children):
        return False
    head = token.head
    if _lemma(head) == "be":
        return head.tag_ in _PRESENT and any(c.dep_ == "acomp" for c in head.children)
    return (
        head.tag_ == "VBN"
        and _lemma(head) not in SAY_WORDS
        and any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in head.children)
    )


# Nouns of what is thought or said of a kind of act ("criticism for drone strikes"): a bare
# plural after them is the kind, not acts of the report's day.
OPINION_NOUNS = _words("opinion_nouns")


def _kind_opined_on(token: Token) -> bool:
    """A bare plural after a noun of opinion and its preposition ("has come under criticism
    for drone strikes", "concern over air strikes"): the kind of act, not one that happened;
    not one determined or counted ("criticism for the strike", "for two strikes")."""
    token = _phrase_head(token)
    if token.tag_ != "NNS" or token.dep_ != "pobj":
        return False
    if any(c.dep_ in _SPECIFYING_DEPS for c in token.children):
        return False
    return token.head.head.lemma_.lower() in OPINION_NOUNS and token.head.head.pos_ == "NOUN"


def _phrase_of(first: Token, second: Token) -> bool:
    """The two words are one trigger phrase ("lathi charge": the police's, no charge laid)."""
    _, phrases = trigger_lexicon()
    words = (_lemma(first), _lemma(second))
    return any(entry.words == words for entry in phrases.get(words[0], ()))


def _still_to_be_held(token: Token) -> bool:
    """An event, or the meeting it names, that is "to be held" ("a protest meeting to be held
    on Sunday", "the rally to be organised tomorrow"): announced, not yet done."""
    nouns = [token]
    if token.dep_ in ("compound", "nmod"):
        nouns.append(token.head)
    return any(
        clause.dep_ in ("acl", "relcl")
        and _to_infinitive(clause)
        and any(c.dep_ == "auxpass" for c in clause.children)
        for noun in nouns
        if coarse_pos(noun) == "NOUN"
        for clause in noun.children
    )


# "may have shot himself": a guess at what was done in what happened, unlike the "could have"
# of what did not happen ("could have been killed")
GUESSING_MODALS = frozenset({"may", "might"})


def _guess_at_the_past(verb: Token, modal: Token) -> bool:
    return modal.lower_ in GUESSING_MODALS and any(
        c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in verb.children
    )


def _embedded_question(clause: Token) -> bool:
    """A clause that "whether" or "if" marks as what a verb or adjective asks or leaves open
    ("did not say whether ...", "unclear if ..."), not a condition; or one a question word
    opens ("cannot understand how the clashes went on", "did not say why officers fired",
    "did not say how many were killed"): what it asks about is taken as done. Under a verb
    of denying the question word opens what is denied ("denied what witnesses described as
    an attack"): nobody denies a question."""
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return True
    first = clause.left_edge
    return (
        first.tag_ in QUESTION_TAGS
        and first.lower_ not in ("that", "which")
        and _lemma(clause.head) not in DENY_WORDS
    )


def _existential(verb: Token) -> bool:
    """ "there is", "there might be": the verb's subject is an expletive "there"."""
    return any(c.dep_ == "expl" for c in verb.children)


def _semicolon_between(token: Token, head: Token) -> bool:
    """A ";" between a clause and the word it hangs from: two sentences the parse joined."""
    low, high = sorted((token.i, head.i))
    return any(t.text == ";" for t in token.doc[low + 1 : high])


_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _main_verb_under_gerund(clause: Token) -> bool:
    """A finite clause the parse hung as the complement of a gerund that is no verb of saying
    ("two women accused of hiding him have been held": the sentence's own verb, its subject
    taken for the gerund's object); a gerund takes no tensed clause but what is said."""
    gerund = clause.head
    return (
        clause.dep_ == "ccomp"
        and gerund.tag_ == "VBG"
        and gerund.dep_ == "pcomp"
        and _lemma(gerund) not in SAY_WORDS
        and not any(c.dep_ == "mark" for c in clause.children)
        # a tense of its own: a finite verb, or a perfect's "have" (tagged as the gerund's
        # bare infinitive when the parse goes astray: "him have been arrested")
        and (
            clause.tag_ in _FINITE
            or any(
                c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE or _lemma(c) == "have")
                for c in clause.children
            )
        )
    )


def _names_the_act(token: Token, noun: Token) -> bool:
    """The noun the trigger is compounded on is the act a light verb names ("will observe a
    protest day", "will hold a protest rally"), or the victims an adjective trigger tells
    without a determiner ("they will collect only dead bodies"): a modal over that verb is
    the trigger's own. ("will bury the dead bodies": the deaths are known.)"""
    if token.head.i != noun.i or noun.dep_ != "dobj":
        return False
    if token.dep_ == "amod":
        return not any(c.dep_ in ("det", "poss") for c in noun.children)
    return token.dep_ == "compound" and _lemma(noun.head) in LIGHT_VERBS


def _in_protest(token: Token) -> bool:
    """The words "in protest" name the act it hangs on as the protest ("would keep shops closed in
    protest"): a modal over that act is the protest's own, whatever nouns lie between."""
    return token.lower_ == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in"


CONDITION_NOUNS = _words("condition_nouns")


def _in_case_of(token: Token) -> bool:
    """ "steps to take in case of an attack", "in the event of a riot": the act is a
    condition, one that may come, not one that happened."""
    of = token.head
    noun = of.head
    if token.dep_ != "pobj" or of.lower_ != "of" or noun.lower_ not in CONDITION_NOUNS:
        return False
    # by the words before, as the parse may hang "in" on the verb ("take in case of")
    before = [t.lower_ for t in token.doc[max(noun.i - 2, 0) : noun.i]]
    return before[-1:] == ["in"] or before == ["in", "the"]


def _syntactic_modality(token: Token, violent: bool = False) -> str:
    """Modality from the words governing the trigger, walking up to the clause root.
    `violent`: the trigger names violence, which a definite noun presupposes even under a
    modal ("will investigate the shooting"); an arrest or a remand may still be undone."""
    if _negated(token):
        if any(c.dep_ == "aux" and c.lower_ in _PRESENT_ABILITY for c in token.children):
            return Modality.HYPOTHETICAL.value
        # "there should be no riots", "no one will be arrested": not yet, not denied
        holders = [token, token.head] if token.dep_ in ("attr", "nsubj", "dobj") else [token]
        if any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_MODALS
            for holder in holders
            for c in holder.children
        ):
            return Modality.HYPOTHETICAL.value
        return Modality.DENIED.value
    if _denied_by_no_evidence(token) or _not_to_blame(token) or _failed_infinitive(token):
        return Modality.DENIED.value
    if (
        _unrealised_infinitive(token)
        or _reward_sought(token)
        or _kind_in_general(token)
        or _kind_opined_on(token)
        or _still_to_be_held(token)
        or _in_case_of(token)
    ):
        return Modality.HYPOTHETICAL.value
    presupposed = _definite_noun(token)
    known_violence = presupposed and violent
    dating = _dates_the_clause(token)
    current = token
    came_by = ""
    came_from = token
    through_noun = False  # a modal beyond another noun is that noun's ("will hold a hearing")
    for _ in range(8):
        lemma = _lemma(current)
        if current is not token and _aspect_of_the_act(current, came_by, came_from):
            break
        if current is not token and not dating:
            if lemma in DENY_WORDS:
                return Modality.DENIED.value
            if (
                lemma in ALLEGE_WORDS
                and lemma not in CONFESSION_VERBS
                and _known_under_accusation(token)
            ):
                break  # "alleged the government failed to control the riots": known riots
            if (
                (
                    lemma in ALLEGE_WORDS
                    # what the charge names, not who is charged ("57 people arrested had been
                    # charged with looting")
                    or (
                        lemma in CHARGE_WORDS
                        and not presupposed
                        # "a murder charge" names its crime as "charged with murder" does
                        and (
                            came_from.lower_ in CHARGE_LINKS
                            or (came_by == "compound" and not _phrase_of(token, current))
                        )
                    )
                )
                and came_by != "nsubj"
                # "Suspect identified in clinic shooting": the person, not a suspicion
                and not (lemma == "suspect" and current.pos_ in ("NOUN", "PROPN"))
                and not listed_suspect(current)  # "Millbrook deputy, suspect wounded"
            ):
                if _allegation_denied(current):
                    return Modality.DENIED.value
                # "could face charges of murder", "expected to be charged with murder": the
                # charge is to come, the murder it names is an accusation already
                return Modality.ALLEGED.value
            if not presupposed and _booked_for(current, came_by):
                return Modality.ALLEGED.value
            # "due to riots", "because of the shooting": a cause happened
            if current.lower_ in ("to", "of") and current.nbor(-1).lower_ in CAUSE_WORDS:
                return Modality.OCCURRED.value
            if _before_a_done_act(current, came_by):
                return Modality.OCCURRED.value
            if _wanted_by_the_law(current):
                if came_by == "prep" and came_from.lower_ in WANTED_FOR_WORDS:
                    # "wanted on eight counts of aggravated assault": what he is sought for
                    return Modality.ALLEGED.value
            elif (
                lemma in HYPOTHETICAL_HEADS
                and came_by in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "amod")
                and not (
                    presupposed
                    and lemma not in PREVENTING_HEADS
                    # "there was no court order for this raid": the raid was done unasked
                    and (not _asked_for(current, came_from, token) or _negated(current))
                )
                and (lemma != "call" or _calling_for(current, came_from))
            ):
                if lemma in PREVENTING_HEADS and _lemma(current.head) in FAILING_HEADS:
                    return Modality.OCCURRED.value  # "failed to prevent rioting"
                return Modality.HYPOTHETICAL.value
        for child in current.children:
            word = child.lower_
            if (
                child.dep_ in ("aux", "auxpass")
                and word in MODALS
                and not _guess_at_the_past(current, child)
                and (
                    current is token
                    or (
                        not through_noun
                        and not known_violence
                        # "compound": a verb parsed as a noun's ("would court arrest")
                        and (
                            came_by
                            in ("conj", "xcomp", "ccomp", "dobj", "prep", "pobj", "compound")
                            # "more arrests could be made": the light verb's subject is the act
                            or (came_by == "nsubjpass" and lemma in LIGHT_VERBS)
                            # "there might be an attack": what a modal "there be" says may be
                            or (came_by == "attr" and lemma == "be" and _existential(current))
                            # "would keep their shops closed [oprd] in protest"
                            or _in_protest(token)
                        )
                    )
                )
            ):
                return Modality.HYPOTHETICAL.value
            if (
                child.dep_ == "mark"
                and word in CONDITIONAL_MARKS
                and (current is token or not presupposed)
            ):
                return Modality.HYPOTHETICAL.value
            if (
                child.dep_ in ("advmod", "amod")
                and word in ALLEGING_MODIFIERS
                and (current is token or _lemma(current) not in PART_NOUNS)
                # "suspected militants killed in an encounter": who they are is suspected
                and not (came_by == "acl" and came_from.tag_ == "VBN")
            ):
                return Modality.ALLEGED.value
            if (
                child.dep_ in ("amod",)
                and word
                in (
                    "planned",
                    "possible",
                    "potential",
                    "threatened",
                    "feared",
                    "future",
                )
                and not _possible_kind(current, child)
            ):
                return Modality.HYPOTHETICAL.value
        if (
            current is not token
            and current.dep_ != "conj"
            and _negated(current)
            and (came_by in ("xcomp", "ccomp", "dobj"))
        ):
            if presupposed and not _object_of(token, current):
                # "did not believe the shooting was linked to the feud", "have not found the
                # rifle used in the shooting": what is denied is said of a known event
                break
            return Modality.DENIED.value
        if current.dep_ in ("ROOT",) or current.head.i == current.i:
            break
        came_by = current.dep_
        came_from = current
        if (
            current is not token
            and coarse_pos(current) == "NOUN"
            and not _names_the_act(token, current)
            and not _in_protest(token)
        ):
            through_noun = True
        if came_by in ("advcl", "relcl", "parataxis"):
            break  # another clause: its modality is its own
        if came_by == "ccomp" and _embedded_question(current):
            # "police did not say whether the shooting was gang-related", "it is not clear if
            # the two shootings are linked": a question asked of the event; the negation or
            # modal of the verb asking it denies or defers nothing of it; a modal of its own
            # still defers it ("would not say when the raid will take place")
            if not known_violence and any(
                c.dep_ == "aux" and c.lower_ in MODALS and not _guess_at_the_past(current, c)
                for c in current.children
            ):
                return Modality.HYPOTHETICAL.value
            break
        if came_by in CLAUSE_LINKS and _semicolon_between(current, current.head):
            break  # "has serious injuries; the other is expected to survive": parsed as one
        if _main_verb_under_gerund(current):
            break  # "women accused of hiding him have been arrested": the arrest is told
        current = current.head
    return Modality.OCCURRED.value


def _aspect_of_the_act(noun: Token, came_by: str, came_from: Token) -> bool:
    """The walk up from a trigger reached a noun of one of its aspects by "of" ("for",
    "behind"), a compound or a possessive ("disputed the manner of the killings", "have not released
    the names of the shooting victims", "would not give the shooting's motive"): what governs
    that noun is said of the aspect; the act itself is told as known."""
    if coarse_pos(noun) != "NOUN" or _lemma(noun) not in ASPECT_NOUNS:
        return False
    if _lemma(noun) in COUNTING_ASPECT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return False  # "denied carrying out a number of air strikes": the strikes counted
    return came_by in ("compound", "poss") or (
        came_by == "prep" and came_from.lower_ in ASPECT_LINKS
    )


def _object_of(token: Token, verb: Token) -> bool:
    """The trigger's phrase is the verb's own object ("did not confirm the attack"), or the
    subject of the clause it takes that says only that the act happened ("did not believe
    the attack happened", "do not think the shooting took place")."""
    phrase = _phrase_head(token)
    if phrase.head.i == verb.i and phrase.dep_ in ("dobj", "nsubjpass", "attr"):
        return True
    clause = phrase.head
    return (
        phrase.dep_ == "nsubj"
        and clause.head.i == verb.i
        and clause.dep_ == "ccomp"
        and (
            _lemma(clause) in OCCUR_VERBS
            or (_lemma(clause) == "take" and any(_lemma(c) == "place" for c in clause.children))
        )
    )


def _known_beyond_negation(token: Token, claim: ClaimFound) -> bool:
    """A definite noun ("the shooting", "the two riots") inside a denial said with a plain
    verb, where the negated verb over it takes another object or a clause: "police said they do
    not believe the attack was random" denies what is said of the attack, which is known. (A
    verb of denying as the cue still denies: "denied that the raid took place".)"""
    if not _definite_noun(token):
        return False
    doc = token.doc
    if any(_lemma(t) in DENY_WORDS for t in doc.char_span(claim.cue.start, claim.cue.end) or ()):
        return False
    said = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
    governing = {a.i for a in _phrase_head(token).ancestors}
    verbs = [v for v in negated_verbs(list(said)) if v.i in governing] if said is not None else []
    return bool(verbs) and not any(
        _object_of(token, v) or _phrase_head(token).head.i == v.i for v in verbs
    )


def _under_an_aspect(token: Token) -> bool:
    """The trigger names the act whose aspect a noun above it is, through nouns and "of"
    alone: "disputed the toll and the manner of the killings" disputes the figures and the
    manner, not that people were killed."""
    current = token
    for _ in range(4):
        if current.dep_ in ("compound", "poss"):
            came_by, came_from, noun = current.dep_, current, current.head
        elif current.dep_ in ("pobj", "pcomp") and current.head.lower_ in ASPECT_LINKS:
            came_by, came_from, noun = "prep", current.head, current.head.head
        else:
            return False
        if _aspect_of_the_act(noun, came_by, came_from):
            return True
        current = noun
    return False


# "exams were postponed following the riots", "the march was called off after the
# shooting": what a preposition of sequence puts before a done act came first
AFTER_WORDS = _words("after_words")


def _before_a_done_act(word: Token, came_by: str) -> bool:
    """`word` is "after" or "following" with the trigger for object, hung on a verb told as
    done, past and without a modal: the act it hangs on (a postponement, a ban, an order)
    is what was put off or asked for, not the trigger's event, which came before it."""
    verb = word.head
    return (
        word.lower_ in AFTER_WORDS
        and came_by in ("pobj", "dobj")
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children)
    )


TALLY_WORDS = _words("tally_words")
PERIOD_WORDS = _words("period_words")
HABITUAL_WORDS = _words("habitual_words")


COUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _counts_people(token: Token) -> bool:
    """True when the clause of `token` gives a number of people or acts ("40 were killed",
    "arrested hundreds", a headline's "6 Wounded", "40 have been killed in police firing")."""
    holders = [token, *itertools.islice(token.ancestors, 3)]  # the clause's verb too
    words = [*holders, *(c for h in holders for c in h.children if c.dep_ in COUNTED_DEPS)]
    return any(
        w.like_num
        or w.lower_ in VAGUE_COUNTS
        or any(c.dep_ == "nummod" or c.lower_ in VAGUE_COUNTS for c in w.children)
        for w in words
    )


def _is_tally(token: Token) -> bool:
    """A count over a period rather than one incident: "165 people were killed this year",
    "have died so far", "killed since January", "murdered annually", "wounded in the first 50
    days of the year, 19 have been fatally wounded" (the same verb's other clause too)."""
    if _counts_a_period(token) or _counted_incidents(token) or _done_for_years(token):
        return True
    # "80 have been wounded in the first 50 days of the year, 19 have been fatally wounded"
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "conj")]
    if token.dep_ in ("ccomp", "conj"):
        clauses.append(token.head)
    return any(c.lemma_ == token.lemma_ and _counts_a_period(c) for c in clauses)


def _done_for_years(token: Token) -> bool:
    """Acts in the present perfect "for years" (or decades): a group's long-running conduct,
    many incidents, none of them the story's ("fighters have attacked soldiers in the division
    for years, and have kidnapped teachers"; the kidnapping, joined to a shooting told before
    it, had typed that shooting an abduction). A conjunct shares its verb's span."""
    verbs = [token, token.head] if token.dep_ == "conj" else [token]
    return all(_present_perfect(v) for v in verbs) and any(
        child.dep_ == "prep"
        and child.lower_ == "for"
        and any(c.dep_ == "pobj" and c.lower_ in LONG_SPANS for c in child.children)
        for verb in verbs
        for child in verb.children
    )


def _present_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


# A long-running war whose toll counts many incidents: "the conflict has killed 6,000", no
# event of the story's (nor one to link: its day and place would be the story's).
WAR_NOUNS = _words("war_nouns")


def _war_toll(token: Token) -> bool:
    """A verb of harm in the present perfect whose subject is a war ("the conflict has killed
    more than 6,000 people") or that tells its dead "in" one ("have been killed in the
    insurgency"): the war's toll, not an incident's ("the clash killed 14" is one)."""
    if _lemma(token) not in HARM_LEMMAS or not any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children
    ):
        return False
    for child in token.children:
        if child.dep_ == "nsubj" and _lemma(child) in WAR_NOUNS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during")
            and any(c.dep_ == "pobj" and _lemma(c) in WAR_NOUNS for c in child.children)
        ):
            return True
    return False


SPAN_WORDS = _words("span_words")
TALLY_COUNT = 3  # "3,165 shooting incidents": many incidents counted, none of them told
# Nouns whose count is of victims, one incident's as well as many.
VICTIM_NOUNS = _words("victim_nouns")


def _counted_incidents(token: Token) -> bool:
    """A plural event noun, or the plural noun it qualifies ("shooting incidents"), counted by
    a number of at least TALLY_COUNT."""
    entry = _lookup(token)
    if entry is None or entry.pos == "VERB" or entry.words[0] in HARM_LEMMAS | VICTIM_NOUNS:
        return False  # "Family of four dies", "the three killings": people, not incidents
    noun = token.head if token.dep_ == "compound" else token
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "nummod" and (number_value(c) or 0) >= TALLY_COUNT for c in noun.children)


def _is_arrest(token: Token) -> bool:
    entry = _lookup(token)
    return entry is not None and entry.cls == "arrest"


def _one_call(token: Token) -> bool:
    """A protest or stoppage called across the country is one event ("nationwide protests",
    "a statewide strike"), not a count of many."""
    entry = _lookup(token)
    return entry is not None and entry.cls == "protest"


def _counts_a_period(token: Token) -> bool:
    for child in token.children:
        word = child.lower_
        if word in TALLY_WORDS and not _one_call(token):
            return True
        # "has been attacked repeatedly": acts over time; "was stabbed repeatedly" is one
        if word in HABITUAL_WORDS and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children
        ):
            return True
        if word in PERIOD_WORDS and any(
            c.lower_ in ("this", "last", "each", "every", "per", "past") for c in child.children
        ):
            return True
        # "have died so far"; not "no one has been arrested so far", this incident's none,
        # nor "police have so far arrested 28 in the case": arrests so far are a case's
        # progress, the report's news, not a count of incidents over a period
        if word == "far" and any(c.lower_ == "so" for c in child.children):
            if _is_arrest(token) and not any(c.lower_ in PERIOD_WORDS for c in child.subtree):
                continue  # (but "so far this year" still counts a period)
            return not _negated(token)
        if child.dep_ == "prep" and word in ("so", "this"):
            return True
        # "40 killed since January"; not "doctors have been on strike since Monday", one
        # stoppage going on
        # (a bare "since", "two of the wounded had died since", is since the incident told)
        if (
            child.dep_ == "prep"
            and word == "since"
            and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
            and _counts_people(token)
        ):
            return True
        if (
            child.dep_ == "prep"
            and word in ("in", "during", "over")
            and any(c.lower_ in PERIOD_WORDS or _YEAR.match(c.lower_) for c in child.children)
        ):
            return True
        # "in the first 41 days of 2017", "over the past 30 days"
        if child.dep_ == "prep" and word in ("in", "during", "over"):
            for span in child.children:
                if span.lower_ in SPAN_WORDS and any(
                    c.lower_ in ("first", "past", "last", "previous") for c in span.children
                ):
                    return True
    return False


# Spans that hold many past incidents of a kind: "a half century of riots", "decades of
# violence" (not "two months of clashes", which may be the story's own)
LONG_SPANS = _words("long_spans")


def _over_a_span(token: Token) -> bool:
    of = token.head
    return (
        coarse_pos(token) == "NOUN"
        and token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in LONG_SPANS
    )


# Runs of incidents the story's is one of: "the latest in a string of killings"
SERIES_NOUNS = _words("series_nouns")


def _latest_of_a_series(token: Token) -> bool:
    """A plural event noun of a run the story's incident is the latest (or the third ...) in:
    "the latest in a string of killings" are the earlier ones, told together, not this one."""
    of = token.head
    if token.tag_ not in ("NNS", "NNPS") or token.dep_ != "pobj" or of.lower_ != "of":
        return False
    run = of.head
    within = run.head
    return (
        run.lower_ in SERIES_NOUNS
        and run.dep_ == "pobj"
        and within.lower_ == "in"
        and (within.head.tag_ == "JJS" or within.head.ent_type_ == "ORDINAL")
    )


def _is_reference(
    token: Token, times: Sequence[tuple[Any, Token]], published: dt.date | None
) -> bool:
    """True when the trigger names an earlier incident."""
    if _over_a_span(token) or _latest_of_a_series(token):
        return True
    near = {token.i, token.head.i}
    if token.dep_ == "pobj":
        near.add(token.head.head.i)  # "detained in the raid last month": the raid's time too
    # "peaked in 2009, with 61 officers shot dead": "with" (and "dead" beside "shot") takes
    # the time of the clause it hangs on
    absolute = token if token.dep_ == "pcomp" else token.head
    if absolute.dep_ == "pcomp" and absolute.head.lower_ == "with":
        near.add(absolute.head.head.i)
    noun = coarse_pos(token) == "NOUN"
    told = {t.i for t in token.subtree} if noun and times else set()
    for time, root in times:
        # a noun's own clause dates it too: "each shooting where four died ... since 1966"
        if root.i in near or root.head.i in near or root.head.head.i in near or root.i in told:
            end = getattr(time, "end_date", None) or getattr(time, "start_date", None)
            if end is None or published is None:
                continue
            if end < published - REFERENCE_AGE:
                return True
            if end < published and getattr(time, "precision", None) in ("month", "year"):
                return True  # "last month", "last year": a whole period before the story
    if not noun and (_years_ago(token) or _weeks_ago_on_a_day(token)):
        return True  # "Two years ago 14-year-old Ana Ruiz was killed", however far before
    for child in token.subtree if noun else token.children:
        if child.i > token.i + 6 or child.i < token.i - 6:
            continue
        word = child.lower_
        if _YEAR.match(word) and (published is None or int(word) < published.year):
            return True
        if word == "ago" and any(c.lower_ in PERIOD_WORDS for c in child.children):
            return True  # "two years ago" (but not "two days ago")
        if _span_back(child):
            return True  # "two years back", "sometime back"
        if (
            noun  # "the previous raid", "last year's raid"; a verb's "earlier" may be today
            and child is not token
            and word in REFERENCE_WORDS
            and child.dep_ in ("amod", "advmod", "npadvmod", "poss", "compound", "pobj", "prep")
            and _modifies(child, token)
            and not _within_the_present(child)
        ):
            return True
    if _is_tally(token) or _set_apart(token) or _days_before(token):
        return True
    if token.dep_ == "relcl":
        # "blocked a similar march in Kitwe, where two officials were detained": what befell
        # a place or people of an earlier incident is of that incident
        holder = next(
            (t for t in (token.head, *itertools.islice(token.head.ancestors, 3)) if _lookup(t)),
            None,
        )
        if holder is not None and _is_reference(holder, times, published):
            return True
    if _aftermath(token) or _fronted_year(token, published):
        return True
    for child in token.children:  # "arrested in 2009"
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "since"):
            for pobj in child.children:
                if _YEAR.match(pobj.lower_) and (
                    published is None or int(pobj.lower_) < published.year
                ):
                    return True
    if _years_since(token) or _since_superlative(token):
        return True
    if _arrested_over(token):
        return True
    head = token.head
    if head.dep_ == "prep":
        head = head.head
    # not "since": "since the attack on Monday" is usually the story's own attack
    return _lemma(head) in EARLIER_HEADS or any(  # "an act of retaliation for a shooting"
        prep.dep_ == "prep" and prep.lower_ == "of" and _lemma(pobj) in EARLIER_HEADS
        for prep in head.children
        for pobj in prep.children
    )


def _years_ago(verb: Token) -> bool:
    """An "ago" of months or years before the verb, in its clause ("Two years ago a girl was
    killed", "A year and a half ago 12-year-old Ana Ruiz was killed", where the parse may hang
    it on the victim's age), however far before: an earlier incident's act."""
    for word in verb.subtree:
        if word.i >= verb.i:
            return False
        if word.lower_ != "ago" or word.i < 1:
            continue
        before = word.doc[word.i - 1]
        if before.lower_ in PERIOD_WORDS:
            return True  # "two years ago"
        # "a year and a half ago"
        if before.lower_ == "half" and any(
            t.lower_ in PERIOD_WORDS for t in word.doc[max(word.i - 5, 0) : word.i - 1]
        ):
            return True
    return False


# "one week ago, on May 3rd, a boy died": the span and the deaths so dated
WEEK_SPANS = _words("week_spans")
DATED_DEATH_LEMMAS = _words("dated_death_lemmas")


def _weeks_ago_on_a_day(verb: Token) -> bool:
    """A death told a week or more ago and dated on a day of its own ("One week ago, on May
    3rd, a boy died after ..."): an earlier incident's, not the story's victim dying later
    (who "died a week after he was shot")."""
    ago = any(
        child.lower_ == "ago" and any(c.lower_ in WEEK_SPANS for c in child.children)
        for child in verb.children
    )
    dated = any(
        child.dep_ == "prep"
        and child.lower_ == "on"
        and any(
            o.ent_type_ == "DATE" and any(ch.isdigit() for ch in o.text) for o in child.children
        )
        for child in verb.children
    )
    return ago and dated and _lemma(verb) in DATED_DEATH_LEMMAS


# "back" after a span, as "ago" ("two years back", "some time back", "long back")
BACK_SPANS = _words("back_spans")
# the words "back" follows as "ago" does ("spent the weekend back home" is no span ago)
_BEFORE_BACK = (PERIOD_WORDS | BACK_SPANS) - {"weekend"}


def _span_back(word: Token) -> bool:
    """ "two years back", "sometime back": "back" after a span of time is "ago" (Indian
    English writes both); not "fired back" or "came back"."""
    return word.lower_ == "back" and word.i > 0 and word.doc[word.i - 1].lower_ in _BEFORE_BACK


def _arrested_over(token: Token) -> bool:
    """ "Police arrest three over market bombing": the arrests are the report's news, the
    bombing what they were made for, told back."""
    token = _phrase_head(token)
    if token.dep_ != "pobj" or token.head.lower_ != "over":
        return False
    holder = token.head.head
    holders = [holder, holder.head] if holder.dep_ in ("dobj", "nsubjpass") else [holder]
    # ("arrest three over ...": the parse may hang "over" on the arrested)
    return any((entry := _lookup(h)) is not None and entry.cls == "arrest" for h in holders)


# "earlier this week", "earlier today": a time within the report's own days, not before them
NEAR_PERIODS = _words("near_periods")


def _within_the_present(word: Token) -> bool:
    """The reference word places the event inside the present period ("the shooting earlier
    this week"), not before it ("earlier shootings", "the previous week")."""
    return any(
        _lemma(c) in NEAR_PERIODS
        and (c.lower_ in ("today", "tonight") or any(d.lower_ == "this" for d in c.children))
        for c in (word.head, *word.children)  # "earlier" may hang from "week" or hold it
    )


def _modifies(word: Token, noun: Token) -> bool:
    """True when `word` modifies `noun` itself or its possessor or its preposition ("last
    year's raid", "the raid last month"), not one of its arguments ("the arrest of the former
    minister")."""
    head = word.head
    if head.i == noun.i:
        return True
    if head.dep_ in ("poss", "npadvmod", "compound", "nmod") and head.head.i == noun.i:
        return True
    return head.dep_ == "pobj" and head.head.head.i == noun.i and head.head.lower_ != "of"


def _since_superlative(token: Token) -> bool:
    """ "the deadliest since a truck bomb killed 60", "the worst attack since the bombing":
    what a superlative is measured from came before."""
    clause = token if coarse_pos(token) == "VERB" else token.head
    if token.dep_ == "pobj" and token.head.lower_ == "since":
        holder = token.head.head
    elif any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
        holder = clause.head
    else:
        return False
    # the superlative on the clause's head, or on its predicate noun ("was the worst attack")
    nouns = [holder, *(c for c in holder.children if c.dep_ == "attr")]
    return any(n.tag_ == "JJS" or any(c.tag_ == "JJS" for c in n.children) for n in nouns)


def _years_since(token: Token) -> bool:
    """ "five years since the bombing", "months since the massacre": a period counted from
    an earlier incident (the parser hangs "since" on the period or on the verb)."""
    since = token.head
    if token.dep_ != "pobj" or since.lower_ != "since" or since.i == 0:
        return False
    period = token.doc[since.i - 1]
    return period.lower_ in PERIOD_WORDS and period.lower_ != "weekend"


def _aftermath(token: Token) -> bool:
    """ "riot-hit Gujarat", "relief for the riot-affected", "areas affected by riots": the event
    is what marked them."""
    doc = token.doc
    by = token.head
    # not "hit by gunfire": a person hit is the harm itself
    if token.dep_ == "pobj" and by.lower_ == "by" and by.head.lower_ in AFTERMATH_WORDS - {"hit"}:
        return True
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in AFTERMATH_WORDS
    )


def _fronted_year(token: Token, published: dt.date | None) -> bool:
    """ "In 1990, troops were not sent in until hundreds had been killed": a year opening the
    sentence dates every event in it."""
    root = token.sent.root
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during")
        and prep.i < root.i
        and any(
            _YEAR.match(p.lower_) and (published is None or int(p.lower_) < published.year)
            for p in prep.children
        )
        for prep in root.children
    )


# Spans that put a shooting told in an "after" clause days before the main clause's shooting.
DAYS_WORDS = _words("days_words")
# Violence in the main clause that makes such an earlier shooting another incident (a death
# days after a shooting is the same one's).
SHOOTING_LEMMAS = _words("shooting_lemmas")


def _days_before(token: Token) -> bool:
    """True for violence told as a span of time before the sentence's own event: "Two days
    after a woman was killed outside a bar, a man was shot on Elm Street", "The attack came
    two months after a bomb blast killed seven", "Two years after the massacre, ..."."""
    if token.dep_ == "pobj" and token.head.lower_ == "after":
        after = token.head
    else:
        # "weeks after gunmen stormed a post, killing four": the killing's clause hangs on
        # the clause that "after" marks; "days after a raid left 19 dead": the act is that
        # clause's subject
        clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
        while (after := _after_mark(clause)) is None and clause.dep_ in ("advcl", "conj"):
            if clause.head.dep_ not in ("advcl", "conj"):
                return False
            clause = clause.head
        if after is None or clause.dep_ != "advcl":
            return False
        token = clause
    spans = [c for holder in (token, after) for c in holder.children if c.dep_ == "npadvmod"]
    if after.i > 0:
        spans.append(token.doc[after.i - 1])  # "took place weeks after": the span on the verb
    if any(_long_span(span) for span in spans):
        return True  # longer ago than any follow-up of one incident's own events
    # a few days: another incident only beside the sentence's own violence (a death days
    # after a shooting is the same one's)
    if token.dep_ != "advcl" or not _violent_clause(token.head):
        return False
    for span in spans:
        if span.lower_ in DAYS_WORDS:
            return True
        if span.lower_ == "hours" and any(
            c.like_num and c.text.isdigit() and int(c.text) >= 24 for c in span.children
        ):
            return True
    return False


def _violent_clause(verb: Token) -> bool:
    """A shooting verb, or a verb whose subject is a word of violence: "The attack came a week
    after gunmen killed 11 farmers" tells the story's own attack against an earlier one."""
    return _lemma(verb) in SHOOTING_LEMMAS or any(
        c.dep_ in ("nsubj", "nsubjpass") and _lookup(c) is not None for c in verb.children
    )


def _after_mark(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)


def _long_span(span: Token) -> bool:
    """ "two months", "a year", "weeks": a span longer than a fortnight (REFERENCE_AGE)."""
    word = span.lower_
    if word in ("month", "months", "year", "years", "decade", "decades"):
        return True
    if word != "weeks":
        return False
    count = next((c for c in span.children if c.dep_ == "nummod"), None)
    return count is None or count.lower_ not in ("two", "2")


# Nouns whose object is an earlier incident: "the anniversary of the massacre", "an act of
# retaliation for a triple shooting".
EARLIER_HEADS = _words("earlier_heads")


# "not connected to Monday's shooting", "unrelated to the raid": another incident named.
LINK_WORDS = _words("link_words")
APART_WORDS = _words("apart_words")


def _set_apart(token: Token) -> bool:
    """True when the trigger is what the story's incident is said not to be linked to."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "with", "from"):
        return False
    holder = token.head.head
    if holder.lower_ in APART_WORDS:
        return True
    if _lemma(holder) not in LINK_WORDS:
        return False
    return any(_negated(t) for t in (holder, holder.head)) or any(
        c.lower_ in ("unrelated", "never") for c in holder.children
    )


# --------------------------------------------------------------------------- grouping


def _modality_group(doc: Doc, trigger: Trigger) -> str:
    """Occurred and denied mentions share an event; the others are events of their own,
    except a definite noun ("accused of the killing"), which points back to the event."""
    modality = trigger.modality
    if modality == Modality.ALLEGED.value and _is_anaphoric(doc, trigger):
        return "actual"
    if modality in (Modality.OCCURRED.value, Modality.DENIED.value):
        return "actual"
    return modality


def _event_modality(triggers: list[Trigger]) -> str:
    modalities = {t.modality for t in triggers}
    for modality in (
        Modality.OCCURRED.value,
        Modality.ALLEGED.value,
        Modality.DENIED.value,
        Modality.REFERENCE.value,
        Modality.HYPOTHETICAL.value,
    ):
        if modality in modalities:
            return modality
    return Modality.OCCURRED.value


def _is_anaphoric(doc: Doc, trigger: Trigger) -> bool:
    """A noun told back: "the attack", "this attack"."""
    token = doc[trigger.head]
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in token.children)


def _day_possessed(token: Token) -> bool:
    """A noun a day or a week owns: "Friday's attack", "last week's bombing"."""
    return coarse_pos(token) == "NOUN" and any(
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in token.children
    )


def _told_back_to(draft: EventDraft, cls: str) -> bool:
    """A definite noun of the class names the draft's event again: "the protests" the police
    fired on, "Friday's attack" or "the attack" after a bombing."""
    return (cls == "protest" and any(t.cls == cls for t in draft.triggers)) or (
        cls == "violence" and draft.cls == "explosion"
    )


def _protest_beside(trigger: Trigger, drafts: list[EventDraft], group: str) -> EventDraft | None:
    """The latest protest of the group told in the trigger's sentence or the one before."""
    for draft in reversed(drafts):
        if (
            draft.cls == "protest"
            and draft.group == group
            and any(0 <= trigger.sentence - t.sentence <= 1 for t in draft.triggers)
        ):
            return draft
    return None


# Days two dated mentions of one incident may differ by (a late-night shooting is told as of
# either day).
DAY_SLACK = 1
# Death words: a victim may die days after the shooting, so a later day does not set them apart.
DEATH_LEMMAS = _words("death_lemmas")
PENAL_DEATH_HEADS = _words("penal_death_heads")


def _another_day(doc: Doc, trigger: Trigger, draft: EventDraft) -> bool:
    """True when the trigger's own day cannot be the draft's: "Three people were shot Sunday"
    after "Wednesday's incident" is an earlier shooting told as background."""
    if not draft.days:
        return False
    days = draft.days
    if trigger.day is None:
        return _earlier_week(trigger, draft)
    # a frame names its shooting's day against the story's other days: no slack
    slack = 0 if trigger.framed else DAY_SLACK
    if any(abs(trigger.day - day) <= slack for day in days):
        return False
    if trigger.day > max(days):
        return _lemma(doc[trigger.head]) not in DEATH_LEMMAS
    # a shooting before the day someone died ("died Monday ... was shot Friday") is theirs
    later = {day for day in days if day > trigger.day}
    return not later <= draft.death_days


def _phrase_place(token: Token, places: Sequence[Any]) -> Any | None:
    """The place a preposition hangs on the word itself ("the attack in Daffo", "killed in
    Daffo") or a noun names before it ("the Daffo attack"), not one its sentence names
    elsewhere."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for child in prep.children:
            if child.dep_ != "pobj":
                continue
            for place in places:
                if place.start <= child.idx < place.end:
                    return place
    # (a name before the noun is not always found as a place there, "behind the Daffo
    # attack": a place the article names elsewhere by that word is it)
    text: str | None = None
    for word in token.children:
        if word.dep_ == "compound" and word.i < token.i and word.pos_ == "PROPN":
            if text is None:  # (Doc.text joins every word anew: only when a name is there)
                text = token.doc.text
            for place in places:
                if text[place.start : place.end] == word.text:
                    return place
    return None


def _phrase_day(doc: Doc, trigger: Trigger) -> int | None:
    """The day a noun's own modifier names: "Saturday's attack", "the attack on Saturday"."""
    token = doc[trigger.head]
    if trigger.own_time is None or coarse_pos(token) != "NOUN":
        return None
    root = trigger.own_time.root
    held = root.head.i == token.i or (root.dep_ == "pobj" and root.head.head.i == token.i)
    return trigger.day if held and root.i != token.i else None


def _same_place_name(a: Any, b: Any) -> bool:
    """Not two towns the gazetteer knows by two names: nothing on the phrases sets them apart
    (a neighbourhood and its city, a street, a name it lacks may be one place)."""
    towns = all(getattr(p, "precision", None) == "town" and p.lat is not None for p in (a, b))
    return not towns or a.name.lower() == b.name.lower()


def _phrase_day_and_place(
    doc: Doc, trigger: Trigger, places: Sequence[Any]
) -> tuple[int, Any] | None:
    """A harm noun's own day and own place, both on the phrase: "Saturday's attack in Daffo"."""
    day = _phrase_day(doc, trigger)
    place = None if day is None else _phrase_place(doc[trigger.head], places)
    return None if place is None else (day, place)


def _split_phrases(
    doc: Doc, draft: EventDraft, places: Sequence[Any], sentence: int | None = None
) -> list[tuple[int, Any]]:
    """The days and places the draft's nouns name on themselves (in `sentence`, if given)."""
    return [
        found
        for t in draft.triggers
        if sentence in (None, t.sentence) and (found := _phrase_day_and_place(doc, t, places))
    ]


def _told_apart_on_phrases(
    doc: Doc,
    trigger: Trigger,
    draft: EventDraft,
    drafts: list[EventDraft],
    places: Sequence[Any],
) -> bool:
    """True when the trigger cannot join the draft because their phrases say so: "19 died in
    Saturday's attack in Daffo and three in Sunday's attack in Richa" tells two attacks, each
    noun naming its own day and its own village (a day apart and a few kilometres apart, which
    no test of days or distances would set apart); and a harm word naming one of those villages
    ("no one died in Richa") joins that village's attack, not the other's."""
    own = _phrase_day_and_place(doc, trigger, places)
    if own is not None:
        day, place = own
        # (told in one sentence: "... in Saturday's attack in Daffo and three in Sunday's ...")
        return any(
            other_day != day and not _same_place_name(place, other_place)
            for other_day, other_place in _split_phrases(doc, draft, places, trigger.sentence)
        )
    theirs = _split_phrases(doc, draft, places)
    place = _phrase_place(doc[trigger.head], places)
    if place is None or not theirs:
        return False
    if any(_same_place_name(place, other_place) for _, other_place in theirs):
        return False
    # only where another attack so set apart is told at the harm word's own place
    return any(
        _same_place_name(place, other_place)
        for other in drafts
        if other is not draft and other.group == draft.group
        for _, other_place in _split_phrases(doc, other, places)
    )


def _earlier_week(trigger: Trigger, draft: EventDraft) -> bool:
    """True when the trigger's own week ends before every day the draft tells: "a teenager was
    killed at that corner last week" beside Tuesday's shooting is an earlier one;
    not when those days tell only a death ("shot last week, died Tuesday")."""
    end = getattr(trigger.own_week.record, "end_date", None) if trigger.own_week else None
    if end is None:
        return False
    later = {day for day in draft.days if day > end.toordinal() + DAY_SLACK}
    return later == draft.days and not later <= draft.death_days


def group_triggers(
    doc: Doc,
    triggers: list[Trigger],
    place_of: Callable[[Trigger], int | None],
    places: Sequence[Any],
    story_days: Sequence[tuple[int, Located]] = (),
) -> list[EventDraft]:
    """Events from triggers: by class and modality group, harm words joining their sentence.
    `story_days`: (token index, time) of a day told of the story's incident without a trigger
    ("Wednesday's incident"), which dates the latest violent event told before it."""
    specific: dict[int, Trigger] = {}
    by_head = {t.head: t for t in triggers}
    for trigger in triggers:
        if trigger.cls in VIOLENT_CLASSES and _lemma(doc[trigger.head]) not in HARM_LEMMAS:
            specific.setdefault(trigger.sentence, trigger)
    has_arrests = any(t.cls == "arrest" for t in triggers)
    drafts: list[EventDraft] = []
    joined: dict[int, EventDraft] = {}  # id(trigger) -> draft
    pending = sorted(story_days, key=lambda told: told[0])
    kept_apart: list[tuple[Trigger, EventDraft]] = []  # a trigger and a draft it did not join
    for trigger in triggers:
        while pending and pending[0][0] < trigger.start:
            _, item = pending.pop(0)
            told = [d for d in drafts if d.cls in VIOLENT_CLASSES and d.group == "actual"]
            if told:
                told[-1].own_times.append(item)
        cls = trigger.cls
        if cls == "raid" and has_arrests and not _armed_groups_raid(trigger):
            cls = "arrest"
        group = _modality_group(doc, trigger)
        upon = _violence_upon_protest(doc, trigger, by_head) if cls == "protest" else None
        if upon is not None and id(upon) in joined and joined[id(upon)].group == group:
            # the protest is whom the violence was used on: one event, its protesters the
            # targets ("police opened fire on students protesting against a fee rise")
            trigger.arguments = [
                (Role.ACTOR2.value, _as_protesters(m))
                for role, m in trigger.arguments
                if role == Role.ACTOR1.value
            ]
            joined[id(upon)].triggers.append(trigger)
            joined[id(trigger)] = joined[id(upon)]
            continue
        anchor = _governing_trigger(doc[trigger.head], by_head) or specific.get(trigger.sentence)
        if (
            anchor is not None
            and group == "actual"
            and _governing_trigger(doc[trigger.head], by_head) is anchor
        ):
            group = _modality_group(doc, anchor)  # "the 2012 fire, in which 250 died"
        owned = (
            anchor is not None
            and anchor is not trigger
            and _lemma(doc[trigger.head]) in HARM_LEMMAS
            and _what_a_statement_says(doc[trigger.head], doc[anchor.head])
            and _victim_told_back(doc[trigger.head])
        )
        if owned:
            # "a statement saying he had shot the reporter": the story's act told again, whose
            # victim the story's own words count; no event of its own, nor the beating's harm
            trigger.owned = True
            continue
        if (
            anchor is not None
            and anchor is not trigger
            and _lemma(doc[trigger.head]) in HARM_LEMMAS
            and id(anchor) in joined
            and _modality_group(doc, anchor) == group
        ):
            joined[id(anchor)].triggers.append(trigger)
            joined[id(trigger)] = joined[id(anchor)]
            continue
        # a hurt's place is where the hurt were taken ("with injuries to a Nashville hospital")
        place = None if _joins_only(trigger, doc) else place_of(trigger)
        target = None
        # whose violence it is splits violent events only; a definite noun points back anyway
        side = trigger.side if cls in VIOLENT_CLASSES else None
        anaphoric = _is_anaphoric(doc, trigger)
        # a day's noun names its event again too ("Friday's attack"), though its day must fit
        told_back = anaphoric or _day_possessed(doc[trigger.head])
        if cls == "arrest" and trigger.modality == Modality.DENIED.value:
            # "no arrests were made" beside a protest is the protest's, not the earlier raid's
            target = _protest_beside(trigger, drafts, group)
        for draft in reversed(drafts if target is None else ()):
            if draft.group != group:
                continue
            if not _takes_class(draft, cls) and not (told_back and _told_back_to(draft, cls)):
                continue
            if side is not None and draft.side is not None and side != draft.side:
                continue
            if not anaphoric and cls in DAY_CLASSES and _another_day(doc, trigger, draft):
                continue
            if (
                not anaphoric
                and side != draft.side
                and "state" in (side, draft.side)
                and not any(abs(t.sentence - trigger.sentence) <= 1 for t in draft.triggers)
            ):
                continue  # unattributed violence joins the state's only next to it
            if (
                place is not None
                and draft.place is not None
                and _different_towns(places[place], places[draft.place])
                and not anaphoric
            ):
                continue
            if _told_apart_on_phrases(doc, trigger, draft, drafts, places):
                kept_apart.append((trigger, draft))
                continue
            target = draft
            break
        if target is None and cls in VIOLENT_CLASSES:
            target = _same_sentence_violence(doc, trigger, drafts, group, side)
            if target is not None and _told_apart_on_phrases(doc, trigger, target, drafts, places):
                kept_apart.append((trigger, target))
                target = None
            if target is not None and CLASS_PRIORITY.index(cls) < CLASS_PRIORITY.index(target.cls):
                target.cls = cls  # "fired tear gas ... in clashes": crowd control, not a battle
        if target is None and _joins_only(trigger, doc):
            continue  # "his injuries are not life-threatening" with no shooting to join
        if target is None:
            target = EventDraft(cls=cls, group=group, place=place, side=side)
            if cls not in VIOLENT_CLASSES:
                target.side = None
            drafts.append(target)
        else:
            target.place = place if target.place is None else target.place
            target.side = side if target.side is None else target.side
        target.triggers.append(trigger)
        if trigger.own_time is not None and (day := trigger.day) is not None:
            if _lemma(doc[trigger.head]) not in DEATH_LEMMAS:
                target.death_days.discard(day)
            elif day not in target.days:
                target.death_days.add(day)
            target.own_times.append(trigger.own_time)
        joined[id(trigger)] = target
        if anchor is trigger and anchor is not None:
            # harm words of this sentence seen before the specific trigger move to it
            for draft in drafts:
                if draft is target or draft.cls != "violence" or draft.group != target.group:
                    continue  # "Man shot; not linked to Monday's shooting": not its harm
                moving = [
                    t
                    for t in draft.triggers
                    if t.sentence == trigger.sentence and _lemma(doc[t.head]) in HARM_LEMMAS
                ]
                for t in moving:
                    draft.triggers.remove(t)
                    target.triggers.append(t)
                    joined[id(t)] = target
    for trigger, draft in kept_apart:
        own = joined.get(id(trigger))
        if own is not None and own is not draft:
            own.apart_on_phrases = draft.apart_on_phrases = True
    for draft in drafts:
        draft.triggers.sort(key=lambda t: t.start)
    return [d for d in drafts if d.triggers]


def _what_a_statement_says(word: Token, anchor: Token) -> bool:
    """A harm word in what a statement or confession says that the anchor's clause does not
    ("beaten until he signed a statement saying he had shot the reporter"): the act owned to,
    the story's own, not harm done by the violence around the telling."""
    cues = cue_lemmas()
    current = word
    while current.head.i != current.i:
        head = current.head
        if head.i == anchor.i:
            return False
        noun_cue = coarse_pos(head) == "NOUN" or (
            head.dep_ == "acl" and coarse_pos(head.head) == "NOUN"
        )
        if noun_cue and _lemma(head) in cues and anchor not in head.subtree:
            return True
        current = head
    return False


def _victim_told_back(word: Token) -> bool:
    """The one a harm verb hurt is named again: "shot the reporter", "killed Ramirez"."""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.pos_ == "PROPN"
            or any(d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in c.children)
        )
        for c in word.children
    )


def _armed_groups_raid(trigger: Trigger) -> bool:
    """A raid whose doer is an armed group ("a faction that has carried out raids on police
    posts"): an attack, not an arrest operation, though the story tells of arrests."""
    return any(
        role == Role.ACTOR1.value and mention.kind in ARMED_GROUP_KINDS
        for role, mention in trigger.arguments
    )


def _told_back(doc: Doc, triggers: list[Trigger]) -> None:
    """A definite noun naming an incident of a class the story has so far told only as an
    earlier one is that incident told back: in a report of an arrest for "last week's attack",
    "he was at a wedding when the attack happened" is last week's attack, not a new one. Set
    before grouping, so the harm words of its sentence go with it ("thousands died in the
    riots" after "the recent riots")."""
    told: set[str] = set()
    referred: set[str] = set()
    back: set[int] = set()  # sentences of a trigger told back
    news: set[int] = set()  # sentences of a trigger told as news
    actual = (Modality.OCCURRED.value, Modality.DENIED.value)
    harm = [_lemma(doc[t.head]) in HARM_LEMMAS for t in triggers]
    for trigger, is_harm in zip(triggers, harm, strict=True):
        cls = "clash" if trigger.cls in ONE_FIGHT else trigger.cls
        if trigger.modality == Modality.REFERENCE.value:
            # (a run the story's incident is the latest of, "a string of killings", is many
            # incidents, none of which "the attack" tells back)
            if not _latest_of_a_series(doc[trigger.head]):
                referred.add(cls)
        elif trigger.modality in actual and not is_harm:
            if cls in referred and cls not in told and _is_anaphoric(doc, trigger):
                trigger.modality = Modality.REFERENCE.value
                back.add(trigger.sentence)
            else:
                told.add(cls)
                news.add(trigger.sentence)
    for trigger, is_harm in zip(triggers, harm, strict=True):
        if is_harm and trigger.modality in actual and trigger.sentence in back - news:
            trigger.modality = Modality.REFERENCE.value


# A shooting and the shootout it is also called ("Shootout leaves 2 dead" over "killed in a
# shooting") are one incident's words: these classes join one event, which keeps its class.
ONE_FIGHT = frozenset({"violence", "clash"})
# Which class names an event that several violent words of one sentence describe.
CLASS_PRIORITY = ("explosion", "abduction", "sexual", "force", "clash", "riot", "violence")


def _takes_class(draft: EventDraft, cls: str) -> bool:
    """A trigger of the class may join the draft: its class, one fight's other word, or an
    attack's word for a blast that began as an attack ("Toll in attack rises as rebels deny
    bombing": the headline's "bombing" made its attack an explosion, and the lead's "killed in
    Sunday's attack" is still that attack). Only there: a riot that took in a killing of its
    sentence does not take every later killing (IndiaPoliceEvents, measured)."""
    return (
        draft.cls == cls
        or {draft.cls, cls} == ONE_FIGHT
        or (
            draft.cls == "explosion"
            and cls == "violence"
            and any(t.cls == cls for t in draft.triggers)
        )
    )


def _same_sentence_violence(
    doc: Doc, trigger: Trigger, drafts: list[EventDraft], group: str, side: str | None
) -> EventDraft | None:
    """The violent event another specific violent word of the trigger's sentence opened."""
    for draft in reversed(drafts):
        if draft.group != group or draft.cls not in VIOLENT_CLASSES:
            continue
        if side is not None and draft.side is not None and side != draft.side:
            continue
        if not _is_anaphoric(doc, trigger) and _another_day(doc, trigger, draft):
            continue  # "used to justify Tuesday's killings" beside Thursday's stabbing
        if any(
            t.sentence == trigger.sentence and _lemma(doc[t.head]) not in HARM_LEMMAS
            for t in draft.triggers
        ):
            return draft
    return None


def _violence_upon_protest(
    doc: Doc, trigger: Trigger, by_head: dict[int, Trigger]
) -> Trigger | None:
    """For a protest verb that describes people ("students protesting", "marchers who were
    demonstrating"), the violent trigger those people are the object of."""
    token = doc[trigger.head]
    if token.dep_ in ("acl", "relcl") and token.head.dep_ in ("dobj", "nsubjpass", "pobj"):
        people = token.head
        governor = people.head.head if people.dep_ == "pobj" else people.head
    elif token.dep_ == "pcomp" and token.head.dep_ == "prep":
        governor = token.head.head  # "opened fire on students marching": the students' verb
    else:
        return None
    if governor.i not in by_head and governor.dep_ == "dobj":
        governor = governor.head  # "fire on" where the phrase is "opened fire"
    found = by_head.get(governor.i)
    return found if found is not None and found.cls in VIOLENT_CLASSES else None


def _as_protesters(mention: ActorMention) -> ActorMention:
    """People told as protesting are protesters ("students marching against a fare rise")."""
    if mention.kind != ActorKind.CIVILIANS.value or mention.specific:
        return mention
    return replace(mention, kind=ActorKind.PROTESTERS.value, name=PROTESTERS_NAME)


def _governing_trigger(token: Token, by_head: dict[int, Trigger]) -> Trigger | None:
    """For a harm word, the non-harm trigger it depends on ("killed in the blast", "the fire,
    in which 250 people died"), within four steps up the parse."""
    if _lemma(token) not in HARM_LEMMAS:
        return None
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ in CLAUSE_LINKS:
            return None  # "arrested two after a shopkeeper was shot": another fact
        current = current.head
        found = by_head.get(current.i)
        if found is not None and _lemma(current) not in HARM_LEMMAS:
            return found if found.cls in VIOLENT_CLASSES or coarse_pos(current) == "NOUN" else None
    return None


LINK_DEPS = frozenset({"prep", "pobj", "pcomp", "acl", "agent"})


def _linked_trigger(token: Token, by_head: dict[int, Trigger]) -> Trigger | None:
    """For a harm word, a non-harm trigger its prepositions lead to ("died after the raid",
    "wounds sustained during the raid", "no one was killed during the operation")."""
    if _lemma(token) not in HARM_LEMMAS:
        return None
    frontier = [c for c in token.children if c.dep_ == "prep"]
    for _ in range(6):
        following = []
        for node in frontier:
            found = by_head.get(node.i)
            if found is not None and _lemma(node) not in HARM_LEMMAS:
                return found
            following.extend(c for c in node.children if c.dep_ in LINK_DEPS)
        frontier = following
    return None


def _tells_incident(doc: Doc, trigger: Trigger) -> bool:
    """The trigger tells an incident as a clause of its own: "four were killed", "police
    arrested 17", "no one was hurt" (not one it names: "the riots", "riot victims", nor an act
    said not done: "for not arresting the leaders")."""
    token = doc[trigger.head]
    return (
        trigger.cls in TELLING_CLASSES
        and (
            coarse_pos(token) != "NOUN"
            or _passive_as_noun(token)  # "Mother critical after shot in the head by child"
            or _lemma(token) in HARM_LEMMAS
            or _someone_was_victim_of(token)
        )
        and not _describes_a_noun(token)
        and trigger.modality != Modality.HYPOTHETICAL.value
        and trigger.modality != Modality.REFERENCE.value
        # "criticised the centre for not arresting the leaders": an act said not done is no
        # incident; a harm said not done is one's outcome ("no one was hurt")
        and (trigger.modality != Modality.DENIED.value or _lemma(token) in HARM_LEMMAS)
    )


def _past_perfect(token: Token) -> bool:
    """ "the men behind the attack had been arrested": told in the past perfect, an act
    before the report's news (what a speaker recalls), not the news itself."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)


def _in_known_incident(token: Token) -> bool:
    """ "700 people have been killed during these riots": harm told within an incident the
    report names as one already known ("these", "those"), a toll of it, not news."""
    return any(
        prep.dep_ == "prep"
        and any(
            _lookup(noun) is not None
            and any(d.dep_ == "det" and d.lower_ in ("these", "those") for d in noun.children)
            for noun in prep.children
            if noun.dep_ == "pobj"
        )
        for prep in token.children
    )


def _someone_was_victim_of(token: Token) -> bool:
    """ "the teenager was the innocent victim of a drive-by shooting": a clause that
    tells the incident as what befell someone, as "she was shot" does; not a clause on a
    person naming a known one ("Patel, who was a victim of the riots")."""
    victim = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return (
        victim is not None
        and victim.lower_ in VICTIM_HEADS
        and victim.dep_ == "attr"
        and _lemma(victim.head) in ("be", "become")
        and not _describes_a_noun(victim.head)
        and not _definite_noun(token)
    )


LEAD_WORDS = 4  # a shorter piece ("Police:", a byline, "Updated: 5:32 PM") is no sentence


def _lead_end(sentences: list[Span]) -> int:
    """The token where the title and lead end: LEAD_SENTENCES sentences of some words, as a
    page's pieces ("Police:", a byline) would otherwise fill the lead."""
    # (the sentences read only until the lead's last: asked of every report, twice)
    told: Span | None = None
    count = 0
    for sentence in sentences:
        if sum(t.is_alpha for t in sentence) >= LEAD_WORDS:
            told, count = sentence, count + 1
            if count == LEAD_SENTENCES:
                break
    return told.end if told is not None else sentences[-1].end


def _dated(token: Token, time_items: list[Located]) -> bool:
    """The trigger has a day of its own, or its relative clause gives one: "a shooting that
    occurred Monday afternoon", or the clause that tells someone was its victim does ("early
    Sunday, the girl was the victim of a shooting")."""
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    if _someone_was_victim_of(token):
        clauses.append(token.head.head.head)
    return any(_own_day(word, time_items) is not None for word in (token, *clauses))


def _background_incidents(
    doc: Doc,
    drafts: list[EventDraft],
    triggers: list[Trigger],
    time_items: list[Located],
    lead_end: int,
    unjoined_victims: Sequence[Trigger] = (),
) -> None:
    """A report whose title and lead tell no incident as a clause (but in the past perfect,
    before the news: "he said the culprits had been arrested") and state no toll has
    other news (a speech, a meeting, an inquiry, a trial, relief): a violent event it only
    names by nouns without a day ("the riots", "the killings in the state", "the train
    attack", with the harm told in them; "the riots could not be controlled", its subject
    too) is the background it
    refers back to, reference; not when it is the state's force (policing told, not
    history), or when the report dates a violent incident of its own ("the Saturday
    shooting"). Decided per event once events are grouped, figures counted and the main
    event chosen, so that what the events hold stays as it was. A sentence alone is no
    report (its caller asks for a body beyond the lead): "the bombing was carried out by a
    splinter group" keeps its bombing. Victims named by an incident no event tells
    (`unjoined_victims`: "a committee for rehabilitating riot victims") name such a
    background incident too, an event of reference of their own."""
    if any(
        _tells_incident(doc, t)
        and not _past_perfect(doc[t.head])
        and not _in_known_incident(doc[t.head])
        for t in triggers
        if t.start < lead_end
    ):
        return
    if any(
        c.predicate < lead_end and not _in_known_incident(doc[c.predicate])
        for d in drafts
        for c in d.figures
        if c.figure.kind in HARM_KINDS
    ):
        return  # "Five shot at billiards bar", "4 hit in shooting": a toll told is news
    if any(
        t.cls in VIOLENT_CLASSES
        and t.modality != Modality.REFERENCE.value  # "facing charges in a shooting Monday"
        and _dated(doc[t.head], time_items)
        for t in triggers
    ):
        return
    for draft in list(drafts):
        if draft.side == "state" or _event_modality(draft.triggers) != Modality.OCCURRED.value:
            continue
        recalled = {t.head for t in draft.triggers if _recalled(doc, t)}
        # the words inside a recalled clause are of its act: "had been burnt by the mob"
        within = {
            t.head for t in draft.triggers if any(doc[h] in doc[t.head].ancestors for h in recalled)
        }
        # an accusation stays one: "the accused in the train attack" (the gold's rule)
        named = [
            t
            for t in draft.triggers
            if (
                _named_background(doc, t)
                or _victims_named_by_harm(doc, t)
                or t.head in recalled | within
            )
            and t.modality != Modality.ALLEGED.value
        ]
        harm = [t for t in draft.triggers if _lemma(doc[t.head]) in HARM_LEMMAS and t not in named]
        if named and len(named) + len(harm) == len(draft.triggers):
            for trigger in draft.triggers:
                trigger.modality = Modality.REFERENCE.value
        elif named:
            # named beside what the report tells ("a march protesting the killings"): the
            # named incidents become an event of their own, after the others
            for trigger in named:
                trigger.modality = Modality.REFERENCE.value
                draft.triggers.remove(trigger)
            drafts.append(
                EventDraft(cls=named[0].cls, group=Modality.REFERENCE.value, triggers=named)
            )
    by_class: dict[str, EventDraft] = {}
    for trigger in unjoined_victims:
        if trigger.cls not in BACKGROUND_CLASSES or trigger.side == "state":
            continue
        trigger.modality = Modality.REFERENCE.value
        if trigger.cls not in by_class:
            by_class[trigger.cls] = EventDraft(cls=trigger.cls, group=Modality.REFERENCE.value)
            drafts.append(by_class[trigger.cls])
        by_class[trigger.cls].triggers.append(trigger)


def _long_before(record: Any, published: dt.date) -> bool | None:
    """Whether a time ends well before publication (more than REFERENCE_AGE, or a whole month
    or year before it: "on February 12", "last month"), True, or is recent, False; None when
    it gives no date ("recently", "in the past": too loose to date an incident by)."""
    if getattr(record, "value", None) == "PRESENT_REF":
        return False  # "now", "currently"
    end = getattr(record, "end_date", None) or getattr(record, "start_date", None)
    if end is None:
        return None
    if end < published - REFERENCE_AGE:
        return True
    return end < published and getattr(record, "precision", None) in ("month", "year")


def _dated_long_before(
    doc: Doc,
    drafts: list[EventDraft],
    time_items: list[Located],
    published: dt.date | None,
    rivals: frozenset[int],
) -> None:
    """An incident other than the report's own (not the main event) whose every dated
    sentence dates it well before publication ("the family had been threatened since
    January 9, the day their shop was torched" in a report of a killing on Sunday) is one the
    report refers back to, reference, though no time hangs on its own words; an incident also
    dated recently, or never dated, is left. Decided per incident, once events are grouped
    and the main event chosen."""
    if published is None:
        return
    for draft in drafts[1:]:
        if (
            draft.cls not in BACKGROUND_CLASSES
            or draft.side == "state"
            or _event_modality(draft.triggers) != Modality.OCCURRED.value
        ):
            continue
        dates = [
            _long_before(found.record, published)
            for t in draft.triggers
            if (found := _nearest(time_items, [doc[t.head]], rivals)) is not None
        ]
        if any(dates) and not any(d is False for d in dates):
            for trigger in draft.triggers:
                trigger.modality = Modality.REFERENCE.value


def _charged_acts(doc: Doc, drafts: list[EventDraft]) -> None:
    """The incident a charge is laid for ("charged in the shooting") is an accusation there,
    as the real-text gold labels it, though it joined the event the report tells it by: once
    the main event and the figures are settled (so the story keeps its incident and toll),
    those words leave that event for an alleged one of their own, or, where nothing else tells
    the event, it is alleged whole. (Not every alleged definite noun: "it appears the shooting
    was accidental" hedges the manner of what happened.)"""
    alleged = Modality.ALLEGED.value
    for draft in list(drafts):
        if draft.group != "actual":
            continue
        accused = [t for t in draft.triggers if t.charged]
        if not accused:
            continue
        for trigger in accused:
            trigger.modality = alleged
        if len(accused) == len(draft.triggers):
            continue
        for trigger in accused:
            draft.triggers.remove(trigger)
        drafts.append(EventDraft(cls=accused[0].cls, group=alleged, triggers=accused))


def _story_weeks_before(
    doc: Doc, drafts: list[EventDraft], time_items: list[Located], published: dt.date | None
) -> None:
    """A report that says its incident happened weeks before it was written ("The incident
    occurred on Nov. 13" in a report of charges filed in December) has later news (a charge,
    a verdict, a vigil): its incident is told back to, a reference, as the real-text gold
    labels it. Decided once the main event and its figures are settled, so that the story
    keeps its incident and toll."""
    main = drafts[0]
    if (
        published is None
        or main.cls not in VIOLENT_CLASSES
        or _event_modality(main.triggers) != Modality.OCCURRED.value
    ):
        return
    first = min(t.head for t in main.triggers)
    for item in time_items:
        day = _single_day(item.record)
        if day is None or day >= (published - REFERENCE_AGE).toordinal():
            continue
        word = item.root
        verb = word.head.head if word.dep_ == "pobj" else word.head
        if _lemma(verb) not in OCCUR_VERBS or verb.i < first:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(
            _lemma(c) in STORY_NOUNS or any(c.i == t.head for t in main.triggers) for c in subjects
        ) or any(w.lower_ in OTHER_INCIDENT_WORDS for c in subjects for w in c.children):
            continue
        for trigger in main.triggers:
            if trigger.modality == Modality.OCCURRED.value:
                trigger.modality = Modality.REFERENCE.value
        return


def _describes_a_noun(token: Token) -> bool:
    """A clause on a noun ("the train which was attacked", "the mob that burnt the school"):
    it names what the noun is by an incident, rather than telling the incident."""
    return token.dep_ in ("relcl", "acl") and coarse_pos(token.head) in ("NOUN", "PROPN")


def _named_background(doc: Doc, trigger: Trigger) -> bool:
    """A violent incident named by a noun, or by a clause that describes a noun ("the mob
    that attacked the MP's house", "the train which was attacked"): not the state's force,
    nor one going on as the report is written ("while riots threaten to shatter the town's
    harmony")."""
    token = doc[trigger.head]
    naming = (coarse_pos(token) == "NOUN" and not _passive_as_noun(token)) or _describes_a_noun(
        token
    )
    return (
        trigger.cls in BACKGROUND_CLASSES
        and trigger.side != "state"
        and naming
        and _lemma(token) not in HARM_LEMMAS
        and not _going_on(token)
        and not _still_going_on(token)
    )


def _victims_named_by_harm(doc: Doc, trigger: Trigger) -> bool:
    """A harm word in a clause on the people it befell ("the kin of those killed in the
    riots", "to mourn our members killed in the train fire"): it names them by a known
    incident, as "riot victims" does, rather than telling the incident; not the state's."""
    token = doc[trigger.head]
    return (
        trigger.side != "state"
        and _lemma(token) in HARM_LEMMAS
        and token.dep_ in ("acl", "relcl")
        and _people(token.head)
        # "the 12 people killed in the clashes": a toll told, news as the lead's would be
        and not any(c.dep_ == "nummod" for c in token.head.children)
        and not _going_on(token)
    )


NAMED_PEOPLE = _words("named_people")


def _people(token: Token) -> bool:
    """A word for persons: "those", "members", "people", a person's name (not "a list of
    14 injured", which counts the report's own hurt)."""
    return (
        token.pos_ == "PRON"
        or token.ent_type_ == "PERSON"
        or _lemma(token) in PERSON_NOUNS | GENERIC_PEOPLE | NAMED_PEOPLE
    )


def _recalled(doc: Doc, trigger: Trigger) -> bool:
    """An act told in the past perfect ("pilgrims had been burnt alive", "the priest had
    protested"): in a report of other news, an act before that news, recalled as its
    background, as a noun naming an incident is."""
    token = doc[trigger.head]
    # (not an arrest: "said the culprits had been arrested" is what was done about the news)
    if trigger.cls not in TELLING_CLASSES - {"arrest"} or coarse_pos(token) != "VERB":
        return False
    while not _past_perfect(token):
        # "had been stabbed and burnt": the first verb holds the "had"
        if token.dep_ != "conj" or coarse_pos(token.head) != "VERB":
            return False
        token = token.head
    return True


def _going_on(token: Token) -> bool:
    """A bare subject of a verb in the present, simple or progressive ("riots threaten",
    "clashes are taking place"), or one of its subjects ("the state burns and riots
    threaten"); "the shooting appears to be accidental" describes the report's incident."""
    if any(c.dep_ in _SPECIFYING_DEPS for c in token.children):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    present = verb.tag_ in _PRESENT or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)
    )
    return token.dep_ == "nsubj" and present and _lemma(verb) not in ("be", "have")


def _still_going_on(token: Token) -> bool:
    """The subject, with whatever determiner, of a verb of going on in the present or the
    present perfect ("the riots have persisted for a month", "the violence continues"): the
    incident lasts as the report is written, not its background."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or _lemma(verb) not in CONTINUING_VERBS:
        return False
    if _lemma(verb) == "go" and not any(c.lower_ == "on" for c in verb.children):
        return False  # "the riots go on", not "the riots have gone"
    return verb.tag_ in _PRESENT or (
        verb.tag_ in ("VBN", "VBG")
        and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)
    )


def _spread_modality(doc: Doc, triggers: list[Trigger]) -> None:
    """A death counted over a period or only foreseen makes the noun it happened in the same:
    "40 people had been killed in police encounters since January" (a tally of encounters);
    so does an earlier death the noun caused: "the raid comes weeks after a bombing at a
    checkpoint killed three officers" (the bombing is the earlier incident's, not the raid's)."""
    by_head = {t.head: t for t in triggers}
    for trigger in triggers:
        if trigger.modality not in (Modality.REFERENCE.value, Modality.HYPOTHETICAL.value):
            continue
        anchor = _linked_trigger(doc[trigger.head], by_head) or _harming_subject(
            doc[trigger.head], by_head
        )
        if anchor is not None and coarse_pos(doc[anchor.head]) == "NOUN":
            anchor.modality = trigger.modality


def _harming_subject(token: Token, by_head: dict[int, Trigger]) -> Trigger | None:
    """For a harm verb, the trigger that is its subject ("a bombing ... killed three")."""
    if _lemma(token) not in HARM_LEMMAS:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None if subject is None else by_head.get(subject.i)


def _inherit_modality(doc: Doc, triggers: list[Trigger]) -> None:
    """A death told inside an earlier or foreseen incident is that incident's: "Monday's
    shooting, in which two people were killed" (a reference, whatever the claim's stance)."""
    by_head = {t.head: t for t in triggers}
    told_apart = (Modality.REFERENCE.value, Modality.HYPOTHETICAL.value)
    for index, trigger in enumerate(triggers):
        # "those shootings" after a tally of shootings are the tally's, not the story's
        token = doc[trigger.head]
        if trigger.modality != Modality.OCCURRED.value or token.tag_ not in ("NNS", "NNPS"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in token.children):
            continue
        earlier = next(
            (
                t
                for t in reversed(triggers[:index])
                if t.cls == trigger.cls
                and trigger.sentence - t.sentence <= 1
                and coarse_pos(doc[t.head]) == "NOUN"
                and _lemma(doc[t.head]) not in HARM_LEMMAS
            ),
            None,
        )
        if earlier is not None and earlier.modality in told_apart:
            trigger.modality = earlier.modality
    for trigger in triggers:
        if trigger.modality not in (Modality.OCCURRED.value, Modality.DENIED.value):
            continue
        token = doc[trigger.head]
        anchor = _governing_trigger(token, by_head)
        if anchor is None and _lemma(token) in HARM_LEMMAS:
            linked = _linked_trigger(token, by_head)  # "injured in those shootings"
            if linked is not None and _is_anaphoric(doc, linked):
                anchor = linked
        if anchor is None and token.dep_ == "conj" and _lemma(token) in HARM_LEMMAS:
            anchor = by_head.get(token.head.i)  # "two were killed and three wounded"
        if anchor is not None and anchor.modality in (
            Modality.REFERENCE.value,
            Modality.HYPOTHETICAL.value,
        ):
            trigger.modality = anchor.modality


def _arrests_told_back(doc: Doc, triggers: list[Trigger]) -> None:
    """An arrest made over an earlier incident's violence ("In July a presenter was shot dead
    in Poza Rica. Two men arrested for that killing were released") is that incident's, told
    back with it, not the story's arrest."""
    for arrest in triggers:
        if arrest.cls != "arrest" or arrest.modality != Modality.OCCURRED.value:
            continue
        end = doc[arrest.head].idx + len(doc[arrest.head])
        if any(
            t.cls in VIOLENT_CLASSES
            and t.modality == Modality.REFERENCE.value
            # (not a reference only because the arrest names it: "arrested over the killing")
            and not _arrested_over(doc[t.head])
            and arrest_made_over(doc.text, end, doc[t.head].idx)
            for t in triggers
        ):
            arrest.modality = Modality.REFERENCE.value


def _relink_harm(doc: Doc, triggers: list[Trigger], drafts: list[EventDraft]) -> None:
    """Move each harm word to the event of the trigger it depends on or leads to."""
    by_head = {t.head: t for t in triggers}
    owner = {id(t): d for d in drafts for t in d.triggers}
    for trigger in triggers:
        token = doc[trigger.head]
        anchor = _governing_trigger(token, by_head) or _linked_trigger(token, by_head)
        if anchor is None or anchor is trigger:
            continue
        source, target = owner.get(id(trigger)), owner.get(id(anchor))
        if source is None or target is None or source is target or source.group != target.group:
            continue
        source.triggers.remove(trigger)
        target.triggers.append(trigger)
        target.triggers.sort(key=lambda t: t.start)
        owner[id(trigger)] = target


def _merge_casualties(doc: Doc, drafts: list[EventDraft], places: Sequence[Any]) -> None:
    """Deaths, injuries and shots told without a perpetrator, in a story of a raid, a protest,
    crowd control or a blast, are that operation's casualties ("one dead" in the headline of a
    raid report, "it was not clear who had fired the shot", "death toll from Hajjah strike rises
    to 14" over "Monday's airstrike"): their words join the operation's event."""
    operations = [
        d
        for d in drafts
        if d.group == "actual" and any(t.cls in OPERATION_CLASSES for t in d.triggers)
    ]
    if not operations:
        return
    for draft in list(drafts):
        if draft.cls != "violence" or draft.group != "actual" or not draft.triggers:
            continue
        if any(t.side is not None for t in draft.triggers):
            continue  # someone's attack ("the Rangers opened fire"): an event of its own
        target = next(
            (
                o
                for o in operations
                if (
                    o.place is None
                    or draft.place is None
                    or not _different_towns(places[o.place], places[draft.place])
                )
                and _same_days(o, draft)
            ),
            None,
        )
        if target is None:
            continue
        target.triggers.extend(draft.triggers)
        target.triggers.sort(key=lambda t: t.start)
        draft.triggers.clear()
    drafts[:] = [d for d in drafts if d.triggers]


def _same_days(operation: EventDraft, draft: EventDraft) -> bool:
    """Whether the casualties' own days can be the operation's: "Tuesday's killings" told in
    a report of Thursday's march are Tuesday's march's (a later death may be anyone's)."""
    own = draft.days - draft.death_days
    if not own or not operation.days:
        return True
    return any(abs(a - b) <= DAY_SLACK for a in operation.days for b in own)


# "arrested two men on Thursday over the killing of": the words between an arrest's trigger
# and the noun of the violence it was made over (in one clause: no sentence mark between)
ARREST_GAP_CHARS = 60
_ARRESTED_OVER = re.compile(
    rf"[^.;:!?\n]{{0,{ARREST_GAP_CHARS}}}?\b(?:{alternation(_words('arrest_connectives'))})\s+"
    rf"(?:(?:{alternation(_words('arrest_determiners'))})\s+)?",
    re.IGNORECASE,
)


def arrest_made_over(text: str, arrest_end: int, violence_start: int) -> bool:
    """An arrest or a seizure whose trigger ends at `arrest_end` was made over the violence
    whose trigger starts at `violence_start` ("Two arrested over killing of journalist",
    "detained two men in connection with the attack"): a step of that violence's story."""
    return arrest_end <= violence_start and bool(
        _ARRESTED_OVER.fullmatch(text, arrest_end, violence_start)
    )


def _over_other_violence(doc: Doc, draft: EventDraft, drafts: list[EventDraft]) -> bool:
    """An arrest or seizure draft made over violence another draft names ("arrested two men
    over the killing of ..." in a report whose main event is the march that followed)."""
    return any(
        arrest_made_over(doc.text, doc[a.head].idx + len(doc[a.head]), doc[v.head].idx)
        for other in drafts
        if other is not draft and other.cls in VIOLENT_CLASSES
        for v in other.triggers
        for a in draft.triggers
    )


def _gather_counts(
    doc: Doc, drafts: list[EventDraft], places: Sequence[Any], time_items: list[Located]
) -> None:
    """The figures of the main incident's raids, arrests and seizures are counted on the main
    event (drafts[0]), as an incident's figures are: the event carries the people detained and
    the weapons seized in it, and "no one was killed during the raid"."""
    main = drafts[0]
    if main.group != "actual" or main.cls == "legal":
        # a court's remand or charge does not carry the toll of the raid it tells back
        return
    for draft in drafts[1:]:
        if draft.group != "actual" or draft.cls not in ("arrest", "raid", "seizure"):
            continue
        if (
            main.place is not None
            and draft.place is not None
            and _different_towns(places[main.place], places[draft.place])
        ):
            continue
        if _told_on_another_day(doc, main, draft, time_items):
            continue  # "arrested four ... in a raid on Monday" after Sunday's ambush: its own
        if main.cls not in VIOLENT_CLASSES and _over_other_violence(doc, draft, drafts[1:]):
            continue  # arrests over a killing the march's report names: the killing's
        # a raid that tells a fight of its own keeps that fight's toll ("troops freed the
        # pupils in a raid ... two soldiers were wounded in a gunfight with the kidnappers"):
        # it is not the abduction's; whom it arrested and what it seized still are
        fought = any(t.cls == "clash" for t in draft.triggers)
        moving = [c for c in draft.figures if not (fought and c.figure.kind in HARM_KINDS)]
        for counted in moving:
            draft.figures.remove(counted)
            main.figures.append(counted)
    main.figures.sort(key=lambda c: c.figure.start)


def _told_on_another_day(
    doc: Doc, main: EventDraft, draft: EventDraft, time_items: list[Located]
) -> bool:
    """The two events' own days, or the days nearest them in their sentences, differ."""

    def day(event: EventDraft) -> set[int]:
        if event.days:
            return event.days
        near = _nearest(time_items, [doc[t.head] for t in event.triggers])
        told = _single_day(near.record) if near is not None else None
        return set() if told is None else {told}

    own, other = day(main), day(draft)
    return bool(own and other and not own & other)


# How far into the story a death told apart from its shooting is taken for the main victim's
# (title, lead and the paragraphs right after it; further down come related stories).
DEATH_APART_SENTENCES = 6


def _death_told_apart(doc: Doc, drafts: list[EventDraft], sentences: Sequence[Span]) -> None:
    """One victim the main event tells only as shot ("Teen shot on West Side", "shot his
    friend"), with no death and no word of injury, is the one whose single death the story's
    next violent event tells near the top ("The boy was pronounced dead", "Hicks died ... on
    June 5", "charged in 5-year-old's shooting death"): a death that another day or a court's
    framing set apart as an event of its own. It moves to the main event, where the one shot
    then counts as killed, not injured. Several shot ("6 people shot") take the deaths of the
    next event that tells the same number shot ("Six people were shot ... 2 are dead", "10
    people were shot and one killed" as dead and hurt): fewer deaths, the rest hurt."""
    main = drafts[0]
    harm = [c for c in main.figures if c.figure.kind in HARM_KINDS]
    shot = {c.figure.value for c in harm}
    if (
        main.cls not in VIOLENT_CLASSES
        or not harm
        or any(c.figure.kind != SHOT for c in harm)
        or len(shot) != 1
    ):
        return
    (told,) = shot
    if told is None:
        return
    end = sentences[min(DEATH_APART_SENTENCES, len(sentences)) - 1].end
    for draft in drafts[1:]:
        if draft.cls not in VIOLENT_CLASSES or draft.group == Modality.HYPOTHETICAL.value:
            continue
        deaths = [c for c in draft.figures if c.figure.kind == FigureKind.KILLED.value]
        if not deaths:
            continue
        if any(
            _years_ago(doc[c.predicate]) or _weeks_ago_on_a_day(doc[c.predicate]) for c in deaths
        ):
            continue  # "Two years ago a girl was killed on the same street": another's death
        # (no test of places: a split of this kind often comes from a neighbourhood the
        # gazetteer put in another town, "West Side" read as Austintown)
        if told > 1 and (deaths[0].predicate >= end or not _same_shot(draft, told, deaths)):
            return  # the next deaths told are of another shooting, or too far down
        if told == 1 and (
            any(c.figure.value != 1 for c in deaths)
            or deaths[0].predicate >= end
            or any(_OTHERS.search(c.figure.text) or _someone_else(doc[c.patient]) for c in deaths)
        ):
            return  # the next death told is another's, or too far down to be surely his
        for counted in deaths:
            draft.figures.remove(counted)
            main.figures.append(counted)
        main.figures.sort(key=lambda c: c.figure.start)
        return


def _same_shot(draft: EventDraft, told: int, deaths: list[CountedFigure]) -> bool:
    """The event tells the `told` shot again, some of them dead: a count of the shot as many,
    or its deaths and a count of the hurt that make as many."""
    dead = max((c.figure.value or 0) for c in deaths)
    if not 0 < dead < told:
        return False
    return any(
        (c.figure.kind == SHOT and c.figure.value == told)
        or (c.figure.kind == FigureKind.INJURED.value and (c.figure.value or 0) + dead == told)
        for c in draft.figures
    )


def _different_towns(a: Any, b: Any) -> bool:
    """True when two places are far enough apart to be two incidents' places."""
    name_a = (getattr(a, "name", None) or a.text).lower()
    name_b = (getattr(b, "name", None) or b.text).lower()
    if name_a == name_b:
        return False
    if _contains(a, b) or _contains(b, a):
        return False  # "at the FreightCar America building in Roanoke": the country holds the town
    if _unknown(a) or _unknown(b):
        return False  # "Humboldt Park", "East End", a surname: nothing says it lies elsewhere
    if getattr(a, "country", None) is None or getattr(b, "country", None) is None:
        return False  # a continent or a world region ("West Africa") holds towns far apart
    distance = _distance_km(a, b)
    if distance is not None:
        # a neighbourhood and its city (Azizabad, Karachi) are one place for this purpose
        return distance > SAME_PLACE_KM
    coarse = ("country", "region")
    return (
        getattr(a, "precision", None) not in coarse
        and getattr(b, "precision", None) not in coarse
        and getattr(a, "precision", None) != "district"
        and getattr(b, "precision", None) != "district"
    )


def _contains(outer: Any, inner: Any) -> bool:
    """True when a country, a region or a county is the one the other place lies in: a
    distance between their centres says nothing of two incidents."""
    precision = getattr(outer, "precision", None)
    country = getattr(outer, "country", None)
    if precision not in ("country", "region", "district") or country is None:
        return False
    if getattr(inner, "country", None) != country:
        return False
    if precision == "country":
        return True
    if precision == "district":
        # a county and a town of its state near it ("Katy" and "Harris County")
        distance = _distance_km(outer, inner)
        return (
            getattr(inner, "precision", None) in ("town", "point")
            and getattr(inner, "admin1", None) is not None
            and getattr(inner, "admin1", None) == getattr(outer, "admin1", None)
            and distance is not None
            and distance <= COUNTY_KM
        )
    region = (getattr(outer, "name", None) or outer.text).lower()
    return (getattr(inner, "admin1", None) or "").lower() == region


def _unknown(place: Any) -> bool:
    """True for a place name the gazetteer did not resolve."""
    return getattr(place, "name", None) is None and getattr(place, "lat", None) is None


def _distance_km(a: Any, b: Any) -> float | None:
    points = [(getattr(p, "lat", None), getattr(p, "lon", None)) for p in (a, b)]
    if not all(lat is not None and lon is not None for lat, lon in points):
        return None
    (lat_a, lon_a), (lat_b, lon_b) = points
    return distance_km(lat_a, lon_a, lat_b, lon_b)


def _deadly_raid(doc: Doc, draft: EventDraft) -> bool:
    """A raid (also one that made arrests, which its draft is then of) told in the lead as
    what killed or hurt: "14 people were killed when soldiers raided the quarter", "Army raid
    kills 14", "killed in a raid"; not a death told beside it ("one worker died after the
    raid", "wounds sustained during the raid", a raid that detained around 20), nor one a
    party tells deep in a report of the suspects' remand ("was shot dead in the raid")."""
    if draft.cls not in ("raid", "arrest"):
        return False
    raids = [doc[t.head] for t in draft.triggers if t.cls == "raid"]
    harms = [
        doc[t.head]
        for t in draft.triggers
        if _lemma(doc[t.head]) in HARM_LEMMAS
        and t.modality == Modality.OCCURRED.value
        and t.sentence < LEAD_SENTENCES
    ]
    return any(_raid_harmed(raid, harm) for raid in raids for harm in harms)


def _raid_harmed(raid: Token, harm: Token) -> bool:
    if raid.head != harm and not (raid.dep_ == "pobj" and raid.head.head == harm):
        return False
    if raid.dep_ == "nsubj":
        return True  # "Army raid kills 14"
    if raid.dep_ == "advcl":  # "were killed when soldiers raided"
        return any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") for c in raid.children
        )
    # "Soldiers kill 20 in Mamfe raid", "were killed in a police raid"; not "shot dead in
    # the raid", the raid told before and the killing a later account of it
    return (
        raid.dep_ == "pobj"
        and raid.head.lower_ == "in"
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in raid.children)
    )


def _raid_killed(doc: Doc, draft: EventDraft) -> bool:
    """A deadly raid whose figures count someone killed (not only "no one was killed")."""
    return _deadly_raid(doc, draft) and any(
        f.figure.kind == "killed" and (f.figure.value or f.figure.low or 0) > 0
        for f in draft.figures
    )


def choose_main(doc: Doc, drafts: list[EventDraft], modality: Callable[[EventDraft], str]) -> int:
    """Index of the main event: first occurred violent event of the lead, else fallbacks."""
    occurred = [d for d in drafts if modality(d) == Modality.OCCURRED.value]
    violent = [
        d
        for d in occurred
        if d.cls in VIOLENT_CLASSES
        or (d.cls == "protest" and any(_lemma(doc[t.head]) in HARM_LEMMAS for t in d.triggers))
        or _deadly_raid(doc, d)
    ]  # a protest or a raid in which people died is the violent event of its story
    lead = [d for d in violent if d.first.sentence < LEAD_SENTENCES]
    for pool in (lead, violent, occurred, drafts):
        if pool:
            best = min(pool, key=lambda d: d.first.start)
            return drafts.index(best)
    return 0


# --------------------------------------------------------------------------- the component


@dataclass(frozen=True)
class Located:
    """A place or time mention with the token heading it."""

    index: int
    record: Any
    root: Token


def _locate(doc: Doc, records: Sequence[Any] | None) -> list[Located]:
    located = []
    for index, record in enumerate(records or ()):
        span = doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is not None and len(span):
            located.append(Located(index, record, span.root))
    return located


# Where the hurt are treated or the dead taken: "died in hospital in Cali", "a clinic in Kenema".
TREATMENT_NOUNS = _words("treatment_nouns")


_ATTRIBUTIVE = re.compile(rf"-(?:{alternation(_words('attributive_participles'))})\b", re.I)


def _attributive(doc: Doc, place: Any) -> bool:
    """The place name leads a compound adjective ("Saudi-led", "Iran-backed", "Sanaa-based")."""
    return _ATTRIBUTIVE.match(doc_text(doc), place.end) is not None


# Last words of an armed group's name that may begin with a place ("Jalisco New Generation
# Cartel"): the place names the group, not where its acts happened.
NAMED_GROUP_HEADS = _words("named_group_heads")


# How a speaker is heard from afar: "said in a telephone address from London".
SPOKEN_FROM_WORDS = _words("spoken_from_words")


def _spoken_from(place: Token) -> bool:
    """The place is where a speaker spoke from ("said in a telephone address from London",
    "addressing workers by telephone from London", "in a statement issued from London",
    "speaking from Dubai"): no place of what is told, and no actor's country."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "from":
        return False
    holder = prep.head
    # ("issued from London": the statement it was issued as)
    return any(_lemma(t) in SPOKEN_FROM_WORDS for t in (holder, holder.head)) and (
        _lemma(holder) in SPOKEN_FROM_WORDS or holder.tag_ == "VBN"
    )


def _names_a_group(place: Token) -> bool:
    """The place word begins the name of an armed group ("his reporting on the Jalisco New
    Generation Cartel")."""
    if place.ent_type_ != "ORG":
        return False
    end = place.i
    while end + 1 < len(place.doc) and place.doc[end + 1].ent_iob_ == "I":
        end += 1
    return end > place.i and place.doc[end].lower_ in NAMED_GROUP_HEADS


def _where_treated(place: Token) -> bool:
    """The place is a hospital's town: "a hospital in Cali", "died in hospital in Cali"."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    holder = prep.head
    return _lemma(holder) in TREATMENT_NOUNS or any(
        _lemma(pobj) in TREATMENT_NOUNS
        for child in holder.children
        if child.dep_ == "prep" and child.i < prep.i
        for pobj in child.children
        if pobj.dep_ == "pobj"
    )


# How far up the parse a time and a place may hang from the word they belong to: a place
# goes one step further, through a nested place phrase ("opened fire on a market outside
# Maiduguri", "killed 11 farmers in a rice field near Zabarmari").
ATTACHED_DEPTH = {"time": 4, "place": 5}


def _attached(item: Located, token: Token) -> bool:
    current = item.root
    for _ in range(ATTACHED_DEPTH["place" if isinstance(item.record, PlaceFound) else "time"]):
        if current.i == token.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


_DAY_PRECISIONS = frozenset({DatePrecision.DAY.value})
# Words that name the story's incident without telling it again ("Wednesday's incident").
STORY_NOUNS = _words("story_nouns")


def _one_week(record: Any) -> bool:
    """The time names a week ("last week")."""
    return getattr(record, "precision", None) == DatePrecision.WEEK.value


def _one_day(record: Any) -> bool:
    """The time names one day."""
    return _single_day(record) is not None


def _single_day(record: Any) -> int | None:
    """The ordinal of a time that names one day, else None."""
    start = getattr(record, "start_date", None)
    if start is None or getattr(record, "precision", None) not in _DAY_PRECISIONS:
        return None
    end = getattr(record, "end_date", None) or start
    return start.toordinal() if end == start else None


def _own_day(
    token: Token,
    items: list[Located],
    names: Callable[[Any], bool] = _one_day,
    other_heads: frozenset[int] = frozenset(),
) -> Located | None:
    """A time of the trigger's own that names one day (or what `names` accepts): one hanging
    on it, or, for a noun inside a phrase ("shot Friday in a shooting", "a stop late Thursday
    led to a shooting"), on the word the phrase hangs on; not where that word is another act
    (`other_heads`: an arrest's, a charge's: "arrested Monday in the shooting") or a claim or
    a blame of it ("claimed responsibility on Saturday for the bombing")."""
    holders = [token]
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SIMULTANEOUS_MARKS for c in token.children
    ):
        holders.append(token.head)
    if token.dep_ == "pobj" and token.head.lower_ not in SEQUENCE_PREPS:
        # (not "imposed a curfew on Wednesday after the two attacks": another day's)
        holder = token.head.head
        if not (
            holder.i in other_heads
            or _lemma(holder) in BLAME_VERBS
            or _responsibility_verbs(holder)
        ):
            holders.append(holder)
    for holder in holders:
        for item in items:
            if _attached(item, holder) and names(item.record):
                return item
    return None


# Prepositions that set their object before or after the act they hang on.
SEQUENCE_PREPS = _words("sequence_preps")
# Nouns of a toll whose "from" names the event it counts.
TOLL_NOUNS = _words("toll_nouns")
# "as", "when", "while": a clause of the time of the act it hangs on.
SIMULTANEOUS_MARKS = _words("simultaneous_marks")
# Nouns of a violent incident that open a roundup's paragraph: "In Sunday's shooting, ...".
FRAME_NOUNS = _words("frame_nouns")


def _framed_days(doc: Doc, items: list[Located]) -> dict[int, Located]:
    """Sentence start -> the day its opening frame names ("In Sunday's shooting, a man was
    shot ..."): every trigger of the sentence is of that day's shooting."""
    frames = {}
    for item in items:
        noun = item.root.head
        if (
            item.root.dep_ == "poss"
            and _lemma(noun) in FRAME_NOUNS
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.head.i == noun.sent.start
            and noun.i + 1 < len(doc)
            and doc[noun.i + 1].text == ","
            and _single_day(item.record) is not None
        ):
            frames[noun.sent.start] = item
    return frames


def _story_days(items: list[Located]) -> list[tuple[int, Located]]:
    """(token index, time) of each day told of a word for the story's incident."""
    return [
        (item.root.head.i, item)
        for item in items
        if item.root.head is not item.root
        and _lemma(item.root.head) in STORY_NOUNS
        and _single_day(item.record) is not None
    ]


def _nearest(
    items: list[Located], tokens: list[Token], rivals: frozenset[int] = frozenset()
) -> Located | None:
    """The item attached to one of the tokens, else the closest in their sentence that no
    rival trigger (token index) is closer to."""
    best: tuple[int, int] | None = None
    chosen = None
    own = {t.i for t in tokens}
    for token in tokens:
        sent = token.sent
        for item in items:
            if not (sent.start <= item.root.i < sent.end):
                continue
            score = 0 if _attached(item, token) else abs(item.root.i - token.i)
            if score and any(abs(item.root.i - r) < score for r in rivals if r not in own):
                continue
            if best is None or (score, item.root.i) < best:
                best, chosen = (score, item.root.i), item
    return chosen


def _finer_place(
    place: Located | None,
    items: list[Located],
    tokens: list[Token],
    rivals: frozenset[int],
    lead_end: int,
) -> Located | None:
    """A town in the country or province the event was placed in, where a sentence of
    another of its words names one ("claims Nigeria market bombing" over "a bombing at a
    market in the city of Maiduguri"; "Gunmen kill 12 in Plateau village" over "Gunmen
    stormed Daffo, a village in Plateau State, killing 12"); else the place as it was."""
    precision = getattr(getattr(place, "record", None), "precision", None)
    if place is not None and precision == "town" and _placed_near(place):
        return _town_placed_in(place, items, tokens, rivals) or place
    if place is None or precision not in ("country", "region"):
        return place
    within = [
        item
        for item in items
        if getattr(item.record, "country", None) == place.record.country
        and (precision == "country" or item.record.admin1 == place.record.admin1)
        and getattr(item.record, "precision", None) not in ("country", "region", None)
    ]
    if precision == "country":
        named = _named_in_its_phrase(place, within)
        if named is not None:
            return named
        for token in tokens:
            found = _nearest(items, [token], rivals)
            if found is not None and found in within:
                return found
        return place
    # in a province, the first town its sentence in the lead names: a lead names the village,
    # then its district ("Daffo, a village in Bokkos Local Government Area"); further down a
    # town may be another's ("working at a car wash in Orizaba when Ramirez was killed")
    for token in tokens:
        sent = token.sent
        if sent.start >= lead_end:
            break
        named = [item for item in within if sent.start <= item.root.i < sent.end]
        if named:
            return min(named, key=lambda item: item.root.i)
    return place


def _named_in_its_phrase(place: Located, within: list[Located]) -> Located | None:
    """The town the noun a country's adjective describes is "of", or names beside it: "the
    northeastern Nigerian town of Potiskum", "a Pakistani border town, Chaman"."""
    noun = place.root.head
    if place.root.dep_ not in ("amod", "compound") or noun.i == place.root.i:
        return None
    for item in within:
        root = item.root
        of = root.head
        if root.dep_ == "pobj" and of.lower_ == "of" and of.head.i == noun.i:
            return item
        if root.dep_ == "appos" and root.head.i == noun.i:
            return item
    return None


# A town an event is placed "near" gives way to one its other words place it "in" this close
# (km): "strikes wedding near Djenné" and "struck a wedding in Sénoussa, six km north".
NEAR_TOWN_KM = 20.0


def _placed_near(item: Located) -> bool:
    """The place is named after "near" ("a wedding near Djenné")."""
    return item.root.dep_ == "pobj" and item.root.head.lower_ == "near"


def _town_placed_in(
    place: Located, items: list[Located], tokens: list[Token], rivals: frozenset[int]
) -> Located | None:
    """The town nearest another of the event's words, placed otherwise than "near" and
    within NEAR_TOWN_KM of the town the event was placed near; else None."""
    for token in tokens:
        found = _nearest(items, [token], rivals)
        if (
            found is None
            or found.index == place.index
            or _placed_near(found)
            or getattr(found.record, "precision", None) != "town"
            or found.record.name == place.record.name
        ):
            continue
        distance = _distance_km(found.record, place.record)
        if distance is not None and distance <= NEAR_TOWN_KM:
            return found
    return None


def _own_place(items: list[Located], tokens: list[Token], rivals: frozenset[int]) -> Located | None:
    """The place hanging on one of the tokens by syntax ("shot dead ... in Bara"), else None."""
    found = _nearest(items, tokens, rivals)
    return found if found is not None and any(_attached(found, t) for t in tokens) else None


def _is_dateline(doc: Doc, record: Any) -> bool:
    """A place name opening a paragraph before a dateline mark ("PESHAWAR:", "Quetta --",
    "BARA (Khyber) -")."""
    span = doc.char_span(record.start, record.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text not in DATELINE_MARKS:
        return False
    before = doc[span.start - 1] if span.start else None
    return before is None or before.is_space or "\n" in before.text_with_ws


# Verbs that say where an incident told before happened ("The incident took place in Bara"),
# the prepositions that place it, and words of another incident ("a similar incident").
OCCUR_VERBS = _words("occur_verbs")
OCCUR_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on"})
OTHER_INCIDENT_WORDS = _words("other_incident_words")


def _resolved(item: Located) -> bool:
    """A place mention the gazetteer resolved (one it lacks keeps its text, no name)."""
    return getattr(item.record, "name", None) is not None


def _told_places(items: list[Located], drafts: list[EventDraft]) -> dict[int, Located]:
    """id(draft) -> the place a later sentence says its incident happened in ("PESHAWAR:
    Gunmen shot dead an elder ... The incident occurred in Bara"): the event told last before
    it, where a sentence of its own names no place, is placed there and not at the dateline."""
    told: dict[int, Located] = {}
    # a resolved name before one the gazetteer does not know ("Khyber" of "Khyber district")
    for item in sorted(items, key=lambda item: getattr(item.record, "name", None) is None):
        word = item.root
        for _ in range(2):  # "in Bara, Khyber district": the first name of an apposition
            if word.dep_ in ("appos", "conj", "compound", "nmod"):
                word = word.head
        prep = word.head
        if word.dep_ != "pobj" or prep.lower_ not in OCCUR_PREPOSITIONS:
            continue
        verb = prep.head
        if not (
            _lemma(verb) in OCCUR_VERBS
            or (_lemma(verb) == "take" and any(_lemma(c) == "place" for c in verb.children))
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in OTHER_INCIDENT_WORDS for s in subjects for c in s.children):
            continue  # "A similar incident took place in Jamrud last month"
        before = [(t.head, draft) for draft in drafts for t in draft.triggers if t.head < verb.i]
        if before:
            told.setdefault(id(max(before, key=lambda pair: pair[0])[1]), item)
    return told


def _end_bound(time: Token) -> bool:
    """A time after "until" or "till": where something stops or resumes, not when it was."""
    return time.dep_ == "pobj" and time.head.lower_ in END_BOUND_PREPOSITIONS


# How finely a time dates a day: the finer first among times told equally often.
PRECISION_RANK = {
    None: 0,  # a clock time ("at 9 p.m.") has no date precision of its own
    DatePrecision.DAY.value: 0,
    DatePrecision.WEEK.value: 1,
    DatePrecision.MONTH.value: 2,
}


def _dominant(
    items: list[Located],
    key: Callable[[Any], Any],
    weight: Callable[[Located], int] = lambda item: 1,
    rank: Callable[[Located], int] = lambda item: 0,
) -> Located | None:
    """The item whose name or value the report tells most often (by weight), the best
    ranked, then the first, of those told equally often."""
    if not items:
        return None
    counts: Counter[Any] = Counter()
    for item in items:
        counts[key(item.record)] += weight(item)
    top = max(counts.values())
    return min((item for item in items if counts[key(item.record)] == top), key=rank)


# Time mentions too coarse to date a report's news by default ("since 2013", "in the 1990s").
COARSE_PRECISIONS = frozenset({DatePrecision.YEAR.value})


def _fine_or_current(items: list[Located], published: dt.date | None) -> list[Located]:
    """The time mentions that can date an event told with no time of its own: not a year or
    decade before the report's (the year a statistic starts from, a suspect's earlier
    conviction), which the report's news is not."""
    return [
        item
        for item in items
        if getattr(item.record, "precision", None) not in COARSE_PRECISIONS
        or published is None
        or (end := getattr(item.record, "end_date", None)) is None
        or end >= published
    ]


@dataclass
class DocumentPlan:
    """A document's draft events waiting for the classifier's guesses."""

    doc: Doc
    claims: list[ClaimFound]
    drafts: list[EventDraft]
    actors: ActorIndex
    place_items: list[Located]
    own_places: list[Located]  # those that may be a trigger's own by syntax: no dateline
    time_items: list[Located]
    rivals: frozenset[int]
    types: list[TypeTriple]
    open_drafts: list[int]
    texts: list[str]
    lead_end: int  # the token where the title and lead (LEAD_SENTENCES) end


class EventFinder:
    """Finds the events of a parsed article (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, classify: bool = True) -> None:
        self.name = name
        self.nlp = nlp
        self.classify = classify
        self.actor_matcher = actor_matcher(nlp)
        trigger_lexicon()
        if classify:
            self._load_classifier()

    def _load_classifier(self) -> None:
        """Load the type classifier (its model, trigger lexicon and weights) with the pipeline,
        not when the first batch with an event to type calls it (0.05 s): a pipeline is loaded
        once and used for many batches."""
        classify = event_type_classifier()
        if classify is None:
            return
        # (no model installed: _classify warns when a batch first asks for types)
        with contextlib.suppress(CorroborateError):
            classify(["Police fired tear gas at protesters."])

    def __call__(self, doc: Doc) -> Doc:
        plan = self.prepare(doc)
        self.finish(plan, self._classify(plan.texts if plan else []))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Like __call__ on each Doc, the classifier called once per batch of documents."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> Iterator[Doc]:
        plans = [self.prepare(doc) for doc in docs]
        guesses = self._classify([text for plan in plans if plan for text in plan.texts])
        at = 0
        for doc, plan in zip(docs, plans, strict=True):
            if plan is None:
                self.finish(plan, [])
            else:
                self.finish(plan, guesses[at : at + len(plan.texts)] if guesses else [])
                at += len(plan.texts)
            yield doc

    def prepare(self, doc: Doc) -> DocumentPlan | None:
        """Triggers grouped into draft events, lexicon types, the texts to classify."""
        claims = list(doc._.corroborate_claims or ())
        doc._.corroborate_events = []
        read_phrasal_deaths(doc)
        sentences = list(_segments(doc, article_sentences(doc)))
        if not sentences:
            return None
        published = doc._.corroborate_published
        actors = ActorIndex(doc, self.actor_matcher)
        triggers: list[Trigger] = []
        for t in find_triggers(doc, sentences):
            if _kept_in_context(doc[t.head], t.entry, actors, triggers):
                triggers.append(t)
        if not triggers:
            return None
        places = list(doc._.corroborate_places or ())
        place_items = [
            item
            for item in _locate(doc, places)
            if item.root.i not in actors.by_token or actors.by_token[item.root.i].person
        ]
        # where a speaker spoke from is no place of what is told ("by telephone from London")
        place_items = [item for item in place_items if not _spoken_from(item.root)]
        # where the wounded were treated is no place of the incident, unless no other is named
        place_items = [item for item in place_items if not _where_treated(item.root)] or place_items
        # "the Saudi-led coalition", "Sanaa-based", "the Jalisco New Generation Cartel": whose
        # or where from, not where it happened
        place_items = [
            item
            for item in place_items
            if not _attributive(doc, item.record) and not _names_a_group(item.root)
        ] or place_items
        # a dateline ("PESHAWAR: Gunmen shot ...") says where the report was filed, even where
        # the parser hangs it on the verb: a place the event's sentence names comes first
        own_places = [item for item in place_items if not _is_dateline(doc, item.record)]
        text = doc_text(doc)  # (Doc.text joins every token's text again at each access)
        time_items = [
            item
            for item in _locate(doc, doc._.corroborate_times)
            if getattr(item.record, "type", "date") in ("date", "time")
            and not page_stamp(text, item.record.start)
            and not ambiguous_day(getattr(item.record, "value", None))  # "03/04/2025"
        ]
        time_roots = [(item.record, item.root) for item in time_items]
        for trigger in triggers:
            trigger.modality = trigger_modality(trigger, doc, claims, time_roots, published)
            trigger.arguments = _speakers_own(
                doc, _arguments(doc[trigger.head], actors), claims, actors
            )
        _spread_modality(doc, triggers)
        _inherit_modality(doc, triggers)
        _told_back(doc, triggers)
        _arrests_told_back(doc, triggers)
        for trigger in triggers:
            trigger.charged = (
                trigger.cls in VIOLENT_CLASSES
                # ("charges stemming from the shooting allegedly during gun play")
                and trigger.modality in (Modality.OCCURRED.value, Modality.ALLEGED.value)
                and _named_by_charge(doc[trigger.head])
            )
        rivals = frozenset(t.head for t in triggers)

        def place_of(trigger: Trigger) -> int | None:
            found = _own_place(own_places, [doc[trigger.head]], rivals) or _nearest(
                place_items, [doc[trigger.head]], rivals
            )
            return None if found is None else found.index

        frames = _framed_days(doc, time_items)
        other_acts = frozenset(t.head for t in triggers if t.cls not in VIOLENT_CLASSES)
        for trigger in triggers:
            trigger.own_time = _own_day(doc[trigger.head], time_items, _one_day, other_acts)
            trigger.own_week = _own_day(doc[trigger.head], time_items, _one_week, other_acts)
            framed = frames.get(doc[trigger.head].sent.start)
            if framed is not None:
                trigger.own_time, trigger.framed = framed, True
        drafts = group_triggers(doc, triggers, place_of, places, _story_days(time_items))
        owned = frozenset(t.head for t in triggers if t.owned)
        grouped = {id(t) for d in drafts for t in d.triggers}
        # victims named by an incident the report has not told ("aid for riot victims"): a
        # background incident where the report has other news (_background_incidents),
        # whatever governs the victims ("no plan to march in memory of the attack victims")
        unjoined_victims = [t for t in triggers if id(t) not in grouped and _names_victims(t, doc)]
        triggers = [t for t in triggers if id(t) in grouped]  # harm nouns told before any event
        if not triggers and not unjoined_victims:
            return None
        _relink_harm(doc, triggers, drafts)
        _merge_casualties(doc, drafts, places)
        drafts = [d for d in drafts if d.triggers]
        self._attach_figures(doc, drafts, sentences, owned)
        _add_implied_figures(doc, drafts)
        if drafts:
            main = choose_main(doc, drafts, lambda d: _event_modality(d.triggers))
            drafts.insert(0, drafts.pop(main))
            _gather_counts(doc, drafts, places, time_items)
            _death_told_apart(doc, drafts, sentences)
            _charged_acts(doc, drafts)
            _story_weeks_before(doc, drafts, time_items, published)
            _dated_long_before(doc, drafts, time_items, published, rivals)
        if len(sentences) > LEAD_SENTENCES:  # a report with a body beyond its lead
            _background_incidents(
                doc, drafts, triggers, time_items, _lead_end(sentences), unjoined_victims
            )
        if not drafts:
            return None
        types, open_drafts = _lexicon_types(doc, drafts, actors)
        return DocumentPlan(
            doc=doc,
            claims=claims,
            drafts=drafts,
            actors=actors,
            place_items=place_items,
            own_places=own_places,
            time_items=time_items,
            rivals=rivals,
            types=types,
            open_drafts=open_drafts,
            texts=[doc[drafts[i].first.head].sent.text for i in open_drafts],
            lead_end=_lead_end(sentences),
        )

    def finish(self, plan: DocumentPlan | None, guesses: Sequence[Any]) -> None:
        """EventFound records (types settled by the guesses) and claims linked to them."""
        if plan is None:
            return
        doc, drafts, types = plan.doc, plan.drafts, list(plan.types)
        for i, guess in zip(plan.open_drafts, guesses, strict=False):
            allowed = CLASS_EVENT_TYPES.get(drafts[i].cls, frozenset())
            if (
                drafts[i].cls == "violence"
                and guess.event_type == "Riots"
                and _actor_kinds(drafts[i])[0] & STATE_KINDS
            ):
                continue  # soldiers or police who kill are no mob: the lexicon's type stands
            if (
                guess.event_type in allowed
                and guess.sub_event_type in ACLED_EVENT_TYPES
                and guess.sub_event_type not in _named_by_own_words()
            ):
                types[i] = (guess.event_type, guess.sub_event_type, guess.plover or types[i][2])
        # the place the report was filed from counts twice: a city named twice in passing
        # ("a statement issued from London", "has lived in London since 2013") is no likelier
        # than the dateline's to be where an event told with no place of its own happened
        dominant_place = _dominant(
            plan.place_items,
            lambda r: getattr(r, "name", None) or r.text,
            weight=lambda item: 2 if _is_dateline(doc, item.record) else 1,
        )
        countries = Counter(c for item in plan.place_items if (c := item.record.country))
        story_country = countries.most_common(1)[0][0] if countries else None
        told_places = _told_places(plan.own_places, drafts)
        resolved_own = [item for item in plan.own_places if _resolved(item)]
        resolved_items = [item for item in plan.place_items if _resolved(item)]
        # the story's own time: not one that dates another incident it says its own is not
        # linked to ("not linked to Monday's block party shooting" in a report of Thursday's)
        earlier = {
            found.index
            for draft in drafts
            if any(_set_apart(doc[t.head]) for t in draft.triggers)
            and (found := _nearest(plan.time_items, [doc[t.head] for t in draft.triggers]))
        }
        # "adjourned the hearing until April 16": the day the deferment ends dates no event
        dating_items = [item for item in plan.time_items if not _end_bound(item.root)]
        story_times = [item for item in dating_items if item.index not in earlier]
        dominant_time = _dominant(
            _fine_or_current(story_times, doc._.corroborate_published)
            or story_times
            or dating_items,
            lambda r: getattr(r, "value", None) or r.text,
            # of times told equally often, a day ("on Wednesday") before "last month"
            rank=lambda item: PRECISION_RANK.get(getattr(item.record, "precision", None), 3),
        )
        events = []
        for draft, (event_type, sub_type, plover) in zip(drafts, types, strict=True):
            modality = _event_modality(draft.triggers)
            if draft.cls == "protest" and modality == Modality.HYPOTHETICAL.value:
                # a protest called for has not yet turned violent or been met with force
                event_type, sub_type = "Protests", "Peaceful protest"
            tokens = [doc[t.head] for t in draft.triggers]
            place = (
                _own_place(plan.own_places, tokens, plan.rivals)
                or told_places.get(id(draft))
                or _nearest(plan.place_items, tokens, plan.rivals)
                or dominant_place
            )
            place = _finer_place(place, plan.own_places, tokens, plan.rivals, plan.lead_end)
            if place is not None and not _resolved(place):
                # a name the gazetteer lacks ("in and around Voo Doo Doughnuts") gives the
                # event no place to link by: a resolved one its sentences name, else that
                # name (not the story's main place: "near Kelso" is no attack at Dunmore)
                place = (
                    _own_place(resolved_own, tokens, plan.rivals)
                    or _nearest(resolved_items, tokens, plan.rivals)
                    or place
                )
            time = _nearest(dating_items, tokens, plan.rivals) or dominant_time
            if modality == Modality.REFERENCE.value and any(_days_before(t) for t in tokens):
                # "wounded on Friday, three days after a raid left 19 dead": the raid is of
                # another day than its sentence's; only a time of its own clause dates it
                heads = [*tokens, *(t.head for t in tokens if t.dep_ in ("nsubj", "nsubjpass"))]
                time = next((i for i in plan.time_items for t in heads if _attached(i, t)), None)
            if draft.own_times and _single_day(time.record if time else None) not in draft.days:
                time = draft.own_times[0]  # its own day, not a time that names none or another
            # a place the gazetteer could not resolve still lies in the story's country
            country = country_name(
                getattr(getattr(place, "record", None), "country", None) or story_country
            )
            first = _headline_trigger(doc, draft)
            trigger_span = doc[first.start : first.end]
            events.append(
                EventFound(
                    event_type=event_type,
                    sub_event_type=sub_type,
                    plover=plover,
                    modality=modality,
                    trigger=_text_span(trigger_span),
                    actors=tuple(_event_actors(doc, draft, plan.actors, country)),
                    place=None if place is None else place.index,
                    time=None if time is None else time.index,
                    figures=tuple(_figures(draft, plan.claims, doc, plan.lead_end)),
                    evidence=tuple(_evidence(doc, draft)),
                    triggers=tuple(_text_span(doc[t.start : t.end]) for t in draft.triggers),
                    trigger_modalities=tuple(t.modality for t in draft.triggers),
                    apart_on_phrases=draft.apart_on_phrases,
                )
            )
        doc._.corroborate_events = events
        if doc._.corroborate_claims is not None:
            doc._.corroborate_claims = _link_claims(plan.claims, events, drafts, doc)

    def _attach_figures(
        self,
        doc: Doc,
        drafts: list[EventDraft],
        sentences: list[Span],
        owned: frozenset[int] = frozenset(),
    ) -> None:
        """Each figure to the event whose trigger counts it (else the nearest fitting one);
        none that a trigger headed at an `owned` token counts (an act a statement owns to)."""
        counting = [(t, d) for d in drafts for t in d.triggers if not _names_victims(t, doc)]
        by_token = {t.head: d for t, d in counting}
        by_sentence: dict[int, list[EventDraft]] = {}
        for trigger, draft in counting:
            by_sentence.setdefault(trigger.sentence, []).append(draft)
        starts = [sent.start for sent in sentences]
        # where a headline or lead toll with no trigger of its own goes ("Police find 3 bodies
        # inside a Millbrook home"): the first actual violent event
        first_violent = min(
            (d for d in drafts if d.cls in VIOLENT_CLASSES and d.group == "actual"),
            key=lambda d: d.first.start,
            default=None,
        )
        first_operation = min(
            (d for d in drafts if d.group == "actual" and d.cls in OPERATION_CLASSES),
            key=lambda d: d.first.start,
            default=None,
        )
        for counted in find_figures(doc):
            if counted.predicate in owned:
                continue
            number = bisect.bisect_right(starts, counted.predicate) - 1
            if number < 0 or counted.predicate >= sentences[number].end:
                continue  # boilerplate
            draft = _toll_named_event(doc[counted.predicate], by_token) or by_token.get(
                counted.predicate
            )
            if draft is None:
                wanted = _classes_for(counted.figure.kind)
                fitting = [d for d in by_sentence.get(number, ()) if d.cls in wanted]
                # a violent event of the sentence first, else its raid, arrest or protest
                fitting.sort(key=lambda d: d.cls not in VIOLENT_CLASSES)
                draft = fitting[0] if fitting else None
            # (a count of others hurt, however far down: "Two other victims arrived at the
            # hospital" tells more victims of the story's incident, not of another)
            # (so is a count of the hurt told by their condition: "All three are listed in fair
            # condition" tells how the story's victims are, wherever it stands)
            told_of_incident = (
                number < LEAD_SENTENCES
                or counted.harm_zero
                or _other_victims_counted(doc, counted)
                or (_hurt_told_by_condition(doc, counted) and not _hurt_counted(first_violent))
            )
            if draft is None and told_of_incident and counted.figure.kind in HARM_KINDS:
                draft = first_violent
            if draft is None and counted.harm_zero:
                # "Soldiers raided the village. No civilians were harmed": none hurt in the raid
                draft = first_operation
            if draft is not None:
                draft.figures.append(counted)

    def _classify(self, texts: list[str]) -> list[Any]:
        """The classifier's guesses, or [] when it is absent or has no model installed."""
        classify = event_type_classifier() if self.classify else None
        if classify is None or not texts:
            return []
        try:
            return list(classify(texts))
        except CorroborateError as error:
            # A pipeline without a trained type model still types events by the lexicon.
            warnings.warn(f"event types from the trigger lexicon only: {error}", stacklevel=2)
            self.classify = False
            return []


def _toll_named_event(predicate: Token, by_token: dict[int, EventDraft]) -> EventDraft | None:
    """The event a toll says it counts, where another trigger names it: "the toll from
    Tuesday's march now stood at five dead" is the march's, not the event "dead" joined; so is
    a toll an act's noun leaves ("days after a raid left 19 people dead": the raid's, not the
    sentence's other violence)."""
    verb = predicate
    for _ in range(3):  # "dead" <- "at" <- "stood"
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _lemma(verb) == "leave" and predicate is not verb and subject.i in by_token:
            return by_token[subject.i]
        if _lemma(subject) not in TOLL_NOUNS:
            continue
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "in"):
                for event in prep.children:
                    if event.dep_ == "pobj" and event.i in by_token:
                        return by_token[event.i]
    return None


def _lexicon_types(
    doc: Doc, drafts: list[EventDraft], actors: ActorIndex
) -> tuple[list[TypeTriple], list[int]]:
    """(event_type, sub_event_type, plover) per event from the lexicon and the actor rules,
    and the events whose type the classifier may still settle."""
    chosen: list[TypeTriple] = []
    open_drafts = []
    crowds = frozenset(t.sentence for d in drafts if d.cls == "protest" for t in d.triggers)
    for draft in drafts:
        entry = _deciding_entry(doc, draft)
        sub = entry.sub_event_type
        if not entry.fixed and sub is not None:
            refined = _refine(draft, sub, doc, actors, crowds)
            if refined == sub:
                open_drafts.append(len(chosen))  # no rule fired: the classifier may decide
            sub = refined
        if _raid_killed(doc, draft):
            # "14 people were killed when soldiers raided the quarter": a raid that killed
            # is no round-up, whatever arrests it also made (whose fixed word would type it):
            # troops on an armed group's camp fight it, else they attack those they killed
            # (whom the raid itself was on: not the suspects its arrests took)
            kinds1, kinds2 = _actor_kinds(draft, {"raid"})
            state_on_group = kinds1 & STATE_KINDS and kinds2 & ARMED_GROUP_KINDS
            sub = "Armed clash" if state_on_group else "Attack"
            plover = "ASSAULT"
            if open_drafts and open_drafts[-1] == len(chosen):
                open_drafts.pop()  # settled here, not by the classifier
        else:
            plover = entry.plover
        if draft.cls == "arrest" and sub == "Arrests":
            kinds1, _ = _actor_kinds(draft)
            if kinds1 & ARMED_GROUP_KINDS and not kinds1 & STATE_KINDS:
                # "gunmen rounded up men at the market": armed men seize, the state arrests
                sub = "Abduction/forced disappearance"
        event_type = ACLED_EVENT_TYPES.get(sub) if sub else None
        chosen.append((event_type, sub, plover))
    return chosen, open_drafts


# Actors that hold people by force without the state's power of arrest.
ARMED_GROUP_KINDS = frozenset({"rebel group", "militia"})


def _headline_trigger(doc: Doc, draft: EventDraft) -> Trigger:
    """The trigger that names the event: the first of its modality, a non-harm word of the
    same sentence before a harm word ("opened fire" rather than "died")."""
    modality = _event_modality(draft.triggers)
    same = [t for t in draft.triggers if t.modality == modality] or draft.triggers
    specific = [
        t for t in same if t.sentence == same[0].sentence and _lemma(doc[t.head]) not in HARM_LEMMAS
    ]
    return (specific or same)[0]


# Triggers whose doer decides whether they are violence at all.
ARMED_DOER_WORDS = frozenset({("target",), ("pick",)})


def _kept_in_context(
    token: Token, entry: TriggerEntry, actors: ActorIndex, earlier: Sequence[Trigger]
) -> bool:
    """The filters of ambiguous triggers that need the document's actors (`_supported` has
    those that need only the parse)."""
    if entry.cls == "inaction":
        return _state_subject(token, actors) and not _query_unanswered(token)
    if entry.words == ("strike",):
        return _armed_strike(token, actors, earlier)
    if entry.words in ARMED_DOER_WORDS:
        return _done_by_armed(token, actors)
    return True


# What a press officer fails to answer: "did not respond to questions", no failure to act.
QUERY_NOUNS = _words("query_nouns")
# What a request is "for" when it is a reporter's query: "a request for comment".
QUERY_PURPOSES = _words("query_purposes")


def _query_unanswered(token: Token) -> bool:
    """ "The army did not respond to questions", "did not reply to a request for comment":
    a query unanswered, not a force failing to act ("did not respond to calls for help")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in QUERY_NOUNS:
                return True
            if any(
                p.lower_ == "for" and any(c.lemma_ in QUERY_PURPOSES for c in p.children)
                for p in noun.children
            ):
                return True
    return False


def _state_subject(token: Token, actors: ActorIndex) -> bool:
    """True when the sentence names the state's forces (a government failing to govern is
    politics, not a failure of the police to act)."""
    sent = token.sent
    return any(m.kind in STATE_KINDS for m in actors.mentions if sent.start <= m.root < sent.end)


# Words that make "strike" a blow of arms ("a missile strike", "retaliatory strikes") or a
# stoppage of work ("a general strike", "the transporters' strike", "called a strike").
ARMED_STRIKE_WORDS = _words("armed_strike_words")
STOPPAGE_VERBS = _words("stoppage_verbs")


def _armed_strike(token: Token, actors: ActorIndex, earlier: Sequence[Trigger]) -> bool:
    """ "strike" alone, beside the military ("The military denied that any strike had taken
    place") or after an air strike of the same report, and not a stoppage of work ("went on
    strike", "a general strike", "called a strike")."""
    if token.dep_ == "compound" or (token.dep_ == "pobj" and token.head.lower_ == "on"):
        return False  # "strike call", "on strike"
    if token.dep_ == "dobj" and _lemma(token.head) in STOPPAGE_VERBS:
        return False
    modifiers = [
        c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")
    ]
    if any(c.lower_ in ARMED_STRIKE_WORDS for c in modifiers):
        return True
    if modifiers:
        return False  # "a general strike", "the teachers' strike"
    sent = token.sent
    return any(
        m.kind == "military" for m in actors.mentions if sent.start <= m.root < sent.end
    ) or any(t.entry.sub_event_type == "Air/drone strike" for t in earlier)


def _deciding_entry(doc: Doc, draft: EventDraft) -> TriggerEntry:
    """The entry that types the event: a fixed one if any, else the first non-harm trigger;
    of the triggers of the event's modality (what may happen after a hearing, "may be
    extradited if the court issues a warrant for his arrest", does not type the hearing)."""
    modality = _event_modality(draft.triggers)
    triggers = [t for t in draft.triggers if t.modality == modality]
    entries = [t.entry for t in triggers if t.entry.cls == draft.cls or draft.cls == "arrest"]
    entries = entries or [t.entry for t in triggers]
    for entry in entries:
        if entry.fixed:
            return entry
    for trigger in triggers:
        if _lemma(doc[trigger.head]) not in HARM_LEMMAS:
            return trigger.entry
    return entries[0]


def _actor_kinds(
    draft: EventDraft, classes: frozenset[str] | set[str] | None = None
) -> tuple[set[str], set[str]]:
    """The kinds of the draft's actor1 and actor2 mentions (of its triggers of `classes`)."""
    kinds1: set[str] = set()
    kinds2: set[str] = set()
    for trigger in draft.triggers:
        if classes is not None and trigger.cls not in classes:
            continue
        for role, mention in trigger.arguments:
            (kinds1 if role == Role.ACTOR1.value else kinds2).add(mention.kind)
    return kinds1, kinds2


def _refine(
    draft: EventDraft,
    sub: str,
    doc: Doc,
    actors: ActorIndex,
    crowds: frozenset[int] = frozenset(),
) -> str:
    """Rules on the actors for an open violent type; `crowds`: the sentences that tell of a
    protest."""
    kinds1, kinds2 = _actor_kinds(draft)
    if draft.cls in ("violence", "clash"):
        if ActorKind.PROTESTERS.value in kinds1 and not kinds1 & (STATE_KINDS | ARMED_GROUP_KINDS):
            # demonstrators' own violence ("stabbed by protesters"): ACLED's violent
            # demonstration, a riot, whomever it struck
            return "Violent demonstration"
        if (
            draft.cls == "clash"
            and not (kinds1 | kinds2) & ARMED_GROUP_KINDS
            and any(t.sentence in crowds for t in draft.triggers)
        ):
            # "clashes as opposition marches": a crowd's clashes, no battle of armed groups
            return "Violent demonstration"
        if (kinds1 & STATE_KINDS and kinds2 & ARMED_GROUP_KINDS) or (
            kinds2 & STATE_KINDS and kinds1 & ARMED_GROUP_KINDS
        ):
            return "Armed clash"
        if (
            draft.cls == "violence"
            and kinds2
            and kinds2 <= STATE_KINDS
            and not kinds1 & STATE_KINDS
        ):
            # gunmen firing on a police team: the force is armed, no civilian target (ACLED
            # codes attacks on state forces as battles)
            return "Armed clash"
        if ActorKind.RIOTERS.value in kinds1:
            return "Mob violence"
        if kinds1 & STATE_KINDS and ActorKind.PROTESTERS.value in kinds2:
            return "Excessive force against protesters"
    if draft.cls == "looting" and ActorKind.RIOTERS.value in kinds1:
        return "Mob violence"
    if draft.cls == "raid":
        if any(f.figure.kind == "arrested" for f in draft.figures):
            return "Arrests"
        # troops raiding an armed group's camp fight it: "a raid on an insurgent camp"; so
        # does an armed group raiding a police post; its raid on others is an attack
        if (kinds1 & STATE_KINDS and kinds2 & ARMED_GROUP_KINDS) or (
            kinds1 & ARMED_GROUP_KINDS and kinds2 & STATE_KINDS
        ):
            return "Armed clash"
        return "Attack" if kinds1 & ARMED_GROUP_KINDS and not kinds1 & STATE_KINDS else "Other"
    harmed = any(
        f.figure.kind in ("killed", "injured") and (f.figure.value or f.figure.low or 0) > 0
        for f in draft.figures
    )
    if draft.cls == "protest" and harmed:
        return "Excessive force against protesters"  # protesters killed or wounded
    if (
        draft.cls == "force"
        and harmed
        and kinds1 & STATE_KINDS
        and ActorKind.PROTESTERS.value in kinds2
        and any(t.cls == "violence" for t in draft.triggers)
    ):
        # crowd control that killed or wounded: "fired tear gas and live rounds, killing two"
        return "Excessive force against protesters"
    return sub


def _classes_for(kind: str) -> frozenset[str]:
    if kind in (FigureKind.KILLED.value, FigureKind.INJURED.value, SHOT):
        return VIOLENT_CLASSES | {"protest", "raid", "arrest"}
    if kind == FigureKind.ARRESTED.value:
        return frozenset({"arrest", "raid"})
    return frozenset({"seizure", "raid", "arrest"})


@functools.cache
def event_type_classifier() -> Callable[[list[str]], list[Any]] | None:
    """classify_event_types from corroborate.extract.event_types, or None while it is absent."""
    try:
        module = importlib.import_module("corroborate.extract.event_types")
    except ImportError:
        return None
    return getattr(module, "classify_event_types", None)


# --------------------------------------------------------------------------- arguments

AGENT_DEPS = ("nsubj", "agent", "csubj")
PATIENT_DEPS = ("dobj", "nsubjpass", "attr")


def _confessors(token: Token) -> list[Token]:
    """Who confesses to the act `token` names, its doer as he tells it: "a worker has
    confessed to taking part in 120 killings", "confessed to killing the guard" (not the
    force that presents the confession)."""
    current = token
    for _ in range(5):  # killings <- in <- taking <- to <- confessed
        if current.dep_ not in ("pobj", "pcomp", "prep", "dobj", "xcomp"):
            return []
        current = current.head
        if _lemma(current) in CONFESSION_VERBS:
            return [c for c in current.children if c.dep_ == "nsubj"]
    return []


def _answerable(token: Token) -> list[Token]:
    """The ones a clause holds answerable for the event `token` names: "X claimed
    responsibility for the attack", "X were responsible for the killing", "blamed X for the
    attack", "accused X of murdering", "soldiers accused of murdering"."""
    token = _phrase_head(token)
    if _claimed_outright(token):
        return [c for c in token.head.children if c.dep_ == "nsubj"][:1]
    if confessors := _confessors(token):
        return confessors
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "of", "with"):
        return []
    holder = prep.head
    if _lemma(holder) == "responsible":
        if holder.dep_ == "acomp":
            return [c for c in holder.head.children if c.dep_ == "nsubj"]
        return [holder.head] if holder.dep_ == "amod" else []  # "held X responsible"
    verbs = _responsibility_verbs(holder)
    if verbs:
        if not any(_lemma(v) in RESPONSIBILITY_VERBS for v in verbs):
            return []
        # (a verb of another clause the parse conjoined, "the toll rose ... as X claimed
        # responsibility", has no say: its subject is the toll)
        verbs = [v for v in verbs if _lemma(v) in RESPONSIBILITY_VERBS]
        subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"][:1]
        return subjects or noun_phrase_before(verbs[0])
    if _lemma(holder) not in BLAME_VERBS:
        return []
    blamed = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
    if not blamed and holder.dep_ == "acl":
        blamed = [holder.head]  # "two men accused of the killing"
    if not blamed and holder.tag_ == "VBN" and not any(c.dep_ == "aux" for c in holder.children):
        # a headline's passive without its "was": "Army accused of killing villagers" (the
        # parse makes the army the subject of an active "accused", which needs an object)
        blamed = [c for c in holder.children if c.dep_ == "nsubj"]
    return blamed


def _responsibility_verbs(holder: Token) -> list[Token]:
    """The verbs (with those conjoined) of "X claimed / denied responsibility for ..." whose
    "for" hangs on `holder`, the noun or the verb; none for anything else."""
    if _lemma(holder) == "responsibility" and holder.dep_ == "dobj":
        verbs = [holder.head]  # "claimed responsibility [for the attack]"
    elif any(c.dep_ == "dobj" and _lemma(c) == "responsibility" for c in holder.children):
        verbs = [holder]  # "claimed responsibility" with "for" on the verb
    else:
        return []
    while verbs[-1].dep_ == "conj":  # "neither claimed nor denied responsibility"
        verbs.append(verbs[-1].head)
    return verbs


def _agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's "by" agent."""
    return [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]


def _relative_antecedent(token: Token) -> Token:
    """A relative pronoun's noun: "Maria Lopez, who was kidnapped" -> Lopez; through an
    apposition to the name it describes ("the Front, a faction that has carried out raids")."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        noun = token.head.head
        return noun.head if noun.dep_ == "appos" else noun
    return token


def _arguments(token: Token, actors: ActorIndex) -> list[tuple[str, ActorMention]]:
    """(role, actor) pairs of a trigger from its syntactic arguments."""
    found: list[tuple[str, Token]] = []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    intransitive = _lemma(token) in ("die", "dead", "injured", "wounded") or (
        coarse_pos(token) == "ADJ"
    )
    if coarse_pos(token) == "NOUN":
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i in actors.by_token:
                found.append((Role.ACTOR1.value, child))
            elif child.dep_ == "poss":
                role = (
                    Role.ACTOR2.value
                    if _lemma(token)
                    in (
                        "arrest",
                        "killing",
                        "death",
                        "murder",
                        "abduction",
                        "kidnapping",
                        "detention",
                    )
                    else Role.ACTOR1.value
                )
                found.append((role, child))
            elif child.dep_ == "prep":
                word = child.lower_
                role = {
                    "by": Role.ACTOR1.value,
                    "on": Role.ACTOR2.value,
                    "against": Role.ACTOR2.value,
                    "of": Role.ACTOR2.value,
                    "with": Role.ACTOR2.value,
                }.get(word)
                if role is not None:
                    found.extend((role, c) for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and _lemma(child) in DOING_PARTICIPLES:
                found.extend((Role.ACTOR1.value, c) for c in _agents(child))
        if token.dep_ in ("dobj", "attr") and _lemma(token.head) in LIGHT_VERBS:
            found.extend((Role.ACTOR1.value, c) for c in token.head.children if c.dep_ == "nsubj")
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in ("in", "during")
            and (token.head.head.pos_ == "VERB")
        ):
            # "killed in police firing": the victims of the clause are the patients
            found.extend(
                (Role.ACTOR2.value, c) for c in token.head.head.children if c.dep_ == "nsubjpass"
            )
    else:
        for child in token.children:
            dep = child.dep_
            if dep in ("compound", "amod", "nmod") and child.i in actors.by_token:
                found.append((Role.ACTOR1.value, child))  # "police firing" tagged as a verb
            elif dep == "agent":
                for c in child.children:
                    if c.dep_ == "pobj":
                        found.append((Role.ACTOR1.value, c))
                        # "killed by police bullets": whose bullets
                        found.extend(
                            (Role.ACTOR1.value, m)
                            for m in c.children
                            if m.dep_ == "compound" and m.i in actors.by_token
                        )
            elif dep == "nsubj":
                # "Teen killed in shooting": in a headline the subject is the victim
                headline = (
                    token.tag_ in ("VBN", "VBD")
                    and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
                    and (
                        token.tag_ == "VBN"
                        or (child.tag_ == "NN" and not any(c.dep_ == "det" for c in child.children))
                        # "Two police officers shot dead in ambush", the verb tagged VBD
                        or any(c.dep_ == "oprd" and c.lower_ == "dead" for c in token.children)
                    )
                )
                role = Role.ACTOR2.value if intransitive or headline else Role.ACTOR1.value
                found.append((role, child))
            elif dep in ("nsubjpass", "dobj"):
                found.append((Role.ACTOR2.value, child))
            elif dep == "prep" and child.lower_ in ("with", "on", "at", "against"):
                if intransitive and child.lower_ == "at":
                    continue  # "died at Kenyatta National Hospital": where, not on whom
                found.extend((Role.ACTOR2.value, c) for c in child.children if c.dep_ == "pobj")
        if token.dep_ in ("acl", "amod") and token.tag_ == "VBG":
            found.append((Role.ACTOR1.value, token.head))  # "police firing": who fires
        elif _misparsed_doer(token, actors):
            found.append((Role.ACTOR1.value, token.doc[token.i - 1]))
        elif (
            token.dep_ in ("acl", "relcl", "amod")
            and not passive
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            found.append((Role.ACTOR2.value, token.head))  # "people killed": who died
        if token.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children
        ):
            # "Khan was accused ... and may be extradited": the subject is the first verb's;
            # "the men were picked up by soldiers and executed": its passive and its agent too
            # (the tagger makes such a participle VBD as often as VBN)
            shared_passive = any(c.dep_ == "auxpass" for c in token.head.children) and not any(
                c.dep_ in ("aux", "dobj") for c in token.children
            )
            for c in token.head.children:
                if c.dep_ == "nsubjpass" and shared_passive:
                    found.append((Role.ACTOR2.value, c))
                    if not any(g.dep_ == "agent" for g in token.children):
                        found.extend(
                            (Role.ACTOR1.value, p)
                            for a in token.head.children
                            if a.dep_ == "agent"
                            for p in a.children
                            if p.dep_ == "pobj"
                        )
                elif c.dep_ in ("nsubj", "nsubjpass"):
                    role = Role.ACTOR2.value if passive or intransitive else Role.ACTOR1.value
                    found.append((role, c))
        if token.dep_ == "xcomp" and _lemma(token.head) not in EVENT_OBJECT_VERBS:
            found.extend((Role.ACTOR1.value, c) for c in token.head.children if c.dep_ == "nsubj")
    found.extend((Role.ACTOR1.value, t) for t in _answerable(token))
    result: list[tuple[str, ActorMention]] = []
    for role, argument in found:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in argument.children):
            continue  # "no soldier was killed": no soldier is among those it was done to
        for member in _members(_relative_antecedent(argument)):
            mention = actors.actor_of(member)
            if mention is None and role == Role.ACTOR2.value and _attacked(member):
                mention = actors.holder_of(member)  # "raided a rebel camp", "a police post"
            if mention is not None:
                result.append((role, mention))
    return result


def _attacked(place: Token) -> bool:
    """The place is what the act is done to (its object, or "on"/"against" it), not where
    something else happens ("arrested at the police station")."""
    return place.dep_ == "dobj" or (
        place.dep_ == "pobj" and place.head.lower_ in ("on", "against", "upon")
    )


def _misparsed_doer(token: Token, actors: ActorIndex) -> bool:
    """ "perished in police firing" parsed as "in police" with "firing" a clause of its own:
    the actor just before a verb-tagged trigger, as object of a preposition of its head."""
    if token.i < 2 or token.tag_ != "VBG":
        return False
    before = token.doc[token.i - 1]
    return (
        before.i in actors.by_token
        and before.dep_ == "pobj"
        and before.head.i == token.i - 2
        and before.head.head.i == token.head.i
    )


def _members(argument: Token) -> list[Token]:
    """The argument, its conjuncts and the members it lists ("27 people, including X and Y")."""
    members = [argument]
    for child in argument.children:
        if child.dep_ == "conj":
            members.extend(_members(child))
        elif child.dep_ == "prep" and child.lower_ in ("including", "among"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    members.extend(_members(pobj))
    return members


def _speakers_own(
    doc: Doc,
    arguments: list[tuple[str, ActorMention]],
    claims: Sequence[ClaimFound],
    actors: ActorIndex,
) -> list[tuple[str, ActorMention]]:
    """Arguments a speaker calls his own ("Our men fired only rubber bullets," said a police
    spokesman) as the body he speaks for, named in his description or as his speaker."""
    mended = []
    for role, mention in arguments:
        root = doc[mention.root]
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in root.children):
            index = _claim_containing(claims, root.idx, root.idx + len(root))
            claim = None if index is None else claims[index]
            if claim is not None and claim.speaker_start is not None:
                # the speaker as named here, else as first described ("Superintendent of
                # Police Arvind Kesari said ..." before "... Kesari said")
                spans = [(claim.speaker_start, claim.speaker_end)] + [
                    (c.speaker_start, c.speaker_end)
                    for c in claims
                    if c.speaker_name == claim.speaker_name
                    and c.speaker_start is not None
                    and c.speaker_end is not None
                ]
                own = [
                    m
                    for start, end in spans
                    for m in actors.mentions
                    if start <= m.start_char
                    and end is not None
                    and m.end_char <= end
                    and not m.person
                    and m.kind in ARMED_KINDS
                ]
                if own:
                    mention = own[0]
        mended.append((role, mention))
    return mended


def _event_actors(
    doc: Doc, draft: EventDraft, actors: ActorIndex, country: str | None
) -> list[ActorFound]:
    found: list[ActorFound] = []
    seen: set[tuple[str, str]] = set()

    def add(mention: ActorMention, role: str) -> None:
        record = mention.found(role, country)
        key = (record.name, role)
        if key not in seen:
            seen.add(key)
            found.append(record)

    for trigger in draft.triggers:
        for role, mention in trigger.arguments:
            add(mention, role)
            if mention.affiliation is not None:
                add(mention.affiliation, Role.ASSOCIATE.value)
    # "killed in a police encounter" then "an encounter with the police": a state force is
    # one side, the doer (armed groups and crowds do fight their own kind)
    found = [
        a
        for a in found
        if not (
            a.role == Role.ACTOR2.value
            and a.kind in STATE_KINDS
            and (a.name, Role.ACTOR1.value) in seen
        )
    ]
    order = {Role.ACTOR1.value: 0, Role.ACTOR2.value: 1, Role.ASSOCIATE.value: 2}
    return sorted(found, key=lambda a: order[a.role])


# --------------------------------------------------------------------------- figures


def _add_implied_figures(doc: Doc, drafts: list[EventDraft]) -> None:
    """A count the trigger's own modifier implies ("fatal shooting", "murder-suicide") for each
    kind the event states no figure of (implied_tolls.py). Exact ones first: an at-least one
    is a fallback, and "deadly shooting" in the lead gives way to a "double murder" further
    down as to any stated count."""
    for draft in drafts:
        for exact in (True, False):
            for trigger in draft.triggers:
                kinds = {c.figure.kind for c in draft.figures}
                counted = implied_figure(doc[trigger.head], kinds)
                if counted is None or (counted.figure.qualifier == Qualifier.EXACT) != exact:
                    continue
                draft.figures.append(counted)
                draft.figures.sort(key=lambda c: c.figure.start)


def _deaths(
    draft: EventDraft, suicide_told: bool = False, apart: frozenset[int] = frozenset()
) -> int:
    """The largest count of deaths the event reports, the killer's own death left out: they
    are among those its "shot" counts ("Mother, son fatally shot ... the two had been shot in
    the head", "5 shot, 2 fatally", "he died"). `suicide_told`: _suicide_told of the event;
    `apart`: the predicates of deaths not among them."""
    killed = [
        c
        for c in draft.figures
        if c.figure.kind == FigureKind.KILLED.value and c.predicate not in apart
    ]
    suicide = suicide_told or any(c.suicide for c in killed)
    deaths = [
        # "... then turned the gun on himself. He died at the scene": the killer again
        0
        if suicide and c.figure.value == 1 and _killer_again(c.figure)
        else (c.figure.value or 0) - c.suicide
        for c in killed
    ]
    return max(deaths, default=0)


def _suicide_told(doc: Doc, draft: EventDraft, triggers: bool = False) -> bool:
    """A sentence of the event's figures (`triggers`: or of its trigger words, "shot them
    both before turning the gun on himself") tells of the shooter's suicide ("then turned the
    gun on himself", "committed suicide"); "killed himself" may be a child's accident."""
    tokens = [c.predicate for c in draft.figures]
    if triggers:
        tokens += [t.head for t in draft.triggers]
    sentences = {sent.start: sent for sent in (doc[i].sent for i in tokens)}
    text = doc_text(doc)  # (a sentence's text sliced from it: Span.text joins its tokens anew)
    return any(_SUICIDE_TOLD.search(text[s.start_char : s.end_char]) for s in sentences.values())


_SUICIDE_TOLD = re.compile(rf"(?i)\b(?:{alternation(_words('suicide_told'))})\b")
# The killer's death at others' hands or as a state ("officers killed the gunman", "the gunman
# is dead", "One suspect is deceased", "before he himself was shot dead"), one killer ("the
# suspects" may be more).
_KILLER_NAMES = alternation(n for n in PERPETRATOR_NOUNS if not n.endswith("s") or n == "gunmen")
_KILLER_KILLED = re.compile(
    rf"(?i)\b(?:{alternation(_words('killer_killed_verbs'))}) the (?:{_KILLER_NAMES})\b"
    rf"|\b(?:(?:the|one) (?:{_KILLER_NAMES})|he himself|she herself) (?:(?:later|also|then) )?"
    rf"(?:{alternation(_words('killer_dead_states'))})\b"
)


def _killer_killed_told(doc: Doc, draft: EventDraft) -> bool:
    """A sentence of the event's figures or trigger words tells the killer's death by others'
    hands or as a state ("Two bailiffs were shot before officers killed the gunman")."""
    tokens = [c.predicate for c in draft.figures] + [t.head for t in draft.triggers]
    sentences = {sent.start: sent for sent in (doc[i].sent for i in tokens)}
    text = doc_text(doc)  # (a sentence's text sliced from it: Span.text joins its tokens anew)
    return any(_KILLER_KILLED.search(text[s.start_char : s.end_char]) for s in sentences.values())


# A single death told of him or her once the event has told of a killer's suicide.
_KILLER_AGAIN = re.compile(
    rf"(?i)^(?:he|she|the (?:{alternation(_words('killer_nouns'))}))\b|\b(?:himself|herself)\b"
)


def _killer_again(figure: FigureFound) -> bool:
    """The figure's words may tell of the killer ("He died", "kills himself", "shot himself");
    asked only of an event that tells of the killer's suicide."""
    return bool(_KILLER_AGAIN.search(figure.text or ""))


# Those shot besides the dead ("one killed, six others shot", "five dead, six more shot", "his
# brother was also shot", "Another man suffered a gunshot wound", but not "Lee and another
# teen were shot" nor "more than 20 were shot"): no deaths come off them.
_OTHERS = re.compile(r"^another\b|\b(?:others?|else|also)\b|\bmore\b(?!\s+than\b)", re.IGNORECASE)
# ... but "he and four others were shot", "Ann Lee, 35, and three others suffering from gunshot
# wounds", "she and four other people" count the one named with the others, who may be the dead.
_NAMED_WITH_OTHERS = re.compile(r"\band (?:\w+ )?(?:others\b|other \w+)", re.IGNORECASE)
# A count of hurt told as others beside those told before ("three other men were also hit",
# "two more victims arrived at the hospital"; not "more than").
_OTHER_VICTIMS = re.compile(
    rf"(?i)\b(?:{alternation(_words('other_victim_words'))})\b(?!\s+than\b)"
)
# What the "of" of a count names a whole by: "one of the victims", "two of them".
_PARTITIVE_DETERMINERS = _words("partitive_determiners")
# Those hurt who are still in hospital: "two remain in critical condition".
_STILL_WORDS = _words("still_words")


# The one victim shot told alive: "taken to a hospital for treatment", "expected to recover"
# (not "is not expected to survive").
_SURVIVAL = re.compile(rf"(?i)(?<!\bnot )(?<!n't )\b(?:{alternation(_words('survival_words'))})\b")


def _told_alive(doc: Doc, counted: CountedFigure, draft: EventDraft) -> bool:
    """The sentence of a "shot" figure tells those it counts alive, and tells no death of
    the event ("Lee was shot ... The other man was taken to a hospital for treatment", "Three
    victims were treated for wounds that are not life-threatening"): the event's deaths
    are someone else's, none comes off them."""
    sent = doc[counted.predicate].sent
    if any(
        c.figure.kind == FigureKind.KILLED.value and doc[c.predicate].sent.start == sent.start
        for c in draft.figures
    ):
        return False
    return bool(_SURVIVAL.search(doc_text(doc)[sent.start_char : sent.end_char]))


def _another_dies_beside(doc: Doc, counted: CountedFigure, draft: EventDraft) -> bool:
    """One victim brought in as someone new ("a pizza courier was shot") in a clause of its
    own beside a death of another told the same way in the sentence ("A teenager was killed
    and a pizza courier was shot"): the two are different people, the death is not his."""
    patient = doc[counted.patient]
    if not _new_victim(patient) or patient.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for death in draft.figures:
        other = doc[death.patient]
        if (
            death.figure.kind == FigureKind.KILLED.value
            and death.figure.value == 1
            and death.patient != counted.patient
            and other.sent.start == patient.sent.start
            and other.dep_ in ("nsubj", "nsubjpass")
            and _new_victim(other)
            and other.head.i != patient.head.i  # each with its own verb
        ):
            return True
    return False


def _someone_else(patient: Token) -> bool:
    """The patient is told as another victim than those told before: "shot another victim",
    "a second man" or "the 2nd victim was wounded", "a 28-year-old man was also found with a
    gunshot wound" (the word may sit on the verb, outside the figure's words). Not one of a
    list ("Lee and another teen were shot": Lee may be the dead)."""
    if patient.lower_ in REFLEXIVES:
        return False
    verb = patient.head
    if patient.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "advmod" and c.lower_ == "also" and not _also_of_a_phrase(c)
        for c in verb.children
    ):
        return True
    listed = patient.dep_ == "conj" or any(c.dep_ == "conj" for c in patient.children)
    return not listed and (
        (patient.lower_ == "another" and not _another_of_them(patient))
        or any(
            (c.lower_ in NEW_VICTIM_WORDS or c.lower_ in TOLL_ORDINALS)
            and c.dep_ in ("det", "amod", "nummod")
            for c in patient.children
        )
    )


def _another_of_them(patient: Token) -> bool:
    """ "another" after "one of the victims" in its sentence ("one of the victims was shot
    inside and another outside"): another of the same victims, not someone besides them."""
    return patient.lower_ == "another" and any(
        t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in patient.doc[patient.sent.start : patient.i]
    )


def _also_of_a_phrase(also: Token) -> bool:
    """ "also" after its verb that leads a phrase of place or time ("was shot at 9 p.m. on Elm
    Street, also in Eastfield"): it adds to where or when, not another victim to the dead."""
    following = also.nbor(1) if also.i + 1 < len(also.doc) else None
    return also.i > also.head.i and following is not None and following.pos_ == "ADP"


def _figures(
    draft: EventDraft,
    claims: Sequence[ClaimFound],
    doc: Doc | None = None,
    lead_end: int = 0,
) -> list[FigureFound]:
    """The event's figures; "shot" counts become injured after the event's deaths; one victim
    told hurt alone gives way to a count of two or more hurt in the title or lead (before
    token `lead_end`)."""
    suicide = doc is not None and _suicide_told(doc, draft)
    deaths = _deaths(draft, suicide)
    first_death = min(
        (
            c.figure.start
            for c in draft.figures
            if c.figure.kind == FigureKind.KILLED.value and (c.figure.value or 0) > 0
        ),
        default=None,
    )

    single_deaths = [
        c for c in draft.figures if c.figure.kind == FigureKind.KILLED.value and c.figure.value == 1
    ]

    def told_dead(counted: CountedFigure) -> bool:
        """The dead victim told again ("Teen fatally shot ... Lee was wounded"), or told as
        hurt before the death ("a wounded man died", "was taken to a hospital in critical
        condition, where he died")."""
        if counted.figure.kind not in (SHOT, FigureKind.INJURED.value):
            return False
        if doc is not None and counted.figure.value == 1 and _told_alive(doc, counted, draft):
            return False  # "Lee was taken to a hospital for treatment": not the one dead
        if counted.named_again and first_death is not None and first_death < counted.figure.start:
            return True
        if counted.singly and any(
            # "A fifth victim was airlifted in critical condition and succumbed": his own
            # clause tells him dead, whatever toll that death brings the event to
            c.patient == counted.patient and c.figure.kind == FigureKind.KILLED.value
            for c in draft.figures
        ):
            return True
        return counted.singly and any(
            _dies_after(doc, counted, death) or _same_age(doc, counted, death)
            for death in single_deaths
        )

    def deaths_among(counted: CountedFigure) -> int:
        """The deaths that come off those a "shot" figure counts."""
        figure = counted.figure
        told = _count_words(doc, counted)
        if (
            _OTHERS.search(told)
            and not _NAMED_WITH_OTHERS.search(told)
            and not (doc is not None and _another_of_them(doc[counted.patient]))
        ):
            return 0
        if suicide and _killer_again(figure) and figure.value == 1:
            return 1  # "then shot himself": the killer, who died
        if doc is not None and _told_alive(doc, counted, draft):
            return 0  # "Three victims ... were treated for non-life-threatening injuries"
        if doc is not None and figure.value == 1 and _another_dies_beside(doc, counted, draft):
            return 0
        if doc is not None and _someone_else(doc[counted.patient]):
            return 0
        if doc is not None and any(
            k.beyond_shot and doc[k.predicate].head.i == counted.predicate for k in draft.figures
        ):
            return 0  # "shot two people and killed a third": the dead is not one of the two
        if doc is not None:
            # "Lee was shot ... A boy was also shot and killed": the death told after
            # them of someone new is not among those the figure counts
            apart = frozenset(
                k.predicate
                for k in draft.figures
                if k.figure.kind == FigureKind.KILLED.value
                and k.figure.start > figure.start
                and _new_victim(doc[k.patient])
                and _someone_else(doc[k.patient])
            )
            if apart:
                return _deaths(draft, suicide, apart)
        return deaths

    injured = [
        _injured_from_shot(c.figure, deaths_among(c)) if c.figure.kind == SHOT else c.figure
        for c in draft.figures
    ]
    # where someone is told hurt and alive ("his sister was wounded")
    hurt_alive = [
        counted.predicate
        for counted, figure in zip(draft.figures, injured, strict=True)
        if figure is not None
        and figure.kind == FigureKind.INJURED.value
        and (figure.value or figure.low or 0) > 0
        and not told_dead(counted)
    ]
    someone_hurt = bool(hurt_alive)
    hurt_in_lead = any(predicate < lead_end for predicate in hurt_alive)  # title or lead
    # ... or told as others beside those counted, however far down ("Lee was shot and died
    # ... Two other victims arrived at the hospital"): no toll of none hurt either
    others_hurt = doc is not None and any(
        counted.predicate in hurt_alive and _other_victims_counted(doc, counted)
        for counted in draft.figures
    )
    kept: list[tuple[CountedFigure, FigureFound]] = []
    for counted, figure in zip(draft.figures, injured, strict=True):
        if told_dead(counted):
            if counted.figure.kind != SHOT or someone_hurt:
                continue
            # "A boy died ... he shot himself", and no one else hurt: the one shot is the
            # one dead, none injured by the article's own arithmetic
            figure = _injured_from_shot(counted.figure, counted.figure.value or 0)
        if (
            (hurt_in_lead or others_hurt)
            and figure is not None
            and counted.figure.kind == SHOT
            and counted.figure.qualifier != Qualifier.ZERO.value
            and figure.value == 0
        ):
            # "a man shot a woman ... her neighbor was wounded ... she died": all this
            # figure counts died, but the lead tells someone else hurt; no toll of none hurt
            # (someone hurt further down may be another incident's: the zero stands there)
            continue
        if figure is not None:
            kept.append((counted, figure))
    if doc is not None:
        kept = _victims_one_by_one(doc, kept)
        kept = _killings_one_after_another(doc, kept)
        kept = _killed_along_with(doc, kept)
        before = [figure.value for _, figure in kept]
        kept = _killer_dead_after_his_killings(doc, kept)
        # (a count the killer's death was added to just now takes him once)
        with_him = {c.predicate for (c, f), v in zip(kept, before, strict=True) if f.value != v}
        kept = _others_added(doc, kept)
        # a count that takes the killer with his victims in its own clause ("killed three
        # before turning the gun on himself") tells his suicide as a sentence of it would:
        # the event's other counts of his victims ("Man kills 3") take him too
        self_counted = {doc[c.predicate].sent.start for c, _ in kept if c.killer_counted}
        # (the toll told with him is the whole: a count that already holds him, "shooting
        # kills 2" beside "shot his brother and killed himself", takes him no more)
        self_total = max((f.value or 0 for c, f in kept if c.killer_counted), default=0)
        attempted = suicide_attempted(doc)
        told_in_words = _suicide_told(doc, draft, triggers=True) and not attempted
        killed_told = not told_in_words and _killer_killed_told(doc, draft)
        told_by_count = not (told_in_words or killed_told or attempted) and bool(self_counted)
        unraised = list(kept)
        if told_in_words or killed_told or told_by_count:
            kept = [
                (
                    counted,
                    figure
                    if counted.predicate in with_him
                    # (a count beside his in its sentence: his suicide told there already)
                    or (told_by_count and doc[counted.predicate].sent.start in self_counted)
                    else _with_the_killer(doc, counted, figure, by_others=killed_told),
                )
                for counted, figure in kept
            ]
            if told_by_count:
                kept = [
                    (counted, figure if (figure.value or 0) <= self_total else before_him)
                    for (counted, figure), (_, before_him) in zip(kept, unraised, strict=True)
                ]
    # (a larger count further down is often another incident's: a roundup, a related story)
    # sentences telling one victim hurt alone (a death's count there may be another's)
    hurt_alone = {
        doc[counted.predicate].sent.start
        for counted, figure in kept
        if doc is not None and counted.singly and figure.kind == FigureKind.INJURED.value
    }
    counted_kinds = {
        figure.kind
        for counted, figure in kept
        if not counted.singly
        and _several(figure)
        and (
            counted.predicate < lead_end
            # "a 12-year-old was in critical condition after he and three others were shot",
            # however far down: one victim and the count he is part of in one sentence
            or (
                doc is not None
                and figure.kind == FigureKind.INJURED.value
                and doc[counted.predicate].sent.start in hurt_alone
            )
        )
        # (a toll, but not of names: a dead victim's names may read as two)
        and not (figure.kind == FigureKind.KILLED.value and _names(doc, counted))
    }
    # the largest count of the hurt not told as a part of others ("One of the victims was
    # hit ... five people were injured": the one is of the five)
    whole_hurt = max(
        (
            figure.value or 0
            for counted, figure in kept
            if doc is not None
            and figure.kind == FigureKind.INJURED.value
            and not _partitive(doc[counted.patient])
        ),
        default=0,
    )
    return [
        replace(figure, claim=_claim_containing(claims, figure.start, figure.end))
        for counted, figure in kept
        # one victim told alone ("a teen in critical condition") is a part of the count the
        # event states of its kind ("he and three others were shot"), not a count of its own
        if not (counted.singly and figure.kind in counted_kinds)
        and not (
            doc is not None
            and figure.kind == FigureKind.INJURED.value
            and _partitive(doc[counted.patient])
            and (figure.value or 0) < whole_hurt
        )
    ]


def _partitive(patient: Token) -> bool:
    """A count told as a part of a group not counted by it ("one of the victims", "two of
    them"): some of a whole the report may count elsewhere."""
    return patient.like_num and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and (
                o.lower_ in _PARTITIVE_DETERMINERS
                # (not "three of her family members": a count of those it names)
                or (
                    o.tag_ in ("NNS", "NNPS")
                    and any(
                        c.dep_ == "det" and c.lower_ in _PARTITIVE_DETERMINERS for c in o.children
                    )
                )
            )
            for o in prep.children
        )
        for prep in patient.children
    )


def _with_the_killer(
    doc: Doc, counted: CountedFigure, figure: FigureFound, by_others: bool = False
) -> FigureFound:
    """A count of the victims a killer is told to have killed ("Husband kills wife and
    stepdaughter"), in an event another sentence of which tells his suicide ("... then turned
    the gun on himself"): the toll counts him too, as GVA and ACLED count a shooter's death.
    (Told in the count's own sentence, figures.py has added him already.) `by_others`: the
    event tells his death at others' hands instead ("officers killed the gunman"), in any
    sentence; then those the police killed, and a killer or "him" killed, are no victims of his."""
    if (
        figure.kind != FigureKind.KILLED.value
        or counted.suicide
        or figure.qualifier != Qualifier.EXACT.value
        or not figure.value
    ):
        return figure
    patient, verb = doc[counted.patient], doc[counted.predicate]
    lemma = WORD_LEMMAS.get(verb.lower_, verb.lemma_.lower())  # title case: "Kills"
    if _killed_by_one(patient, verb) or (
        _victims_told_killed(patient, verb, lemma, figure)
        and (by_others or not _SUICIDE_TOLD.search(verb.sent.text))
    ):
        return replace(
            figure,
            value=figure.value + 1,
            low=figure.value + 1 if figure.low is not None else None,
            high=figure.value + 1 if figure.high is not None else None,
        )
    if (
        patient.dep_ != "dobj"
        or patient.head.i != verb.i
        or lemma not in KILL_LEMMAS
        or patient.lower_ in REFLEXIVES  # "shot himself": the killer alone
        # "kills infant, self": the killer counted with his victim already
        or any(word in REFLEXIVES for word in re.findall(r"[a-z]+", figure.text.lower()))
    ):
        return figure
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "... led a man to kill four people": the one led kills
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None and by_others and verb.dep_ == "conj":
        # "A man shot and killed three deputies": the subject of the first verb
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lemma_.lower() in INCIDENT_NOUNS  # "shooting kills 2": no killer named
        or (not by_others and _SUICIDE_TOLD.search(verb.sent.text))
    ):
        return figure
    if by_others and (
        patient.lower_ in PERSONAL_SINGULAR
        or patient.lower_ in PERPETRATOR_NOUNS
        or patient.lemma_.lower() in PERPETRATOR_NOUNS
        or _state_forces(subject)
    ):
        return figure  # "officers killed the suspect", "police shot and killed him"
    total = figure.value + 1
    low = total if figure.low is not None else None
    high = total if figure.high is not None else None
    return replace(figure, value=total, low=low, high=high)


def _victims_told_killed(patient: Token, verb: Token, lemma: str, figure: FigureFound) -> bool:
    """Victims told as killed ("Two guards were shot and killed", "as 3 officers slain") by a
    noun that is none of "people" or "men" (which may hold the killer), not killed by the
    police ("were killed by officers") nor told with whom they include."""
    passive = (
        (patient.dep_ == "nsubjpass" and patient.head.i == verb.i)
        or (verb.dep_ == "acl" and verb.head.i == patient.i and verb.tag_ == "VBN")
        # "the fatal shooting of three officers", "the deaths of two deputies"
        or (
            patient.dep_ == "pobj"
            and patient.head.lower_ == "of"
            and patient.head.head.i == verb.i
            and coarse_pos(verb) == "NOUN"
        )
    )
    agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    return (
        passive
        and (lemma in KILL_LEMMAS | {"slay"} or lemma in TOLL_DEATH_NOUNS)
        and patient.pos_ in ("NOUN", "PROPN")
        and patient.lemma_.lower() not in TOLL_GENERIC_NOUNS
        and patient.lower_ not in TOLL_GENERIC_NOUNS
        # (nor "two deputies and the gunman", counted with them)
        and not any(
            t.lemma_.lower() in PERPETRATOR_NOUNS or t.lower_ in PERPETRATOR_NOUNS
            for t in patient.subtree
        )
        and not (agent is not None and _state_forces(agent))
        and "includ" not in verb.sent.text.lower()
        and "among" not in figure.text.lower()
    )


def _killed_by_one(patient: Token, verb: Token) -> bool:
    """Victims told killed by someone named as its doer, who may be the killer whose death
    the event tells ("A woman was shot and killed by her husband", "She was fatally shot by
    Dale Hurst"): whoever they are ("woman", "she"), they are not he. Not the police's
    victims, nor "by a stray bullet"."""
    if not (patient.dep_ == "nsubjpass" and patient.head.i == verb.i):
        return False
    # the doer of the verb or of a verb joined to it ("was shot and killed by")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    agents = [
        g
        for v in verbs
        for c in v.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return (
        any(
            (
                agent.lemma_.lower() in KILLER_AGENT_NOUNS
                or agent.lower_ in KILLER_AGENT_NOUNS
                or (agent.pos_ == "PROPN" and agent.ent_type_ == "PERSON")
            )
            and not _state_forces(agent)
            and not any(c.dep_ == "conj" for c in agent.children)  # one doer, not "him and Lee"
            for agent in agents
        )
        and "includ" not in verb.sent.text.lower()
    )


KILLER_AGENT_NOUNS = _words("killer_agent_nouns")
TOLL_GENERIC_NOUNS = _words("toll_generic_nouns")
TOLL_DEATH_NOUNS = _words("toll_death_nouns")


def _state_forces(noun: Token) -> bool:
    """The noun, with its compounds ("SWAT officer", "state troopers"), names police or
    soldiers by the actor lexicon, or is a word for officers it leaves out as ambiguous."""
    lexicon = actor_lexicon()
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    names = (noun.lower_, noun.lemma_.lower(), " ".join([*words, noun.lower_]))
    return noun.lemma_.lower() in POLICE_NOUNS or any(
        lexicon.get(name, ("", ""))[1] in STATE_KINDS for name in names
    )


POLICE_NOUNS = _words("police_nouns")


def _count_words(doc: Doc | None, counted: CountedFigure) -> str:
    """The figure's words and those of its patient up to its head: a figure cut to its count
    ("Four" of "Four others, two girls and their uncle, aged 9 to 40, were hurt ...", where
    a long phrase lies between count and verb) keeps the "others" it counts."""
    if doc is None:
        return counted.figure.text
    patient = doc[counted.patient]
    return f"{counted.figure.text} {doc[patient.left_edge.i : patient.i + 1].text}"


def _names(doc: Doc | None, counted: CountedFigure) -> bool:
    """The figure counts proper names ("Ann Lee and Bo Roe were killed"), not people told by
    a number or a common noun."""
    return doc is not None and doc[counted.patient].tag_ in ("NNP", "NNPS")


def _victims_one_by_one(
    doc: Doc, kept: list[tuple[CountedFigure, FigureFound]]
) -> list[tuple[CountedFigure, FigureFound]]:
    """Victims told one by one in a sentence ("a man was shot in the leg, another man in the
    arm and a woman was grazed") are counted together: the first of them becomes their count
    (no longer singly told) and the others go."""
    by_sentence: dict[int, list[int]] = {}
    for n, (counted, figure) in enumerate(kept):
        if (
            counted.singly
            and figure.kind == FigureKind.INJURED.value
            and figure.value == 1
            and _new_victim(doc[counted.patient])
        ):
            by_sentence.setdefault(doc[counted.predicate].sent.start, []).append(n)
    drop: set[int] = set()
    for members in by_sentence.values():
        patients = {kept[n][0].patient for n in members}
        if len(patients) < 2:
            continue
        first, *rest = members
        counted, figure = kept[first]
        last = kept[rest[-1]][1]
        kept[first] = (replace(counted, singly=False), _summed(doc, figure, len(patients), last))
        drop.update(rest)
    return [item for n, item in enumerate(kept) if n not in drop]


def _killings_one_after_another(
    doc: Doc, kept: list[tuple[CountedFigure, FigureFound]]
) -> list[tuple[CountedFigure, FigureFound]]:
    """Killings by one killer told verb after verb in a sentence, each with victims of its own
    ("fatally shot his stepson and a neighbour before killing a burglar", "shot and killed
    his wife and then fatally shot two men"): the toll is their sum. The verbs
    hang one on the other (a conjunct or a clause of time); a partitive or bare number ("killing
    one instantly") may be one of those counted before, and a killer or "himself" no victim."""
    deaths = [
        n
        for n, (counted, figure) in enumerate(kept)
        if figure.kind == FigureKind.KILLED.value
        and figure.qualifier == Qualifier.EXACT.value
        and figure.value
        and _killing_with_its_own_victims(doc, counted)
    ]
    drop: set[int] = set()
    for a, b in itertools.combinations(deaths, 2):
        if a in drop or b in drop:
            continue
        first, second = kept[a][0], kept[b][0]
        verb, other = doc[first.predicate], doc[second.predicate]
        if (
            verb.sent.start == other.sent.start
            and first.patient != second.patient
            and _first_verb(verb).i == _first_verb(other).i
        ):
            total = (kept[a][1].value or 0) + (kept[b][1].value or 0)
            kept[a] = (replace(first, singly=False), _summed(doc, kept[a][1], total, kept[b][1]))
            drop.add(b)
    return [item for n, item in enumerate(kept) if n not in drop]


# The death of the one a clause before it tells of as a killer ("A man who was suspected of
# killing five people was found dead", "Husband suspected of slaying wife and son dies").
_KILLER_THEN_DEAD = re.compile(rf"(?i)^[^.;]*?\b(?:{alternation(_words('killer_then_dead'))})\b")


def _killer_dead_after_his_killings(
    doc: Doc, kept: list[tuple[CountedFigure, FigureFound]]
) -> list[tuple[CountedFigure, FigureFound]]:
    """A count of those a killer killed told in a clause on him ("suspected of killing five
    people", "who killed two"), his own death told after it in the sentence: the toll is the
    count and him, and so is the count of his death that holds that clause."""
    text = doc_text(doc)
    for n, (counted, figure) in enumerate(kept):
        verb, patient = doc[counted.predicate], doc[counted.patient]
        if (
            figure.kind == FigureKind.KILLED.value
            and figure.qualifier == Qualifier.EXACT.value
            and figure.value
            and not counted.suicide  # "killed four before he himself was shot dead": counted
            and WORD_LEMMAS.get(verb.lower_, verb.lemma_.lower()) in KILL_LEMMAS
            and verb.dep_ in ("pcomp", "relcl", "xcomp", "acl")
            and patient.dep_ == "dobj"
            and patient.head.i == verb.i
            and not any(t.lower_ in REFLEXIVES for t in patient.subtree)
            and _KILLER_THEN_DEAD.search(text[figure.end : verb.sent.end_char])
        ):
            total = figure.value + 1
            kept[n] = (counted, replace(figure, value=total, low=total, high=total))
    for n, (counted, figure) in enumerate(kept):
        if figure.kind != FigureKind.KILLED.value or figure.value != 1:
            continue
        told = _killed_in_his_clause(doc, doc[counted.patient])
        if told is not None and figure.start <= told[0] and told[1] <= figure.end:
            total = told[2] + 1
            kept[n] = (counted, replace(figure, value=total, low=total, high=total))
    return kept


def _killed_in_his_clause(doc: Doc, dead: Token) -> tuple[int, int, int] | None:
    """Those the one who died is told to have killed in a clause on him ("A man who was
    suspected of killing five people ... was found dead"): the character range from the verb
    of killing to their noun, and their count; or None."""
    for clause in dead.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for verb in clause.subtree:
            lemma = WORD_LEMMAS.get(verb.lower_, verb.lemma_.lower())
            if lemma not in KILL_LEMMAS or (
                # "who shot two people": they may live
                lemma == "shoot" and not any(c.lower_ == "fatally" for c in verb.children)
            ):
                continue
            for victim in verb.children:
                if victim.dep_ != "dobj" or any(t.lower_ in REFLEXIVES for t in victim.subtree):
                    continue
                count = count_of(doc, victim)
                if count is not None and count.value:
                    return verb.idx, victim.idx + len(victim.text), count.value
    return None


def _killed_along_with(
    doc: Doc, kept: list[tuple[CountedFigure, FigureFound]]
) -> list[tuple[CountedFigure, FigureFound]]:
    """Those told killed "along with" others ("Four children were shot dead along with their
    mother"): the others died too, and the toll is both."""
    for n, (counted, figure) in enumerate(kept):
        verb, patient = doc[counted.predicate], doc[counted.patient]
        if (
            figure.kind != FigureKind.KILLED.value
            or figure.qualifier != Qualifier.EXACT.value
            or not figure.value
            or patient.dep_ != "nsubjpass"
            or patient.head.i != verb.i
            or WORD_LEMMAS.get(verb.lower_, verb.lemma_.lower()) not in KILL_LEMMAS
        ):
            continue
        along = next((c for c in verb.children if c.lower_ == "along"), None)
        if along is None or along.i + 1 >= len(doc) or doc[along.i + 1].lower_ != "with":
            continue
        others = next((c for c in doc[along.i + 1].children if c.dep_ == "pobj"), None)
        if others is None or others.pos_ not in ("NOUN", "PROPN") or others.lower_ in REFLEXIVES:
            continue
        count = count_of(doc, others)
        more = count.value if count is not None and count.value else None
        if more is None and others.tag_ in ("NN", "NNP"):
            more = 1  # "their mother", "his wife"
        if more:
            total = figure.value + more
            kept[n] = (counted, replace(figure, value=total, low=total, high=total))
    return kept


def _first_verb(verb: Token) -> Token:
    """The verb a chain of verbs of one subject starts from: "shot" of "shot and killed X and
    then shot Y", "shot X before killing Y"."""
    while True:
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB":
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
            verb = verb.head.head
        else:
            return verb


def _killing_with_its_own_victims(doc: Doc, counted: CountedFigure) -> bool:
    """A verb of killing whose object is the victims it counts, people named by a noun ("his
    girlfriend", "three men"), not a bare number, a partitive, a killer or a reflexive."""
    verb, patient = doc[counted.predicate], doc[counted.patient]
    lemma = WORD_LEMMAS.get(verb.lower_, verb.lemma_.lower())
    return (
        lemma in KILL_LEMMAS
        and patient.dep_ == "dobj"
        and patient.head.i == verb.i
        and patient.pos_ in ("NOUN", "PROPN")
        and patient.lower_ not in PERPETRATOR_NOUNS
        and patient.lemma_.lower() not in PERPETRATOR_NOUNS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in patient.children)
        and not any(t.lower_ in REFLEXIVES for t in patient.subtree)
    )


def _summed(doc: Doc, figure: FigureFound, total: int, last: FigureFound) -> FigureFound:
    """`figure` as the count `total` told from its words through those of `last`."""
    return replace(
        figure,
        value=total,
        low=total if figure.low is not None else None,
        high=total if figure.high is not None else None,
        end=last.end,
        text=doc_text(doc)[figure.start : last.end],
    )


def _others_added(
    doc: Doc, kept: list[tuple[CountedFigure, FigureFound]]
) -> list[tuple[CountedFigure, FigureFound]]:
    """Those hurt told as others after a count of hurt in the same sentence ("2 shot and
    wounded, 3 others grazed", "a girl was hurt and two men were also wounded") are added to
    it: the first count becomes the sum and the others' count goes."""
    drop: set[int] = set()
    for n, (counted, figure) in enumerate(kept):
        if (
            figure.kind != FigureKind.INJURED.value
            or figure.value is None
            or n in drop
            # "five dead, six more shot, and ...": the first are themselves others
            or _OTHERS.search(_count_words(doc, counted))
        ):
            continue
        sentence = doc[counted.predicate].sent.start
        for m in range(n + 1, len(kept)):
            other, more = kept[m]
            if doc[other.predicate].sent.start != sentence:
                break
            if (
                more.kind != FigureKind.INJURED.value
                or not more.value
                or other.singly  # "Another victim ... was taken to the hospital": one of them
                or more.start < figure.end  # already within the first count's words
                or not _OTHERS.search(more.text)
                or _NAMED_WITH_OTHERS.search(more.text)
            ):
                continue
            figure = _summed(doc, figure, figure.value + more.value, more)
            kept[n] = (replace(counted, singly=False), figure)
            drop.add(m)
    return [item for n, item in enumerate(kept) if n not in drop]


def _other_victims_counted(doc: Doc, counted: CountedFigure) -> bool:
    """A count of two or more hurt told as others ("three other men were also hit", "two more
    victims arrived at the hospital"; not "he and two others", who may be the dead): victims
    beside those told before."""
    figure = counted.figure
    if counted.singly or figure.kind not in (SHOT, FigureKind.INJURED.value):
        return False
    if not _several(figure):
        return False
    told = _count_words(doc, counted)
    return bool(_OTHER_VICTIMS.search(told)) and not _NAMED_WITH_OTHERS.search(told)


def _hurt_told_by_condition(doc: Doc, counted: CountedFigure) -> bool:
    """A count of two or more hurt told by the condition they are in ("All three are listed in
    fair condition", "two women were admitted to Mercy Hospital in fair condition"): victims alive
    and hurt, of the story's incident however far down, with no word of the event beside them.
    Not a part of a group told before ("Three of them were taken to the hospital in serious
    condition"), which in a roundup is another shooting's, nor those still in hospital ("five
    are still hospitalized, two in critical condition"), some of the hurt, the rest released."""
    figure = counted.figure
    return (
        figure.kind == FigureKind.INJURED.value
        and not counted.singly
        and _several(figure)
        and condition_kind(doc[counted.predicate]) == FigureKind.INJURED.value
        and not _partitive(doc[counted.patient])
        and not any(t.lower_ in _STILL_WORDS for t in doc[counted.predicate].sent)
    )


def _hurt_counted(draft: EventDraft | None) -> bool:
    """The event counts the hurt or the shot already ("Five people were wounded"): a count
    told by a condition further down ("a man and a woman were taken to the hospital in
    critical condition") is some of them, adding nothing but words that may tie the event to
    another story."""
    return draft is not None and any(
        c.figure.kind in (SHOT, FigureKind.INJURED.value) and not c.singly for c in draft.figures
    )


def _new_victim(patient: Token) -> bool:
    """A victim brought in as someone not told of before: "a woman", "another man"."""
    if patient.lower_ == "another":
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or c.lower_ in NEW_VICTIM_WORDS
        for c in patient.children
    )


def _several(figure: FigureFound) -> bool:
    """The figure counts two or more (at least)."""
    return (figure.value if figure.value is not None else figure.low or 0) >= 2


def _dies_after(doc: Doc | None, hurt: CountedFigure, death: CountedFigure) -> bool:
    """The one victim `hurt` counts is the one `death` counts: the same words ("a wounded
    teen dies"), or a pronoun dying later in the sentence ("..., where she later died")."""
    if death.patient == hurt.patient:
        return True
    if doc is None or death.predicate <= hurt.predicate:
        return False
    patient = doc[death.patient]
    same_sentence = patient.sent.start == doc[hurt.predicate].sent.start
    return same_sentence and patient.lower_ in PERSONAL_SINGULAR


# An age told with a victim: "a 16-year-old", "Ann Lee, 16,".
_AGE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b|, (\d{1,2}),", re.IGNORECASE)


def _same_age(doc: Doc | None, hurt: CountedFigure, death: CountedFigure) -> bool:
    """The one told hurt is of the age of the one told dead, and not told as someone else
    ("Teen, 16, killed ... A 16-year-old boy was critically wounded"): the same victim,
    told before he died."""
    if doc is None or _OTHERS.search(hurt.figure.text) or _someone_else(doc[hurt.patient]):
        return False
    ages = [{a or b for a, b in _AGE.findall(counted.figure.text)} for counted in (hurt, death)]
    return len(ages[0]) == 1 and ages[0] == ages[1]


def _injured_from_shot(figure: FigureFound, deaths: int) -> FigureFound | None:
    if figure.qualifier == Qualifier.RANGE.value:
        low = max((figure.low or 0) - deaths, 0)
        high = max((figure.high or 0) - deaths, 0)
        return replace(figure, kind=FigureKind.INJURED.value, low=low, high=high)
    if figure.value is None:
        return None
    value = figure.value - deaths if figure.value else 0
    if value < 0:
        return None
    if value == 0 and figure.qualifier != Qualifier.ZERO.value:
        # all who were shot died: none injured by the article's own arithmetic
        return replace(
            figure,
            kind=FigureKind.INJURED.value,
            value=0,
            low=0,
            high=0,
            qualifier=Qualifier.EXACT.value,
        )
    low = value if figure.low is not None else None
    high = value if figure.high is not None else None
    return replace(figure, kind=FigureKind.INJURED.value, value=value, low=low, high=high)


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text)


def _evidence(doc: Doc, draft: EventDraft) -> list[TextSpan]:
    spans: list[TextSpan] = []
    seen: set[int] = set()
    for trigger in draft.triggers:
        sent = doc[trigger.head].sent
        if sent.start in seen or _hurt_noun(trigger):
            continue  # "his injuries are not life-threatening" tells the harm, not the act
        seen.add(sent.start)
        text = sent.text.rstrip()
        spans.append(TextSpan(sent.start_char, sent.start_char + len(text), text))
        if len(spans) >= MAX_EVIDENCE:
            break
    return spans


def _link_claims(
    claims: list[ClaimFound], events: list[EventFound], drafts: list[EventDraft], doc: Doc
) -> list[ClaimFound]:
    """Set ClaimFound.event to the event whose trigger or figure the claim's content holds."""
    linked = []
    for claim in claims:
        content = claim.content
        event_index = None
        for index, (event, draft) in enumerate(zip(events, drafts, strict=True)):
            starts = [doc[t.head].idx for t in draft.triggers] + [f.start for f in event.figures]
            if any(content.start <= s < content.end for s in starts):
                event_index = index
                break
        linked.append(claim if claim.event == event_index else replace(claim, event=event_index))
    return linked


@Language.factory(
    "corroborate_events",
    default_config={"classify": True},
    assigns=["doc._.corroborate_events", "doc._.corroborate_claims"],
)
def make_event_finder(nlp: Language, name: str, classify: bool) -> EventFinder:
    """The events component: events with modality, actors, place, time and figures."""
    return EventFinder(nlp, name, classify=classify)
