"""The offline gazetteer: places by name, from the shipped extract, hand-placed sites, the user's
own places and optional full GeoNames dumps.

The shipped extract (places.tsv.gz, made by `build.py`) is copied once into an SQLite index in
the user's cache folder ($CORROBORATE_CACHE, else ~/.cache/corroborate), keyed by the file's
size and modification time; after that a process opens it in milliseconds and looks names up
on disk. Names are looked up by `fold(name)`: lower case without diacritics.

User places: a TSV with a header line (lines starting with # are comments)::

    name    lat     lon     country admin1  precision   aliases     id
    Nine Zero   24.9186 67.0617 PK  Sindh   point   9 Zero|90   site:nine-zero

`country` is ISO 3166-1 alpha-2; `admin1` the province's name (or its GeoNames admin1 code);
`precision` one of point, town, district, region, country; `aliases` separated by |; `id`
optional, at most 40 characters (default ``user:<name>``). Give it to `load_user_places(path)`
or to the component::

    nlp.add_pipe("corroborate_places", config={"user_places": "my_places.tsv"})
"""

from __future__ import annotations

import csv
import functools
import gzip
import hashlib
import io
import itertools
import math
import os
import re
import sqlite3
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from corroborate.errors import CorroborateError
from corroborate.lexicons import read_rows
from corroborate.model import Precision

EXTRACT = "places.tsv.gz"
SITES = "sites.tsv"
INDEX_VERSION = 3  # bump when fold(), the names indexed or the schema change
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
REGION_CODES = frozenset({"ADM1", "ADM1H", "RGN", "RGNE", "CONT", "ISLS", "PEN", "MTS", "DSRT"})
DISTRICT_CODES = frozenset({"ADM2", "ADM3", "ADM4", "ADMD", "PPLX", "ADM2H", "ADM3H"})


class GazetteerError(CorroborateError):
    """A gazetteer file that cannot be read."""


_ABBREVIATED_WORDS = (
    (re.compile(r"\bst\.?\s+"), "saint "),
    (re.compile(r"\bmt\.?\s+"), "mount "),
    (re.compile(r"\bft\.?\s+"), "fort "),
)


def fold(name: str) -> str:
    """Lower case without diacritics, "St." as "saint": the key names are looked up by."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    key = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    for pattern, word in _ABBREVIATED_WORDS:
        key = pattern.sub(word, key)
    return key


# The marks of a scholarly transliteration GeoNames writes in many South Asian and Arabic names
# (macron, dot below, line below: "Ghāziābād", "Thāne"), which no news report or ACLED record
# spells; a language's own letters (é, ñ, ü, ş, ç) are kept.
_TRANSLITERATION_MARKS = frozenset("\u0304\u0323\u0331")


@functools.cache
def _own_marks_countries() -> frozenset[str]:
    """Countries whose own alphabet writes the transliteration marks (own_marks.tsv)."""
    return frozenset(
        row["country"] for row in read_rows("corroborate.extract.gazetteer", "own_marks.tsv")
    )


def plain_transliteration(name: str, country: str = "") -> str:
    """A place's name as the press writes it: "Ghāziābād" as "Ghaziabad", "Córdoba" as is, and
    as is in a country whose alphabet has the marks ("Hội An" in VN)."""
    if country in _own_marks_countries():
        return name
    decomposed = unicodedata.normalize("NFD", name)
    if not _TRANSLITERATION_MARKS.intersection(decomposed):
        return name
    kept = "".join(c for c in decomposed if c not in _TRANSLITERATION_MARKS)
    return unicodedata.normalize("NFC", kept)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    fcode: str
    country: str
    admin1: str  # GeoNames admin1 code (or a name, for user places)
    lat: float
    lon: float
    population: int = 0
    # listed on purpose in a places file (a user's or the shipped sites.tsv), whatever its id
    listed: bool = False

    def __post_init__(self) -> None:
        if not self.name.isascii():
            object.__setattr__(self, "name", plain_transliteration(self.name, self.country))

    @property
    def precision(self) -> str:
        return precision_of(self.fcode)


def precision_of(fcode: str) -> str:
    """The model.Precision value for a GeoNames feature code."""
    if fcode in COUNTRY_CODES:
        return Precision.COUNTRY.value
    if fcode in REGION_CODES or fcode.startswith("RGN"):
        return Precision.REGION.value
    if fcode in DISTRICT_CODES:
        return Precision.DISTRICT.value
    if fcode.startswith("PPL") or fcode == "STLMT":
        return Precision.TOWN.value
    return Precision.POINT.value


# Feature codes standing for a precision in user files.
_FCODE_OF_PRECISION = {
    "point": "SITE",
    "town": "PPL",
    "district": "PPLX",
    "region": "ADM1",
    "country": "PCLI",
}

_SCHEMA = """
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY, id TEXT, name TEXT, fcode TEXT, country TEXT, admin1 TEXT,
    lat REAL, lon REAL, population INTEGER
);
CREATE TABLE names (key TEXT, place INTEGER);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
_INDEXES = "CREATE INDEX IF NOT EXISTS names_key ON names (key);"


