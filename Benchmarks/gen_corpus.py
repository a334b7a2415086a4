#!/usr/bin/env python3
"""Generate a deterministic synthetic Markdown corpus for static-site-generator benchmarks.

OpsGuide copy of /work/shared/bench/gen_corpus.py.  Changes: an `opsguide` layout whose front
matter follows OpsGuide's content model (site.yaml with dimensions and categories; methodologies
with title/summary/extends/dimensions/choose_when/avoid_when; practices with
title/summary/category and a methodologies map id -> core|supporting; index.md; a small
guide.md), `--methodologies N` (a fixed number of methodologies instead of a share), and every
third cross-link carries `#related`, an anchor every page has, so anchor checks have work to do.
The page bodies are the same for every layout, so all tools render the same Markdown.

The corpus models a knowledge site of "practice" and "methodology" pages.  Every page has
YAML front matter (title, id, methodologies, tags, summary) and a body of roughly
400-1200 words with ## / ### headings, paragraphs, emphasis, inline code, bullet lists,
one fenced code block, a few external links and 3-8 relative cross-links to other pages
written as ordinary Markdown links, e.g. [Title](../practices/<id>.md).

The output is a pure function of (--pages, --seed, --methodology-share); only the Python
standard library is used, so the same arguments give byte-identical files everywhere.

--layout decides the folder structure and the configuration so that each peer tool can
build it with a minimal template that prints only the page title and the rendered body:

  plain   OUT/content/practices/*.md, OUT/content/methodologies/*.md   (no config)
  hugo    OUT/config.toml, OUT/layouts/_default/{single,list}.html, OUT/layouts/index.html,
          OUT/content/_index.md, OUT/content/{practices,methodologies}/*.md
  mkdocs  OUT/mkdocs.yml, OUT/docs/index.md, OUT/docs/{practices,methodologies}/*.md, and,
          with --mkdocs-theme minimal (default), OUT/theme_min/main.html
  jekyll  OUT/_config.yml, OUT/_layouts/default.html, OUT/index.md,
          OUT/{practices,methodologies}/*.md

Taxonomies, RSS, sitemaps and server-side syntax highlighting are switched off where the
tool allows it, so that the builds compare Markdown engines and page pipelines, not themes.
"""

import argparse
import os
import random
import re
import sys

WORDS = """
team teams delivery release releases feedback loop loops backlog story stories sprint
iteration iterations review reviews change changes risk risks quality test tests testing
build builds pipeline pipelines deploy deployment deployments service services system systems
user users customer customers value flow work item items batch batches size estimate estimates
metric metrics signal signals incident incidents outage recovery owner owners ownership
decision decisions record records design architecture module modules boundary boundaries
contract contracts interface interfaces dependency dependencies version versions branch
branches trunk merge merges conflict conflicts commit commits history repository code
coverage defect defects bug bugs fix fixes patch refactoring debt cost costs budget
schedule plan plans planning roadmap goal goals outcome outcomes objective objectives
practice practices method methods habit habits ritual rituals meeting meetings standup
retrospective demo pairing mob session sessions knowledge document documents documentation
wiki page pages note notes guide guides checklist checklists runbook runbooks playbook
alert alerts dashboard dashboards log logs trace traces latency throughput capacity load
cluster node nodes queue queues cache caches database schema migration migrations data
experiment experiments hypothesis measurement baseline trend trends variance sample samples
stakeholder stakeholders sponsor manager managers engineer engineers developer developers
designer designers analyst analysts operator operators reviewer reviewers author authors
the a an of to in for on with by from at as into over under between across within without
and or but so yet because while when where which that this these those each every some many
few more less most least often rarely usually always never sometimes early late small large
short long simple clear explicit implicit shared common local global stable fragile safe
fast slow steady visible hidden manual automatic continuous incremental iterative gradual
frequent regular weekly daily quarterly honest open direct careful deliberate lightweight
helps keeps makes lets turns reduces increases improves exposes limits protects supports
requires allows enables prevents encourages replaces removes adds splits joins moves tracks
measures checks verifies validates reviews ships merges builds tests writes reads learns
teaches agrees decides prioritises negotiates slices estimates forecasts observes reports
is are was were be been has have can should must may will would often usually
""".split()

TITLE_ADJ = """
Continuous Incremental Trunk-Based Test-Driven Behaviour-Driven Lean Visual Collective
Shared Evolutionary Blameless Structured Timeboxed Asynchronous Lightweight Explicit
Progressive Adaptive Risk-Based Value-Based Outcome-Oriented Cross-Functional Dual-Track
Automated Manual Weekly Daily Rolling Layered Modular Feature-Flagged Contract-First
Domain-Driven Data-Informed Customer-Centric Iterative Emergent Sustainable Scaled
""".split()

TITLE_NOUN = """
Integration Delivery Review Planning Estimation Refinement Retrospective Demo Pairing
Mobbing Ownership Documentation Testing Deployment Release Rollback Monitoring Alerting
Forecasting Prioritisation Slicing Discovery Onboarding Handover Architecture Refactoring
Migration Experimentation Measurement Reporting Budgeting Staffing Mentoring Coaching
Governance Compliance Auditing Triage Escalation Standup Kickoff Roadmapping Versioning
Branching Merging Packaging Benchmarking Profiling Tracing Logging Runbooks Postmortems
""".split()

TITLE_TAIL = """
Cadence Loop Board Charter Canvas Checklist Contract Gate Guild Habit Kata Ladder Map
Matrix Protocol Radar Ritual Rota Scorecard Session Template Workshop Record Budget
""".split()

METHOD_NAMES = """
Scrum Kanban Extreme-Programming Lean-Startup Shape-Up DevOps Site-Reliability-Engineering
Crystal Dynamic-Systems Feature-Driven Disciplined-Agile SAFe LeSS Nexus Scrumban
Rational-Unified-Process Spiral Waterfall V-Model Prince Six-Sigma Theory-of-Constraints
Design-Thinking Lean-UX Continuous-Delivery Trunk-Based-Development Mob-Programming
""".split()

TAGS = """
testing delivery planning quality collaboration architecture operations metrics learning
documentation risk security performance onboarding estimation flow release teamwork
automation reliability product design maintenance governance coaching
""".split()

CODE_SNIPPETS = [
    ("yaml", """stages:
  - build
  - test
  - deploy
build:
  stage: build
  script:
    - make all
    - make package
test:
  stage: test
  script:
    - make check
  retry: 2"""),
    ("python", """def lead_time(changes):
    \"\"\"Median hours from first commit to production.\"\"\"
    hours = sorted(c.deployed_at - c.first_commit_at for c in changes)
    if not hours:
        return None
    mid = len(hours) // 2
    return hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2"""),
    ("bash", """#!/usr/bin/env bash
set -euo pipefail
git fetch origin
git rebase origin/main
make test
git push --force-with-lease origin HEAD"""),
    ("swift", """struct Practice: Codable, Identifiable {
    let id: String
    let title: String
    var methodologies: [String]
    var tags: Set<String>

    func isRelated(to other: Practice) -> Bool {
        !tags.isDisjoint(with: other.tags)
    }
}"""),
    ("json", """{
  "practice": "trunk-based-development",
  "wipLimit": 3,
  "reviewers": ["alice", "bob"],
  "checks": {"lint": true, "unit": true, "e2e": false}
}"""),
    ("sql", """SELECT team, COUNT(*) AS incidents,
       AVG(resolved_at - opened_at) AS mean_time_to_restore
FROM incidents
WHERE opened_at >= NOW() - INTERVAL '90 days'
GROUP BY team
ORDER BY incidents DESC;"""),
]

SECTION_TITLES = """
Context Problem Forces Solution Rationale Consequences Example Examples Variations
Anti-patterns Pitfalls Adoption Prerequisites Measurement Signals Evidence History
Trade-offs Roles Responsibilities Checklist Tooling Scaling Remote-Teams Further-Reading
""".split()

EXTERNAL_SITES = [
    "https://example.org/handbook",
    "https://example.com/research",
    "https://docs.example.net/guides",
    "https://blog.example.io/posts",
    "https://wiki.example.org/wiki",
]

IDENT_PARTS = "lead time cycle wip limit queue depth retry count flag toggle owner rota review gate deploy window".split()


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def yaml_str(s):
    """Quote a string for YAML (double-quoted scalar)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Page(object):
    __slots__ = ("kind", "index", "id", "title", "section")

    def __init__(self, kind, index, pid, title):
        self.kind = kind            # "practice" or "methodology"
        self.index = index
        self.id = pid
        self.title = title
        self.section = "practices" if kind == "practice" else "methodologies"


def make_pages(n_pages, seed, methodology_share, n_methodologies=None):
    """Decide ids and titles for every page (global pass, needed for cross-links)."""
    rng = random.Random("titles:%s" % seed)
    n_meth = max(1, int(round(n_pages * methodology_share))) if n_pages > 1 else 0
    if n_methodologies is not None:
        n_meth = max(1, min(n_pages - 1, n_methodologies)) if n_pages > 1 else 0
    n_prac = n_pages - n_meth
    pages, used = [], set()

    def unique(slug):
        cand, k = slug, 2
        while cand in used:
            cand = "%s-%d" % (slug, k)
            k += 1
        used.add(cand)
        return cand

    for i in range(n_meth):
        base = METHOD_NAMES[i % len(METHOD_NAMES)].replace("-", " ")
        if i >= len(METHOD_NAMES):
            base = "%s %s" % (rng.choice(TITLE_ADJ).replace("-", " "), base)
        title = base
        pages.append(Page("methodology", i, unique(slugify(title)), title))
    for i in range(n_prac):
        title = "%s %s %s" % (rng.choice(TITLE_ADJ), rng.choice(TITLE_NOUN), rng.choice(TITLE_TAIL))
        title = title.replace("-", " ") if rng.random() < 0.3 else title
        pages.append(Page("practice", i, unique(slugify(title)), title))
    return pages


def sentence(rng, words_out, allow_inline=True, links=None):
    n = rng.randint(8, 22)
    toks = [rng.choice(WORDS) for _ in range(n)]
    toks[0] = toks[0].capitalize()
    if allow_inline:
        r = rng.random()
        if r < 0.18:
            j = rng.randrange(1, n)
            toks[j] = "*%s*" % toks[j]
        elif r < 0.28:
            j = rng.randrange(1, n)
            toks[j] = "**%s**" % toks[j]
        if rng.random() < 0.15:
            j = rng.randrange(1, n)
            toks[j] = "`%s_%s()`" % (rng.choice(IDENT_PARTS), rng.choice(IDENT_PARTS))
        if links:
            j = rng.randrange(1, n)
            toks[j] = toks[j] + " " + links.pop()
    if n > 12 and rng.random() < 0.5:
        toks[n // 2] += ","
    words_out[0] += n
    return " ".join(toks) + rng.choice([".", ".", ".", ".", "?", "!"])


def paragraph(rng, words_out, links=None):
    k = rng.randint(3, 7)
    out = []
    for i in range(k):
        # spread the pending links over the paragraph's sentences
        take = None
        if links and rng.random() < 0.5:
            take = [links.pop()]
        out.append(sentence(rng, words_out, True, take))
    return " ".join(out)


def bullet_list(rng, words_out):
    k = rng.randint(3, 6)
    items = []
    for _ in range(k):
        n = rng.randint(4, 12)
        toks = [rng.choice(WORDS) for _ in range(n)]
        toks[0] = toks[0].capitalize()
        if rng.random() < 0.2:
            toks[-1] = "**%s**" % toks[-1]
        words_out[0] += n
        items.append("- " + " ".join(toks))
    return "\n".join(items)


def link_md(target, anchor=False):
    return "[%s](../%s/%s.md%s)" % (target.title, target.section, target.id, "#related" if anchor else "")


def external_link(rng):
    site = rng.choice(EXTERNAL_SITES)
    path = "-".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
    return "[%s](%s/%s)" % (text, site, path)


def render_page(page, pages, methodologies, seed, layout="plain"):
    rng = random.Random("page:%s:%s:%d" % (seed, page.kind, page.index))
    words = [0]
    target_words = rng.randint(330, 1000)  # body lands at ~400-1250 words

    # front matter
    meths = []
    if page.kind == "practice" and methodologies:
        meths = sorted({m.id for m in rng.sample(methodologies, min(len(methodologies), rng.randint(1, 3)))})
    elif page.kind == "methodology" and len(methodologies) > 1:
        others = [m for m in methodologies if m is not page]
        meths = sorted({m.id for m in rng.sample(others, min(len(others), rng.randint(0, 2)))})
    tags = sorted(set(rng.sample(TAGS, rng.randint(2, 5))))
    summary_words = [0]
    summary = sentence(rng, summary_words, allow_inline=False)

    if layout == "opsguide":
        fm = opsguide_front_matter(page, methodologies, meths, summary, seed)
    else:
        fm = ["---",
              "title: %s" % yaml_str(page.title),
              "id: %s" % page.id,
              "methodologies: [%s]" % ", ".join(meths),
              "tags: [%s]" % ", ".join(tags),
              "summary: %s" % yaml_str(summary),
              "---", ""]

    # cross-links (3-8 distinct other pages, rendered as ordinary relative links)
    others_n = len(pages) - 1
    n_links = min(others_n, rng.randint(3, 8))
    targets = []
    seen = {page.id}
    while len(targets) < n_links:
        t = pages[rng.randrange(len(pages))]
        if t.id not in seen:
            seen.add(t.id)
            targets.append(t)
    cross = [link_md(t, i % 3 == 2) for i, t in enumerate(targets)]
    n_inline = len(cross) // 2
    inline_links = cross[:n_inline]
    related = cross[n_inline:]
    ext = [external_link(rng) for _ in range(rng.randint(2, 4))]
    pending = inline_links + ext
    rng.shuffle(pending)

    body = []
    body.append(paragraph(rng, words, pending))
    code_at = rng.randint(1, 3)
    list_at = rng.randint(0, 2)
    sec = 0
    while words[0] < target_words or sec < 3:
        sec += 1
        head = rng.choice(SECTION_TITLES).replace("-", " ")
        body.append("## %s" % head)
        body.append(paragraph(rng, words, pending))
        if sec == list_at + 1:
            body.append(bullet_list(rng, words))
        if rng.random() < 0.5:
            body.append("### %s %s" % (rng.choice(TITLE_NOUN), rng.choice(["in practice", "notes", "details", "example", "signals"])))
            body.append(paragraph(rng, words, pending))
        if sec == code_at:
            lang, code = CODE_SNIPPETS[rng.randrange(len(CODE_SNIPPETS))]
            body.append("```%s\n%s\n```" % (lang, code))
            body.append(paragraph(rng, words, pending))
        if sec > 12:
            break
    # links that did not find a sentence go into the last paragraph
    if pending:
        body.append(" ".join("See also %s." % l for l in pending))
    body.append("## Related")
    body.append("\n".join("- %s" % l for l in related))
    text = "\n\n".join(body) + "\n"
    return "\n".join(fm), text


def write(path, text):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


HUGO_CONFIG = """baseURL = "http://localhost/"
title = "Practice Corpus"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
[markup]
  [markup.highlight]
    codeFences = false
  [markup.goldmark.renderer]
    unsafe = false
"""

HTML_SINGLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1>
{body}
</body></html>
"""

MKDOCS_MAIN = HTML_SINGLE.format(title="{{ page.title }}", body="{{ page.content }}")
JEKYLL_DEFAULT = HTML_SINGLE.format(title="{{ page.title }}", body="{{ content }}")
HUGO_SINGLE = HTML_SINGLE.format(title="{{ .Title }}", body="{{ .Content }}")

JEKYLL_CONFIG = """title: Practice Corpus
markdown: kramdown
highlighter: none
kramdown:
  input: GFM
  syntax_highlighter_opts:
    disable: true
plugins: []
exclude: [vendor, Gemfile, Gemfile.lock, node_modules]
defaults:
  - scope:
      path: ""
    values:
      layout: default
"""


def mkdocs_config(theme):
    if theme == "minimal":
        th = "theme:\n  name: null\n  custom_dir: theme_min\nplugins: []\n"
    else:
        th = "theme:\n  name: mkdocs\n"
    return ("site_name: Practice Corpus\n"
            "site_url: http://localhost/\n"
            "docs_dir: docs\n"
            "site_dir: site\n"
            "use_directory_urls: true\n" + th)


OPSGUIDE_DIMENSIONS = [
    ("team-skills", "Team skills"), ("development", "Development"), ("testing", "Testing"),
    ("deployment", "Deployment"), ("production", "Production"), ("ci-cd", "CI/CD"),
    ("infrastructure", "Infrastructure"), ("security", "Security"),
]
OPSGUIDE_CATEGORIES = [
    ("delivery", "Build and delivery"), ("operations", "Operations and feedback"),
    ("security", "Security and compliance"), ("data", "Data engineering"), ("ml", "Machine-learning lifecycle"),
]


def opsguide_front_matter(page, methodologies, meths, summary, seed):
    """Front matter in OpsGuide's content model; its own random stream, so bodies do not change."""
    rng = random.Random("opsguide:%s:%s:%d" % (seed, page.kind, page.index))
    fm = ["---", "title: %s" % yaml_str(page.title), "summary: %s" % yaml_str(summary)]
    if page.kind == "practice":
        fm.append("category: %s" % rng.choice(OPSGUIDE_CATEGORIES)[0])
        fm.append("methodologies:")
        for m in meths:
            fm.append("  %s: %s" % (m, "core" if rng.random() < 0.5 else "supporting"))
    else:
        if page.index >= 4:   # a family tree without cycles: extend one of the first four
            fm.append("extends: %s" % methodologies[page.index % 4].id)
        fm.append("dimensions:")
        for dim, _ in OPSGUIDE_DIMENSIONS:
            fm.append("  %s: %s" % (dim, yaml_str(sentence(rng, [0]) + " " + sentence(rng, [0]))))
        for key in ("choose_when", "avoid_when"):
            fm.append("%s:" % key)
            for _ in range(rng.randint(2, 4)):
                fm.append("  - %s" % yaml_str(sentence(rng, [0])))
    fm += ["---", ""]
    return fm


def write_opsguide_site(content, pages, methodologies):
    """site.yaml, the home page and a two-question guide (sizes do not grow with the corpus)."""
    practices = [p for p in pages if p.kind == "practice"]
    site = ["title: Practice Corpus", "description: A synthetic corpus for benchmarks.", "dimensions:"]
    site += ["  - id: %s\n    title: %s" % d for d in OPSGUIDE_DIMENSIONS]
    site += ["categories:"] + ["  - id: %s\n    title: %s" % c for c in OPSGUIDE_CATEGORIES]
    write(os.path.join(content, "site.yaml"), "\n".join(site) + "\n")
    write(os.path.join(content, "index.md"),
          '---\ntitle: "Practice Corpus"\nsummary: "All practices and methodologies."\n---\n\n'
          "All practices and methodologies. Start with [the first practice](practices/%s.md).\n" % practices[0].id)
    meth = [m.id for m in methodologies] * 2
    start = [p.id for p in practices[:3]]
    guide = """---
title: Which methodology fits?
summary: Two questions that lead to a methodology.
start: size
next_steps: Adopt it in small steps; see [the first practice](practices/%(p0)s.md).
questions:
  - id: size
    text: Is the team large?
    help: Count everyone who ships code.
    answers:
      - id: "yes"
        text: "Yes"
        next: pace
      - id: "no"
        text: "No"
        end: small
  - id: pace
    text: Do you release every day?
    answers:
      - id: "yes"
        text: "Yes"
        end: fast
      - id: "no"
        text: "No"
        end: steady
ends:
  - id: small
    title: Start small
    recommend: [%(m0)s]
    fit: strong
    reason: Small teams need little ceremony.
    start_with: [%(start)s]
  - id: fast
    title: Go fast
    recommend: [%(m1)s]
    fit: good
    reason: Daily releases need automation.
    start_with: [%(start)s]
  - id: steady
    title: Stay steady
    recommend: [%(m0)s, %(m1)s]
    fit: consider
    reason: A steady pace leaves room for both.
    start_with: [%(start)s]
---

Answer the questions to get a recommendation.
""" % {"p0": practices[0].id, "m0": meth[0], "m1": meth[1], "start": ", ".join(start)}
    write(os.path.join(content, "guide.md"), guide)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] + " (see the module docstring for the layouts).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""layouts:
  plain   content/{practices,methodologies}/*.md, nothing else
  opsguide  content/ for OpsGuide: site.yaml, index.md, guide.md, {practices,methodologies}/*.md,
          build: opsguide build --content OUT/content --templates TEMPLATES --output DEST
  hugo    minimal Hugo site (config.toml + one-file layouts), build: hugo -s OUT -d DEST
  mkdocs  mkdocs.yml + docs/ (+ theme_min/), build: mkdocs build -f OUT/mkdocs.yml -d DEST
  jekyll  _config.yml + _layouts/default.html, build: jekyll build -s OUT -d DEST

examples:
  gen_corpus.py --pages 1000 --layout plain --out /tmp/corpus-plain
  gen_corpus.py --pages 10000 --seed 7 --layout hugo --out /tmp/corpus-hugo
  gen_corpus.py --pages 1000 --layout plain --strip-front-matter --concat /tmp/all.md --out /tmp/bodies""")
    ap.add_argument("--pages", "-n", type=int, default=1000, help="number of practice + methodology pages (default 1000)")
    ap.add_argument("--out", "-o", required=True, help="output directory (created; existing files are overwritten)")
    ap.add_argument("--seed", "-s", default="1", help="seed; the same seed and page count give identical files (default 1)")
    ap.add_argument("--layout", choices=["plain", "opsguide", "hugo", "mkdocs", "jekyll"], default="plain",
                    help="folder structure and config for a given tool (default plain)")
    ap.add_argument("--methodology-share", type=float, default=0.1,
                    help="fraction of pages that are methodologies (default 0.1)")
    ap.add_argument("--methodologies", type=int, default=None, metavar="N",
                    help="exactly N methodologies (overrides --methodology-share), e.g. 20 for the OpsGuide shape")
    ap.add_argument("--mkdocs-theme", choices=["minimal", "mkdocs"], default="minimal",
                    help="mkdocs layout only: 'minimal' = one-file custom theme (title + body, no plugins, "
                         "comparable to the other tools); 'mkdocs' = the built-in default theme with its "
                         "default search plugin (full nav on every page, grows quadratically) (default minimal)")
    ap.add_argument("--strip-front-matter", action="store_true",
                    help="write page bodies without the YAML front matter (for feeding a bare Markdown renderer)")
    ap.add_argument("--concat", metavar="FILE",
                    help="also write every page body (front matter stripped) concatenated into FILE")
    ap.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    args = ap.parse_args(argv)

    if args.pages < 1:
        ap.error("--pages must be >= 1")
    out = args.out
    os.makedirs(out, exist_ok=True)
    if args.layout in ("plain", "opsguide"):
        content = os.path.join(out, "content")
    elif args.layout == "hugo":
        content = os.path.join(out, "content")
        write(os.path.join(out, "config.toml"), HUGO_CONFIG)
        write(os.path.join(out, "layouts", "_default", "single.html"), HUGO_SINGLE)
        write(os.path.join(out, "layouts", "_default", "list.html"), HUGO_SINGLE)
        write(os.path.join(out, "layouts", "index.html"), HUGO_SINGLE)
        write(os.path.join(content, "_index.md"), '---\ntitle: "Practice Corpus"\n---\n\nAll practices and methodologies.\n')
    elif args.layout == "mkdocs":
        content = os.path.join(out, "docs")
        write(os.path.join(out, "mkdocs.yml"), mkdocs_config(args.mkdocs_theme))
        if args.mkdocs_theme == "minimal":
            write(os.path.join(out, "theme_min", "main.html"), MKDOCS_MAIN)
        write(os.path.join(content, "index.md"), "# Practice Corpus\n\nAll practices and methodologies.\n")
    else:  # jekyll
        content = out
        write(os.path.join(out, "_config.yml"), JEKYLL_CONFIG)
        write(os.path.join(out, "_layouts", "default.html"), JEKYLL_DEFAULT)
        write(os.path.join(content, "index.md"), '---\ntitle: "Practice Corpus"\n---\n\nAll practices and methodologies.\n')

    pages = make_pages(args.pages, args.seed, args.methodology_share, args.methodologies)
    methodologies = [p for p in pages if p.kind == "methodology"]
    if args.layout == "opsguide":
        write_opsguide_site(content, pages, methodologies)
    total_bytes = 0
    total_words = 0
    concat = open(args.concat, "w", encoding="utf-8", newline="\n") if args.concat else None
    try:
        for p in pages:
            fm, body = render_page(p, pages, methodologies, args.seed, args.layout)
            text = body if args.strip_front_matter else fm + "\n" + body
            write(os.path.join(content, p.section, p.id + ".md"), text)
            total_bytes += len(text.encode("utf-8"))
            total_words += len(body.split())
            if concat:
                concat.write(body)
                concat.write("\n")
    finally:
        if concat:
            concat.close()
    if not args.quiet:
        print("wrote %d pages (%d practices, %d methodologies), %d words, %d bytes of Markdown to %s (layout %s)"
              % (len(pages), len(pages) - len(methodologies), len(methodologies), total_words, total_bytes,
                 content, args.layout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
