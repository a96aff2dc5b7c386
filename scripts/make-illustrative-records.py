#!/usr/bin/env python3
"""Write the illustrative records of the Round 9 report.

Writes content/records/events.yaml, content/records/activities.yaml and
content/records/applications.yaml from the register in content/authorities.yaml.

The printed report gives totals (delegates, authorities represented, percentages of
authorities that attended, peer projects, interactions) but not the underlying lists.
This script invents lists that are consistent with every printed figure under the
rules of docs/content-format.md, using a fixed seed so that the output never changes.
After writing, it reads the files back with its own small parser, recomputes every
figure and checks it against the printed value; it exits non-zero on any mismatch.

Standard library only. Run from the repository root:

    python3 scripts/make-illustrative-records.py
"""

import datetime
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGISTER = os.path.join(ROOT, "content", "authorities.yaml")
RECORDS = os.path.join(ROOT, "content", "records")

SEED = 20090630
POPULATION_TYPES = ("county", "district", "metropolitan", "unitary", "london")
FIRST_DAY = datetime.date(2008, 3, 1)
LAST_DAY = datetime.date(2009, 6, 30)
LAST_DAY_BEFORE_REORGANISATION = datetime.date(2009, 3, 31)
REORGANISATION_MONTH = "2009-04"

# --------------------------------------------------------------------------------------
# Facts of the Round 9 report (docs: /work/shared/reference/round9-facts.json)
# --------------------------------------------------------------------------------------

THEMES = [
    "better-brighter-futures",
    "better-public-places",
    "care-matters",
    "dignity-in-care",
    "improving-accessibility",
    "local-strategic-partnerships",
    "reducing-health-inequalities",
    "reducing-re-offending",
    "tackling-climate-change",
    "transforming-services",
]

# theme -> list of (lead, [partners])
AWARDS = {
    "better-brighter-futures": [("cumbria", []), ("sheffield", []), ("wolverhampton", [])],
    "better-public-places": [("darlington", []), ("sutton", []), ("rotherham", []),
                             ("sheffield", []), ("tynedale", [])],
    "care-matters": [("leicester", []), ("south-gloucestershire", [])],
    "dignity-in-care": [("warrington", [])],
    "improving-accessibility": [
        ("lancashire", []), ("greenwich", []),
        ("merseyside-pta", ["knowsley", "liverpool", "sefton", "st-helens", "wirral", "halton"]),
        ("nottinghamshire", ["nottingham"]), ("peterborough", [])],
    "local-strategic-partnerships": [("croydon", []), ("leeds", []), ("south-tyneside", [])],
    "reducing-health-inequalities": [("coventry", []), ("derwentside", []), ("greenwich", []),
                                     ("merseyside-fire", []), ("sheffield", []), ("sunderland", [])],
    "reducing-re-offending": [("sunderland", []), ("tower-hamlets", []), ("bolton", []),
                              ("leicestershire", ["melton", "oadby-and-wigston", "hinckley-and-bosworth"])],
    "tackling-climate-change": [("city-of-london", []), ("barking-and-dagenham", []), ("eastleigh", []),
                                ("middlesbrough", []), ("woking", []), ("worcestershire", [])],
    "transforming-services": [("chorley", []), ("staffordshire-moorlands", []), ("tameside", [])],
}

# Printed "Theme at a glance" figures.
PCT_ATTENDED = {
    "better-brighter-futures": 34, "better-public-places": 20, "care-matters": 12,
    "dignity-in-care": 5, "improving-accessibility": 13, "local-strategic-partnerships": 40,
    "reducing-health-inequalities": 20, "reducing-re-offending": 16,
    "tackling-climate-change": 54, "transforming-services": 42,
}
PEER_PROJECTS = {
    "better-brighter-futures": 17, "better-public-places": 6, "care-matters": 18,
    "dignity-in-care": 17, "improving-accessibility": 14, "local-strategic-partnerships": 23,
    "reducing-health-inequalities": 18, "reducing-re-offending": 15,
    "tackling-climate-change": 38, "transforming-services": 39,
}
# Printed "Round 9 at a glance" figures.
ROUND_INTERACTIONS = 421
ROUND_PCT_ONE_TO_ONE = 37
ROUND_PCT_ATTENDED_EVENT = 76
ROUND_APPLICATIONS = 137

