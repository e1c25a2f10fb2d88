"""Ingest through a real Ledger: each input kind, bad inputs, encodings, re-ingest, copies."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from corroborate.ingest.boilerplate import mark_boilerplate
from corroborate.ingest.dedupe import files_its_agency
from corroborate.ingest.readers import ReadOptions, read_inputs
from corroborate.model import ArticleInput, NearDuplicateBand, TextSpan

RAID = (
    "KARACHI: Paramilitary Rangers raided the headquarters of the Progressive Workers Party in "
    "Azizabad before dawn on Wednesday and detained at least 27 people, officials said.\r\n\r\n"
    "Party officials said one worker, Imran Qadri, died of gunshot wounds in hospital. A "
    "spokesman for the Rangers, Colonel Tahir Baig, told reporters that no one was killed.\r\n"
)

PAGE = """<!DOCTYPE html><html><head><title>Rangers raid party office | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2015-03-12T08:30:00+05:00"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Rangers raid party office</h1>
<p>KARACHI: Paramilitary forces raided the offices of the Progressive Workers Party in Azizabad
on Wednesday, detaining dozens of activists in an operation that lasted several hours.</p>
<p>Colonel Tahir Baig, a spokesman for the Rangers, said weapons seized in the raid had been
stolen from shipping containers, a claim the party rejected as fabricated.</p></article>
<div class="share">Share this: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.
Required fields are marked *</p><form><textarea name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div>
<footer>Copyright 2015 The Harbour Times. All rights reserved.</footer></body></html>"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def test_plain_text_is_stored_unchanged_but_for_line_ends(ledger, tmp_path):
    path = write(tmp_path, "raid.txt", RAID)
    report = ledger.ingest([path], outlet="Harbour Times")
    assert report.ok and len(report.stored) == 1
    (document,) = ledger.documents()
    assert document.text == RAID.replace("\r\n", "\n")
    assert document.outlet.name == "Harbour Times"
    assert document.published is None  # unknown stays unknown, never invented


def test_html_page_keeps_the_article_and_drops_the_furniture(ledger, tmp_path):
    ledger.ingest([write(tmp_path, "raid.html", PAGE)])
    (document,) = ledger.documents()
    assert "detaining dozens of activists" in document.text
    for furniture in ("Leave a Reply", "Required fields", "WhatsApp", "Sport", "Copyright"):
        assert furniture not in document.text
    assert document.title == "Rangers raid party office"
    assert document.outlet.name == "The Harbour Times"
    assert document.published == dt.date(2015, 3, 12)


def test_html_text_starts_with_the_headline_once(tmp_path):
    from corroborate.ingest.html import extract_page

    outside = PAGE.replace(
        "<article><h1>Rangers raid party office</h1>", "<h1>Rangers raid party office</h1><article>"
    )
    for page in (PAGE, outside):
        text = extract_page(page).text
        assert text.startswith("Rangers raid party office\n")
        assert text.count("Rangers raid party office") == 1
        assert "detaining dozens of activists" in text


def _short_page(title: str, paragraph: str) -> str:
    return (
        f"<html><head><title>{title} | Frontier Alerts</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/latest'>Latest</a> | <a href='/video'>Video</a>"
        f"</nav><article><h1>{title}</h1><p>{paragraph}</p></article>"
        "<footer>Copyright 2025 Frontier Alerts. Privacy | Terms</footer></body></html>"
    )


def test_a_one_paragraph_alert_page_is_an_article_but_an_error_page_is_not(ledger, tmp_path):
    from corroborate.ingest.html import extract_page

    alert = "Three people were killed in a blast in Quetta on Monday, police said."
    page = extract_page(_short_page("Blast kills three", alert))
    assert page is not None and page.text == f"Blast kills three\n{alert}"  # 18 words
    for title, paragraph in [
        ("Page not found", "Sorry, the page you are looking for could not be found."),
        ("Subscribe", "Please subscribe or sign in to continue reading this story today."),
        ("Breaking", "Blast in Quetta."),
    ]:
        assert extract_page(_short_page(title, paragraph)) is None, title
    ledger.ingest([write(tmp_path, "alert.html", _short_page("Blast kills three", alert))])
    figures = [(f.kind, f.value) for event in ledger.events() for f in event.figures]
    assert ("killed", 3) in figures


