#!/usr/bin/env python3
"""Convert a `gen_site.py --flavor plain` corpus into Almanac's content format.

Usage: make-almanac-corpus.py PLAIN_CORPUS_DIR OUT_CONTENT_DIR

Each report page becomes a theme (same Markdown body, byte for byte), its beacons become register
entries, and each event becomes an event record on the first page of its theme category, so
Almanac and Hugo render the same Markdown and the same event data. The report model (model.yaml,
figures.yaml, wording.yaml) is the default report's, so the corpus builds with the default templates too.
Standard library only.
"""
import os
import re
import shutil
import sys

DEFAULT_CONTENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_page(path):
    text = open(path, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    fields, beacons = {}, []
    for line in front.splitlines():
        if line.startswith("  - "):
            beacons.append(line[4:].strip().strip('"'))
        elif ":" in line and not line.startswith(" "):
            key, value = line.split(":", 1)
            fields[key.strip()] = value.strip().strip('"')
    return fields, beacons, body


def parse_events(path):
    events, current = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("- "):
            current = {}
            events.append(current)
            line = "  " + line[2:]
        if current is not None and line.startswith("  ") and ":" in line:
            key, value = line.strip().split(":", 1)
            current[key] = value.strip().strip('"')
    return events


def main(source, target):
    pages = sorted(name for name in os.listdir(os.path.join(source, "content", "reports"))
                   if name.endswith(".md") and not name.startswith("_"))
    os.makedirs(os.path.join(target, "themes"), exist_ok=True)
    os.makedirs(os.path.join(target, "records"), exist_ok=True)
    beacon_ids, first_page_of_theme = {}, {}
    width = len(str(len(pages)))
    for order, name in enumerate(pages, start=1):
        fields, beacons, body = parse_page(os.path.join(source, "content", "reports", name))
        page_slug = name[:-3]
        first_page_of_theme.setdefault(fields.get("theme", ""), page_slug)
        ids = []
        for beacon in beacons:
            beacon_ids.setdefault(beacon, slug(beacon))
            if beacon_ids[beacon] not in ids:
                ids.append(beacon_ids[beacon])
        lines = ["---", "title: " + quoted(fields["title"]), f"order: {order}",
                 "summary: " + quoted(fields.get("theme", "") + " report, " + fields.get("date", "")), "beacons:"]
        lines += [f"  - authority: {i}" for i in ids]
        lines.append("---")
        with open(os.path.join(target, "themes", f"{order:0{width}d}-{page_slug}.md"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n" + body)
    with open(os.path.join(target, "authorities.yaml"), "w", encoding="utf-8") as out:
        for name, ident in sorted(beacon_ids.items(), key=lambda item: item[1]):
            out.write(f"- {{id: {ident}, name: {quoted(name + ' Council')}, region: England, type: district, rural: false}}\n")
        for number in range(400):
            out.write(f"- {{id: la-{number:03d}, name: \"Authority {number:03d}\", region: England, type: unitary, rural: false}}\n")
    with open(os.path.join(target, "records", "events.yaml"), "w", encoding="utf-8") as out:
        for number, event in enumerate(parse_events(os.path.join(source, "data", "events.yaml"))):
            page = first_page_of_theme.get(event.get("theme"), pages[0][:-3])
            rating = int(float(event["rating_excellent_pct"]) + 0.5)
            out.write(f"- id: ev-{number:05d}\n  title: {quoted(event['title'])}\n  themes: [{page}]\n"
                      f"  date: {event['date']}\n  delegates: {event['delegates']}\n"
                      f"  authorities_count: {event['authorities_represented']}\n  survey: {{excellent: {rating}}}\n")
    with open(os.path.join(target, "records", "activities.yaml"), "w", encoding="utf-8") as out:
        out.write("[]\n")
    for name in ("model.yaml", "figures.yaml", "wording.yaml"):
        shutil.copyfile(os.path.join(DEFAULT_CONTENT, name), os.path.join(target, name))
    with open(os.path.join(target, "report.yaml"), "w", encoding="utf-8") as out:
        out.write("title: Annual report (synthetic benchmark corpus)\nedition: Benchmark\nperiod: 2024\n"
                  "publisher: Benchmark\nstatistics_source: synthetic records\npopulation:\n"
                  "  name: authorities\n  types: [district, unitary]\n  source: synthetic\n  as_of: 2024-01-01\n"
                  "survey_measures:\n  excellent: rated the event excellent\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
