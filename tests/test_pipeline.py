"""The spaCy pipeline runner: paragraphs, pieces, offsets, registered component names."""

from __future__ import annotations

import spacy

from corroborate.extract.pipeline import ArticleContext, extract_articles, split_pieces

HEADLINE = (
    "Three killed as police tear-gas fuel protesters in Nairobi\n"
    "NAIROBI - Police fired tear gas and water cannon to disperse thousands of protesters on "
    "Tuesday, witnesses said, in clashes that left three people dead and dozens hurt.\n"
)


def sentences_of(text: str) -> list[str]:
    (extraction,) = extract_articles([ArticleContext(text)])
    return [text[start:end] for start, end in extraction.sentences]


def test_a_headline_line_is_its_own_sentence():
    assert sentences_of(HEADLINE)[0] == (
        "Three killed as police tear-gas fuel protesters in Nairobi"
    )


def test_hard_wrapped_lines_do_not_break_sentences():
    wrapped = (
        "Police in the northern district said on Monday that they had\n"
        "arrested eleven men suspected of setting fire to a polling station\n"
        "during the by-election.\n\nThe men were remanded in custody.\n"
    )
    assert sentences_of(wrapped) == [
        "Police in the northern district said on Monday that they had\n"
        "arrested eleven men suspected of setting fire to a polling station\n"
        "during the by-election.",
        "The men were remanded in custody.",
    ]


def test_pieces_cover_the_text_and_cut_after_paragraphs():
    text = ("A paragraph of reporting. " * 20 + "\n\n") * 10
    pieces = split_pieces(text, 1200)
    assert "".join(piece for _, piece in pieces) == text
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))
    ]


def test_our_components_are_registered_by_name():
    names = set(spacy.registry.factories.get_all())
    assert {
        "corroborate_places",
        "corroborate_times",
        "corroborate_claims",
        "corroborate_events",
        "corroborate_paragraphs",
    } <= names