# Illustrative choices (not printed): distinct-authority counts that reproduce the
# printed percentages over a population of 388, and a split of the interactions.
DISTINCT_ATTENDED = {
    "better-brighter-futures": 132, "better-public-places": 78, "care-matters": 47,
    "dignity-in-care": 19, "improving-accessibility": 50, "local-strategic-partnerships": 155,
    "reducing-health-inequalities": 78, "reducing-re-offending": 62,
    "tackling-climate-change": 210, "transforming-services": 163,
}
DISTINCT_ATTENDED_ROUND = 294
DISTINCT_ONE_TO_ONE_ROUND = 143
ONE_TO_ONE = {
    "better-brighter-futures": 18, "better-public-places": 12, "care-matters": 16,
    "dignity-in-care": 15, "improving-accessibility": 14, "local-strategic-partnerships": 17,
    "reducing-health-inequalities": 16, "reducing-re-offending": 14,
    "tackling-climate-change": 16, "transforming-services": 12,
}
VISITS = {
    "better-brighter-futures": 6, "better-public-places": 8, "care-matters": 5,
    "dignity-in-care": 6, "improving-accessibility": 9, "local-strategic-partnerships": 5,
    "reducing-health-inequalities": 5, "reducing-re-offending": 5,
    "tackling-climate-change": 8, "transforming-services": 9,
}
APPLICATIONS = {
    "better-brighter-futures": 12, "better-public-places": 16, "care-matters": 9,
    "dignity-in-care": 8, "improving-accessibility": 14, "local-strategic-partnerships": 13,
    "reducing-health-inequalities": 17, "reducing-re-offending": 11,
    "tackling-climate-change": 22, "transforming-services": 15,
}

# Contacts the report describes in its "Spotlight on peer-peer exchange" and "Peer
# support activity" sections: (theme, beacon, learner, kind, month or None). They are
# logged first; the rest of the log is invented around them.
DESCRIBED_CONTACTS = [
    ("better-brighter-futures", "sheffield", "leeds", "peer-project", None),
    ("better-brighter-futures", "sheffield", "rotherham", "peer-project", None),
    ("better-brighter-futures", "cumbria", "tameside", "one-to-one", None),
    ("better-brighter-futures", "sheffield", "barnsley", "one-to-one", None),
    ("better-brighter-futures", "sheffield", "coventry", "one-to-one", None),
    ("better-brighter-futures", "sheffield", "nottinghamshire", "one-to-one", None),
    ("better-public-places", "darlington", "rochdale", "peer-project", None),
    ("better-public-places", "rotherham", "chesterfield", "one-to-one", None),
    ("care-matters", "leicester", "nottingham", "visit", None),
    ("care-matters", "south-gloucestershire", "gloucestershire", "visit", None),
    ("care-matters", "south-gloucestershire", "gloucestershire", "one-to-one", None),
    ("care-matters", "south-gloucestershire", "poole", "one-to-one", None),
    ("care-matters", "south-gloucestershire", "bournemouth", "one-to-one", None),
    ("care-matters", "south-gloucestershire", "cornwall", "one-to-one", None),
    ("dignity-in-care", "warrington", "greenwich", "peer-project", None),
    ("dignity-in-care", "warrington", "haringey", "one-to-one", None),
    ("dignity-in-care", "warrington", "newham", "one-to-one", None),
    ("improving-accessibility", "peterborough", "milton-keynes", "peer-project", None),
    ("improving-accessibility", "peterborough", "north-east-lincolnshire", "one-to-one", None),
    ("improving-accessibility", "peterborough", "surrey", "visit", None),
    ("improving-accessibility", "merseyside-pta", "solihull", "visit", None),
    ("improving-accessibility", "merseyside-pta", "walsall", "visit", None),
    ("local-strategic-partnerships", "croydon", "bexley", "one-to-one", "2008-10"),
    ("reducing-health-inequalities", "sheffield", "newcastle-upon-tyne", "one-to-one", None),
    ("reducing-re-offending", "tower-hamlets", "lambeth", "peer-project", None),
    ("reducing-re-offending", "tower-hamlets", "haringey", "peer-project", None),
    ("reducing-re-offending", "tower-hamlets", "islington", "one-to-one", None),
    ("tackling-climate-change", "woking", "bassetlaw", "visit", None),
    ("tackling-climate-change", "barking-and-dagenham", "bradford", "one-to-one", None),
    ("tackling-climate-change", "barking-and-dagenham", "redbridge", "one-to-one", None),
    ("tackling-climate-change", "middlesbrough", "haringey", "one-to-one", None),
    ("transforming-services", "staffordshire-moorlands", "tamworth", "visit", None),
    ("transforming-services", "staffordshire-moorlands", "aylesbury-vale", "visit", None),
    ("transforming-services", "staffordshire-moorlands", "chiltern", "visit", None),
    ("transforming-services", "chorley", "pendle", "visit", None),
    ("transforming-services", "chorley", "south-lakeland", "visit", None),
    ("transforming-services", "chorley", "hackney", "one-to-one", None),
    ("transforming-services", "chorley", "sheffield", "visit", None),
]

