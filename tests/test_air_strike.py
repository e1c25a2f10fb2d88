"""An air strike on a market told by a wire story and by the outlet of the side that was hit
(fictional reports, written for these tests): the hit side's words ("martyrs", "the
aggression"), a toll that rises, a place named inside a coalition's name."""

from __future__ import annotations

import datetime as dt

from corroborate.extract.pipeline import ArticleContext, extract_articles

RISEN_TOLL = (
    "The death toll from the Saudi-led aggression's massacre at Al-Raqw market in Saada rose "
    "to 35 martyrs on Monday, the health ministry said, after eight of the wounded died of "
    "their injuries.\n\nThe ministry said 52 people were wounded."
)


def extract(text: str, published: dt.date = dt.date(2026, 12, 1)):
    (extraction,) = extract_articles([ArticleContext(text, published)])
    return extraction


def test_a_toll_that_rose_to_a_number_of_martyrs_is_the_toll():
    (strike,) = extract(RISEN_TOLL).events
    killed = [f.value for f in strike.figures if f.kind == "killed"]
    # "rose to 35 martyrs": the counted noun after the number had hidden the toll, leaving
    # only the eight who died of their wounds
    assert max(killed) == 35


def test_a_country_leading_a_coalition_and_an_arabic_article_are_not_where_it_happened():
    extraction = extract(RISEN_TOLL)
    (strike,) = extraction.events
    # "Saudi-led" tells whose coalition; "Al" of "Al-Raqw" had been a village in Norway
    assert extraction.places[strike.place].name == "Sa'dah"
    assert "Al" not in {p.text for p in extraction.places}


def test_a_toll_that_rose_by_a_share_is_no_count():
    extraction = extract("The toll of the strike on the market rose to 35 percent of the town.")
    assert not [f for e in extraction.events for f in e.figures if f.kind == "killed"]
