"""Small readings of spaCy's dependency parse that several extractors share."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token


def prep_objects(token: Token, prepositions: tuple[str, ...]) -> Iterator[Token]:
    """The objects of the prepositions hanging on `token` ("taken [to] the hospital")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            yield from (o for o in prep.children if o.dep_ == "pobj")


def noun_phrase_before(verb: Token) -> list[Token]:
    """The head of the noun phrase that ends right before a verb the parse gave no subject,
    where it hung that phrase elsewhere ("officials said, as a regional affiliate of Islamic
    State claimed responsibility": "affiliate" as the object of "as")."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    token = verb.doc[verb.i - 1]
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    while (
        token.head.i < verb.i
        and token.head.right_edge.i == verb.i - 1
        and token.head.pos_ in ("NOUN", "PROPN", "ADP")
    ):
        token = token.head
    while token.pos_ == "ADP":  # ("of Islamic State" climbed to its "of")
        found = next((c for c in token.children if c.dep_ == "pobj"), None)
        if found is None:  # a preposition the parse left without its object
            return []
        token = found
    return [token] if token.dep_ in ("pobj", "conj", "appos", "dobj") else []