# Events, in the report's order. `list_size` (not written) asks for an illustrative
# `authorities` list of that length; every other field is written as given.
EVENTS = [
    dict(id="bbf-cm-learning-exchange-2009",
         title="Joint Beacons Learning Exchange – Better Brighter Futures and Care Matters",
         themes=["better-brighter-futures", "care-matters"], date="2009-09", place="Birmingham",
         delegates=114, list_size=39,
         survey={"very_good_or_excellent": 90, "basis_for_improvement": 90},
         note="One event shared by two themes; delegates included elected members."),
    dict(id="bbf-nut-conference-2008", title="National Union for Teachers Conference",
         themes=["better-brighter-futures"], date="2008-11",
         note="Wolverhampton gave a keynote and launched its NUT/UCU 14-19 policy statement."),
    dict(id="bpp-learning-exchange-2008", title="Learning Exchange Event",
         themes=["better-public-places"], date="2008-09", place="London", delegates=74, list_size=23,
         note="Delegates included elected members."),
    dict(id="cm-life-chances-conference-2008", title="Improving the life chances of children in care",
         themes=["care-matters"], date="2008-05",
         note="The Beacons ran a workshop on corporate parenting through youth engagement."),
    dict(id="cm-community-of-practice-hot-seat", title="Community of Practice hot seat",
         themes=["care-matters"], participants=20, precision="at-least",
         note="An hour-long live online question session with the actor Paul Barber about growing up in care."),
    dict(id="dic-joint-learning-exchange-2009",
         title="Joint Learning Exchange Event with Round 10 Supporting Independent living for disabled adults Beacons",
         themes=["dignity-in-care"], date="2009-09", place="Manchester", delegates=74,
         authorities_count=42,
         survey={"very_good_or_excellent": 75, "basis_for_improvement": 87},
         note="Held with the Round 10 Beacons; delegates included elected members."),
    dict(id="dic-csip-dignity-conference-2008",
         title="Care Services Improvement Partnership conference “Dignity behind closed doors”",
         themes=["dignity-in-care"], date="2008-03"),
    dict(id="dic-warrington-open-day-2008", title="Warrington Borough Council National Open Day",
         themes=["dignity-in-care"], date="2008-11", place="Warrington", delegates=47,
         survey={"useful": 100}),
    dict(id="dic-dignity-champions-conference", title="National Dignity Champions Conference",
         themes=["dignity-in-care"],
         note="Warrington spoke on health and social care in BME communities and led a commissioning workshop."),
    dict(id="ia-learning-exchange-2008", title="Learning Exchange Event",
         themes=["improving-accessibility"], date="2008-05", place="London", delegates=75, list_size=32,
         survey={"very_good_or_excellent": 100, "basis_for_improvement": 100},
         note="Delegates included elected members."),
    dict(id="ia-nottinghamshire-workshops", title="Nottinghamshire partnership accessibility workshops",
         themes=["improving-accessibility"], delegates=100, precision="about",
         note="Delegates came from the public and voluntary sectors."),
    dict(id="ia-peterborough-open-day", title="Peterborough Open Day",
         themes=["improving-accessibility"], place="Peterborough",
         note="Showcased the Travel Choice initiative and other accessible services."),
    dict(id="lsp-learning-exchange-2008", title="Learning Exchange Event",
         themes=["local-strategic-partnerships"], date="2008-06", delegates=78, list_size=38,
         survey={"very_good_or_excellent": 97, "basis_for_improvement": 96},
         note="Delegates included elected members."),
    dict(id="lsp-leeds-open-day", title="Leeds Borough Council Open Day",
         themes=["local-strategic-partnerships"], place="Leeds", delegates=120, list_size=39,
         note="Hosted by Leeds City Council, which the report prints as Leeds Borough Council."),
    dict(id="rhi-ukpha-conference-2008", title="UK Public Health Association (UKPHA) Annual Conference",
         themes=["reducing-health-inequalities"], date="2008-04",
         note="The Beacons showcased leadership, workforce and co-production practice."),
    dict(id="rhi-pfizer-symposium-2008", title="Pfizer Foundation Symposium",
         themes=["reducing-health-inequalities"], date="2008-06",
         note="Three joint Beacon workshops; the Pfizer Foundation was the theme's gold sponsor."),
    dict(id="rhi-national-stakeholder-forum-2008", title="National Stakeholder Forum (NSF)",
         themes=["reducing-health-inequalities"], date="2008-07",
         note="The Beacons presented their work to forum members and the Secretary of State."),
    dict(id="rhi-legacy-conference-2009", title="Reducing Health Inequalities Beacon Legacy Conference",
         themes=["reducing-health-inequalities"], date="2009-11-24", place="London", delegates=100,
         precision="at-least", list_size=25,
         note="Launch of the Beacon and Beyond publication; delegates also came from primary care trusts."),
    dict(id="rro-learning-exchange-2008", title="Learning Exchange Event",
         themes=["reducing-re-offending"], date="2008-09", delegates=118, list_size=45,
         survey={"very_good_or_excellent": 100, "basis_for_improvement": 86},
         note="Delegates included elected members."),
    dict(id="rro-national-conference-2009", title="Bolton MBC and Sunderland City Council National Conference",
         themes=["reducing-re-offending"], date="2009-01", place="Stadium of Light, Sunderland", delegates=60,
         survey={"productive": 93},
         note="Month taken from a delegate quote dated January 2009; delegates included elected members; more than two thirds of delegates agreed that they had come away with new approaches to reducing re-offending."),
    dict(id="tcc-learning-exchange-2009", title="Tackling Climate Change Learning Exchange Event",
         themes=["tackling-climate-change"], date="2009-09", delegates=145, list_size=64,
         survey={"very_good_or_excellent": 94, "basis_for_improvement": 94},
         note="Delegates included elected members."),
    dict(id="tcc-international-symposium-2009", title="International Symposium",
         themes=["tackling-climate-change"], date="2009-10", delegates=83, list_size=33,
         note="Delegates included 13 lead and senior elected members."),
    dict(id="tcc-nw-riep-seminar-2009", title="North West RIEP climate change seminar",
         themes=["tackling-climate-change"], date="2009-06", place="Warrington",
         note="Staged by the regional partnership to bring three of the Beacons to North West councils."),
    dict(id="ts-front-office-shared-services-2009", title="IDeA Front Office Shared Services Conference",
         themes=["transforming-services"], date="2009-02"),
    dict(id="ts-learning-exchange-2009", title="Transforming Services Learning Exchange Event",
         themes=["transforming-services"], date="2009-06", place="London and York", delegates=158,
         survey={"basis_for_improvement": 94, "would_recommend": 100},
         note="Two events, in London and York; delegates included elected members."),
    dict(id="ts-community-of-practice", title="Transforming Services Community of Practice",
         themes=["transforming-services"], participants=89,
         note="An online community of practice whose membership grew steadily to 89."),
]
EVENT_FIELDS = ["id", "title", "themes", "date", "place", "delegates", "participants", "precision",
                "authorities", "authorities_count", "survey", "note"]

