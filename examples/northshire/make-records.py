#!/usr/bin/env python3
"""Writes the invented records of the fictional Northshire Reading Partnership example.

Everything here is made up: the partnership, its members and every number. The records
are drawn from a fixed seed so that running this again gives the same files:

    python3 examples/northshire/make-records.py

It writes editions/YEAR/members.yaml, editions/YEAR/records/events.yaml and
editions/YEAR/records/sessions.yaml for 2023 and 2024.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

LIBRARIES = [
    ("wrenmere-library", "Wrenmere Central Library", "North Northshire", False),
    ("hollowford-library", "Hollowford Library", "North Northshire", True),
    ("thistlebury-library", "Thistlebury Library", "South Northshire", True),
    ("amberwick-library", "Amberwick Library", "Northshire Coast", False),
    ("copperdale-library", "Copperdale Library", "South Northshire", False),
]
SCHOOLS = [
    ("fenmarsh-primary", "Fenmarsh Primary School", "Northshire Coast", True),
    ("oakhollow-primary", "Oakhollow Primary School", "North Northshire", True),
    ("quillbridge-primary", "Quillbridge Primary School", "South Northshire", False),
    ("mistlecombe-infants", "Mistlecombe Infant School", "North Northshire", True),
    ("larkspur-vale-academy", "Larkspur Vale Academy", "Northshire Coast", False),
    ("kestrelby-high", "Kestrelby High School", "South Northshire", False),
    ("sedgewater-primary", "Sedgewater Primary School", "South Northshire", False),
]
NEW_IN_2024 = ("brindle-green-primary", "Brindle Green Primary School", "Northshire Coast", True)
PARTNERS = [
    ("northshire-volunteer-readers", "Northshire Volunteer Readers", "North Northshire", False),
    ("tumbleford-family-centre", "Tumbleford Family Centre", "Northshire Coast", True),
]

# Which members each theme works with (libraries and schools of the right age).
POOLS = {
    "early-years": ["wrenmere-library", "hollowford-library", "amberwick-library", "fenmarsh-primary",
                    "oakhollow-primary", "mistlecombe-infants", "sedgewater-primary", "brindle-green-primary"],
    "reading-for-pleasure": None,  # every member
    "digital-skills": ["wrenmere-library", "copperdale-library", "thistlebury-library", "quillbridge-primary",
                       "larkspur-vale-academy", "kestrelby-high", "sedgewater-primary"],
}

# The member libraries that lead each theme (the same leads are written in each theme's front matter).
LEADS = {
    "early-years": ["hollowford-library", "wrenmere-library"],
    "reading-for-pleasure": ["thistlebury-library", "amberwick-library"],
    "digital-skills": ["copperdale-library", "wrenmere-library"],
}

YEARS = {
    "2023": {
        "seed": 2023,
        # sessions per theme and kind
        "plan": {
            "early-years": {"reading-group": 8, "visit": 6, "workshop": 1},
            "reading-for-pleasure": {"reading-group": 8, "visit": 6, "workshop": 0},
            "digital-skills": {"reading-group": 2, "visit": 1, "workshop": 6},
        },
        "unreached": ["kestrelby-high", "sedgewater-primary"],
        "events": [
            ("spring-story-trail", "Spring Story Trail", ["early-years"], "2023-04-15", "Hollowford Library", 86, "exact"),
            ("rhyme-time-festival", "Rhyme Time Festival", ["early-years"], "2023-06-10", "Wrenmere Central Library", 120, "about"),
            ("summer-reading-launch", "Summer Reading Challenge launch", ["reading-for-pleasure"], "2023-07-08", "Amberwick Library", 140, "at-least"),
            ("book-swap-weekend", "Book Swap Weekend", ["reading-for-pleasure"], "2023-09-23", "Thistlebury Library", 64, "exact"),
            ("authors-evening", "An evening with three local authors", ["reading-for-pleasure"], "2023-11-02", "Amberwick Library", 52, "exact"),
            ("tablet-taster-day", "Tablet taster day", ["digital-skills"], "2023-05-20", "Copperdale Library", 38, "exact"),
            ("family-reading-day", "Family reading and technology day", ["early-years", "digital-skills"], "2023-10-14", "Wrenmere Central Library", 95, "exact"),
        ],
    },
    "2024": {
        "seed": 2024,
        "plan": {
            "early-years": {"reading-group": 10, "visit": 4, "workshop": 2},
            "reading-for-pleasure": {"reading-group": 8, "visit": 4, "workshop": 1},
            "digital-skills": {"reading-group": 2, "visit": 1, "workshop": 14},
        },
        "unreached": ["kestrelby-high"],
        "events": [
            ("spring-story-trail", "Spring Story Trail", ["early-years"], "2024-04-13", "Hollowford Library", 74, "exact"),
            ("rhyme-time-festival", "Rhyme Time Festival", ["early-years"], "2024-06-08", "Wrenmere Central Library", 150, "about"),
            ("summer-reading-launch", "Summer Reading Challenge launch", ["reading-for-pleasure"], "2024-07-06", "Amberwick Library", 165, "at-least"),
            ("book-swap-weekend", "Book Swap Weekend", ["reading-for-pleasure"], "2024-09-21", "Thistlebury Library", 58, "exact"),
            ("poetry-picnic", "Poetry picnic in the park", ["reading-for-pleasure"], "2024-08-17", "Thistlebury Library", 47, "exact"),
            ("tablet-taster-day", "Tablet taster day", ["digital-skills"], "2024-05-18", "Copperdale Library", 61, "exact"),
            ("code-club-showcase", "Code club showcase", ["digital-skills"], "2024-11-09", "Copperdale Library", 44, "exact"),
            ("family-reading-day", "Family reading and technology day", ["early-years", "digital-skills"], "2024-10-12", "Wrenmere Central Library", 112, "exact"),
        ],
    },
}


def members(year):
    rows = [(i, n, r, ru, "library") for i, n, r, ru in LIBRARIES]
    rows += [(i, n, r, ru, "school") for i, n, r, ru in SCHOOLS]
    if year == "2024":
        i, n, r, ru = NEW_IN_2024
        rows.append((i, n, r, ru, "school"))
    rows += [(i, n, r, ru, "partner") for i, n, r, ru in PARTNERS]
    return rows


def write_members(year, path):
    out = [
        "# The register: the partnership's members and two partner groups. INVENTED for this example:",
        "# no such organisations exist. Libraries and schools are the members; partners are not counted",
        "# in shares. Written by ../../make-records.py.",
        "",
    ]
    for i, n, r, ru, t in members(year):
        out += [f"- id: {i}", f"  name: {n}", f"  region: {r}", f"  type: {t}", f"  rural: {'true' if ru else 'false'}"]
        if year == "2024" and i == NEW_IN_2024[0]:
            out.append("  note: joined the partnership in April 2024")
        if t == "partner":
            out.append("  note: a partner group, not a member")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def write_records(year, cfg, folder):
    rnd = random.Random(cfg["seed"])
    pop = [m[0] for m in members(year) if m[4] in ("library", "school")]
    reachable = [m for m in pop if m not in cfg["unreached"]]
    plan = [(t, k) for t, kinds in cfg["plan"].items() for k, n in kinds.items() for _ in range(n)]
    rnd.shuffle(plan)
    kinds = plan
    sessions = []
    for n, (theme, kind) in enumerate(plan):
        lib = rnd.choice(LEADS[theme])
        pool = [m for m in reachable if m != lib and (POOLS[theme] is None or m in POOLS[theme])]
        member = rnd.choice(pool)
        month = 1 + (n * 12) // len(kinds)
        if member == NEW_IN_2024[0]:
            month = max(month, 4)  # it joined in April 2024
        day = rnd.randint(1, 28)
        sessions.append((f"{year}-{month:02d}-{day:02d}", lib, member, theme, kind))
    sessions.sort()
    out = [
        "# One entry per session a lead library ran with a member. INVENTED for this example.",
        "# Written by ../../../make-records.py.",
        "",
    ]
    for d, lib, member, theme, kind in sessions:
        out += [f"- date: {d}", f"  library: {lib}", f"  member: {member}", f"  theme: {theme}", f"  kind: {kind}"]
    with open(os.path.join(folder, "sessions.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")

    out = [
        "# The partnership's public events. INVENTED for this example.",
        "# Written by ../../../make-records.py.",
        "",
    ]
    for eid, title, ths, date, place, attendees, precision in cfg["events"]:
        pool = [m for m in reachable if POOLS[ths[0]] is None or m in POOLS[ths[0]]]
        orgs = sorted(rnd.sample(pool, rnd.randint(2, 4)))
        out += [f"- id: {eid}", f"  title: {title}", f"  themes: [{', '.join(ths)}]", f"  date: {date}",
                f"  place: {place}", f"  attendees: {attendees}", f"  precision: {precision}",
                f"  organisations: [{', '.join(orgs)}]"]
    with open(os.path.join(folder, "events.yaml"), "w") as f:
        f.write("\n".join(out) + "\n")


for year, cfg in YEARS.items():
    folder = os.path.join(HERE, "editions", year)
    os.makedirs(os.path.join(folder, "records"), exist_ok=True)
    write_members(year, os.path.join(folder, "members.yaml"))
    write_records(year, cfg, os.path.join(folder, "records"))
