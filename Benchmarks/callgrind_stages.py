#!/usr/bin/env python3
"""Summarises a callgrind profile of `opsguide build` by pipeline stage.

Usage: callgrind_stages.py CALLGRIND_OUT [TOP]

Runs `callgrind_annotate --inclusive=yes` and `callgrind_annotate` (exclusive) on the file,
demangles the Swift names with `swift demangle`, and prints Markdown tables:
  1. instructions per pipeline stage, each the inclusive cost of the function that runs it
     (the biggest matching entry, so a function and its specialisations are not counted twice),
     with sub-stages inside the Markdown and template stages;
  2. the TOP (default 15) functions by exclusive cost.
Instruction counts (Ir) are repeatable from run to run, unlike times, so they compare builds.
"""

import re
import subprocess
import sys

# (label, indent, regex on the demangled name). A stage's cost is the largest inclusive cost
# among entries matching its regex. Indented rows are parts of the row above them.
STAGES = [
    ("load: read files, check UTF-8, find placeholder candidates", 0, r"static OpsGuideKit\.ContentLoader\.load\("),
    ("load: templates (read + compile)", 0, r"static OpsGuideKit\.TemplateSet\.load\("),
    ("parse: front matter", 0, r"static OpsGuideKit\.ParsedContent\.parse\("),
    ("split front matter from body", 1, r"static OpsGuideKit\.FrontMatter\.split\("),
    ("YAML compose (the usual shape without libyaml, the rest through it)", 1, r"static OpsGuideKit\.YAMLSource\.compose\("),
    ("YAML typing of plain scalars", 1, r"static OpsGuideKit\.YAMLPlainTypes\.type\(of"),
    ("link: knowledge graph", 0, r"static OpsGuideKit\.KnowledgeGraph\.build\("),
    ("link: guide tree", 0, r"static OpsGuideKit\.GuideTree\.build\("),
    ("markdown: every body, with each practice's page and search terms (StreamedPractices)", 0,
     r"OpsGuideKit\.StreamedPractices\.results\(of"),
    ("cmark parse", 1, r"^cmark_parse_document$|OpsGuideKit\.MarkdownDocument\.init\("),
    ("AST walk (headings, links, word count)", 1, r"OpsGuideKit\.MarkdownDocument\.(collect\(|\(walk in)"),
    ("heading anchors (slugs)", 1, r"OpsGuideKit\.Slugger\.slug\(for"),
    ("link resolution", 1, r"OpsGuideKit\.LinkResolver\.resolve\("),
    ("relative URLs", 1, r"static OpsGuideKit\.SiteMap\.url\(from"),
    ("cmark render HTML", 1, r"^cmark_render_html$"),
    ("practice pages (context + render)", 1, r"OpsGuideKit\.PracticePages\.page\("),
    ("search: a practice's terms into its thread's postings", 1, r"OpsGuideKit\.SearchTermPostings\.weigh\("),
    ("search: a practice's record (headings, excerpt)", 1, r"OpsGuideKit\.SearchIndex\.record\("),
    ("markdown: fragments (front matter Markdown)", 0, r"static OpsGuideKit\.RenderedContent\.results\(of"),
    ("link: anchor check", 0, r"static OpsGuideKit\.AnchorCheck\.check\("),
    ("checks: content checks", 0, r"static OpsGuideKit\.ContentChecks\.run\("),
    ("render: the other pages, search index, sitemap (each file written as it comes)", 0,
     r"OpsGuideKit\.SiteRenderer\.render\(jobs|SiteRendererV6render4jobs"),
    ("matrix page (context + render)", 1, r"OpsGuideKit\.KnowledgePages\.matrixPage\("),
    ("guide end pages", 1, r"OpsGuideKit\.GuidePages\.end\("),
    ("search index: other documents, merge, files", 1, r"OpsGuideKit\.SearchIndex\.files\("),
    ("write: swap the new site in, remove the old", 0, r"OpsGuideKit\.AtomicSiteWriter\.commit\("),
    ("across stages: template render, every page", 0, r"OpsGuideKit\.TemplateSet\.render\("),
    ("HTML escaping (inside templates)", 1, r"static OpsGuideKit\.HTMLEscape\.append\("),
]
# Rows that measure work already counted in a stage above: not added to the stages' total.
ACROSS = "across stages"
TOTAL = r"static OpsGuideKit\.SiteBuilder\.build\("

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(?:\S*?:)?(.*?)(?: \[([^\[\]]*)\])?$")


def annotate(path, inclusive):
    args = ["callgrind_annotate", "--threshold=100"]
    if inclusive:
        args.append("--inclusive=yes")
    raw = subprocess.run(args + [path], check=True, capture_output=True, text=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--compact"], input=raw, check=True,
                               capture_output=True, text=True).stdout
    rows = []
    for line in demangled.splitlines():
        m = LINE.match(line)
        if m and "PROGRAM TOTALS" not in line:
            rows.append((int(m.group(1).replace(",", "")), m.group(2).strip(), m.group(3) or ""))
    return rows, raw


def biggest(rows, pattern):
    rx = re.compile(pattern)
    best = None
    for cost, name, _ in rows:
        if rx.search(name) and (best is None or cost > best[0]):
            best = (cost, name)
    return best


def short(name, width=90):
    name = re.sub(r"\(.*", "(…)", name.replace("function signature specialization ", "spec. "))
    return name if len(name) <= width else name[:width - 1] + "…"


def main(argv):
    path = argv[1]
    top = int(argv[2]) if len(argv) > 2 else 15
    inclusive, raw = annotate(path, True)
    total_match = re.search(r"([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS", raw)
    program = int(total_match.group(1).replace(",", "")) if total_match else 0
    build = biggest(inclusive, TOTAL)
    base = build[0] if build else program
    print("Program total: %s instructions; `SiteBuilder.build`: %s (%.1f %%)." % (
        format(program, ","), format(base, ","), 100.0 * base / program if program else 0))
    print()
    print("| stage | instructions (Ir) | % of build |")
    print("|---|---:|---:|")
    top_level = 0
    for label, indent, pattern in STAGES:
        found = biggest(inclusive, pattern)
        if not found:
            continue
        cost = found[0]
        if indent == 0 and not label.startswith(ACROSS):
            top_level += cost
        prefix = "&nbsp;&nbsp;&nbsp;&nbsp;" * indent + ("↳ " if indent else "")
        print("| %s%s | %s | %.1f |" % (prefix, label, format(cost, ","), 100.0 * cost / base))
    print("| rest (CLI, glue, freeing memory) | %s | %.1f |" % (format(base - top_level, ","), 100.0 * (base - top_level) / base))
    print()
    exclusive, _ = annotate(path, False)
    exclusive.sort(key=lambda r: -r[0])
    print("| top exclusive costs | library | instructions (Ir) | % of program |")
    print("|---|---|---:|---:|")
    for cost, name, lib in exclusive[:top]:
        print("| `%s` | %s | %s | %.1f |" % (short(name), lib.rsplit("/", 1)[-1], format(cost, ","), 100.0 * cost / program))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