def test_jsonl_lines_become_articles_with_their_fields(ledger, tmp_path):
    lines = [
        {
            "text": RAID,
            "title": "Raid in Azizabad",
            "outlet": "Indus Wire",
            "url": "https://induswire.example/raid",
            "published": "2015-03-11",
        },
        {"html": PAGE, "outlet": "The Harbour Times"},
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    report = ledger.ingest([path])
    assert report.ok and len(report.stored) == 2
    first = next(d for d in ledger.documents() if d.title == "Raid in Azizabad")
    assert (first.outlet.name, first.published) == ("Indus Wire", dt.date(2015, 3, 11))
    assert first.url == "https://induswire.example/raid"


def test_windows_1252_text_is_decoded_not_rejected(ledger, tmp_path):
    text = "Zoë Café, a witness, said the police “fired into the air” near the rally.\n" * 3
    report = ledger.ingest([write(tmp_path, "cp1252.txt", text.encode("cp1252"))])
    assert report.ok
    assert ledger.documents()[0].text == text


# A saved article as Windows Notepad's "Unicode" writes it: UTF-16 with its byte-order mark.
CHECKPOST_ATTACK = (
    "Title: Checkpost attacked near Lakki\r\nOutlet: Southern Courier\r\n\r\n"
    "LAKKI: Two constables were wounded when gunmen fired on a police checkpost outside the "
    "town late on Friday, a police officer said. The gunmen escaped on foot.\r\n"
)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_unicode_text_with_its_byte_order_mark_is_decoded_not_called_binary(
    ledger, tmp_path, codec
):
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    path = write(tmp_path, "notepad.txt", bom + CHECKPOST_ATTACK.encode(codec))
    report = ledger.ingest([path])
    assert report.ok, [str(p) for p in report.problems]
    (document,) = ledger.documents()
    assert document.text.startswith("Title: Checkpost attacked near Lakki\n")
    assert (document.title, document.outlet.name) == (
        "Checkpost attacked near Lakki",
        "Southern Courier",
    )


def test_a_named_encoding_reads_text_whose_nul_bytes_it_explains(tmp_path):
    """--encoding utf-16-le on a file without a byte-order mark: the user's word, not binary."""
    path = write(tmp_path, "export.txt", CHECKPOST_ATTACK.encode("utf-16-le"))
    assert [str(p) for p in read_inputs([path], ReadOptions())] == [
        f"{path}: binary data, not text"
    ]
    (article,) = read_inputs([path], ReadOptions(encoding="utf-16-le"))
    assert isinstance(article, ArticleInput)
    assert article.text.startswith("Title: Checkpost attacked near Lakki\n")


def test_each_bad_input_is_one_line_naming_file_and_reason(ledger, tmp_path):
    write(tmp_path, "good.txt", RAID)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(
        tmp_path,
        "feed.jsonl",
        '{"text": "Police detained five men in Lahore."}\n'
        '{"text": "broken\n{"title": "no text here"}\n',
    )
    write(
        tmp_path,
        "nav.html",
        "<html><body><nav><a href='/'>Home</a></nav><footer>Copyright</footer></body></html>",
    )
    report = ledger.ingest([tmp_path], max_bytes=10_000)
    lines = sorted(str(problem).removeprefix(f"{tmp_path}/") for problem in report.problems)
    assert lines == [
        "empty.txt: empty file",
        "feed.jsonl:2: malformed JSON (unterminated string starting at column 10)",
        "feed.jsonl:3: no 'text' or 'html' field with article text",
        "nav.html: no article text found in the HTML page",
        "photo.txt: binary data, not text",
    ]
    assert not report.ok
    assert len(report.stored) == 2  # the good file and the good JSON line
    assert len(ledger.errors()) == 5


def test_a_file_over_the_size_limit_is_reported_with_the_fix(ledger, tmp_path):
    path = write(tmp_path, "huge.txt", RAID * 50)
    report = ledger.ingest([path], max_bytes=1000)
    (problem,) = report.problems
    assert str(problem) == (
        f"{path}: {path.stat().st_size:,} bytes is larger than the 1,000-byte limit "
        "(raise it with --max-bytes)"
    )


def test_missing_and_unsupported_paths_are_reported(ledger, tmp_path):
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    report = ledger.ingest([tmp_path / "nowhere.txt", pdf])
    assert [p.reason for p in report.problems] == [
        "no such file or folder",
        "unsupported file type (expected one of .htm, .html, .jsonl, .ndjson, .text, .txt)",
    ]


def test_a_blank_or_binary_jsonl_file_is_one_line_not_none_or_one_per_line(tmp_path):
    write(tmp_path, "blank.jsonl", "\n  \n\n")
    write(tmp_path, "image.jsonl", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    found = [str(p) for p in read_inputs([tmp_path], ReadOptions())]
    assert found == [
        f"{tmp_path / 'blank.jsonl'}: empty file",
        f"{tmp_path / 'image.jsonl'}: binary data, not text",
    ]


def test_a_text_under_a_jsonl_name_is_one_line_for_the_file(tmp_path):
    article = "Bomb hurts two in Lakeside\n\nA bomb went off near a bus stop on Sunday.\n"
    path = write(tmp_path, "story.jsonl", article)
    found = [str(p) for p in read_inputs([path], ReadOptions())]
    assert found == [f"{path}: not JSON Lines (the first line is not a JSON object)"]
    # a byte-order mark before the first object is no reason to refuse the file
    line = json.dumps({"text": article, "outlet": "Lakeside Ledger"})
    bom = write(tmp_path, "bom.jsonl", b"\xef\xbb\xbf" + line.encode() + b"\n")
    (read,) = read_inputs([bom], ReadOptions())
    assert isinstance(read, ArticleInput) and read.outlet == "Lakeside Ledger"


def test_a_folder_with_no_file_to_ingest_is_reported(ledger, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    write(folder, "notes.md", b"Gunmen fired on a bus near the bridge, police said.")
    report = ledger.ingest([folder])
    assert [str(p) for p in report.problems] == [
        f"{folder}: no file to ingest in this folder (.htm, .html, .jsonl, .ndjson, .text, .txt)"
    ]


def test_re_ingesting_the_same_article_is_a_no_op(ledger, tmp_path):
    path = write(tmp_path, "raid.txt", RAID)
    ledger.ingest([path])
    again = ledger.ingest([path, write(tmp_path, "same.txt", RAID.replace("\r\n", "\n"))])
    assert again.stored == [] and len(again.duplicates) == 2
    assert len(ledger.documents()) == 1


SIT_IN = (
    "LAHORE: Police dispersed a sit-in by traders protesting against new taxes on Thursday, "
    "using tear gas and batons; eleven traders were detained, a police official said.\n"
)


def test_another_outlets_print_of_the_same_words_is_stored_as_its_copy(ledger, tmp_path):
    """A wire story carried word for word by a second outlet is that outlet's copy, counted
    with its original as one source; the same words again from either outlet, from a file
    whose outlet is unknown, or from the same file under another outlet's name, are
    duplicates."""
    path = write(tmp_path, "wire.txt", SIT_IN)
    ledger.ingest([path], outlet="Indus Wire")
    carried = ledger.ingest([write(tmp_path, "harbour.txt", SIT_IN)], outlet="Harbour Times")
    again = ledger.ingest([write(tmp_path, "harbour-2.txt", SIT_IN)], outlet="Harbour Times")
    unknown = ledger.ingest([write(tmp_path, "unknown.txt", SIT_IN)])
    renamed = ledger.ingest([path], outlet="Lahore Ledger")
    assert len(carried.stored) == 1 and carried.copies == carried.stored
    assert again.stored == unknown.stored == renamed.stored == []
    assert len(again.duplicates) == len(unknown.duplicates) == len(renamed.duplicates) == 1
    documents = {d.outlet.name: d for d in ledger.documents()}
    assert sorted(documents) == ["Harbour Times", "Indus Wire"]
    assert documents["Harbour Times"].copy_of == documents["Indus Wire"].id
    assert documents["Harbour Times"].text == documents["Indus Wire"].text
    incident, events, _ = ledger.incident(ledger.incidents()[0].id)
    assert {e.document_id for e in events} == {d.id for d in documents.values()}
    assert incident.status == "single_source"  # one story, however many print it


def test_a_wire_copy_with_small_edits_is_linked_to_its_original(ledger, tmp_path):
    wire = (RAID * 3).replace("\r\n", "\n")
    edited = wire.replace("KARACHI:", "KARACHI (Indus Wire):").replace("told reporters", "said")
    other = (
        "LAHORE: Police dispersed a sit-in by traders protesting against new taxes on "
        "Thursday, using tear gas and batons; eleven traders were detained. " * 3
    )
    ledger.ingest([write(tmp_path, "a.txt", wire)], outlet="Indus Wire")
    ledger.ingest([write(tmp_path, "b.txt", edited)], outlet="Harbour Times")
    ledger.ingest([write(tmp_path, "c.txt", other)], outlet="Harbour Times")
    by_outlet = {(d.outlet.name, d.text[:6]): d for d in ledger.documents()}
    original = by_outlet[("Indus Wire", "KARACH")]
    assert by_outlet[("Harbour Times", "KARACH")].copy_of == original.id
    assert by_outlet[("Harbour Times", "LAHORE")].copy_of is None


def test_near_duplicate_index_stores_bands_not_pairs(ledger, tmp_path):
    for n in range(3):
        write(tmp_path, f"{n}.txt", f"Report number {n}. " + RAID)
    ledger.ingest([tmp_path])
    with ledger.session() as session:
        bands = session.scalar(select(func.count()).select_from(NearDuplicateBand))
    assert bands == 3 * ledger.settings["dedupe"]["bands"]


def test_copies_are_found_by_searching_the_band_index_not_by_scanning_it(sqlite_url):
    from sqlalchemy import event

    from corroborate.ingest.dedupe import find_original, fingerprint
    from corroborate.ledger import Ledger

    seen: list[str] = []
    with Ledger(sqlite_url) as ledger, ledger.session() as session:
        event.listen(ledger.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
        print_ = fingerprint(RAID, num_perm=128, bands=32, shingle=3)
        assert find_original(session, print_, 0.7) is None
        (query,) = [s for s in seen if "near_duplicate_bands" in s]
        params = [p for band, digest in print_.bands for p in (band, digest)]
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", tuple(params))
        steps = [row[3] for row in plan]
    assert any(s.startswith("SEARCH near_duplicate_bands") for s in steps), steps
    assert not any(s.startswith("SCAN near_duplicate_bands") for s in steps), steps


def test_boilerplate_in_plain_text_is_marked_and_offsets_kept(ledger, tmp_path):
    text = RAID.replace("\r\n", "\n") + (
        "\nShare this:\nFacebook\nTwitter\n\nLeave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Comment *\nName *\nEmail *\n"
    )
    ledger.ingest([write(tmp_path, "raid.txt", text)])
    (document,) = ledger.documents()
    assert document.text == text
    with ledger.session() as session:
        spans = session.execute(
            select(TextSpan.start, TextSpan.end).where(TextSpan.kind == "boilerplate")
        ).all()
    assert [document.text[s:e] for s, e in spans] == [text[text.index("Share this:") :].rstrip()]


def test_a_heading_of_other_stories_marks_the_headlines_it_lists():
    body = "A boy, 7, was hurt when a gun went off at a Millbrook home on Monday.\n"
    listed = (
        "Also read:\nGirl, 6, found dead after finding gun in Elm Street home\n"
        "Toddler dies after shooting himself in Oak Lane\n"
    )
    closing = (
        "More stories you may like on Channel 9\n"
        "Two found dead in Birch Lane home The coroner found two people dead after a call on "
        "Sunday morning and asked anyone who saw anything on the street to call the police.\n"
        "Bridge to close for a month\n"
    )
    text = "Boy hurt in Millbrook\n\n" + body + listed + "\n" + closing
    assert [text[s:e] for s, e in mark_boilerplate(text)] == [text[text.index("Also read:") :]]
    # a heading that closes the list goes on to the end, blurbs and all; prose after a list ends it
    prose = (
        "The boy's mother said he had found the gun in a drawer and did not know it was "
        "loaded, and that the family kept no other weapons anywhere in the house, police said."
    )
    text = "Boy hurt in Millbrook\n\n" + body + listed + prose
    marked = [text[s:e] for s, e in mark_boilerplate(text)]
    assert marked == [listed.rstrip("\n")]


def test_stdin_reads_one_article(tmp_path, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RAID.encode())))
    (article,) = read_inputs(["-"], ReadOptions(outlet="Wire"))
    assert isinstance(article, ArticleInput)
    assert article.source == "-" and article.outlet == "Wire"


def test_stdin_over_the_size_limit_is_refused_without_reading_it_all(monkeypatch):
    import io
    import sys

    class LongPipe(io.RawIOBase):
        """A stream of 10 MB, as `yes | corroborate ingest -` would be (that one never ends)."""

        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            size = min(len(buffer), 10_000_000 - self.served)
            buffer[:size] = b"y" * size
            self.served += size
            return size

    pipe = LongPipe()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(pipe)))
    (problem,) = read_inputs(["-"], ReadOptions(max_bytes=1000))
    assert str(problem) == "-: larger than the 1,000-byte limit (raise it with --max-bytes)"
    assert pipe.served < 100_000


def test_a_large_jsonl_file_streams_in_constant_memory(tmp_path):
    line = json.dumps({"text": RAID, "outlet": "Indus Wire", "published": "2015-03-11"})
    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        for _ in range(100_000):
            handle.write(line + "\n")
    tracemalloc.start()
    count = sum(1 for _ in read_inputs([path], ReadOptions()))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000
    assert peak < 5_000_000  # the file is ~45 MB; reading holds one line at a time


def test_a_plain_text_header_gives_title_outlet_and_date_but_never_a_guess(ledger, tmp_path):
    body = RAID.replace("\r\n", "\n")
    dated = "Rangers raid party office\n\nHarbour Times | Karachi\nBy Staff Reporter\n"
    dated += "Published: 12 March 2015\n\n" + body
    undated = "Rangers raid party office\n\nHarbour Times\nPublished: Thursday\n\n" + body
    ledger.ingest([write(tmp_path, "dated.txt", dated)])
    ledger.ingest([write(tmp_path, "undated.txt", undated)])
    found = {d.source.rsplit("/", 1)[-1]: d for d in ledger.documents()}
    assert (found["dated.txt"].title, found["dated.txt"].outlet.name) == (
        "Rangers raid party office",
        "Harbour Times",
    )
    assert found["dated.txt"].published == dt.date(2015, 3, 12)
    assert found["undated.txt"].published is None  # a weekday without a year is not a date


def test_a_plain_text_header_s_outlet_and_byline_lines_are_not_article_text(ledger, tmp_path):
    header = "Rangers raid party office\nNorthern Herald | Karachi\nBy Staff Reporter\n"
    header += "Published: 12 March 2015\n\n"
    text = header + RAID.replace("\r\n", "\n")
    (article,) = read_inputs([write(tmp_path, "raid.txt", text)], ReadOptions())
    marked = [text[start:end] for start, end in article.boilerplate]
    # the headline stays article text: it is where many reports state their toll
    assert marked == ["Northern Herald | Karachi\nBy Staff Reporter"]
    ledger.ingest([tmp_path / "raid.txt"])
    places = [text[p.start : p.end] for p in ledger.facts("place_mentions")]
    assert "Herald" not in places  # was Herald, California, making the article American
    assert "KARACHI" in places


def test_a_plain_text_header_of_labelled_lines_is_read_by_its_labels(ledger, tmp_path):
    header = "Title: Rangers raid party office\nOutlet: Northern Herald\nDate: 2015-03-12\n"
    header += "URL: https://herald.example/raid\nAuthor: Staff Reporter\n\n"
    text = header + RAID.replace("\r\n", "\n")
    (article,) = read_inputs([write(tmp_path, "raid.txt", text)], ReadOptions())
    assert (article.title, article.outlet, article.published, article.url) == (
        "Rangers raid party office",  # was "Title: Rangers raid party office"
        "Northern Herald",  # was "Outlet: Northern Herald"
        dt.date(2015, 3, 12),
        "https://herald.example/raid",
    )
    marked = [text[start:end] for start, end in article.boilerplate]
    # the headline's label is page furniture, the headline and the date line stay text
    assert marked == [
        "Title:",
        "Outlet: Northern Herald",
        "URL: https://herald.example/raid\nAuthor: Staff Reporter",
    ]
    ledger.ingest([tmp_path / "raid.txt"])
    # the date line's label is no speaker of a claim whose content is the date
    assert not [c for c in ledger.claims() if c.speaker_name == "Date"]