HEADER = [
    "# Generated by scripts/make-illustrative-records.py: do not edit by hand.",
    "# ILLUSTRATIVE DATA. The report prints totals, not lists: the authorities named here",
    "# are invented (fixed seed) so that the computed figures reproduce the printed ones.",
]

# --------------------------------------------------------------------------------------
# Register
# --------------------------------------------------------------------------------------


def unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def read_register(path):
    """Return [(id, type, note)] from the regular register format."""
    entries = []
    with open(path, encoding="utf-8-sig") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if line.startswith("- id:"):
                entries.append({"id": unquote(line[len("- id:"):])})
            elif line.startswith("  type:"):
                entries[-1]["type"] = unquote(line[len("  type:"):])
            elif line.startswith("  note:"):
                entries[-1]["note"] = unquote(line[len("  note:"):])
    return entries


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------


def beacon_ids(theme):
    ids = []
    for lead, partners in AWARDS[theme]:
        ids.append(lead)
        ids.extend(partners)
    return ids


def random_date(rng, month=None, before_reorganisation=False):
    if month:
        year, mon = int(month[:4]), int(month[5:7])
        first = datetime.date(year, mon, 1)
        last = (datetime.date(year + mon // 12, mon % 12 + 1, 1) - datetime.timedelta(days=1))
    else:
        first = FIRST_DAY
        last = LAST_DAY_BEFORE_REORGANISATION if before_reorganisation else LAST_DAY
    return (first + datetime.timedelta(days=rng.randrange((last - first).days + 1))).isoformat()


def generate(register):
    rng = random.Random(SEED)
    population = sorted(e["id"] for e in register if e.get("type") in POPULATION_TYPES)
    known = {e["id"] for e in register}
    abolished = {e["id"] for e in register if e.get("note", "").startswith("abolished")}
    theme_beacons = {t: set(beacon_ids(t)) for t in THEMES}
    for t in THEMES:
        missing = theme_beacons[t] - known
        if missing:
            raise SystemExit("register lacks Beacon ids %s" % sorted(missing))

    activities = []

    def log(theme, beacon, learner, kind, month=None):
        early = beacon in abolished or learner in abolished
        activities.append({"date": random_date(rng, month, early), "beacon": beacon,
                           "learner": learner, "theme": theme, "kind": kind})

    # 1. The authorities that attended anything, and the event lists drawn from them.
    attended = set(rng.sample(population, DISTINCT_ATTENDED_ROUND))
    events = []
    for spec in EVENTS:
        event = {k: v for k, v in spec.items() if k != "list_size"}
        if "list_size" in spec:
            excluded = set().union(*(theme_beacons[t] for t in spec["themes"]))
            after = spec.get("date", "") >= REORGANISATION_MONTH
            eligible = sorted(a for a in attended
                              if a not in excluded and not (after and a in abolished))
            event["authorities"] = sorted(rng.sample(eligible, spec["list_size"]))
        events.append(event)

    # 2. Event-attendance entries top each theme up to its distinct-attendance target,
    #    taking authorities nobody has yet counted first so that the round total is met.
    covered = set()
    for event in events:
        covered.update(event.get("authorities", []))
    for theme in THEMES:
        seen = set()
        for event in events:
            if theme in event["themes"]:
                seen.update(event.get("authorities", []))
        need = DISTINCT_ATTENDED[theme] - len(seen)
        if need < 0:
            raise SystemExit("%s: event lists already exceed the target" % theme)
        pool = sorted(a for a in attended if a not in seen and a not in theme_beacons[theme])
        fresh = [a for a in pool if a not in covered]
        again = [a for a in pool if a in covered]
        rng.shuffle(fresh)
        rng.shuffle(again)
        chosen = (fresh + again)[:need]
        if len(chosen) < need:
            raise SystemExit("%s: not enough authorities to reach the target" % theme)
        beacons = beacon_ids(theme)
        for learner in sorted(chosen):
            log(theme, rng.choice(beacons), learner, "event-attendance")
        covered.update(chosen)
    if covered != attended:
        raise SystemExit("attendance does not cover the chosen authorities")

    # 3. The contacts the report describes.
    used = {(t, k): 0 for t in THEMES for k in ("one-to-one", "visit", "peer-project")}
    for theme, beacon, learner, kind, month in DESCRIBED_CONTACTS:
        log(theme, beacon, learner, kind, month)
        used[(theme, kind)] += 1
    one_to_one_learners = {l for (_, _, l, k, _) in DESCRIBED_CONTACTS if k == "one-to-one"}

    # 4. One-to-one support: new learners until the round's distinct target, then repeats.
    slots = []
    for theme in THEMES:
        slots.extend([theme] * (ONE_TO_ONE[theme] - used[(theme, "one-to-one")]))
    rng.shuffle(slots)
    new_needed = DISTINCT_ONE_TO_ONE_ROUND - len(one_to_one_learners)
    for index, theme in enumerate(slots):
        if index < new_needed:
            pool = [a for a in population
                    if a not in one_to_one_learners and a not in theme_beacons[theme]]
        else:
            pool = sorted(a for a in one_to_one_learners if a not in theme_beacons[theme])
        learner = rng.choice(pool)
        one_to_one_learners.add(learner)
        log(theme, rng.choice(beacon_ids(theme)), learner, "one-to-one")

    # 5. Visits and peer projects.
    for kind, counts in (("visit", VISITS), ("peer-project", PEER_PROJECTS)):
        for theme in THEMES:
            pool = [a for a in population if a not in theme_beacons[theme]]
            for _ in range(counts[theme] - used[(theme, kind)]):
                log(theme, rng.choice(beacon_ids(theme)), rng.choice(pool), kind)

    activities.sort(key=lambda a: (a["date"], a["theme"], a["learner"], a["beacon"], a["kind"]))
    applications = [{"theme": t, "applications": APPLICATIONS[t]} for t in THEMES]
    return events, activities, applications


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------

PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ,.()/-]*$")
RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"}


def scalar(value):
    if isinstance(value, int):
        return str(value)
    if PLAIN.match(value) and not value.endswith(" ") and value.lower() not in RESERVED:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


def write_events(path, events):
    lines = HEADER + [""]
    for event in events:
        first = True
        for field in EVENT_FIELDS:
            if field not in event:
                continue
            value = event[field]
            prefix = "- " if first else "  "
            first = False
            if field == "themes":
                lines.append(prefix + "themes: [" + ", ".join(value) + "]")
            elif field == "authorities":
                lines.append(prefix + "authorities:")
                lines.extend("    - " + a for a in value)
            elif field == "survey":
                lines.append(prefix + "survey:")
                lines.extend("    %s: %d" % (k, v) for k, v in value.items())
            else:
                lines.append(prefix + field + ": " + scalar(value))
    write(path, lines)


def write_activities(path, activities):
    lines = HEADER + ["# One entry per contact between a Beacon and a learning authority.", ""]
    for a in activities:
        lines.append("- date: " + a["date"])
        for field in ("beacon", "learner", "theme", "kind"):
            lines.append("  %s: %s" % (field, a[field]))
    write(path, lines)


def write_applications(path, applications):
    lines = HEADER[:1] + [
        "# ILLUSTRATIVE DATA. The report prints only the total (137 applications); this",
        "# split across the themes is invented.",
        "",
    ]
    for a in applications:
        lines.append("- theme: " + a["theme"])
        lines.append("  applications: %d" % a["applications"])
    write(path, lines)


# --------------------------------------------------------------------------------------
# Checking: re-read the written files with a separate small parser and recompute.
# --------------------------------------------------------------------------------------


def parse_records(path):
    """Parse the block-list subset these files use into a list of dicts."""
    items = []
    key = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("- "):
                items.append({})
                line = "  " + line[2:]
            if line.startswith("    - "):
                items[-1][key].append(unquote(line[6:]))
                continue
            if line.startswith("    "):
                k, _, v = line.strip().partition(":")
                items[-1][key][k] = int(v)
                continue
            k, _, v = line.strip().partition(":")
            v = v.strip()
            if v == "":
                key = k
                items[-1][k] = [] if k == "authorities" else {}
            elif v.startswith("[") and v.endswith("]"):
                items[-1][k] = [x.strip() for x in v[1:-1].split(",")]
            else:
                items[-1][k] = unquote(v)
    return items


def percent(count, population):
    return (count * 200 + population) // (2 * population)  # half up


def check(register, events_path, activities_path, applications_path):
    population = {e["id"] for e in register if e.get("type") in POPULATION_TYPES}
    n = len(population)
    events = parse_records(events_path)
    activities = parse_records(activities_path)
    applications = parse_records(applications_path)
    failures = []

    def figure(name, got, want, unit=""):
        ok = got == want
        print("%-4s %-52s %s%s (want %s%s)" % ("ok" if ok else "FAIL", name, got, unit, want, unit))
        if not ok:
            failures.append(name)

    def rule(ok, message):
        if not ok:
            print("FAIL " + message)
            failures.append(message)

    figure("population", n, 388)

    # Integrity of the records.
    ids = [e["id"] for e in events]
    rule(len(ids) == len(set(ids)), "event ids are unique")
    rule(len(events) == len(EVENTS), "one record per event of the report")
    spec = {e["id"]: e for e in EVENTS}
    for event in events:
        members = event.get("authorities", [])
        beacons = set().union(*(set(beacon_ids(t)) for t in event["themes"]))
        rule(len(members) == len(set(members)), event["id"] + ": authorities are distinct")
        rule(set(members) <= population, event["id"] + ": authorities are population ids")
        rule(not set(members) & beacons, event["id"] + ": no Beacon at its own theme's event")
        rule(len(members) == spec[event["id"]].get("list_size", 0),
             event["id"] + ": authorities list has the printed length")
        rule(not ("authorities" in event and "authorities_count" in event),
             event["id"] + ": not both authorities and authorities_count")
    keys = [(a["date"], a["theme"], a["learner"]) for a in activities]
    rule(keys == sorted(keys), "activities are sorted by date, theme, learner")
    for a in activities:
        where = "activity %s %s->%s" % (a["date"], a["beacon"], a["learner"])
        rule(re.match(r"^\d{4}-\d{2}-\d{2}$", a["date"]) is not None
             and FIRST_DAY.isoformat() <= a["date"] <= LAST_DAY.isoformat(), where + ": date in range")
        rule(a["theme"] in AWARDS and a["beacon"] in beacon_ids(a["theme"]), where + ": beacon holds an award")
        rule(a["learner"] in population and a["learner"] != a["beacon"], where + ": learner is a population authority")
        rule(a["kind"] in ("one-to-one", "visit", "peer-project", "event-attendance"), where + ": kind")

    # Theme figures.
    for theme in THEMES:
        seen = set()
        for event in events:
            if theme in event["themes"]:
                seen.update(event.get("authorities", []))
        seen.update(a["learner"] for a in activities
                    if a["theme"] == theme and a["kind"] == "event-attendance")
        figure("theme.%s.pct_attended" % theme, percent(len(seen), n), PCT_ATTENDED[theme], "%")
    for theme in THEMES:
        count = sum(1 for a in activities if a["theme"] == theme and a["kind"] == "peer-project")
        figure("theme.%s.peer_projects" % theme, count, PEER_PROJECTS[theme])

    # Round figures.
    figure("round.peer_projects", sum(1 for a in activities if a["kind"] == "peer-project"),
           sum(PEER_PROJECTS.values()))
    figure("round.interactions",
           sum(1 for a in activities if a["kind"] in ("one-to-one", "visit", "peer-project")),
           ROUND_INTERACTIONS)
    one = {a["learner"] for a in activities if a["kind"] == "one-to-one"}
    figure("round.pct_one_to_one", percent(len(one), n), ROUND_PCT_ONE_TO_ONE, "%")
    anywhere = {a["learner"] for a in activities if a["kind"] == "event-attendance"}
    for event in events:
        anywhere.update(event.get("authorities", []))
    figure("round.pct_attended_event", percent(len(anywhere), n), ROUND_PCT_ATTENDED_EVENT, "%")
    figure("round.events", len(events), 26)
    figure("round.delegates", sum(int(e.get("delegates", 0)) for e in events),
           sum(e.get("delegates", 0) for e in EVENTS))

    # Applications.
    themes = [a["theme"] for a in applications]
    rule(sorted(themes) == sorted(THEMES), "one applications entry per theme")
    rule(all(int(a["applications"]) >= 6 for a in applications), "every theme has at least 6 applications")
    figure("round.applications", sum(int(a["applications"]) for a in applications), ROUND_APPLICATIONS)
    return failures


def main():
    register = read_register(REGISTER)
    events, activities, applications = generate(register)
    os.makedirs(RECORDS, exist_ok=True)
    paths = [os.path.join(RECORDS, name)
             for name in ("events.yaml", "activities.yaml", "applications.yaml")]
    write_events(paths[0], events)
    write_activities(paths[1], activities)
    write_applications(paths[2], applications)
    print("wrote %d events, %d activities, %d application entries"
          % (len(events), len(activities), len(applications)))
    failures = check(register, *paths)
    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        return 1
    print("all figures reproduced")
    return 0


if __name__ == "__main__":
    sys.exit(main())
