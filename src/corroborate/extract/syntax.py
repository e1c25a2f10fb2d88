"""Small readings of spaCy's dependency parse that several extractors share."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token


def prep_objects(token: Token, prepositions: tuple[str, ...]) -> Iterator[Token]:
    """The objects of the prepositions hanging on `token` ("taken [to] the hospital")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            yield from (o for o in prep.children if o.dep_ == "pobj")