def cache_dir() -> Path:
    """Where derived indexes live: $CORROBORATE_CACHE, else ~/.cache/corroborate."""
    root = os.environ.get("CORROBORATE_CACHE")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "corroborate"


@functools.cache
def _division_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words naming a division's kind, words that make no name alone)."""
    rows = read_rows("corroborate.extract.gazetteer", "division_words.tsv")
    kinds: dict[str, set[str]] = {"division": set(), "generic": set()}
    for row in rows:
        kinds[row["kind"]].add(row["word"])
    return frozenset(kinds["division"]), frozenset(kinds["generic"])


def short_names(place: Place) -> list[str]:
    """A first-order division's name without its kind: "Cauca" of "Cauca Department"."""
    if place.fcode != "ADM1":
        return []
    division, generic = _division_words()
    *stem, last = place.name.split()
    if not stem or last not in division or all(word in generic for word in stem):
        return []
    return [" ".join(stem)]


def _insert(db: sqlite3.Connection, rows: Iterable[tuple[Place, Iterable[str]]]) -> int:
    """Insert places and their names; returns how many places."""
    count = 0
    cursor = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM places")
    rowid = cursor.fetchone()[0]
    places, names = [], []
    for place, alternates in rows:
        rowid += 1
        count += 1
        places.append(
            (
                rowid,
                place.id,
                place.name,
                place.fcode,
                place.country,
                place.admin1,
                place.lat,
                place.lon,
                place.population,
            )
        )
        keys = {fold(place.name), *map(fold, alternates), *map(fold, short_names(place))}
        names.extend((key, rowid) for key in keys if key)
        if len(places) >= 50_000:
            db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
            db.executemany("INSERT INTO names VALUES (?,?)", names)
            places, names = [], []
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT INTO names VALUES (?,?)", names)
    return count


def _extract_rows(handle: io.TextIOBase) -> Iterator[tuple[Place, list[str]]]:
    for line in handle:
        if line.startswith(("#", "id\t")):
            continue
        f = line.rstrip("\n").split("\t")
        place = Place(f[0], f[1], f[2], f[3], f[4], float(f[5]), float(f[6]), int(f[7] or 0))
        yield place, f[8].split("|") if f[8] else []


def _open_index(
    path: Path, stamp: str, fill: Callable[[sqlite3.Connection], None]
) -> sqlite3.Connection:
    """An SQLite index at `path`, (re)built by `fill(db)` unless it carries `stamp`."""
    if path.exists():
        db = sqlite3.connect(path, check_same_thread=False)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row and row[0] == stamp:
            return db
        db.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    db.executescript(_SCHEMA)
    fill(db)
    db.execute(_INDEXES)
    db.execute("CREATE INDEX IF NOT EXISTS places_id ON places (id)")
    db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
    db.commit()
    db.close()
    os.replace(partial, path)  # atomic: processes racing to build end with one good file
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path and path.name.startswith("gazetteer-"):
            stale.unlink(missing_ok=True)  # indexes of earlier extracts (100 MB each)
    return sqlite3.connect(path, check_same_thread=False)


def extract_index() -> sqlite3.Connection:
    """The SQLite index of the shipped extract, built on first use."""
    source = resources.files(__name__).joinpath(EXTRACT)
    with resources.as_file(source) as path:
        stat = path.stat()
        stamp = f"{INDEX_VERSION}:{stat.st_size}:{int(stat.st_mtime)}"

        def fill(db: sqlite3.Connection) -> None:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                _insert(db, _extract_rows(handle))

        name = f"gazetteer-{stat.st_size}.sqlite"
        try:
            return _open_index(cache_dir() / name, stamp, fill)
        except OSError:
            # A read-only home (some CI runners, containers): the temporary folder will do.
            return _open_index(Path(tempfile.gettempdir()) / "corroborate" / name, stamp, fill)


# GeoNames dump columns (readme.txt of the dump): the ones we keep.
_DUMP_ID, _DUMP_NAME, _DUMP_ASCII, _DUMP_ALT, _DUMP_LAT, _DUMP_LON = 0, 1, 2, 3, 4, 5
_DUMP_FCLASS, _DUMP_FCODE, _DUMP_COUNTRY, _DUMP_ADMIN1, _DUMP_POP = 6, 7, 8, 10, 14


def _dump_lines(dump_path: Path) -> Iterator[str]:
    if dump_path.suffix.lower() == ".zip":
        with zipfile.ZipFile(dump_path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and n != "readme.txt"]
            if not members:
                raise GazetteerError(f"{dump_path}: no GeoNames .txt file in the zip")
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with dump_path.open(encoding="utf-8") as handle:
        yield from handle


def _dump_rows(dump_path: Path) -> Iterator[tuple[Place, list[str]]]:
    for number, line in enumerate(_dump_lines(dump_path), start=1):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15:
            raise GazetteerError(
                f"{dump_path}:{number}: {len(f)} columns, a GeoNames dump line has 19 "
                "(allCountries.txt format)"
            )
        if f[_DUMP_FCLASS] not in {"P", "A", "L", "S", "T", "H", "V"}:
            continue
        try:
            place = Place(
                f[_DUMP_ID],
                f[_DUMP_NAME],
                f[_DUMP_FCODE] or f[_DUMP_FCLASS],
                f[_DUMP_COUNTRY],
                f[_DUMP_ADMIN1],
                float(f[_DUMP_LAT]),
                float(f[_DUMP_LON]),
                int(f[_DUMP_POP] or 0),
            )
        except ValueError as error:
            raise GazetteerError(f"{dump_path}:{number}: {error}") from error
        alternates = [f[_DUMP_ASCII], *(a for a in f[_DUMP_ALT].split(",") if a)]
        yield place, alternates


def import_geonames_dump(dump_path: str | Path, index_path: str | Path) -> int:
    """Add a GeoNames dump to the on-disk SQLite index at `index_path`; returns places added.

    `dump_path` is GeoNames' allCountries.txt, a per-country file such as PK.txt, or the zip
    GeoNames serves it in (PK.zip): tab-separated, 19 columns, no header (geonameid, name,
    asciiname, alternatenames, latitude, longitude, feature class, feature code, country code,
    cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone, modification
    date). Feature classes P, A, L, S, T, H, V are kept. The index is created if missing and
    grows with each import (places already in it, by GeoNames id, are replaced). Give the index to
    the places component (config ``indexes``) or `Gazetteer(indexes=[...])` for finer lookups.
    """
    dump_path, index_path = Path(dump_path), Path(index_path)
    if not dump_path.exists():
        raise GazetteerError(f"{dump_path}: no such file")
    index_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(index_path)
    try:
        db.executescript(_SCHEMA.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
        count = 0
        found = _dump_rows(dump_path)
        # In chunks: allCountries.txt has 12 million lines, far more than memory should hold.
        while rows := list(itertools.islice(found, 100_000)):
            ids = [(place.id,) for place, _ in rows]
            db.executemany(
                "DELETE FROM names WHERE place IN (SELECT rowid FROM places WHERE id = ?)", ids
            )
            db.executemany("DELETE FROM places WHERE id = ?", ids)
            count += _insert(db, rows)
        db.execute(_INDEXES)
        db.execute("CREATE INDEX IF NOT EXISTS places_id ON places (id)")
        db.commit()
    finally:
        db.close()
    return count


def _read_user_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from enumerate(csv.DictReader(lines, delimiter="\t"), start=2)


MAX_ID_CHARS = 40  # the ledger's gazetteer_id column


def _user_place_id(row: dict[str, str]) -> str:
    given = (row.get("id") or "").strip()
    if given:
        if len(given) > MAX_ID_CHARS:
            raise ValueError(f"id {given!r} is longer than {MAX_ID_CHARS} characters")
        return given
    name = row["name"].strip()
    if len(name) + 5 <= MAX_ID_CHARS:
        return f"user:{name}"
    return f"user:{hashlib.sha1(name.encode()).hexdigest()[:12]}"


def load_user_places(path: str | Path) -> list[tuple[Place, list[str]]]:
    """Places from a user TSV (format in this module's docstring), each with its aliases."""
    path = Path(path)
    places: list[tuple[Place, list[str]]] = []
    try:
        rows = list(_read_user_rows(path))
    except OSError as error:
        raise GazetteerError(f"{path}: cannot read user places ({error})") from error
    for number, row in rows:
        try:
            precision = (row.get("precision") or "point").strip()
            place = Place(
                _user_place_id(row),
                row["name"].strip(),
                _FCODE_OF_PRECISION[precision],
                (row.get("country") or "").strip().upper(),
                (row.get("admin1") or "").strip(),
                float(row["lat"]),
                float(row["lon"]),
                listed=True,
            )
        except KeyError as error:
            raise GazetteerError(
                f"{path}:{number}: missing or unknown {error} (columns: name, lat, lon, country, "
                f"admin1, precision [{', '.join(_FCODE_OF_PRECISION)}], aliases, id)"
            ) from error
        except (TypeError, ValueError) as error:
            raise GazetteerError(f"{path}:{number}: {error}") from error
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        places.append((place, aliases))
    return places


class Gazetteer:
    """Places by folded name: user places and shipped sites first, then SQLite indexes."""

    def __init__(
        self,
        indexes: Iterable[sqlite3.Connection] = (),
        user_places: Iterable[tuple[Place, list[str]]] = (),
    ) -> None:
        self.indexes = list(indexes)
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.countries: dict[str, Place] = {}
        self.admin1s: dict[tuple[str, str], Place] = {}
        for db in self.indexes[-1:]:  # the shipped extract: every country and province
            for row in db.execute("SELECT * FROM places WHERE fcode IN ('ADM1', 'PCLI')"):
                place = Place(*row[1:])
                if place.fcode == "PCLI":
                    self.countries[place.country] = place
                else:
                    self.admin1s[(place.country, place.admin1)] = place
                    self.admin1_names[(place.country, place.admin1)] = place.name
        codes = {(cc, fold(name)): code for (cc, code), name in self.admin1_names.items()}
        for row in read_rows("corroborate.extract.gazetteer", "admin1_successors.tsv"):
            successor = self.admin1_names.get((row["country"], row["successor"]))
            if successor is not None:
                self.admin1_names.setdefault((row["country"], row["code"]), successor)
        # provinces user places name that the extract does not know: shown as given
        self.user_admin1s: set[tuple[str, str]] = set()
        self.memory: dict[str, list[Place]] = {}
        for place, aliases in user_places:
            # A province given by name gets GeoNames' code, so context matches it.
            code = codes.get((place.country, fold(place.admin1)), place.admin1)
            if code == place.admin1:
                self.user_admin1s.add((place.country, code))
            place = replace(place, admin1=code)
            for key in {fold(place.name), *map(fold, aliases)}:
                self.memory.setdefault(key, []).append(place)
        self.memory_ids = {p.id: p for places in self.memory.values() for p in places}

    def lookup(self, keys: Iterable[str]) -> dict[str, list[Place]]:
        """Candidates for each folded key that names at least one place."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, list[Place]] = {}
        for key in keys:
            if key in self.memory:
                found[key] = list(self.memory[key])
        for db in self.indexes:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                query = (
                    "SELECT names.key, places.* FROM names JOIN places ON places.rowid = "
                    f"names.place WHERE names.key IN ({marks})"
                )
                for row in db.execute(query, chunk):
                    found.setdefault(row[0], []).append(Place(*row[2:]))
        return found

    def by_id(self, place_id: str) -> Place | None:
        """The place with this gazetteer id: a listed place (shipped site, user place) or one
        an index has."""
        if place_id in self.memory_ids:
            return self.memory_ids[place_id]
        for db in self.indexes:
            row = db.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
            if row:
                return Place(*row[1:])
        return None

    def admin1_name(self, place: Place) -> str | None:
        """The name of the province a place lies in (user places may carry a name); None
        for a GeoNames code of no province ("01", the tribal areas' old code, was shown)."""
        if place.fcode == "ADM1":
            return place.name
        key = (place.country, place.admin1)
        return self.admin1_names.get(key) or (place.admin1 if key in self.user_admin1s else None)


def shipped_sites() -> list[tuple[Place, list[str]]]:
    """Hand-placed named sites and neighbourhoods shipped beside the extract (sites.tsv)."""
    with resources.as_file(resources.files(__name__).joinpath(SITES)) as path:
        return load_user_places(path)


@functools.cache
def load_gazetteer(user_places: str | None = None, indexes: tuple[str, ...] = ()) -> Gazetteer:
    """The gazetteer, opened once per process for each set of user files."""
    extra = [sqlite3.connect(path, check_same_thread=False) for path in indexes]
    users = shipped_sites() + (load_user_places(user_places) if user_places else [])
    # A dump the user imported is finer than the extract: it is asked first.
    return Gazetteer([*extra, extract_index()], users)
