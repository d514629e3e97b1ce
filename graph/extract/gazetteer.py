"""General world knowledge as data: countries (capitals, demonyms), government seats, organisations, parties.

Nothing here is taken from a particular article; the tables name every country, well-known
international organisations and common political parties, so that any news text can be resolved.
The country table lives in `graph/data/countries.tsv`; the smaller tables are constants below.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ResourceError

COUNTRIES_FILE = Path(__file__).resolve().parent.parent / "data" / "countries.tsv"
GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"

# Buildings and places that stand for a government when used as an agent ("the White House said").
GOVERNMENT_SEATS: dict[str, str] = {
    "white house": "United States",
    "oval office": "United States",
    "capitol hill": "United States",
    "kremlin": "Russia",
    "downing street": "United Kingdom",
    "number 10": "United Kingdom",
    "no 10": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "elysee palace": "France",
    "quai d'orsay": "France",
    "chancellery": "Germany",
    "zhongnanhai": "China",
    "blue house": "South Korea",
}

# Nouns that make "the French side", "the Kenyan delegation", "Chile's government" speak for a country.
SIDE_NOUNS: frozenset[str] = frozenset({
    "side", "delegation", "delegations", "government", "administration", "authorities", "officials",
    "negotiators", "team", "leadership", "regime", "cabinet", "diplomats", "envoys", "representatives",
})

# International organisations and alliances: canonical name → aliases (lower case).
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "European Union": ("eu", "e.u.", "european union", "the eu"),
    "NATO": ("nato", "north atlantic treaty organization", "north atlantic treaty organisation"),
    "United Nations": ("un", "u.n.", "united nations", "the un"),
    "UN Security Council": ("security council", "un security council", "united nations security council"),
    "European Commission": ("european commission", "eu commission"),
    "European Parliament": ("european parliament",),
    "European Central Bank": ("european central bank", "ecb"),
    "World Trade Organization": ("wto", "world trade organization", "world trade organisation"),
    "International Monetary Fund": ("imf", "international monetary fund"),
    "World Bank": ("world bank",),
    "World Health Organization": ("who", "world health organization", "world health organisation"),
    "OPEC": ("opec", "organization of the petroleum exporting countries"),
    "OSCE": ("osce", "organization for security and co-operation in europe"),
    "Council of Europe": ("council of europe",),
    "African Union": ("african union", "au"),
    "Arab League": ("arab league", "league of arab states"),
    "ASEAN": ("asean", "association of southeast asian nations"),
    "G7": ("g7", "group of seven"),
    "G8": ("g8", "group of eight"),
    "G20": ("g20", "group of twenty"),
    "International Atomic Energy Agency": ("iaea", "international atomic energy agency"),
    "International Criminal Court": ("icc", "international criminal court"),
    "Red Cross": ("red cross", "icrc", "international committee of the red cross"),
    "Bank of England": ("bank of england",),
    "Court of Appeal": ("court of appeal", "appeal court"),
    "Federal Reserve": ("federal reserve", "the fed"),
}

# Political parties: canonical name → aliases and member adjectives (lower case). General knowledge.
PARTIES: dict[str, tuple[str, ...]] = {
    "Labour Party": ("labour", "labour party", "new labour"),
    "Conservative Party": ("conservative", "conservatives", "conservative party", "tory", "tories",
                           "tory party"),
    "Liberal Democrats": ("liberal democrats", "liberal democrat", "lib dems", "lib dem", "libdems",
                          "lib-dems", "liberal democrat party"),
    "Scottish National Party": ("snp", "scottish national party"),
    "Plaid Cymru": ("plaid cymru", "plaid"),
    "UK Independence Party": ("ukip", "uk independence party"),
    "Green Party": ("green party", "greens"),
    "Democratic Unionist Party": ("dup", "democratic unionist party", "democratic unionists"),
    "Ulster Unionist Party": ("uup", "ulster unionist party", "ulster unionists"),
    "Sinn Fein": ("sinn fein", "sinn féin"),
    "SDLP": ("sdlp", "social democratic and labour party"),
    "British National Party": ("bnp", "british national party"),
    "Republican Party": ("republican party", "republicans", "gop"),
    "Democratic Party": ("democratic party", "democrats"),
}

# Party abbreviations used in brackets after a politician's name ("Jane Doe (Lab)"); only read there.
PARTY_ABBREVIATIONS: dict[str, str] = {
    "lab": "Labour Party", "con": "Conservative Party", "ld": "Liberal Democrats",
    "lib dem": "Liberal Democrats",
    "snp": "Scottish National Party", "pc": "Plaid Cymru", "ukip": "UK Independence Party",
    "dup": "Democratic Unionist Party", "uup": "Ulster Unionist Party", "sdlp": "SDLP", "sf": "Sinn Fein",
    "green": "Green Party", "grn": "Green Party", "r": "Republican Party", "d": "Democratic Party",
}

# The country each party above belongs to, so that party politics tells the home country of a story.
PARTY_COUNTRY: dict[str, str] = {
    "Labour Party": "United Kingdom", "Conservative Party": "United Kingdom",
    "Liberal Democrats": "United Kingdom",
    "Scottish National Party": "United Kingdom", "Plaid Cymru": "United Kingdom",
    "UK Independence Party": "United Kingdom", "Green Party": "United Kingdom",
    "Democratic Unionist Party": "United Kingdom", "Ulster Unionist Party": "United Kingdom",
    "Sinn Fein": "United Kingdom", "SDLP": "United Kingdom", "British National Party": "United Kingdom",
    "Republican Party": "United States", "Democratic Party": "United States",
}

# The official opposition of Westminster-style parliaments, whose spokespeople hold "shadow" offices ("the
# shadow home secretary"): country → party, as of today's parliaments (general knowledge).
OFFICIAL_OPPOSITION: dict[str, str] = {
    "United Kingdom": "Conservative Party",
}

# Nouns after a party's name that name the party's own machine, not a body of its own ("the Labour campaign
# said", "Tory campaign headquarters"): such a name is the party.
PARTY_MACHINE_NOUNS: frozenset[str] = frozenset({"campaign", "headquarters", "hq", "high command"})

# Governments of the nations inside a state (PART_OF; "the Northern Ireland Executive", "the X Assembly
# Government"): their names' endings; a minister in a story naming one serves it.
DEVOLVED_GOVERNMENT_HEADS: tuple[str, ...] = ("executive", "assembly government", "government")

# Nations that are part of a state: their mentions count for the state when finding a story's home country.
PART_OF: dict[str, str] = {
    "England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
}

# Collective bodies named by a common noun that news treats as one actor ("the unions said …").
COLLECTIVE_ACTORS: dict[str, str] = {
    "unions": "Unions", "trade unions": "Unions", "union leaders": "Unions", "union bosses": "Unions",
    "police": "Police", "police chiefs": "Police", "law lords": "Law Lords",
    "rights groups": "Human rights groups", "human rights groups": "Human rights groups",
    "rights campaigners": "Human rights groups", "civil liberties groups": "Civil liberties groups",
}

# Head nouns of organisation names; a capitalised phrase ending in one is an organisation
# ("the National Farmers union", "the Foreign Office", "the Audit Office").
ORGANISATION_HEADS: frozenset[str] = frozenset({
    "union", "office", "ministry", "department", "council", "commission", "federation", "association",
    "congress", "agency", "authority", "institute", "foundation", "committee", "confederation",
    "executive", "assembly", "parliament", "tribunal", "inspectorate", "trust", "service", "society",
    "board", "lords", "college", "centre", "league", "forum",
})

# Heads of bodies that are organisations of their own even inside a title ("Chairman of the Audit
# Committee"), unlike the portfolios of ministers ("Minister for the Cabinet Office").
BODY_HEADS: frozenset[str] = frozenset({
    "committee", "commission", "council", "union", "association", "federation", "authority", "agency",
    "board", "trust", "institute", "foundation", "congress", "confederation", "tribunal", "inspectorate",
})

# Organisation heads written in lower case after a capitalised name ("the Green Belt campaign").
LOWER_CASE_HEADS: frozenset[str] = frozenset({
    "union", "campaign", "alliance", "coalition", "movement", "hunt", "committee", "campaigners",
})

# Head nouns of names of laws, documents and events: "the Prevention of Floods Bill", "the Budget", "the
# Clean Air Act" are what actors argue about, never actors themselves.
DOCUMENT_HEADS: frozenset[str] = frozenset({
    "bill", "bills", "act", "budget", "budgets", "pre-budget", "treaty", "convention", "scheme", "charter",
    "directive", "manifesto",
    "protocol", "amendment", "regulations", "constitution", "white paper", "green paper", "blitz", "troubles",
    "carta", "egm", "agm", "summit", "referendum", "election", "elections", "prerogative",
})

# Role nouns beyond the office titles of `personwords.ROLE_HEADS` that tie a person to a body or a country
# ("Tory frontbencher X", "his French counterpart X", "union pensions officer X").
EXTRA_ROLE_HEADS: frozenset[str] = frozenset({
    "frontbencher", "counterpart", "officer", "campaigner", "organiser", "organizer", "convener", "convenor",
    "treasurer", "activist", "vice-chairman", "vice-president", "agent", "steward", "supremo", "strategist",
})

# Government departments known by name; with the patterns of `is_department` ("Department for X", "Ministry
# of X", "Foreign Ministry") they are organisations of the story's home government.
DEPARTMENT_NAMES: frozenset[str] = frozenset({
    "home office", "foreign office", "foreign and commonwealth office", "cabinet office", "treasury",
    "hm treasury", "northern ireland office", "scotland office", "wales office", "state department",
    "pentagon", "justice department", "treasury department", "defence ministry", "defense department",
    "foreign ministry", "interior ministry", "finance ministry", "home department",
})
# Departments known by name that belong to one government whatever the story's home country.
DEPARTMENT_COUNTRY: dict[str, str] = {
    "home office": "United Kingdom", "foreign office": "United Kingdom",
    "foreign and commonwealth office": "United Kingdom", "cabinet office": "United Kingdom",
    "hm treasury": "United Kingdom", "northern ireland office": "United Kingdom",
    "scotland office": "United Kingdom", "wales office": "United Kingdom",
    "state department": "United States", "pentagon": "United States", "defra": "United Kingdom",
    "dfes": "United Kingdom", "dfid": "United Kingdom",
    "odpm": "United Kingdom", "dwp": "United Kingdom", "dti": "United Kingdom", "fco": "United Kingdom",
}
_DEPARTMENT_PREFIXES = ("department for ", "department of ", "ministry of ", "ministry for ",
                        "office of the ")

# Nouns after a name that make it the title of a work ("the Breakfast with Jane programme", "the Smith
# review"), not an actor.
WORK_NOUNS: frozenset[str] = frozenset({
    "programme", "program", "show", "documentary", "series", "newspaper", "magazine", "column", "website",
    "film", "book", "memo", "memorandum", "blog", "musical", "novel", "play",
})

# Label of the government when a story names no country (its parties give none either).
UNKNOWN_GOVERNMENT = "Government"

# Words that, without a country named, mean the government of the story's home country.
GOVERNMENT_WORDS: frozenset[str] = frozenset({"government", "ministers", "cabinet", "whitehall"})

# Ministries and departments named with a country adjective, e.g. "French Foreign Ministry".
MINISTRY_WORDS: frozenset[str] = frozenset({
    "ministry", "department", "office", "treasury", "foreign office", "home office", "executive",
})


@dataclass(frozen=True)
class Country:
    """One row of the country table."""

    name: str
    capitals: tuple[str, ...]
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split(",") if v.strip())


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The country table, read once."""
    try:
        lines = COUNTRIES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read {COUNTRIES_FILE}: {exc}; reinstall stancegraph") from exc
    rows = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, capitals, demonyms, aliases = (line.split("|") + ["", "", ""])[:4]
        rows.append(Country(name.strip(), _split(capitals), _split(demonyms), _split(aliases)))
    return tuple(rows)


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-cased country name or alias (with and without a leading "the") → canonical country name."""
    table: dict[str, str] = {}
    for c in countries():
        for name in (c.name, *c.aliases):
            table.setdefault(_fold(name), c.name)
            table.setdefault(_fold(name).removeprefix("the "), c.name)
    return table


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Lower-cased capital → country name."""
    return {_fold(cap): c.name for c in countries() for cap in c.capitals}


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-cased demonym or adjective → country name."""
    return {_fold(d): c.name for c in countries() for d in c.demonyms}


@functools.lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """Lower-cased alias → canonical name of an international organisation."""
    return {alias: name for name, aliases in ORGANISATIONS.items() for alias in (_fold(name), *aliases)}


@functools.lru_cache(maxsize=1)
def party_names() -> dict[str, str]:
    """Lower-cased alias or member adjective → canonical party name."""
    return {alias: name for name, aliases in PARTIES.items() for alias in (_fold(name), *aliases)}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased common given names ("jane", "david"), read once."""
    try:
        lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"cannot read {GIVEN_NAMES_FILE}: {exc}; reinstall stancegraph") from exc
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def is_department(name: str) -> bool:
    """A government department: "Home Office", "Department for Transport", "Ministry of Defence"."""
    low = _fold(name).removeprefix("the ")
    return (low in DEPARTMENT_NAMES or low in DEPARTMENT_COUNTRY or low.startswith(_DEPARTMENT_PREFIXES)
            or low.endswith(" ministry"))


def country_of(text: str) -> str | None:
    """The country a name, capital, demonym or government seat stands for, if any."""
    key = _fold(text).removeprefix("the ")
    for table in (country_names(), capitals(), demonyms(), GOVERNMENT_SEATS):
        if key in table:
            return table[key]
    return None
