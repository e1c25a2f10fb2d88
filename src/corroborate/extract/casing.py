"""Text written all in capitals (old wire copy, telex, cables) parsed in ordinary case.

The small English model reads capitals as a row of proper nouns: "GUERRILLAS ATTACKED THE
FARM" has no verb for it. Such text is parsed lower-cased, with capitals put back where a
reader would write them: at the start of a sentence, in the acronyms and proper names the actor
lexicon knows ("FMLN", "Farabundo Marti National Liberation Front"), in names of countries,
months and weekdays, and in the words the tagger, run once over that text, takes for proper
nouns ("president cerezo"). Every change keeps the text's length, so character offsets hold.
"""

from __future__ import annotations

import calendar
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.extract.actors import actor_lexicon
from corroborate.model import ActorKind

SHOUTING_SHARE = 0.9  # of the cased letters, capitals
SHOUTING_LETTERS = 100  # fewer letters than this: a headline or a label, not a text
SAMPLE_CHARS = 4000  # the opening of a text tells
# A sentence begins at the text's start, after a sentence's end, after a blank line and after
# a dateline's "(AGENCY) --".
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"'”’)]*\s+|\n\s*\n\s*|\)\s*--\s*)[\"'“‘(]*([a-z])")
_WORDS = re.compile(r"[a-z][a-z'-]*")
# Kinds whose lexicon names are common nouns ("Police Forces of ..."): not capitalised.
GENERIC_KINDS = frozenset(
    {
        ActorKind.POLICE,
        ActorKind.MILITARY,
        ActorKind.PROTESTERS,
        ActorKind.RIOTERS,
        ActorKind.CIVILIANS,
    }
)


def shouting(text: str) -> bool:
    """True when nearly every cased letter of a long enough text is a capital. (Text an
    archive lower-cased is left as it is: truecasing IndiaPoliceEvents' articles the same way
    did no better on its tuning part, 0.72 / 0.86 / 0.76 against 0.73 / 0.86 / 0.77 for police
    killing / arrest / force in a document.)"""
    sample = text[:SAMPLE_CHARS]
    upper = sum(map(str.isupper, sample))
    lower = sum(map(str.islower, sample))
    return upper + lower >= SHOUTING_LETTERS and upper >= SHOUTING_SHARE * (upper + lower)


@functools.cache
def _cased_forms() -> dict[tuple[str, ...], str]:
    """Lower-cased word sequences -> their written form: the lexicon's acronyms ("fmln" ->
    "FMLN") and names of several words, capitalised as its canonical names write them."""
    forms: dict[tuple[str, ...], str] = {}
    for surface, (name, kind) in actor_lexicon().items():
        if kind in GENERIC_KINDS or "{" in name:
            continue
        at = name.lower().find(surface)
        if at < 0:
            continue
        written = name[at : at + len(surface)]
        words = tuple(surface.split())
        if written.isupper() or (len(words) > 1 and written != surface):
            forms[words] = written
    return forms


@functools.cache
def _place_and_calendar_forms() -> dict[tuple[str, ...], str]:
    """Lower-cased country names, demonyms, months and weekdays -> their written form
    ("el salvador" -> "El Salvador"); abbreviations stay out ("us" is a word)."""
    from corroborate.extract.gazetteer import extract_index
    from corroborate.extract.places import load_aliases

    names = [alias for alias, a in load_aliases().items() if a.kind in ("name", "demonym")]
    rows = extract_index().execute("SELECT name FROM places WHERE fcode = 'PCLI'")
    names += [name for (name,) in rows]
    names += [*calendar.month_name[1:], *calendar.day_name]
    return {
        tuple(name.lower().split()): name
        for name in names
        if not name.isupper() and name[:1].isupper() and "." not in name
    }


def truecased(text: str, nlp: Language | None = None) -> str:
    """`text` lower-cased, with capitals back at sentence starts, in known names and, given
    `nlp`, in the words its tagger takes for proper nouns; of the same length as `text`."""
    chars = list("".join(c.lower() if len(c.lower()) == 1 else c for c in text))
    lowered = "".join(chars)
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(1)] = chars[match.start(1)].upper()
    words = list(_WORDS.finditer(lowered))
    forms = {**_place_and_calendar_forms(), **_cased_forms()}
    longest = max((len(k) for k in forms), default=1)
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w.group() for w in words[i : i + n])
            written = forms.get(key)
            if written is None:
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            if lowered[start:end] == " ".join(key) and len(written) == end - start:
                chars[start:end] = written
            i += n - 1
            break
        i += 1
    cased = "".join(chars)
    if nlp is None or "tagger" not in nlp.pipe_names:
        return cased
    for token in _tagged(nlp, cased):
        if token.tag_ in ("NNP", "NNPS") and token.is_alpha and token.text.islower():
            chars[token.idx] = chars[token.idx].upper()
    return "".join(chars)


def _tagged(nlp: Language, text: str) -> Doc:
    """`text` through the tagger alone (and the layer it listens to)."""
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc
