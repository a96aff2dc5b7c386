// Written by scripts/embed-starter.py from examples/starter/ and templates/: do not edit by hand.

extension StarterFiles {
    /// Every file of the starter report, by its path inside the new report's folder.
    static let embedded: [StarterFile] = [
        StarterFile(path: ".gitignore", contents: .text(#"""
# The built site: `almanac build` writes it anew each time.
/output/

"""#)),
        StarterFile(path: "README.md", contents: .text(#"""
# A new annual report

`almanac new` wrote this folder: a small starter report with invented placeholders. Build it with

```sh
almanac build      # writes the site to output/
almanac serve      # previews it at http://127.0.0.1:8000/ and reloads as you save
```

- `content/report.yaml`: the title, period, publisher and contact details.
- `content/themes/`: one Markdown write-up per theme; `content/pages/`: other pages.
- `content/organisations.yaml` and `content/records/`: the records every figure is computed from.
- `content/model.yaml`: what those records hold; `content/figures.yaml`: each figure the report prints.
- `templates/`: the HTML templates, the stylesheet and the words of the site (`templates/strings/`).

Each file starts with a comment saying what it holds. The whole format is described in Almanac's
`docs/content-format.md`, and the templates in `docs/templates.md`.

"""#)),
        StarterFile(path: "content/figures.yaml", contents: .text(#"""
# Every figure the report prints, declared once: docs/content-format.md, "Figures".
# A figure is a rule over the records (count, sum, share); the report names it in Markdown as
# {{round.NAME}}, {{theme.NAME}} or {{event.NAME}} and Almanac computes it at build time.

figures:
  # The year at a glance.
  - name: round.themes
    description: number of theme write-ups
    label: {one: theme, other: themes}
    count: themes
  - name: round.activities
    description: activity-log entries of every kind
    label: {one: activity, other: activities}
    count: activities
  - name: round.workshops
    description: activity-log entries of kind workshop
    label: {one: workshop, other: workshops}
    count: activities
    where: {kind: workshop}
  - name: round.pct_members_reached
    description: distinct members with an activity or named at any event
    label: of members took part in an activity or event
    share:
      - activities.member
      - events.organisations
  - name: round.events
    description: public events, each counted once
    label: {one: public event, other: public events}
    count: events
  - name: round.attendees
    description: sum of attendees over events, each event counted once
    label: {one: attendee, other: attendees}
    sum: events.attendees

  # Theme at a glance: theme.NAME on a theme page.
  - name: pct_reached
    description: distinct members with an activity in the theme or named at one of its events
    per: theme
    label: of members took part in the theme
    share:
      - activities.member
      - events.organisations
  - name: activities
    description: activity-log entries for the theme
    per: theme
    label: {one: activity, other: activities}
    count: activities
  - name: workshops
    description: workshops for the theme
    per: theme
    label: {one: workshop, other: workshops}
    count: activities
    where: {kind: workshop}
  - name: events
    description: events listing the theme
    per: theme
    label: {one: public event, other: public events}
    count: events
  - name: attendees
    description: sum of attendees over the theme's events
    per: theme
    label: {one: attendee, other: attendees}
    sum: events.attendees

  # Event highlights: event.NAME on an event card.
  - name: attendees
    description: attendees recorded for the event
    per: event
    label: {one: attendee, other: attendees}
    sum: events.attendees

# The "at a glance" boxes: which figures they show, and the words after each number.
boxes:
  headlines:
    - figure: round.activities
      text:
        one: "activity was run by the members leading the network’s {round.themes} themes."
        other: "activities were run by the members leading the network’s {round.themes} themes."
    - figure: round.pct_members_reached
      text: "of {population} took part in an activity or a public event."
    - figure: round.events
      text:
        one: "public event drew {round.attendees} {round.attendees:label}."
        other: "public events drew {round.attendees} {round.attendees:label}."
  theme_glance:
    - figure: pct_reached
      text: of member organisations took part in this theme
    - figure: activities
      text: {one: activity was run, other: activities were run}
    - figure: attendees
      text:
        one: "person came to the theme’s {theme.events} {theme.events:label}"
        other: "people came to the theme’s {theme.events} {theme.events:label}"
  theme_card:
    - figure: pct_reached
      text: of members took part
    - figure: activities
      text: {one: activity, other: activities}

# Charts: bars computed from per-theme or per-event figures, each with a data table.
charts:
  - id: reach
    place: cover
    bars: pct_reached
    total: round.pct_members_reached
    total_label: All themes together (each member counted once)
    title: Share of {population} taking part in each theme
    finding: >-
      {most} involved the largest share of {population}: {most_value}. {least} involved
      the smallest: {least_value}. Together, the themes reached {total}.
    label_header: Theme
    value_header: Share of {population} that took part
  - id: activities
    place: cover
    bars: activities
    total: round.activities
    total_label: All themes
    title: Activities run in each theme
    finding: >-
      {most} ran the most activities: {most_value} of the year’s {total}.
      {least} ran the fewest: {least_value}.
    label_header: Theme
    value_header: Activities
  - id: attendees
    place: theme
    bars: attendees
    minimum_bars: 2
    title: People at each of this theme’s events
    finding: "{most} drew the most people ({most_value}) of the {count} events with a count."
    missing: {one: "{missing} other event has no count.", other: "{missing} other events have no count."}
    label_header: Event
    value_header: Attendees

"""#)),
        StarterFile(path: "content/model.yaml", contents: .text(#"""
# What the records hold: docs/content-format.md, "The report model".
# Every YAML file in content/ and records/ must be named here.

# The organisations records refer to, with typed fields.
register:
  file: organisations.yaml
  title: the list of the network's members and partners
  fields:
    type: {choice: [member, partner]}
    region: text
    rural: flag

# What each theme's front matter lists: the members leading it.
listing:
  key: leads
  title: the members leading each theme
  organisation: organisation

records:
  # Public events; a theme lists its own.
  events:
    events: true
    title: the register of public events
    fields:
      id: id
      title: text
      themes: themes
      date: date
      place: {type: text, optional: true}
      attendees: {type: number, optional: true}
      organisations: {type: organisations, optional: true, in_population: true}
      note: {type: text, optional: true}

  # One entry per activity a lead member ran with another member.
  activities:
    title: the log of activities
    fields:
      date: date
      lead: {type: organisation, listed_in_theme: true}
      member: {type: organisation, in_population: true, differs_from: lead}
      theme: theme
      kind: {choice: [workshop, visit]}

"""#)),
        StarterFile(path: "content/organisations.yaml", contents: .text(#"""
# The register: every organisation the records name. Placeholders: replace with your own.
# Each entry has an `id` (used in records), a `name` (printed) and the fields model.yaml declares.
- id: north-hub
  name: North Hub
  type: member
  region: North
  rural: false
- id: south-hub
  name: South Hub
  type: member
  region: South
  rural: true
- id: east-centre
  name: East Centre
  type: member
  region: East
  rural: false
- id: west-centre
  name: West Centre
  type: member
  region: West
  rural: true
- id: river-trust
  name: River Trust
  type: member
  region: South
  rural: true
- id: county-partners
  name: County Partners
  type: partner
  region: North
  rural: false

"""#)),
        StarterFile(path: "content/pages/introduction.md", contents: .text(#"""
---
# A free page: any Markdown page outside the themes (docs/content-format.md, "Free pages").
title: Introduction
order: 1
summary: What this report covers and how to read it.
---

*This is a starter report written by Almanac. Every name and figure in it is a placeholder.*

This year the network's members ran {{round.activities}} activities together, and
{{round.pct_members_reached}} of member organisations took part in at least one activity or public
event. Our {{round.events}} public events drew {{round.attendees}} people.

The themes follow. Each has a page of its own, with its figures computed from the records in
`content/records/`.

"""#)),
        StarterFile(path: "content/records/activities.yaml", contents: .text(#"""
# One entry per activity a theme's lead ran with another member (the activities set in model.yaml).
# Placeholders: replace with your own.
- date: 2025-04-14
  lead: north-hub
  member: west-centre
  theme: learning-together
  kind: workshop
- date: 2025-05-02
  lead: east-centre
  member: south-hub
  theme: learning-together
  kind: visit
- date: 2025-06-11
  lead: north-hub
  member: river-trust
  theme: learning-together
  kind: workshop
- date: 2025-07-08
  lead: east-centre
  member: west-centre
  theme: learning-together
  kind: workshop
- date: 2025-09-16
  lead: north-hub
  member: south-hub
  theme: learning-together
  kind: visit
- date: 2025-11-20
  lead: east-centre
  member: river-trust
  theme: learning-together
  kind: workshop
- date: 2026-02-05
  lead: north-hub
  member: east-centre
  theme: learning-together
  kind: visit
- date: 2025-04-29
  lead: south-hub
  member: north-hub
  theme: green-spaces
  kind: visit
- date: 2025-06-21
  lead: river-trust
  member: west-centre
  theme: green-spaces
  kind: workshop
- date: 2025-08-13
  lead: south-hub
  member: east-centre
  theme: green-spaces
  kind: visit
- date: 2025-10-18
  lead: river-trust
  member: north-hub
  theme: green-spaces
  kind: workshop
- date: 2026-03-07
  lead: south-hub
  member: west-centre
  theme: green-spaces
  kind: visit

"""#)),
        StarterFile(path: "content/records/events.yaml", contents: .text(#"""
# The network's public events (the events set in model.yaml). Placeholders: replace with your own.
- id: spring-open-day
  title: Spring Open Day
  themes: [learning-together]
  date: 2025-05-10
  place: North Hub
  attendees: 85
  organisations: [north-hub, west-centre]
- id: skills-fair
  title: Skills Fair
  themes: [learning-together]
  date: 2025-10-04
  place: East Centre
  attendees: 120
  organisations: [east-centre, south-hub, west-centre]
- id: planting-day
  title: Planting Day
  themes: [green-spaces]
  date: 2025-11-15
  place: River Trust
  attendees: 60
  organisations: [river-trust]
- id: winter-walk
  title: Winter Walk
  themes: [green-spaces]
  date: 2026-01-24
  place: South Hub
  note: No count of walkers was kept.

"""#)),
        StarterFile(path: "content/report.yaml", contents: .text(#"""
# The report as a whole: every field is described in docs/content-format.md, "report.yaml".
# This is the starter `almanac new` writes. Replace its names, sentences and records with your own;
# the organisations, people and figures in it are invented placeholders.
title: Example Network Annual Report 2025
edition: "2025"
period: April 2025 to March 2026
publisher: Example Network
strapline: Members working together
statistics_source: The network's activity log and event register for 2025/26
data_note: >-
  This is a starter report written by Almanac. The network, its members, the people quoted and every
  figure are placeholders to replace with your own.
# The organisations shares are counted against: register entries whose `type` is listed here.
population:
  name: member organisations
  types: [member]
  source: the network's list of members
  as_of: 2025-04-01
  declared_size: 5
# Optional: where the site will be published, for sitemap.xml and share links (docs/deploy.md).
# site_url: https://www.example.org/annual-report-2025/
# Optional: the language of the report and its generic words (templates/strings/<language>.yaml).
language: en-GB
contact:
  name: Example Network
  address: [Example Network, 1 Example Street, Exampletown, EX1 2MP]
  telephone: 01632 960000
  email: hello@example.org
credits:
  - Written with Almanac's starter report

"""#)),
        StarterFile(path: "content/themes/01-learning-together.md", contents: .text(#"""
---
# One Markdown file per theme, named NN-slug.md: docs/content-format.md, "Themes".
title: Learning Together
order: 1
summary: Members ran workshops and visits so that good ideas travelled across the network.
# The members leading this theme (ids from organisations.yaml).
leads:
  - organisation: north-hub
  - organisation: east-centre
---

## Theme summary

North Hub and East Centre led this theme. They ran {{theme.activities}} activities with other
members, {{theme.workshops}} of them workshops. Write here what the theme set out to do and what
changed because of it.

## Events

Describe the theme's events here; the figures beside them are computed from `records/events.yaml`.

> Replace this with a quote from someone who took part.
>
> — A member of staff, West Centre

## Next year

Say what the theme will do next.

"""#)),
        StarterFile(path: "content/themes/02-green-spaces.md", contents: .text(#"""
---
title: Green Spaces
order: 2
summary: Members opened their grounds to neighbours and planted them together.
# Figures are written in double braces, {{theme.activities}} for example, and computed from the
# records when the report is built: never type a figure by hand.
leads:
  - organisation: south-hub
  - organisation: river-trust
---

## Theme summary

South Hub and River Trust led this theme and ran {{theme.activities}} activities with other members;
{{theme.pct_reached}} of member organisations took part.

## Events

```table
caption: A table written as CSV in the Markdown
Season,Sites opened,Volunteers
Spring,4,"1,200"
Autumn,3,950
```

## Next year

Say what the theme will do next.

"""#)),
        StarterFile(path: "content/wording.yaml", contents: .text(#"""
# The report's own headings and sentences around its figures; templates use each key as
# {{strings.report.KEY}}. Generic words (navigation, dates) are in templates/strings/<language>.yaml.
# See docs/templates.md.
headlines.heading: "{report.edition} at a glance"
numbers.intro: "{round.events} public events drew {round.attendees} people. The charts show how far each theme reached and how many activities it ran."
listing.heading: Members leading the themes
listing.printed_as: printed as
listing.rural: Rural
listing.joint: Joint lead
listing.partners_intro: Leading jointly with

"""#)),
        StarterFile(path: "templates/accessibility.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
{{>accessibility-article}}
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/assets/favicon.svg", contents: .text(#"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00506b"/><rect x="7" y="17" width="4" height="8" fill="#fff"/><rect x="14" y="11" width="4" height="14" fill="#fff"/><rect x="21" y="6" width="4" height="19" fill="#ffbf47"/></svg>

"""#)),
        StarterFile(path: "templates/assets/style.css", contents: .text(#"""
/* Almanac default report style.
   System fonts only and no external requests. Colours meet WCAG 2.2 AA: body text 16:1, muted text 7.9:1,
   accent 8.9:1 on white; white on the cover 11:1; the focus indicator is yellow with a dark edge. */
:root {
  --ink: #1b1f24; --muted: #4a5360; --paper: #ffffff; --wash: #f3f6f8;
  --accent: #00506b; --accent-dark: #003a4f; --accent-soft: #e6f1f4;
  --warm: #a8461a; --gold: #ffbf47; --rule: #c9d1d9;
  --warn-bg: #fff4e5; --warn-ink: #6b3d00; --focus: #ffbf47;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  color: var(--ink); background: var(--paper);
  font-family: var(--font); line-height: 1.6;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-size: 1.0625rem; overflow-wrap: break-word; }
img, svg { max-width: 100%; }
img { height: auto; }
a { color: var(--accent); text-underline-offset: .15em; }
a:hover { color: var(--accent-dark); text-decoration-thickness: 2px; }
h1, h2, h3, h4 { line-height: 1.2; color: var(--accent-dark); text-wrap: balance; }
h1 { font-size: clamp(2rem, 1.4rem + 2.6vw, 3rem); margin: .25rem 0 1rem; letter-spacing: -.01em; }
h2 { font-size: clamp(1.45rem, 1.2rem + 1vw, 1.85rem); margin: 2.5rem 0 1rem; }
h3 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; }
code { font-size: .9em; overflow-wrap: anywhere; }
.container { max-width: 72rem; margin-inline: auto; padding-inline: clamp(1rem, 4vw, 3rem); }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}

/* Focus: yellow highlight with a dark underline for links, a two-colour ring for everything else. */
a:focus-visible {
  outline: 3px solid transparent; background: var(--focus); color: var(--ink);
  box-shadow: 0 -2px var(--focus), 0 4px var(--ink); text-decoration: none;
}
:where(summary, button, [tabindex="0"], input, select, textarea):focus-visible {
  outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus);
}
main:focus { outline: none; }
.skip-link {
  position: absolute; left: .5rem; top: -10rem; z-index: 10; padding: .6rem 1rem;
  background: var(--focus); color: var(--ink); font-weight: 700;
}
.skip-link:focus { top: .5rem; }

/* Header and footer. */
.site-header { border-top: 6px solid var(--accent); border-bottom: 1px solid var(--rule); background: var(--paper); }
.site-header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .25rem 2rem; padding-block: .75rem; }
.site-title { margin: 0; font-weight: 800; font-size: 1.05rem; }
.site-title a { color: var(--accent-dark); text-decoration: none; display: inline-block; padding-block: .2rem; }
.site-period { font-weight: 400; color: var(--muted); margin-left: .35rem; }
@media (max-width: 40rem) { .site-period { display: block; margin-left: 0; } }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .1rem 1.25rem; font-size: .95rem; }
.site-nav a { display: inline-block; padding-block: .3rem; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; color: var(--ink); }
.site-footer { margin-top: 4rem; background: var(--wash); border-top: 4px solid var(--accent); color: var(--ink); font-size: .95rem; }
.footer-inner { padding-block: 2rem 2.5rem; display: grid; gap: 1.5rem 3rem; }
.breadcrumbs { border-bottom: 1px solid var(--rule); font-size: .9rem; }
.breadcrumbs ol { list-style: none; margin-block: 0; padding-block: .55rem; display: flex; flex-wrap: wrap; align-items: center; row-gap: .15rem; }
.breadcrumbs li { display: inline-flex; align-items: center; }
.breadcrumbs li + li::before { content: ""; width: .4em; height: .4em; margin: 0 .75em 0 .6em; border: solid var(--muted); border-width: 1px 1px 0 0; transform: rotate(45deg); }
.breadcrumbs a { display: inline-block; padding-block: .2rem; }
.breadcrumbs [aria-current="page"] { color: var(--muted); }
.footer-meta p { margin: 0 0 .6rem; max-width: 52rem; }
.footer-meta { color: var(--muted); }

/* Cover. */
.cover {
  background-color: var(--accent-dark); color: #fff;
  background-image: repeating-radial-gradient(circle at 100% 0, rgba(255,255,255,.07) 0 2px, transparent 2px 44px);
}
.cover-inner { padding-block: clamp(2.5rem, 7vw, 5.5rem) clamp(2rem, 5vw, 4rem); }
.cover-kicker { margin: 0 0 1rem; color: var(--gold); font-weight: 700; text-transform: uppercase; letter-spacing: .1em; font-size: .95rem; }
.cover-title { color: #fff; font-size: clamp(2.2rem, 1.2rem + 4.2vw, 4.25rem); line-height: 1.08; max-width: 18ch; margin: 0 0 1.25rem; font-weight: 800; letter-spacing: -.02em; }
.cover-strapline { margin: 0 0 .5rem; font-size: clamp(1.15rem, 1rem + .6vw, 1.45rem); font-weight: 600; }
.cover-publisher { margin: 0; max-width: 46rem; color: #e3eef2; }

/* Stat headlines: the number first, then a sentence that reads well aloud. */
.headlines h2 { margin-top: 2.5rem; }
.stat-grid { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
.stat { background: var(--accent-soft); border-top: 6px solid var(--accent); padding: 1rem 1.25rem 1.25rem; font-size: 1.05rem; line-height: 1.45; }
.stat strong { display: block; margin-bottom: .4rem; color: var(--accent); font-size: clamp(2.5rem, 2rem + 2vw, 3.4rem); line-height: 1; font-weight: 800; letter-spacing: -.02em; font-variant-numeric: tabular-nums; }
.source, .data-note { font-size: .9rem; color: var(--muted); max-width: 52rem; }
.notice { margin: 1.25rem 0; padding: .75rem 1.25rem; background: var(--warn-bg); color: var(--warn-ink); border-left: 6px solid #b25e00; }
.notice h3 { color: var(--warn-ink); font-size: 1.05rem; margin: .25rem 0 .25rem; }
.notice ul { margin: .25rem 0; padding-left: 1.25rem; }

/* Contents. */
.contents-pages { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); }
.contents-pages li { border-top: 1px solid var(--rule); padding: .75rem 0 1rem; }
.contents-pages a, .theme-card-title a { font-weight: 700; font-size: 1.15rem; }
.contents-pages p { margin: .3rem 0 0; color: var(--muted); font-size: .95rem; }
.theme-cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 27rem), 1fr)); }
.theme-card { border: 1px solid var(--rule); border-top: 4px solid var(--accent); padding: .9rem 1.25rem 1rem; display: flex; flex-direction: column; }
.theme-card p { margin: 0; }
.theme-card-number { font-size: 2rem; font-weight: 800; line-height: 1; color: var(--accent); margin-bottom: .4rem !important; }
.theme-card-summary { color: var(--muted); font-size: .95rem; margin: .4rem 0 .75rem !important; flex-grow: 1; }
.theme-card-stats { list-style: none; margin: 0; padding: .5rem 0 0; border-top: 1px solid var(--rule); font-size: .95rem; display: flex; flex-wrap: wrap; gap: .1rem 1.5rem; }
.theme-card-stats strong { color: var(--accent); }
.contents-jump ul { list-style: none; padding: 0; margin: 0 0 1.25rem; display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; }
.contents-jump a { display: inline-block; padding-block: .2rem; }
.contents-run { margin: 2rem 0 .75rem; }
.contents-more { padding-left: 1.25rem; margin-top: 1.5rem; }
.contents-more li { margin-bottom: .35rem; }
.section-intro { max-width: 46rem; }

/* Page and theme heads. */
.page-hero { background: var(--accent-soft); border-bottom: 1px solid #c3dbe3; }
.page-hero .container { padding-block: clamp(1.75rem, 4vw, 3rem) clamp(1.5rem, 3vw, 2.25rem); }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .1em; font-size: .85rem; font-weight: 700; }
.lede { font-size: clamp(1.1rem, 1rem + .4vw, 1.3rem); color: var(--ink); max-width: 44rem; margin: 0; line-height: 1.5; }
.page-hero h1 { max-width: 30ch; }

/* Body text. */
.prose { max-width: 44rem; }
.prose > :first-child { margin-top: 2rem; }
.prose h2 { padding-top: 1.25rem; border-top: 1px solid var(--rule); }
.prose p, .prose ul, .prose ol { margin: 0 0 1.1rem; }
.prose li { margin-bottom: .4rem; }

/* Pull quotes. */
.quote { position: relative; margin: 2rem 0; padding: 1.25rem 1.5rem 1.25rem 3.75rem; background: var(--wash); border-left: 6px solid var(--warm); }
.quote::before { content: "“" / ""; position: absolute; left: .8rem; top: .35rem; font: 700 4rem/1 Georgia, "DejaVu Serif", serif; color: var(--warm); }
.quote blockquote { margin: 0; font-size: clamp(1.15rem, 1.05rem + .4vw, 1.35rem); line-height: 1.45; font-weight: 600; color: var(--accent-dark); }
.quote blockquote p { margin: 0 0 .5rem; }
.quote figcaption { margin-top: .5rem; color: var(--muted); font-size: .95rem; }
.quote figcaption::before { content: "— " / ""; }

/* Theme layout: at a glance and the listing beside the text on wide screens, before it on narrow ones. */
.theme-layout { display: grid; gap: 0 3rem; align-items: start; }
.theme-side { margin-top: 2rem; display: grid; gap: 1.5rem; }
@media (min-width: 66rem) {
  .theme-layout { grid-template-columns: minmax(0, 1fr) min(21rem, 40%); }
  .theme-side { grid-column: 2; grid-row: 1; }
  .theme-main { grid-column: 1; grid-row: 1; }
}
.glance { background: var(--accent-soft); border-top: 6px solid var(--accent); padding: 1rem 1.25rem 1.25rem; }
.glance h2, .listing h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
.glance-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .8rem; }
.glance-list li { line-height: 1.35; }
.glance-list strong { display: block; font-size: 2rem; line-height: 1.05; font-weight: 800; color: var(--accent); font-variant-numeric: tabular-nums; }
.listing { border-top: 6px solid var(--accent-dark); padding-top: 1rem; }
.listing-list { list-style: none; margin: 0; padding: 0; }
.listed { padding: .6rem 0; border-bottom: 1px solid var(--rule); }
.listed > span { display: block; }
.listed-name { font-weight: 700; }
.listed-meta, .listed-printed, .listed-partners { font-size: .9rem; color: var(--muted); }
.tag { display: inline-block !important; margin-left: .25rem; padding: 0 .5rem; border: 1px solid var(--accent); border-radius: 999px; color: var(--accent); font-size: .8rem; font-weight: 700; line-height: 1.5; }

/* Event highlights. */
.events { margin-top: 1rem; }
.events > h2 { border-top: 6px solid var(--accent); padding-top: 1rem; }
.event-cards { list-style: none; margin: 1.5rem 0 0; padding: 0; display: grid; gap: 1rem; align-items: start; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); }
.event-card { border: 1px solid var(--rule); border-top: 4px solid var(--accent); padding: 1rem 1.25rem; }
.event-card h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.event-meta { margin: 0; color: var(--muted); font-size: .95rem; }
.event-stats { list-style: none; margin: .75rem 0 0; padding: 0; display: grid; gap: .45rem; }
.event-stats li { line-height: 1.35; }
.event-stats strong { color: var(--accent); font-size: 1.3rem; margin-right: .15rem; font-variant-numeric: tabular-nums; }
.event-note, .event-shared { margin: .75rem 0 0; font-size: .95rem; color: var(--muted); }

/* Charts: drawn as SVG at build time; each has a finding, a table of its data and a source. */
.in-numbers { margin-top: 1rem; }
.chart-grid { display: grid; gap: 1rem 3rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr)); align-items: start; }
.chart { margin: 1rem 0 1.5rem; max-width: 46rem; }
.chart-caption .chart-title { font-size: 1.2rem; margin: 0 0 .35rem; }
.chart-summary { margin: 0 0 1rem; }
.chart-svg { display: block; overflow: visible; font-family: var(--font); }
.chart-legend { display: flex; align-items: center; gap: .5rem; margin: .5rem 0 0; font-size: .9rem; color: var(--muted); }
.chart-swatch { flex: none; }
.chart-data { margin-top: .75rem; }
.chart-data summary { display: inline-block; padding: .25rem 0; color: var(--accent); text-decoration: underline; cursor: pointer; }
.chart-data[open] summary { margin-bottom: .5rem; }
.chart-source { margin: .5rem 0 0; font-size: .875rem; color: var(--muted); }

/* Tables. */
.table-wrap { overflow-x: auto; margin-block: 1rem; }
.data-table { border-collapse: collapse; width: 100%; font-size: .95rem; }
.data-table caption { text-align: left; font-weight: 700; padding-bottom: .5rem; }
.data-table th, .data-table td { border-bottom: 1px solid var(--rule); padding: .4rem .6rem .4rem 0; text-align: left; vertical-align: top; }
.data-table thead th { border-bottom: 2px solid var(--ink); }
.data-table tbody th { font-weight: 400; }
.data-table tfoot th, .data-table tfoot td { border-top: 2px solid var(--ink); font-weight: 700; }
.data-table th, .data-table td { overflow-wrap: anywhere; }
.data-table .num { text-align: right; font-variant-numeric: tabular-nums; padding-right: 0; padding-left: .75rem; overflow-wrap: normal; }
.figures-table { font-size: .85rem; min-width: 48rem; }

/* Previous and next. */
.pager { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; margin-top: 3rem; }
.pager-link { flex: 1 1 16rem; max-width: 28rem; display: block; padding: .8rem 1rem; border: 2px solid var(--accent); text-decoration: none; }
.pager-next { margin-left: auto; }
@media (min-width: 40rem) { .pager-next { text-align: right; } }
.pager-label { display: block; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.pager-title { font-weight: 700; text-decoration: underline; }
.pager-link:focus-visible .pager-label { color: var(--ink); }

/* The print version on screen. */
.print-intro p { margin: 1.5rem 0 0; padding: .75rem 1rem; background: var(--wash); border-left: 6px solid var(--accent); }
.print-section { border-top: 8px solid var(--accent-dark); margin-top: 4rem; }

@media (forced-colors: active) {
  .chart-bar { fill: CanvasText; }
  .chart-bar-approximate, .chart-track { fill: Canvas; stroke: CanvasText; }
  .chart-svg text { fill: CanvasText; }
}

/* Print: A4, no navigation, each theme on a new page, web addresses written out. */
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page); font: 9pt system-ui, sans-serif; color: #4a5360; } }
@page cover { margin: 0; @bottom-right { content: none; } }
/* Marks on figures: † for figures worked out from illustrative records, notes on how the source printed one. */
.mark { font-weight: 700; margin-left: .15em; }
.figure-note { display: block; font-size: .875rem; color: var(--muted, #4a5560); margin-top: .2rem; }
.mark-note { font-size: .875rem; color: var(--muted, #4a5560); margin: .5rem 0 0; }

/* About the figures: one card per figure, readable at 320 px. */
.figure-group { margin: 2rem 0; }
.figure-list { list-style: none; margin: .5rem 0 1.25rem; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.figure-row { border-top: 3px solid var(--rule, #c9d3db); padding: .5rem 0 0; }
.figure-row p { margin: .2rem 0; }
.figure-value strong { font-size: 1.35rem; }
.figure-how, .figure-source, .figure-declared { font-size: .9rem; color: var(--muted); }
.figure-key { font-weight: 700; color: var(--ink); }

/* The back cover: the publisher's address and credits, on a page of its own in print. */
.back-cover { margin-top: 1rem; }
.back-cover h2 { font-size: 1.05rem; margin: 0 0 .4rem; color: var(--ink); }
.back-cover address { font-style: normal; }
.credits { list-style: none; padding: 0; margin: .5rem 0 0; }

.figure-change { display: block; font-size: .875rem; color: var(--muted); margin-top: .15rem; }

@media print {
  :root { font-size: 10pt; line-height: 1.45; }
  body { font-size: 1rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .skip-link, .site-header, .breadcrumbs, .contents-jump, .pager, .print-intro, .chart-data { display: none !important; }
  .back-cover { break-before: page; }
  .container { max-width: none; padding-inline: 0; }
  .site-footer { margin-top: 2rem; background: none; border-top: 1px solid var(--rule); }
  .footer-inner { padding-block: .5rem 0; }
  a { color: var(--ink); }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
  h1, h2, h3, h4, .chart-caption { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  .stat, .theme-card, .event-card, .glance, .listed, .quote, .chart, .notice, .data-note, .source, tr { break-inside: avoid; }
  .cover { background-image: none; }
  .page-hero { background: none; border-bottom: 2px solid var(--accent); }
  .page-hero .container { padding-block: 0 .75rem; }
  .prose { max-width: none; }
  .stat-grid { grid-template-columns: repeat(3, 1fr); gap: .6rem; }
  .stat strong { font-size: 2.4rem; }
  .theme-cards, .event-cards { grid-template-columns: repeat(2, 1fr); }
  .chart-grid { grid-template-columns: 1fr 1fr; gap: 0 2rem; }
  .in-numbers { break-before: page; }
  /* Nothing may spill past the front matter's last page: a trailing margin there printed a blank page. */
  .print-front > :last-child, .print-front .chart-grid, .print-front .chart { margin-bottom: 0; }
  .theme-side { grid-template-columns: 1fr 1fr; }
  .print-section { border-top: none; margin-top: 0; break-before: page; }
  .print-front { break-before: page; }
  .print-document .cover { page: cover; height: 297mm; display: flex; flex-direction: column; justify-content: flex-end; }
  .print-document .cover-inner { padding: 0 20mm 40mm; }
  .table-wrap { overflow: visible; }
  .figures-table { min-width: 0; font-size: .8rem; }
}

"""#)),
        StarterFile(path: "templates/editions.mustache", contents: .text(#"""
<!DOCTYPE html>
<html lang="{{report.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.title}}</title>
<meta name="description" content="{{page.description}}">
<link rel="stylesheet" href="assets/style.css">
<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">{{strings.site.skip_link}}</a>
<main id="main" tabindex="-1">
<article class="page landing">
  <div class="page-hero">
    <div class="container">
      <h1>{{page.title}}</h1>
      <p class="lede">{{strings.landing.lede}}</p>
    </div>
  </div>
  <div class="container">
    <section aria-labelledby="editions-heading">
      <h2 id="editions-heading">{{strings.landing.editions_heading}}</h2>
      <ol class="edition-list">
        {{#editions}}<li class="edition">
          <h3><a href="{{url}}">{{title}}</a></h3>
          <p class="edition-period">{{period}}</p>
          <ul class="stat-grid">
            {{#headlines}}<li class="stat"><strong>{{value}}</strong> {{text}}{{>figure-mark}}</li>
            {{/headlines}}
          </ul>
        </li>
        {{/editions}}
      </ol>
    </section>
    {{#has_trends}}<section aria-labelledby="trends-heading">
      <h2 id="trends-heading">{{strings.landing.trends_heading}}</h2>
      <div class="chart-grid">
        {{#trends}}{{{html}}}
        {{/trends}}
      </div>
    </section>{{/has_trends}}
  </div>
</article>
</main>
</body>
</html>

"""#)),
        StarterFile(path: "templates/figures.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
{{>figures-article}}
{{>pager}}
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/index.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
{{>cover}}
<div class="container">
{{>headlines}}
{{>contents}}
{{>year-in-numbers}}
</div>
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/layout.mustache", contents: .text(#"""
<!DOCTYPE html>
<html lang="{{report.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#page.base_url}}<base href="{{page.base_url}}">
{{/page.base_url}}<title>{{#page.is_cover}}{{report.title}}{{/page.is_cover}}{{^page.is_cover}}{{strings.site.page_title}}{{/page.is_cover}}</title>
{{#page.description}}<meta name="description" content="{{page.description}}">
{{/page.description}}
{{#page.canonical_url}}<link rel="canonical" href="{{page.canonical_url}}">
<meta property="og:type" content="website">
<meta property="og:title" content="{{#page.is_cover}}{{report.title}}{{/page.is_cover}}{{^page.is_cover}}{{strings.site.page_title}}{{/page.is_cover}}">
{{#page.description}}<meta property="og:description" content="{{page.description}}">
{{/page.description}}<meta property="og:url" content="{{page.canonical_url}}">
{{/page.canonical_url}}
<link rel="stylesheet" href="{{page.root}}assets/style.css">
<link rel="icon" href="{{page.root}}assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="{{#page.base_url}}404.html{{/page.base_url}}#main">{{strings.site.skip_link}}</a>
<header class="site-header">
  <div class="container site-header-inner">
    <p class="site-title"><a href="{{page.root}}index.html"><span class="site-edition">{{strings.site.edition_annual_report}}</span> <span class="site-period">{{report.period}}</span></a></p>
    <nav class="site-nav" aria-label="{{strings.site.nav_label}}">
      <ul>
        {{#site_nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/site_nav}}
      </ul>
    </nav>
  </div>
</header>
{{^page.is_cover}}<nav class="breadcrumbs" aria-label="{{strings.breadcrumb.label}}">
  <ol class="container">
    <li><a href="{{page.root}}index.html">{{strings.nav.contents}}</a></li>
    {{#page.section}}<li><a href="{{page.root}}{{url}}">{{title}}</a></li>
    {{/page.section}}<li aria-current="page">{{page.title}}</li>
  </ol>
</nav>
{{/page.is_cover}}<main id="main" tabindex="-1">
{{$content}}{{/content}}
</main>
<footer class="site-footer">
  <div class="container footer-inner">
    <div class="footer-meta">
      <p>{{strings.footer.published}}</p>
      <p>{{strings.footer.statistics}} <a href="{{page.root}}figures.html">{{strings.footer.how_computed}}</a>; {{strings.footer.download_as}} <a href="{{page.root}}data/figures.csv">{{strings.format.csv}}</a> {{strings.word.or}} <a href="{{page.root}}data/figures.json">{{strings.format.json}}</a>.</p>
      <p><a href="{{page.root}}accessibility.html">{{strings.nav.accessibility_statement}}</a> · <a href="{{page.root}}print.html">{{strings.footer.print_link}}</a></p>
      {{#report.build_date}}<p>{{strings.footer.built}}</p>{{/report.build_date}}
      {{>back-cover}}
    </div>
  </div>
</footer>
</body>
</html>

"""#)),
        StarterFile(path: "templates/not-found.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
<article class="page not-found">
  <div class="page-hero">
    <div class="container">
      <h1>{{page.title}}</h1>
      <p class="lede">{{strings.not_found.lede}}</p>
    </div>
  </div>
  <div class="container">
    <p>{{strings.not_found.advice}} <a href="{{page.root}}index.html">{{strings.not_found.contents_link}}</a>.</p>
  </div>
</article>
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/page.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
{{>page-article}}
{{>pager}}
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/partials/accessibility-article.mustache", contents: .text(#"""
<article class="page statement">
  <div class="page-hero">
    <div class="container">
      <p class="kicker">{{strings.site.edition_annual_report}}</p>
      <h1>{{page.title}}</h1>
      <p class="lede">{{strings.statement.lede}}</p>
    </div>
  </div>
  <div class="container">
    <div class="prose">
      <p>{{strings.statement.intro}}</p>
      <ul>
        <li>{{strings.statement.can.zoom}}</li>
        <li>{{strings.statement.can.text_size}}</li>
        <li>{{strings.statement.can.colours}}</li>
        <li>{{strings.statement.can.keyboard}}</li>
        <li>{{strings.statement.can.screen_reader}}</li>
        <li>{{strings.statement.can.charts}}</li>
        <li>{{strings.statement.can.print}} <a href="print.html">{{strings.statement.print_version}}</a></li>
      </ul>
      <p>{{strings.statement.no_external}}</p>

      <h2 id="statement-status">{{strings.statement.status_heading}}</h2>
      <p>{{strings.statement.status}}</p>
      <ul>
        <li>{{strings.statement.limit.chart_labels}}</li>
        <li>{{strings.statement.limit.figures_table_before}} <a href="figures.html">{{strings.nav.figures}}</a> {{strings.statement.limit.figures_table_after}}</li>
        <li>{{strings.statement.limit.theme_charts}}{{strings.statement.limit.event_highlights}}</li>
      </ul>

      <h2 id="statement-feedback">{{strings.statement.feedback_heading}}</h2>
      <p>{{strings.statement.feedback}}</p>
      {{#report.contact}}<p>{{report.contact.inline}}</p>{{/report.contact}}

      <h2 id="statement-enforcement">{{strings.statement.enforcement_heading}}</h2>
      <p>{{strings.statement.enforcement}} <a href="https://www.equalityadvisoryservice.com/">{{strings.statement.eass}}</a>.</p>

      <h2 id="statement-testing">{{strings.statement.testing_heading}}</h2>
      <p>{{strings.statement.testing}}</p>

      <h2 id="statement-preparation">{{strings.statement.preparation_heading}}</h2>
      <p>{{strings.statement.preparation}}{{#report.build_date}}{{strings.statement.last_generated}}{{/report.build_date}}.</p>
    </div>
  </div>
</article>

"""#)),
        StarterFile(path: "templates/partials/at-a-glance.mustache", contents: .text(#"""
<section class="glance">
  <h2 id="{{theme.slug}}-glance">{{strings.theme.glance_heading}}</h2>
  <ul class="glance-list">
    {{#theme.glance_items}}<li><strong>{{value}}</strong> {{text}}{{>figure-mark}}</li>
    {{/theme.glance_items}}
  </ul>
  {{#theme.glance_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/theme.glance_illustrative}}
</section>

"""#)),
        StarterFile(path: "templates/partials/back-cover.mustache", contents: .text(#"""
{{#report.contact}}<div class="back-cover">
  <h2 id="contact-heading">{{strings.contact.heading}}</h2>
  <address>
    <strong>{{report.contact.name}}</strong><br>
    {{#report.contact.address}}{{line}}<br>
    {{/report.contact.address}}{{#report.contact.telephone}}{{strings.contact.telephone}} {{report.contact.telephone}}<br>
    {{/report.contact.telephone}}{{#report.contact.email}}{{strings.contact.email}} <a href="mailto:{{report.contact.email}}">{{report.contact.email}}</a><br>
    {{/report.contact.email}}{{#report.contact.web}}{{strings.contact.web}} {{#report.contact.web_is_link}}<a href="{{report.contact.web}}">{{report.contact.web}}</a>{{/report.contact.web_is_link}}{{^report.contact.web_is_link}}{{report.contact.web}}{{/report.contact.web_is_link}}{{/report.contact.web}}
  </address>
  {{#report.has_credits}}<ul class="credits">{{#report.credits}}<li>{{text}}</li>{{/report.credits}}</ul>{{/report.has_credits}}
</div>{{/report.contact}}

"""#)),
        StarterFile(path: "templates/partials/contents.mustache", contents: .text(#"""
<section class="contents" aria-labelledby="contents-heading">
  <h2 id="contents-heading">{{strings.contents.heading}}</h2>
  {{#pages_split}}
  <nav class="contents-jump" aria-label="{{strings.contents.pages_jump_label}}">
    <ul>{{#page_groups}}<li><a href="#{{id}}">{{heading}}</a></li>{{/page_groups}}</ul>
  </nav>
  {{/pages_split}}
  {{#page_groups}}
  {{#heading}}
  <h3 class="contents-run" id="{{id}}">{{heading}}</h3>
  {{/heading}}
  <ol class="contents-pages">
    {{#items}}<li><a href="{{url}}">{{title}}</a>{{#summary}}<p>{{summary}}</p>{{/summary}}</li>
    {{/items}}
  </ol>
  {{/page_groups}}
  <h3 id="themes-heading">{{strings.contents.themes_heading}}</h3>
  {{#themes_split}}
  <nav class="contents-jump" aria-label="{{strings.contents.themes_jump_label}}">
    <ul>{{#theme_groups}}<li><a href="#{{id}}">{{heading}}</a></li>{{/theme_groups}}</ul>
  </nav>
  {{/themes_split}}
  {{#theme_groups}}
  {{#heading}}
  <h4 class="contents-run" id="{{id}}">{{heading}}</h4>
  {{/heading}}
  <ol class="theme-cards" aria-labelledby="{{labelled_by}}">
    {{#items}}<li class="theme-card">
      <p class="theme-card-number" aria-hidden="true">{{number}}</p>
      <p class="theme-card-title"><a href="{{url}}">{{title}}</a></p>
      <p class="theme-card-summary">{{summary}}</p>
      <ul class="theme-card-stats">
        {{#card}}<li><strong>{{value}}</strong> {{text}}{{>figure-mark}}</li>
        {{/card}}
      </ul>
    </li>
    {{/items}}
  </ol>
  {{/theme_groups}}
  {{#cards_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/cards_illustrative}}
  <ul class="contents-more">
    <li><a href="{{figures_url}}">{{strings.nav.figures}}</a>{{strings.contents.figures_note}}</li>
    <li><a href="{{accessibility_url}}">{{strings.nav.accessibility_statement}}</a></li>
  </ul>
</section>

"""#)),
        StarterFile(path: "templates/partials/cover.mustache", contents: .text(#"""
<div class="cover" id="{{cover_anchor}}">
  <div class="container cover-inner">
    <p class="cover-kicker">{{report.edition}} <span aria-hidden="true">·</span> {{report.period}}</p>
    <h1 class="cover-title">{{report.title}}</h1>
    {{#report.strapline}}<p class="cover-strapline">{{report.strapline}}</p>
    {{/report.strapline}}<p class="cover-publisher">{{strings.cover.published_by}}</p>
  </div>
</div>

"""#)),
        StarterFile(path: "templates/partials/event-highlight.mustache", contents: .text(#"""
<li class="event-card" id="{{theme.slug}}-{{id}}">
  <h3>{{title}}</h3>
  {{#meta}}<p class="event-meta">{{meta}}</p>{{/meta}}
  {{#has_figures}}<ul class="event-stats">
    {{#figures}}<li><strong>{{value}}</strong> {{label}}</li>
    {{/figures}}
  </ul>{{/has_figures}}
  {{#note}}<p class="event-note">{{note}}</p>{{/note}}
  {{#is_shared}}<p class="event-shared">{{strings.event.shared_with}} {{#shared_with}}{{before}}<a href="{{url}}">{{title}}</a>{{/shared_with}}{{strings.event.counted_once}}</p>{{/is_shared}}
</li>

"""#)),
        StarterFile(path: "templates/partials/figure-mark.mustache", contents: .text(#"""
{{#illustrative}}<span class="mark" aria-hidden="true">{{strings.provenance.mark}}</span><span class="visually-hidden"> ({{strings.provenance.mark_label}})</span>{{/illustrative}}{{#note}}<span class="figure-note">{{note}}</span>{{/note}}{{#change}}<span class="figure-change">{{change}}</span>{{/change}}
"""#)),
        StarterFile(path: "templates/partials/figure-row.mustache", contents: .text(#"""
<li class="figure-row">
  <p class="figure-value"><strong>{{value}}</strong> {{label}}{{>figure-mark}}</p>
  <p class="figure-how"><span class="figure-key">{{strings.figures.how}}</span> {{how}}</p>
  <p class="figure-source"><span class="figure-key">{{strings.figures.from}}</span> {{source}}</p>
  {{#declared}}<p class="figure-declared">{{declared}}</p>{{/declared}}
</li>

"""#)),
        StarterFile(path: "templates/partials/figures-article.mustache", contents: .text(#"""
<article class="page figures-page">
  <div class="page-hero">
    <div class="container">
      <p class="kicker">{{strings.site.edition_annual_report}}</p>
      <h1>{{page.title}}</h1>
      <p class="lede">{{strings.figures.lede}}</p>
    </div>
  </div>
  <div class="container">
    <div class="prose">
      <p>{{strings.figures.percentages}} {{strings.figures.available_as}} <a href="data/figures.csv">{{strings.format.csv}}</a> {{strings.word.and}} <a href="data/figures.json">{{strings.format.json}}</a> {{strings.figures.for_reuse}}</p>
      {{#report.data_note}}<p class="data-note"><strong>{{strings.data_note.label}}</strong> {{report.data_note}}</p>{{/report.data_note}}
      {{#has_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/has_illustrative}}
    </div>
    {{#groups}}<section class="figure-group" aria-labelledby="{{id}}">
      <h2 id="{{id}}">{{heading}}</h2>
      <ul class="figure-list">
        {{#figures}}{{>figure-row}}{{/figures}}
      </ul>
      {{#has_events}}{{#events}}<h3>{{title}}</h3>
      <ul class="figure-list">
        {{#figures}}{{>figure-row}}{{/figures}}
      </ul>
      {{/events}}{{/has_events}}
    </section>
    {{/groups}}
    {{#has_disappeared}}<section class="figure-group" aria-labelledby="figures-disappeared">
      <h2 id="figures-disappeared">{{disappeared_heading}}</h2>
      <ul class="figure-list">
        {{#disappeared}}<li class="figure-row"><p class="figure-value"><strong>{{value}}</strong> {{label}}</p><p class="figure-how">{{rule}}</p></li>
        {{/disappeared}}
      </ul>
    </section>{{/has_disappeared}}
  </div>
</article>

"""#)),
        StarterFile(path: "templates/partials/headlines.mustache", contents: .text(#"""
<section class="headlines" aria-labelledby="headlines-heading">
  <h2 id="headlines-heading">{{strings.report.headlines.heading}}</h2>
  <ul class="stat-grid">
    {{#headlines}}<li class="stat"><strong>{{value}}</strong> {{text}}{{>figure-mark}}</li>
    {{/headlines}}
  </ul>
  {{#headlines_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/headlines_illustrative}}
  {{#has_discrepancies}}<div class="notice" role="note" aria-labelledby="discrepancies-heading">
    <h3 id="discrepancies-heading">{{strings.discrepancies.heading}}</h3>
    <ul>
    {{#discrepancies}}<li>{{source_sentence}} {{strings.discrepancies.states}} <strong>{{declared}}</strong> {{label}}; {{strings.discrepancies.this_report_gives}} <strong>{{computed}}</strong>.{{#note}} {{note}}{{/note}}</li>
    {{/discrepancies}}
    </ul>
  </div>{{/has_discrepancies}}
  <p class="source">{{strings.headlines.source}}</p>
  {{#report.data_note}}<p class="data-note"><strong>{{strings.data_note.label}}</strong> {{report.data_note}}</p>{{/report.data_note}}
</section>

"""#)),
        StarterFile(path: "templates/partials/listing.mustache", contents: .text(#"""
<section class="listing">
  <h2 id="{{theme.slug}}-listing">{{strings.report.listing.heading}}</h2>
  <ul class="listing-list">
    {{#theme.listed}}<li class="listed">
      <span class="listed-name">{{name}}</span>
      {{#printed_name}}<span class="listed-printed">{{strings.report.listing.printed_as}} “{{printed_name}}”</span>{{/printed_name}}
      <span class="listed-meta">{{#register.region}}{{register.region}}{{/register.region}}{{#register.rural}} <span class="tag">{{strings.report.listing.rural}}</span>{{/register.rural}}{{#joint}} <span class="tag">{{strings.report.listing.joint}}</span>{{/joint}}</span>
      {{#partners_text}}<span class="listed-partners">{{strings.report.listing.partners_intro}} {{partners_text}}</span>{{/partners_text}}
    </li>
    {{/theme.listed}}
  </ul>
</section>

"""#)),
        StarterFile(path: "templates/partials/page-article.mustache", contents: .text(#"""
<article class="page">
  <div class="page-hero">
    <div class="container">
      <p class="kicker">{{strings.site.edition_annual_report}}</p>
      <h1>{{page.title}}</h1>
      {{#summary}}<p class="lede">{{summary}}</p>{{/summary}}
    </div>
  </div>
  <div class="container">
    <div class="prose">
{{{body_html}}}
{{#prose_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/prose_illustrative}}
    </div>
  </div>
</article>

"""#)),
        StarterFile(path: "templates/partials/pager.mustache", contents: .text(#"""
<nav class="container pager" aria-label="{{strings.pager.label}}">
  {{#prev}}<a class="pager-link pager-prev" rel="prev" href="{{url}}"><span class="pager-label">{{strings.pager.previous}}<span class="visually-hidden">:</span></span> <span class="pager-title">{{title}}</span></a>{{/prev}}
  {{#next}}<a class="pager-link pager-next" rel="next" href="{{url}}"><span class="pager-label">{{strings.pager.next}}<span class="visually-hidden">:</span></span> <span class="pager-title">{{title}}</span></a>{{/next}}
</nav>

"""#)),
        StarterFile(path: "templates/partials/theme-article.mustache", contents: .text(#"""
<article class="theme" aria-labelledby="{{theme.slug}}-title">
  <div class="page-hero">
    <div class="container">
      <p class="kicker">{{strings.theme.kicker}}</p>
      <h1 id="{{theme.slug}}-title">{{theme.title}}</h1>
      <p class="lede">{{theme.summary}}</p>
      {{#theme.has_other_editions}}<p class="other-editions">{{strings.theme.other_editions}} {{#theme.other_editions}}{{before}}<a href="{{url}}">{{edition}}</a>{{/theme.other_editions}}</p>{{/theme.has_other_editions}}
    </div>
  </div>
  <div class="container theme-layout">
    <div class="theme-side">
      {{>at-a-glance}}
      {{>listing}}
    </div>
    <div class="theme-main prose">
{{{theme.body_html}}}
{{#theme.prose_illustrative}}<p class="mark-note">{{strings.provenance.note}}</p>{{/theme.prose_illustrative}}
    </div>
  </div>
  {{#theme.has_events}}<div class="container">
    <section class="events">
      <h2 id="{{theme.slug}}-events">{{strings.theme.events_heading}}</h2>
      {{#theme.charts}}{{{html}}}{{/theme.charts}}
      <ul class="event-cards">
        {{#theme.events}}{{>event-highlight}}{{/theme.events}}
      </ul>
      {{#theme.has_listed_events}}<h3 id="{{theme.slug}}-other-events">{{strings.theme.other_events_heading}}</h3>
      <ul class="event-list">
        {{#theme.listed_events}}<li id="{{theme.slug}}-{{id}}">{{title}}{{#meta}} <span class="event-meta">({{meta}})</span>{{/meta}}{{#is_shared}} <span class="event-shared">{{strings.event.shared_with}} {{#shared_with}}{{before}}<a href="{{url}}">{{title}}</a>{{/shared_with}}</span>{{/is_shared}}</li>
        {{/theme.listed_events}}
      </ul>{{/theme.has_listed_events}}
    </section>
  </div>{{/theme.has_events}}
</article>

"""#)),
        StarterFile(path: "templates/partials/year-in-numbers.mustache", contents: .text(#"""
{{#has_charts}}<section class="in-numbers" aria-labelledby="numbers-heading">
  <h2 id="numbers-heading">{{strings.numbers.heading}}</h2>
  <p class="section-intro">{{strings.report.numbers.intro}} {{strings.numbers.computed}} <a href="{{figures_url}}">{{strings.nav.figures}}</a> {{strings.numbers.explains_how}}</p>
  <div class="chart-grid">
    {{#charts}}{{{html}}}
    {{/charts}}
  </div>
</section>{{/has_charts}}

"""#)),
        StarterFile(path: "templates/print.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
<div class="container print-intro">
  <p>{{strings.print.intro_before}} <strong>{{strings.print.command}}</strong> {{strings.print.intro_after}}</p>
</div>
<div class="print-document">
{{>cover}}
<div class="container print-front">
{{>headlines}}
{{>contents}}
{{>year-in-numbers}}
</div>
{{#sections}}<div class="print-section{{#is_theme}} print-theme{{/is_theme}}" id="{{anchor}}">
{{{html}}}
</div>
{{/sections}}
</div>
{{/content}}
{{/layout}}

"""#)),
        StarterFile(path: "templates/quote.mustache", contents: .text(#"""
<figure class="quote">
<blockquote>
{{{body_html}}}</blockquote>
<figcaption>{{attribution}}</figcaption>
</figure>

"""#)),
        StarterFile(path: "templates/strings/cy.yaml", contents: .text(#"""
# Welsh (Cymraeg). Every key of en-GB.yaml, translated; see docs/templates.md ("Strings and languages").
# plural_rule is implied by the language (cy): plurals give zero, one, two, few, many and other.

number.group: ","
number.percent: "{value}%"
date.day_month_year: "{day} {month} {year}"
date.month_year: "{month} {year}"
list.separator: ", "
list.last_separator: " a "
months: [Ionawr, Chwefror, Mawrth, Ebrill, Mai, Mehefin, Gorffennaf, Awst, Medi, Hydref, Tachwedd, Rhagfyr]
number_words: [dim, un, dau, tri, pedwar, pump, chwech, saith, wyth, naw, deg]

site.page_title: "{page.title} – {report.title}"
site.edition_annual_report: "Adroddiad Blynyddol {report.edition}"
site.skip_link: Neidio i’r prif gynnwys
site.nav_label: Adroddiad
breadcrumb.label: Briwsion bara
breadcrumb.themes: Themâu
footer.published: "{report.title}. Cyhoeddwyd gan {report.publisher}."
footer.statistics: "Ystadegau: {report.statistics_source}. Mae’r canrannau o {report.population_size} {report.population_name} ({report.population_source}, ar {report.population_as_of})."
footer.how_computed: Sut y cyfrifwyd pob ffigur
footer.download_as: lawrlwythwch y ffigurau fel
footer.print_link: Yr adroddiad cyfan i’w argraffu neu’i gadw fel PDF
footer.built: "Adeiladwyd {report.build_date}."
format.csv: CSV
format.json: JSON
word.or: neu
word.and: a

nav.contents: Cynnwys
nav.figures: Am y ffigurau
nav.accessibility: Hygyrchedd
nav.accessibility_statement: Datganiad hygyrchedd
nav.print: Yr adroddiad cyfan i’w argraffu
pager.label: Y dudalen flaenorol a’r nesaf
pager.previous: Blaenorol
pager.next: Nesaf
page.figures.description: Sut y cyfrifwyd pob ffigur yn yr adroddiad hwn
page.accessibility.description: Pa mor hygyrch yw’r adroddiad hwn, sut y caiff ei brofi a sut i ofyn am fformat arall
page.print.description: "{title}: pob tudalen mewn un ddogfen"

# Tudalen 404 (not-found), a ddangosir gan weinydd gwe ar gyfer cyfeiriad nad yw ar y wefan.
not_found.title: Heb ddod o hyd i’r dudalen
not_found.description: Nid oes tudalen yn y cyfeiriad hwn
not_found.lede: Nid oes tudalen yn y cyfeiriad hwn. Efallai ei bod wedi symud, neu fod camgymeriad yn y cyfeiriad.
not_found.advice: "Mae pob tudalen o’r adroddiad wedi’i rhestru ar y"
not_found.contents_link: dudalen gynnwys

cover.published_by: "Cyhoeddwyd gan {report.publisher}"
contents.heading: Cynnwys
contents.themes_heading:
  zero: "Y {report.theme_count} thema"
  one: "Yr {report.theme_count} thema"
  two: "Y {report.theme_count} thema"
  few: "Y {report.theme_count} thema"
  many: "Y {report.theme_count} thema"
  other: "Y {report.theme_count} o themâu"
contents.theme_group: "Themâu {first} i {last}"          # {first} {last}
contents.page_group: "Tudalennau {first} i {last}"       # {first} {last}
contents.themes_jump_label: Themâu yn ôl rhif
contents.pages_jump_label: Tudalennau yn ôl rhif
contents.figures_note: ": sut y cyfrifwyd pob ffigur yn yr adroddiad hwn, ac o ba gofnodion"
numbers.heading: "{report.edition} mewn rhifau"
numbers.computed: Caiff pob rhif ei gyfrifo o’r cofnodion;
numbers.explains_how: sy’n esbonio sut.
headlines.source: "Ffynhonnell: {report.statistics_source}. Mae’r canrannau o’r cyfan o {report.population_size} {report.population_name}."
data_note.label: Am y data.
discrepancies.heading: Ffigurau sy’n wahanol i’w ffynhonnell
discrepancies.this_report_gives: mae’r adroddiad hwn yn rhoi
discrepancies.states: yn nodi
print.intro_before: Mae’r dudalen hon yn dal yr adroddiad cyfan mewn un ddogfen, pob tudalen yn ei threfn, wedi’i gosod ar gyfer papur A4. Defnyddiwch orchymyn
print.command: Argraffu
print.intro_after: eich porwr i’w argraffu neu i’w gadw fel PDF.

theme.kicker: "Thema {theme.number} o {theme.count}"
theme.glance_heading: Y thema ar gip
theme.events_heading: Uchafbwyntiau’r digwyddiadau
event.shared_with: Wedi’i rannu â
event.counted_once: "; wedi’i gyfrif unwaith yng nghyfansymiau’r rownd."
count.over: "dros {count}"
count.around: "tua {count}"

chart.show_table: Dangos y data fel tabl
chart.source: "Ffynhonnell: {source}"
chart.legend_hatched: "Bar â llinellau: mae’r cyfrif yn isafswm (“dros”) neu’n amcangyfrif (“tua”), fel y dywed y label wrth ei ymyl."
chart.header.date: Dyddiad
chart.finding_when_equal: "Mae gan bob bar yr un gwerth: {value}."
chart.total: Cyfanswm
figures.share_rule: "{rule}: {members} o {whole} {population}, wedi’u talgrynnu hanner i fyny"
rule.count: "nifer y cofnodion {set}"
rule.sum: "cyfanswm {fields} dros gofnodion {set}"
rule.share: "sefydliadau gwahanol a enwir yn {sources}"
rule.measures: "canran a adroddwyd yn {field}"
rule.in_theme: " ar gyfer y thema"
rule.where: " lle {conditions}"
rule.condition: "mae {field} yn {values}"
rule.or: " neu "
chart.not_recorded: heb ei gofnodi

figures.lede: "Caiff pob un o’r {figure_count} ffigur yn yr adroddiad hwn ei gyfrifo o’r cofnodion pan gaiff y wefan ei hadeiladu; nid oes yr un wedi’i deipio â llaw."
figures.percentages: "Mae pob canran yn cyfrif pob sefydliad unwaith, allan o {report.population_size} {report.population_name}, wedi’u talgrynnu hanner i fyny."
figures.available_as: Mae’r un ffigurau ar gael fel
figures.for_reuse: i’w ailddefnyddio.

statement.lede: "Mae’r datganiad hwn yn ymwneud â fersiwn gwefan {report.title}: ei {statement.page_count} tudalen, y fersiwn i’w hargraffu a’r ffigurau i’w lawrlwytho."
statement.intro: "Cyhoeddir yr adroddiad hwn gan {report.publisher}. Rydym am i gynifer o bobl â phosibl allu ei ddarllen. Dylech allu:"
statement.can.zoom: chwyddo hyd at 400% heb i’r testun ollwng oddi ar y sgrin, a darllen pob tudalen ar sgrin 320 picsel o led
statement.can.text_size: gwneud y testun hyd at ddwywaith mor fawr heb golli dim cynnwys
statement.can.colours: newid lliwiau, lefelau cyferbyniad a ffontiau yng ngosodiadau eich porwr neu’ch dyfais
statement.can.keyboard: defnyddio’r adroddiad cyfan â bysellfwrdd yn unig, gyda dangosydd ffocws amlwg, a neidio’n syth i brif gynnwys pob tudalen
statement.can.screen_reader: symud o gwmpas pob tudalen fesul pennawd a thirnod â darllenydd sgrin
statement.can.charts: "cael prif ganfyddiad pob un o’r {statement.chart_count} siart fel brawddeg, a phob rhif ynddo o dabl o dan y siart"
statement.can.print: argraffu’r adroddiad cyfan, neu ei gadw fel PDF, o’r
statement.print_version: fersiwn i’w hargraffu
statement.no_external: "Nid yw’r adroddiad yn llwytho dim o wefannau eraill: dim ffontiau, sgriptiau na thracio."
statement.status_heading: Pa mor hygyrch yw’r adroddiad hwn
statement.status: "Mae’r adroddiad hwn wedi’i gynllunio i fodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 ar lefel AA. Gwyddom am y cyfyngiadau canlynol:"
statement.limit.chart_labels: Nid yw’r labeli y tu mewn i’r siartiau’n newid maint pan fyddwch yn chwyddo’r testun yn unig (maent yn tyfu wrth chwyddo’r dudalen). Mae gan y tabl o dan bob siart yr un rhifau ac mae’n dilyn maint eich testun.
statement.limit.figures_table_before: "Mae tabl y {statement.figure_count} ffigur ar"
statement.limit.figures_table_after: yn llydan. Ar sgrin fach mae’n sgrolio i’r ochr o fewn ei flwch ei hun, y gellir ei gyrraedd â’r bysellfwrdd.
statement.limit.theme_charts: "Mae gan {statement.theme_chart_pages} o’r {statement.theme_count} tudalen thema siart o’u digwyddiadau; nid oes siart gan thema sydd â rhy ychydig o ddigwyddiadau i’w cymharu"
statement.limit.event_highlights: ". Disgrifir pob digwyddiad, gyda pha bynnag ffigurau sydd ganddo, mewn geiriau o dan “Uchafbwyntiau’r digwyddiadau” ar ei dudalen thema."
statement.feedback_heading: Adborth a fformatau eraill
statement.feedback: "Os oes arnoch angen unrhyw ran o’r adroddiad hwn mewn fformat gwahanol, fel print bras, hawdd ei ddeall, sain neu braille, neu os dewch o hyd i broblem nad yw wedi’i rhestru yma, cysylltwch â {report.publisher}. Dywedwch wrthym pa dudalen a beth roeddech yn ceisio’i wneud. Byddwn yn ystyried eich cais ac yn anelu at ateb o fewn 10 diwrnod gwaith."
statement.enforcement_heading: Y weithdrefn orfodi
statement.enforcement: "Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y ‘rheoliadau hygyrchedd’). Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r"
statement.eass: Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)
statement.testing_heading: Sut rydym yn profi’r adroddiad hwn
statement.testing: Caiff yr adroddiad ei brofi bob tro y caiff ei adeiladu, cyn ei gyhoeddi. Caiff pob tudalen ei gwirio â’r Nu HTML Checker am farcio dilys ac â’r peiriant axe-core yn erbyn rheolau WCAG lefel A ac AA y gellir eu profi’n awtomatig, a dilynir pob dolen rhwng tudalennau. Caiff pob tudalen hefyd ei llunio ar 1280 a 375 picsel o led, a chaiff y fersiwn i’w hargraffu ei throi’n PDF, fel y gall person adolygu sut maent yn edrych. Dim ond rhai problemau y mae gwiriadau awtomatig yn eu canfod. Nid yw’r adroddiad wedi cael archwiliad llaw llawn eto na’i brofi gyda darllenwyr anabl; pan fydd, bydd y datganiad hwn yn dweud hynny.
statement.preparation_heading: Paratoi’r datganiad hwn
statement.preparation: Caiff y datganiad hwn ei gynhyrchu o osodiadau’r adroddiad bob tro y caiff yr adroddiad ei adeiladu, felly mae bob amser yn disgrifio’r tudalennau fel y’u cyhoeddwyd
statement.last_generated: ". Fe’i cynhyrchwyd ddiwethaf ar {report.build_date}"
provenance.mark: "†"
provenance.mark_label: wedi’i gyfrifo o gofnodion enghreifftiol
provenance.note: "† Wedi’i gyfrifo o gofnodion enghreifftiol, nid o ddata a gyhoeddwyd: gweler “Am y data” ar y clawr ac “Am y ffigurau”."
theme.other_events_heading: Digwyddiadau eraill
figures.whole_report: Yr adroddiad cyfan
figures.how: "Sut y’i cyfrifwyd:"
figures.from: "O:"
figures.declared: "Mae {source} yn rhoi {value}."
figures.source.themes: adroddiadau’r themâu
figures.source.records: "cofnodion {set}"
figures.source.register: y gofrestr o sefydliadau
contact.heading: Cysylltu
contact.telephone: "Ffôn:"
contact.email: "E-bost:"
contact.web: "Gwe:"
provenance.chart_note: "Cafodd y rhifau a nodir † eu cyfrifo o gofnodion enghreifftiol, nid o ddata a gyhoeddwyd."
change.new: newydd yn y rhifyn hwn
change.not_comparable: "wedi’i gyfrif yn wahanol yn {edition}, felly heb ei gymharu"
change.same: "yr un fath ag yn {edition}"
change.up:
  zero: "{change} yn fwy nag yn {edition} ({previous})"
  one: "{change} yn fwy nag yn {edition} ({previous})"
  two: "{change} yn fwy nag yn {edition} ({previous})"
  few: "{change} yn fwy nag yn {edition} ({previous})"
  many: "{change} yn fwy nag yn {edition} ({previous})"
  other: "{change} yn fwy nag yn {edition} ({previous})"
change.down:
  zero: "{change} yn llai nag yn {edition} ({previous})"
  one: "{change} yn llai nag yn {edition} ({previous})"
  two: "{change} yn llai nag yn {edition} ({previous})"
  few: "{change} yn llai nag yn {edition} ({previous})"
  many: "{change} yn llai nag yn {edition} ({previous})"
  other: "{change} yn llai nag yn {edition} ({previous})"
change.up_points:
  zero: "{change} pwynt yn uwch nag yn {edition} ({previous})"
  one: "{change} pwynt yn uwch nag yn {edition} ({previous})"
  two: "{change} bwynt yn uwch nag yn {edition} ({previous})"
  few: "{change} phwynt yn uwch nag yn {edition} ({previous})"
  many: "{change} phwynt yn uwch nag yn {edition} ({previous})"
  other: "{change} pwynt yn uwch nag yn {edition} ({previous})"
change.down_points:
  zero: "{change} pwynt yn is nag yn {edition} ({previous})"
  one: "{change} pwynt yn is nag yn {edition} ({previous})"
  two: "{change} bwynt yn is nag yn {edition} ({previous})"
  few: "{change} phwynt yn is nag yn {edition} ({previous})"
  many: "{change} phwynt yn is nag yn {edition} ({previous})"
  other: "{change} pwynt yn is nag yn {edition} ({previous})"
figures.disappeared: "Yn {edition}, nid yn y rhifyn hwn"
theme.other_editions: "Y thema hon mewn rhifynnau eraill:"
landing.title: "{publisher}: adroddiadau blynyddol"
landing.description: "Pob rhifyn o adroddiad blynyddol {publisher}, a sut y newidiodd ei ffigurau."
landing.lede: "Mae pob rhifyn yn adroddiad cyflawn; mae’r siartiau’n dangos y ffigurau sydd gan y rhifynnau’n gyffredin, fesul rhifyn."
landing.editions_heading: Y rhifynnau, y diweddaraf yn gyntaf
landing.trends_heading: Fesul rhifyn
landing.trend_title: "{label}, fesul rhifyn"
landing.trend_finding: "{first} yn {first_edition}; {last} yn {last_edition}."
landing.header.edition: Rhifyn
landing.trend_title_percent: "Canran {label}, fesul rhifyn"

"""#)),
        StarterFile(path: "templates/strings/en-GB.yaml", contents: .text(#"""
# Every reader-facing word of the report that is not content, in British English.
# See docs/templates.md ("Strings and languages"): keys, placeholders, plurals and how to add a language.
# {name} is a placeholder: in a template it names a value of the page (e.g. {report.title}); in a text
# Almanac writes itself it is one of the names listed in the comment above the key.

# Numbers, dates and lists.
number.group: ","
number.percent: "{value}%"                        # {value}
date.day_month_year: "{day} {month} {year}"
date.month_year: "{month} {year}"
list.separator: ", "
list.last_separator: " and "
months: [January, February, March, April, May, June, July, August, September, October, November, December]
number_words: [zero, one, two, three, four, five, six, seven, eight, nine, ten]

# The page shell (layout).
site.page_title: "{page.title} – {report.title}"
site.edition_annual_report: "{report.edition} Annual Report"
site.skip_link: Skip to main content
site.nav_label: Report
breadcrumb.label: Breadcrumb
breadcrumb.themes: Themes
footer.published: "{report.title}. Published by {report.publisher}."
footer.statistics: "Statistics: {report.statistics_source}. Percentages are of {report.population_size} {report.population_name} ({report.population_source}, as of {report.population_as_of})."
footer.how_computed: How each figure was computed
footer.download_as: download the figures as
footer.print_link: Whole report to print or save as PDF
footer.built: "Built {report.build_date}."
format.csv: CSV
format.json: JSON
word.or: or
word.and: and

# Navigation and the titles of generated pages (written by Almanac).
nav.contents: Contents
nav.figures: About the figures
nav.accessibility: Accessibility
nav.accessibility_statement: Accessibility statement
nav.print: Whole report to print
pager.label: Previous and next page
pager.previous: Previous
pager.next: Next
page.figures.description: How every figure in this report was computed
page.accessibility.description: How accessible this report is, how it is tested and how to ask for another format
page.print.description: "{title}: every page in one document"   # {title}: the report's title

# The 404 page (not-found), which a web server shows for an address the site does not have.
not_found.title: Page not found
not_found.description: There is no page at this address
not_found.lede: There is no page at this address. It may have moved, or the address may be mistyped.
not_found.advice: "Every page of the report is listed on the"
not_found.contents_link: contents page

# The cover and its contents.
cover.published_by: "Published by {report.publisher}"
contents.heading: Contents
contents.themes_heading:
  one: "The {report.theme_count} theme"
  other: "The {report.theme_count} themes"
contents.theme_group: "Themes {first} to {last}"         # {first} {last}: numbers of a run of themes in a large report
contents.page_group: "Pages {first} to {last}"           # {first} {last}
contents.themes_jump_label: Themes by number
contents.pages_jump_label: Pages by number
contents.figures_note: ": how every figure in this report was computed, and from which records"
numbers.heading: "{report.edition} in numbers"
numbers.computed: Every number is computed from the records;
numbers.explains_how: explains how.
headlines.source: "Source: {report.statistics_source}. Percentages are of all {report.population_size} {report.population_name}."
data_note.label: About the data.
discrepancies.heading: Figures that differ from their source
discrepancies.this_report_gives: this report gives
discrepancies.states: states
print.intro_before: This page holds the whole report in one document, every page in order, laid out for A4 paper. Use your browser’s
print.command: Print
print.intro_after: command to print it or to save it as a PDF.

# Theme pages and event cards.
theme.kicker: "Theme {theme.number} of {theme.count}"
theme.glance_heading: Theme at a glance
theme.events_heading: Event highlights
event.shared_with: Shared with
event.counted_once: "; counted once in the round’s totals."
count.over: "over {count}"                        # {count}: a grouped number
count.around: "around {count}"

# Charts (written by Almanac).
chart.show_table: Show the data as a table
chart.source: "Source: {source}"                  # {source}
chart.legend_hatched: "Hatched bar: the count is a minimum (“over”) or an estimate (“around”), as the label beside it says."
chart.header.date: Date
chart.finding_when_equal: "Every bar has the same value: {value}."       # {value}
chart.total: Total
figures.share_rule: "{rule}: {members} of {whole} {population}, rounded half up"   # {rule} {members} {whole} {population}
rule.count: "number of {set} records"               # a figure's rule in words, when figures.yaml gives no description
rule.sum: "sum of {fields} over {set} records"
rule.share: "distinct organisations named in {sources}"
rule.measures: "percentage reported in {field}"
rule.in_theme: " for the theme"
rule.where: " where {conditions}"
rule.condition: "{field} is {values}"
rule.or: " or "
chart.not_recorded: not recorded

# About the figures.
figures.lede: "Every one of the {figure_count} figures in this report is computed from the records when the site is built; none is typed by hand."
figures.percentages: "Percentages count each organisation once, out of {report.population_size} {report.population_name}, rounded half up."
figures.available_as: The same figures are available as
figures.for_reuse: for reuse.

# The accessibility statement's fixed text.
statement.lede: "This statement covers the website edition of the {report.title}: its {statement.page_count} pages, the version for printing and the downloadable figures."
statement.intro: "This report is published by {report.publisher}. We want as many people as possible to be able to read it. You should be able to:"
statement.can.zoom: zoom in up to 400% without text spilling off the screen, and read every page on a screen 320 pixels wide
statement.can.text_size: make the text up to twice as large without losing any content
statement.can.colours: change colours, contrast levels and fonts using your browser or device settings
statement.can.keyboard: use the whole report with a keyboard alone, with a clearly visible focus indicator, and skip straight to each page’s main content
statement.can.screen_reader: move around each page by headings and landmarks with a screen reader
statement.can.charts: "get the main finding of each of the {statement.chart_count} charts as a sentence, and every number in it from a table beneath the chart"
statement.can.print: print the whole report, or save it as a PDF, from the
statement.print_version: version for printing
statement.no_external: "The report loads nothing from other websites: no fonts, scripts or tracking."
statement.status_heading: How accessible this report is
statement.status: "This report is designed to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We know of the following limitations:"
statement.limit.chart_labels: The labels inside the charts keep their size when you enlarge only the text (they grow with page zoom). The table under each chart has the same numbers and follows your text size.
statement.limit.figures_table_before: "The table of all {statement.figure_count} figures on"
statement.limit.figures_table_after: is wide. On a small screen it scrolls sideways within its own box, which can be reached with the keyboard.
statement.limit.theme_charts: "{statement.theme_chart_pages} of the {statement.theme_count} theme pages have a chart of their events; a theme with too few events to compare has none"
statement.limit.event_highlights: ". Every event, with whatever figures it has, is described in words under “Event highlights” on its theme page."
statement.feedback_heading: Feedback and other formats
statement.feedback: "If you need any part of this report in a different format, such as large print, easy read, audio or braille, or if you find a problem that is not listed here, please contact {report.publisher}. Tell us the page and what you were trying to do. We will consider your request and aim to reply within 10 working days."
statement.enforcement_heading: Enforcement procedure
statement.enforcement: "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you are not happy with how we respond to your complaint, contact the"
statement.eass: Equality Advisory and Support Service (EASS)
statement.testing_heading: How we test this report
statement.testing: The report is tested every time it is built, before it is published. Each page is checked with the Nu HTML Checker for valid markup and with the axe-core engine against the WCAG level A and AA rules that can be tested automatically, and every link between pages is followed. Each page is also drawn at 1280 and 375 pixels wide, and the version for printing is turned into a PDF, so that a person can review how they look. Automated checks find only some problems. The report has not yet had a full manual audit or been tested with disabled readers; when it has, this statement will say so.
statement.preparation_heading: Preparation of this statement
statement.preparation: This statement is generated from the report’s settings each time the report is built, so it always describes the pages as published
statement.last_generated: ". It was last generated on {report.build_date}"

# Illustrative records, and the words of the figures page.
provenance.mark: "†"
provenance.mark_label: worked out from illustrative records
provenance.note: "† Worked out from illustrative records, not from published data: see “About the data” on the cover and “About the figures”."
theme.other_events_heading: Other events
figures.whole_report: The report as a whole
figures.how: "How it was counted:"
figures.from: "From:"
figures.declared: "{source} gives {value}."
figures.source.themes: the theme write-ups
figures.source.records: "the {set} records"
figures.source.register: the register of organisations
contact.heading: Contact
contact.telephone: "Telephone:"
contact.email: "Email:"
contact.web: "Web:"
provenance.chart_note: "Numbers marked † were worked out from illustrative records, not from published data."
change.new: new this edition
change.not_comparable: "counted differently in {edition}, so not compared"
change.same: "the same as in {edition}"
change.up:
  one: "up {change} on {edition} ({previous})"
  other: "up {change} on {edition} ({previous})"
change.down:
  one: "down {change} on {edition} ({previous})"
  other: "down {change} on {edition} ({previous})"
change.up_points:
  one: "{change} point higher than {edition} ({previous})"
  other: "{change} points higher than {edition} ({previous})"
change.down_points:
  one: "{change} point lower than {edition} ({previous})"
  other: "{change} points lower than {edition} ({previous})"
figures.disappeared: "Given in {edition}, not in this edition"
theme.other_editions: "This theme in other editions:"
landing.title: "{publisher}: annual reports"
landing.description: "Every edition of the annual report of {publisher}, and how its figures changed."
landing.lede: "Each edition is a complete report; the charts show the figures the editions share, edition by edition."
landing.editions_heading: The editions, newest first
landing.trends_heading: Edition by edition
landing.trend_title: "{label}, edition by edition"
landing.trend_finding: "{first} in {first_edition}; {last} in {last_edition}."
landing.header.edition: Edition
landing.trend_title_percent: "Percentage {label}, edition by edition"

"""#)),
        StarterFile(path: "templates/theme.mustache", contents: .text(#"""
{{<layout}}
{{$content}}
{{>theme-article}}
{{>pager}}
{{/content}}
{{/layout}}

"""#)),
    ]
}
