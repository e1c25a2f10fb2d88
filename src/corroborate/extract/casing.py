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
import string

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
# Whose period a sentence may or may not end with: no capital put back after them.
_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
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


_ASCII_LOWER = string.ascii_lowercase.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


def _shouted_line(line: str) -> bool:
    """True when nearly every cased letter of the line is a capital (and it has some)."""
    # most lines are not: counted first in bytes, at a hundredth of the time
    data = line.encode()
    lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    upper = len(data) - len(data.translate(None, _ASCII_UPPER))
    if upper == 0 or lower > (1 - SHOUTING_SHARE) * (upper + lower):
        return False
    upper = sum(map(str.isupper, line))
    lower = sum(map(str.islower, line))
    return upper > 0 and upper >= SHOUTING_SHARE * (upper + lower)


def shouted_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of lines in capitals (blank lines between them kept in the
    run) inside an otherwise cased text whose letters are a text's worth: a transcript or a
    shouted paragraph in an ordinary article. A shorter run (a headline, a dateline, a
    label) is left as written, as `shouting` leaves a short text."""
    blocks: list[tuple[int, int]] = []
    start = end = -1
    letters = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        if _shouted_line(line):
            if start < 0:
                start = offset
            end = offset + len(line.rstrip())
            letters += sum(c.isalpha() for c in line)
        elif line.strip():
            if start >= 0 and letters >= SHOUTING_LETTERS:
                blocks.append((start, end))
            start, letters = -1, 0
        offset += len(line)
    if start >= 0 and letters >= SHOUTING_LETTERS:
        blocks.append((start, end))
    return blocks


_CASED_WORD = re.compile(r"[A-Za-z][a-z]+")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_TITLE_LINE_SHARE = 0.7  # of a line's words of four letters or more, capitalised: a title


def _names_written(text: str) -> dict[str, str]:
    """Lower-cased word -> its form, for the words a cased text writes capitalised inside a
    sentence and never in lower case ("Eastbrook" in "residents of Eastbrook said"); lines
    in title case ("Villagers Describe Night of Fear") tell nothing."""
    capitalised: dict[str, str] = {}
    lower: set[str] = set()
    for line in text.splitlines():
        words = list(_CASED_WORD.finditer(line))
        long = [w.group() for w in words if len(w.group()) >= 4]
        if len(long) >= 3 and sum(w[0].isupper() for w in long) >= _TITLE_LINE_SHARE * len(long):
            continue
        for word in words:
            form = word.group()
            if form.islower():
                lower.add(form)
                continue
            before = line[: word.start()].rstrip()[-1:]
            if before.isalnum() or before == ",":  # inside a sentence
                capitalised[form.lower()] = form
    return {key: form for key, form in capitalised.items() if key not in lower}


def truecased_blocks(text: str, nlp: Language | None = None) -> str:
    """`text` with its runs of lines in capitals (`shouted_blocks`) truecased, capitals put
    back too on the words the rest of the text writes as names; of the same length."""
    blocks = shouted_blocks(text)
    if not blocks:
        return text
    cased_parts = []
    previous = 0
    for start, end in blocks:
        cased_parts.append(text[previous:start])
        previous = end
    cased_parts.append(text[previous:])
    names = _names_written("\n".join(cased_parts))
    parts = [cased_parts[0]]
    for (start, end), after in zip(blocks, cased_parts[1:], strict=True):
        cased = truecased(text[start:end], nlp)
        parts += [_LOWER_WORD.sub(lambda m: names.get(m.group(), m.group()), cased), after]
    return "".join(parts)


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
        if lowered[max(match.start() - 3, 0) : match.start() + 1] in _CLOCK_ABBREVIATIONS:
            continue  # "AT 4 P.M. ON FRIDAY": the period is the abbreviation's
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