def test_a_date_with_its_month_written_out_is_read_and_a_partial_or_ambiguous_one_is_not(
    tmp_path, recwarn
):
    feed = [
        ("Mon, 12 May 2025 08:00:00 GMT", dt.date(2025, 5, 12)),  # as RSS feeds give it
        ("May 12, 2025", dt.date(2025, 5, 12)),
        ("12/05/2025", None),  # May or December
        ("Mayhem 2025", None),
    ]
    lines = [json.dumps({"text": f"{RAID} {n}", "published": d}) for n, (d, _) in enumerate(feed)]
    write(tmp_path, "feed.jsonl", "\n".join(lines))
    headers = [
        ("Thursday, 11 March 2025 10:30 PKT", dt.date(2025, 3, 11)),
        ("2025", None),  # was 1 January 2025
        ("March 2025", None),  # was 1 March 2025
        ("12/05/2025", None),  # was 5 December 2025
        ("25/05/2025", dt.date(2025, 5, 25)),
    ]
    for n, (date, _) in enumerate(headers):
        text = f"Rangers raid party office\nHarbour Times\nPublished: {date}\n\n{RAID} {n}"
        write(tmp_path, f"header{n}.txt", text)
    found = {
        (Path(a.source).name, a.line): a.published for a in read_inputs([tmp_path], ReadOptions())
    }
    assert [found["feed.jsonl", n + 1] for n in range(len(feed))] == [d for _, d in feed]
    assert [found[f"header{n}.txt", None] for n in range(len(headers))] == [d for _, d in headers]
    assert not [w for w in recwarn if "tzname" in str(w.message)]  # "PKT" warned on stderr


def test_an_unreadable_file_in_a_folder_is_reported_and_the_rest_goes_on(ledger, tmp_path):
    write(tmp_path, "good.txt", RAID)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-before-reading.txt")
    report = ledger.ingest([tmp_path])
    assert [str(p) for p in report.problems] == [
        f"{tmp_path / 'gone.txt'}: cannot read (No such file or directory)"
    ]
    assert len(report.stored) == 1


def test_a_labelled_header_neither_dates_nor_splits_the_headlines_event(ledger, tmp_path):
    text = (
        "Title: Two killed as troops fire on farmers blocking a highway\n"
        "Outlet: Valley Courier\n"
        "Date: 2026-06-05\n\n"
        "MULTAN \u2014 Two farmers were killed on Wednesday when troops opened fire on a crowd "
        "blocking the Multan highway, relatives said.\n\n"
        "An army spokesman said the soldiers had fired in the air.\n"
    )
    ledger.ingest([write(tmp_path, "highway.txt", text)])
    events = [e for e in ledger.events() if e.modality == "occurred"]
    # the headline's killing and the lead's are one, on the lead's Wednesday (the Date line,
    # read as text, had dated the headline's a separate killing on the Friday)
    assert len(events) == 1, [(e.sub_event_type, e.start) for e in events]
    (incident,) = ledger.incidents()
    assert incident.date_start == dt.date(2026, 6, 3)


STORIES = Path(__file__).parent / "fixtures" / "stories"


def test_arrests_at_a_protest_are_the_protests_incident(ledger):
    # a fictional report: police fire on a student protest, a denial, arrests, a curfew
    ledger.ingest([STORIES / "dhaka-protest-ledger.txt"])
    # the arrests were made at the protest the police fired on: one incident, not two
    assert len(ledger.incidents()) == 1, [i.sub_event_type for i in ledger.incidents()]


def test_a_bombing_its_wire_follow_up_and_an_arrest_report_are_one_incident(ledger):
    # fictional reports: a local paper's HTML page on a market bombing, a wire story the next
    # day (a claim of responsibility, a rising toll, a denial) and an arrest report (a
    # confession its lawyer says was made under torture)
    ledger.ingest(sorted((STORIES / "maiduguri-bombing").iterdir()))
    (incident,) = ledger.incidents()
    assert (incident.sub_event_type, incident.place_name) == ("Suicide bomb", "Maiduguri")
    assert incident.date_start == dt.date(2026, 11, 27)  # "on Friday", "Friday's attack"
    killed = incident.summary["fatalities"]
    assert killed["best"] == 23
    # "four of the wounded died overnight, bringing the toll to 23": one toll, not two
    assert 4 not in {v["value"] for v in killed["values"]}
    kinds = {c.kind for c in ledger.contradictions()}
    assert {"polarity", "responsibility"} <= kinds  # the checkpoint; the confession
    (army,) = [c for c in ledger.claims() if "hallmarks" in c.text]
    assert (army.speaker_affiliation, army.speaker_name) == ("army", "army spokesman")


def test_an_encounter_killing_its_wire_story_and_a_follow_up_are_one_incident(ledger):
    # fictional reports: a local paper's HTML page on a police "encounter", a wire story (the
    # family alleges a custodial killing), and a follow-up a week later (a lawyer reads the
    # post-mortem, the police deny it, an accomplice's confession said to be under pressure)
    ledger.ingest(sorted((STORIES / "meerut-encounter").iterdir()))
    encounters = [i for i in ledger.incidents() if i.sub_event_type == "Armed clash"]
    (encounter,) = encounters  # the follow-up's "November 17 encounter" had been 2027's
    assert (encounter.place_name, encounter.date_start) == ("Meerut", dt.date(2026, 11, 17))
    assert encounter.summary["fatalities"]["best"] == 1  # not the dozen cases he was wanted in
    assert encounter.summary["injured"]["best"] == 2
    assert {"polarity", "responsibility"} <= {c.kind for c in ledger.contradictions()}
    (confession,) = [c for c in ledger.claims() if c.stance == "confesses"]
    assert confession.speaker_name == "Arif"
    # "Lawyer Farhan Siddiqui" as the tagger found him is the lawyer Farhan Siddiqui; "the
    # police" stay the police after a Superintendent of Police has spoken
    assert "Lawyer Farhan Siddiqui" not in {c.speaker_name for c in ledger.claims()}
    (custody,) = [c for c in ledger.claims() if "in custody before" in c.text]
    assert (custody.speaker_name, custody.stance) == ("police", "denies")
    # the official's "If the inquiry finds the encounter was staged, the officers ... may be
    # charged" supposes it: no account of who is responsible
    (who,) = [q for q in encounter.questions if q.startswith("Who is responsible")]
    assert "Nadeem" in who and "inquiry finds" not in who


def test_two_days_of_protests_in_one_city_are_two_incidents(ledger):
    # fictional reports: a local paper's HTML page on Tuesday's march in Conakry (security
    # forces fire, tolls disagree, the government denies live rounds), a wire story the next
    # day, and a radio feed's report of Thursday's march, where a police officer was stabbed
    # and the coalition says Tuesday's toll stood at five
    ledger.ingest(sorted((STORIES / "conakry-protests").iterdir()))
    tuesday, thursday = sorted(ledger.incidents(), key=lambda i: i.date_start)
    assert (tuesday.date_start, thursday.date_start) == (
        dt.date(2026, 11, 24),
        dt.date(2026, 11, 26),
    )
    assert {tuesday.place_name, thursday.place_name} == {"Conakry"}  # not "Prince", in Haiti
    # the crowd's clashes and the officer stabbed by protesters: riots, no battle
    assert tuesday.event_type in ("Protests", "Riots")
    assert thursday.sub_event_type == "Violent demonstration"
    assert tuesday.summary["fatalities"]["best"] == 5
    # the officer's death; Tuesday's five are told in the same report, of Tuesday's march
    assert thursday.summary["fatalities"]["best"] == 1
    assert thursday.summary["injured"]["best"] == 7
    # the government spokesman, "Touré" in the local paper and "Toure" on the wire, is one voice
    (live_rounds,) = [c for c in ledger.contradictions() if "live ammunition" in c.summary]
    assert live_rounds.summary.count("Ousmane Gaoual") == 1
    # the government's one dead is answered, not updated, by the coalition's five a day later
    (toll,) = [c for c in ledger.contradictions() if c.kind == "number"]
    assert toll.incident_id == tuesday.id and "killed 1 (government)" in toll.summary


def test_a_school_abduction_its_wire_story_and_follow_ups_are_one_incident(ledger):
    # fictional reports: a local paper's HTML page on pupils abducted from a school in Maru, a
    # wire story the next day (the army says it rescued 30, parents say they escaped), a
    # follow-up a week later (a ransom video, a denial, a hypothetical move, earlier
    # abductions in Jangebe and Kankara) and a radio feed's line on 11 more escaping
    ledger.ingest(sorted((STORIES / "maru-abduction").iterdir()))
    (incident,) = ledger.incidents()  # the earlier abductions are only named
    assert (incident.sub_event_type, incident.place_name) == (
        "Abduction/forced disappearance",
        "Maru",
    )
    assert incident.date_start == dt.date(2026, 11, 24)  # "in the early hours of Tuesday"
    assert incident.summary["fatalities"]["best"] == 1  # the teacher
    events = ledger.events()
    # the soldiers wounded in the rescue raid's gunfight are the raid's, not the abduction's
    abductions = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert not [f for e in abductions for f in e.figures if f.kind == "injured"]
    # "If they send soldiers, they will collect only dead bodies": a threat, no attack
    assert not [e for e in events if e.text == "dead" and e.modality == "occurred"]
    claims = ledger.claims()
    (put_at,) = [c for c in claims if c.text.endswith("pupils at 41")]
    assert put_at.speaker_name == "state government"  # not "Government Science ... School"
    assert not [c for c in claims if c.stance == "retracts"]  # "walked for hours"
    assert "Zamfara" not in {c.speaker_name for c in claims}  # "Zamfara has seen ..."


def test_a_mosque_bombing_its_wire_story_a_feed_and_a_follow_up_are_one_incident(ledger):
    # fictional reports: a local paper's HTML page on a suicide bombing at a mosque in
    # Timergara (at least 14 killed), a wire story (27; an Islamic State affiliate claims it,
    # the Pakistani Taliban deny any part), a feed with a copy of it and the next day's report
    # (the province says "25, not 27"; a facilitator arrested) and a follow-up (a suspect's
    # confession on television, his family says it was forced)
    ledger.ingest(sorted((STORIES / "timergara-mosque").iterdir()))
    # "Timergara" is GeoNames' "Timargara"; "Lower Dir" had been Upper Dir and the follow-up's
    # arrest in Kunar (Afghanistan): the wire story had been an incident of its own
    (incident,) = ledger.incidents()
    assert (incident.sub_event_type, incident.place_name) == ("Suicide bomb", "Timargara")
    assert incident.date_start == dt.date(2026, 11, 13)
    # the province's "25, not 27" corrects the wire's toll, which had been best for its copy
    assert incident.summary["fatalities"]["best"] == 25
    contradictions = {c.kind: c for c in ledger.contradictions()}
    assert {s["value"] for s in contradictions["number"].sides} == {25, 27}
    # the family disputes the man's confession, not the group's claim of the bombing
    (forced,) = [c for c in ledger.claims() if "under duress" in c.text]
    (confession,) = [c for c in ledger.claims() if c.stance == "confesses" and "helped" in c.text]
    sides = contradictions["responsibility"].sides
    assert sorted(c for s in sides for c in s["claims"]) == sorted([confession.id, forced.id])
    # actor1 is the group that claimed it, not the army whose operations it names
    out = io.StringIO()
    ledger.export("csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor1"], row["actor2"]) == ("Islamic State", "Civilians (Pakistan)")
    # "a charge Kabul denies": the capital speaks for its state, no actor called Kabul
    names = {actor.name for actor in ledger.actors()}
    assert "Government of Afghanistan" in names and "Kabul" not in names
    # the headline's "KP government" is the body the lead names in full
    assert "Khyber Pakhtunkhwa government" in names and "KP government" not in names


def test_a_raid_and_the_reprisal_on_the_next_village_a_day_later_are_two_incidents(ledger):
    # fictional reports: a Nigerian daily's page on gunmen killing villagers in Daffo on Sunday
    # night (police 12, a community leader "at least 27"; the army says bandits, a youth
    # leader herders), a wire story (Amnesty 31), a radio feed's line on Monday evening's
    # attack on Richa, 11 km off (police: no one killed; a councillor: two) and a follow-up on
    # both attacks
    ledger.ingest(sorted((STORIES / "plateau-villages").iterdir()))
    daffo, richa = sorted(ledger.incidents(), key=lambda i: i.date_start)
    # Richa had been no place of the radio's report (a village without a population, tagged
    # a person) and the attack placed at Daffo; both had been one incident
    assert (daffo.place_name, daffo.date_start) == ("Daffo", dt.date(2026, 11, 29))
    assert (richa.place_name, richa.date_start) == ("Richa", dt.date(2026, 11, 30))
    contradictions = ledger.contradictions()
    (toll,) = [c for c in contradictions if c.incident_id == richa.id]
    assert toll.kind == "number" and "killed 2 (Pam Choji)" in toll.summary  # not "Richa"
    # the herders' leader denies they were behind it: who did it, not whether it happened
    (who,) = [c for c in contradictions if c.kind == "responsibility"]
    assert who.incident_id == daffo.id
    assert not [c for c in contradictions if c.kind == "polarity"]
    # "Alhaji Muhammad Adamu Bello" and the wire's "Mohammed Adamu Bello": one voice, in the
    # summary and in the incident's question
    assert who.summary.count("Adamu Bello") == 1
    (question,) = [q for q in daffo.questions if q.startswith("Who is responsible")]
    assert question.count("Adamu Bello") == 1


def test_no_one_else_hurt_beside_a_killing_counts_no_one_hurt(ledger, tmp_path):
    # fictional reports of one killing: a local paper says his bodyguard was wounded, a wire
    # story that the police say no one else was hurt ("else" is the dead man, not the hurt)
    local = (
        "Title: Reporter shot dead outside his home in Cordoba\n"
        "Outlet: Gulf Coast Herald\n"
        "Date: 2026-12-02\n\n"
        "A reporter was shot dead outside his home in Cordoba, Veracruz, on Wednesday night. "
        "His bodyguard was wounded in the leg, a hospital source said.\n"
    )
    wire = (
        "Title: Mexican reporter shot dead in Veracruz\n"
        "Outlet: Reuters\n"
        "Date: 2026-12-03\n\n"
        "MEXICO CITY (Reuters) - A reporter was shot dead outside his home in Cordoba, in the "
        "state of Veracruz, on Wednesday night, prosecutors said.\n\n"
        "A police spokesman said no one else was hurt in the attack.\n"
    )
    ledger.ingest([write(tmp_path, "local.txt", local), write(tmp_path, "wire.txt", wire)])
    (incident,) = ledger.incidents()
    # the zero had been read as none added to the hurt, agreeing with the wounded bodyguard
    (number,) = [c for c in ledger.contradictions() if c.kind == "number"]
    assert {s["value"] for s in number.sides} == {0, 1}
    assert number.incident_id == incident.id


def test_a_journalists_killing_its_wire_story_and_follow_ups_are_one_incident(ledger):
    # fictional reports: a local paper's HTML page on a reporter shot dead outside his home in
    # Córdoba, Veracruz (a bodyguard wounded), a wire story (robbery, says the prosecutor; his
    # reporting on a cartel, says the union; no one else hurt, says the police) and its
    # reprint, a next-day report (two arrests, a march in Xalapa) and a follow-up a week later
    # (a confession said to be tortured out of him, an alibi, a killing in Poza Rica in July)
    ledger.ingest(sorted((STORIES / "veracruz-journalist").iterdir()))
    killings = [i for i in ledger.incidents() if i.event_type == "Violence against civilians"]
    # the local page's "Ramírez" had been a town in Tamaulipas, the wire's "Mexico" the
    # dateline's Mexico City and "Jalisco" (of a cartel's name) a killing of its own
    (killing,) = killings
    assert (killing.place_name, killing.admin1) == ("Córdoba", "Veracruz")
    # the follow-up's hearing, charges and transfer, all of its Wednesday, had dated it
    assert killing.date_start == dt.date(2026, 12, 2)
    assert killing.summary["fatalities"]["best"] == 1
    assert ledger.incident_articles()[killing.id] == 5
    contradictions = {c.kind: c for c in ledger.contradictions()}
    # the union's and colleagues' "rejected the robbery account" against the prosecutor's
    # robbery (a denied "account" had named no proposition of its own)
    robbery = [c.summary for c in ledger.contradictions() if c.kind == "polarity"]
    assert [s for s in robbery if "robbery" in s and "National Union of Press Workers" in s]
    # "confession was tortured out of him" against the prosecutor's "Gómez had confessed"
    confession = contradictions["responsibility"]
    assert "tortured out of him" in confession.summary
    # the colleagues, not the dead man, reject the robbery account
    rejecting = {c.speaker_name for c in ledger.claims() if "robbery account" in c.text}
    assert rejecting == {"Colleagues of Ramírez", "National Union of Press Workers"}


@pytest.mark.parametrize(
    ("text", "outlet", "own"),
    [
        ("Gunmen kill six\n\nQUETTA, Pakistan (Reuters) - Gunmen opened fire.", "Reuters", True),
        ("WASHINGTON (AP) — A gunman opened fire.", "The Associated Press", True),
        ("HENRY COUNTY, Ind. (WISH) — A man was shot.", "WISH", True),
        ("QUETTA, Pakistan (Reuters) - Gunmen opened fire.", "Frontier Post", False),
        ("QUETTA: Gunmen (on motorcycles) opened fire.", "Reuters", False),
    ],
)
def test_a_story_filed_by_the_agency_its_dateline_names_is_the_wires_own(text, outlet, own):
    assert files_its_agency(text, outlet) is own


AMBUSH = (
    "TURBAT (Indus Wire): Militants ambushed an army convoy on the coastal highway near "
    "Turbat on Tuesday, killing three soldiers and wounding five, the military said in a "
    "statement.\n\n"
    "The convoy was escorting fuel tankers to a border post when gunmen hidden in the hills "
    "opened fire with rockets and automatic rifles, a local police officer said. No group "
    "has claimed the attack, and troops were searching the area for the attackers.\n\n"
    "The highway, which links the port to the interior, has seen repeated raids on convoys "
    "this year, and traders say the road is closed for hours after each one.\n"
)
AMBUSH_REPRINT = AMBUSH.replace("three soldiers", "four soldiers")


def test_a_reprint_that_changes_a_figure_is_its_own_report_not_a_copy(ledger, tmp_path):
    """A wire story reprinted word for word but for one figure keeps that figure in view:
    stored as the reprinting outlet's own report, not as a copy whose figures are the
    original's; a reprint that only edits words stays a copy."""
    ledger.ingest([write(tmp_path, "wire.txt", AMBUSH)], outlet="Indus Wire")
    changed = ledger.ingest([write(tmp_path, "reprint.txt", AMBUSH_REPRINT)], outlet="Coast Post")
    edited = AMBUSH.replace("a local police officer said", "a police officer said")
    copied = ledger.ingest([write(tmp_path, "edited.txt", edited)], outlet="Harbour Times")
    documents = {d.outlet.name: d for d in ledger.documents()}
    wire, reprint = documents["Indus Wire"], documents["Coast Post"]
    assert reprint.copy_of is None and changed.copies == []
    assert changed.changed_figures == [(reprint.id, wire.id)]
    assert copied.copies == [documents["Harbour Times"].id]
    assert documents["Harbour Times"].copy_of == wire.id
    (incident,) = ledger.incidents()
    killed = {v["value"] for v in incident.summary["fatalities"]["values"]}
    assert {3, 4} <= killed


def test_a_wire_story_stored_after_its_reprint_is_named_the_original(ledger, tmp_path):
    """The agency's own story arriving after a reprint of it: the reprint is its copy, and the
    ingest says so (the new document is no copy); where the reprint tells a figure the
    wire's story does not, neither is the other's copy."""
    reprint_of = AMBUSH.replace("a local police officer said", "a police officer said")
    ledger.ingest([write(tmp_path, "reprint.txt", reprint_of)], outlet="Harbour Times")
    ledger.ingest([write(tmp_path, "changed.txt", AMBUSH_REPRINT)], outlet="Coast Post")
    report = ledger.ingest([write(tmp_path, "wire.txt", AMBUSH)], outlet="Indus Wire")
    documents = {d.outlet.name: d for d in ledger.documents()}
    wire = documents["Indus Wire"]
    assert report.copies == [] and report.originals == [wire.id]
    assert documents["Harbour Times"].copy_of == wire.id
    assert documents["Coast Post"].copy_of is None


def test_a_story_with_no_outlet_is_filed_under_its_datelines_agency(ledger, tmp_path):
    """A saved wire story with no outlet line and no --outlet is the agency's own story,
    not an unknown outlet's; a dateline naming no known agency leaves the outlet unknown."""
    wire = write(tmp_path, "wire.txt", AMBUSH.replace("(Indus Wire):", "(Reuters) -", 1))
    station = write(
        tmp_path,
        "station.txt",
        "ELDORET, Kenya (KTV) - Police dispersed a crowd of traders outside the county offices "
        "on Monday with tear gas, and three people were taken to hospital, witnesses said.\n",
    )
    ledger.ingest([wire, station])
    outlets = {d.outlet.name if d.outlet else None for d in ledger.documents()}
    assert outlets == {"Reuters", None}
