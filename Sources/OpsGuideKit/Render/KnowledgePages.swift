/// Renders the pages of the knowledge graph: home, methodologies, practices, free pages,
/// the two index pages and the comparison matrix. A class: every page's render closure
/// refers to it, and there is one closure per page.
final class KnowledgePages {
    let templates: TemplateSet
    let graph: KnowledgeGraph
    let matrix: ComparisonMatrix
    let bodies: [String: RenderedMarkdown]
    let fragments: FragmentStore
    /// Methodology id → the guide ends that recommend it (title, output path).
    let recommendations: [String: [(title: String, path: String)]]
    let jobs: Int
    /// The preview's cache: matrix rows whose practice did not change are not rendered again.
    let cache: BuildCache?
    /// The practices' pages, which the build may have written already (`StreamedPractices`).
    let practicePages: PracticePages

    init(
        templates: TemplateSet, graph: KnowledgeGraph, matrix: ComparisonMatrix, bodies: [String: RenderedMarkdown],
        fragments: FragmentStore, recommendations: [String: [(title: String, path: String)]], jobs: Int, cache: BuildCache?
    ) {
        self.templates = templates
        self.graph = graph
        self.matrix = matrix
        self.bodies = bodies
        self.fragments = fragments
        self.recommendations = recommendations
        self.jobs = jobs
        self.cache = cache
        practicePages = PracticePages(templates: templates, graph: graph)
    }

    var config: SiteConfig { graph.config }

    func home(_ page: Page) -> OutputFile {
        let path = SiteMap.home
        var context = PageContext.make(config: config, outputPath: path, title: page.title, description: page.summary, section: path,
                                          source: page.source.contentPath)
        context["body"] = .text(bodies[page.source.contentPath]?.html ?? "")
        context["is_home"] = true
        context["methodologies"] = .list(graph.methodologies.map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id), summary: $0.summary) })
        context["guide_url"] = .text(SiteMap.guide)
        context["matrix_url"] = .text(SiteMap.matrix)
        context["practices_url"] = .text(SiteMap.practiceIndex)
        context["practice_count"] = .number(graph.practices.count)
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "home")))
    }

    private func article(_ path: String, _ title: String, _ summary: String, _ source: SourceFile, section: String) -> TemplateMap {
        PageContext.article(
            config: config, outputPath: path, title: title, summary: summary, source: source, section: section,
            body: bodies[source.contentPath])
    }

    func methodology(_ methodology: Methodology) -> OutputFile {
        let path = SiteMap.methodology(methodology.id)
        var context = article(path, methodology.title, methodology.summary, methodology.source, section: SiteMap.methodologyIndex)
        if let parent = methodology.extends.flatMap({ graph.methodology($0.value) }) {
            context["extends"] = .map(PageContext.link(parent.title, from: path, to: SiteMap.methodology(parent.id)))
        }
        context["extended_by"] = .list(graph.extenders(of: methodology.id).map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id)) })
        let usages = graph.usages(of: methodology.id)
        context["practice_groups"] = .list(config.categories.compactMap { category -> TemplateMap? in
            let items = usages.filter { $0.practice.category.value == category.id }
            guard !items.isEmpty else { return nil }
            return ["category": .text(category.title), "practices": .list(items.map { usage -> TemplateMap in
                var item = PageContext.link(
                    usage.practice.title, from: path, to: usage.practice.outputPath, summary: usage.practice.summary, extraCapacity: 3)
                PageContext.add(usage.level, to: &item)
                return item
            })]
        })
        context["dimensions"] = .list(config.dimensions.compactMap { dimension -> TemplateMap? in
            guard methodology.dimensions.contains(where: { $0.id.value == dimension.id }) else { return nil }
            return ["title": .text(dimension.title), "html": .text(fragments.html(FragmentStore.dimensionKey(methodology.id, dimension.id), on: path))]
        })
        context["choose_when"] = .list(methodology.chooseWhen.indices.map { fragments.html(FragmentStore.chooseKey(methodology.id, $0), on: path) })
        context["avoid_when"] = .list(methodology.avoidWhen.indices.map { fragments.html(FragmentStore.avoidKey(methodology.id, $0), on: path) })
        context["recommended_by"] = .list((recommendations[methodology.id] ?? []).map { PageContext.link($0.title, from: path, to: $0.path) })
        context["has_recommendations"] = .flag(!(recommendations[methodology.id] ?? []).isEmpty)
        context["has_family"] = .flag(methodology.extends != nil || !graph.extenders(of: methodology.id).isEmpty)
        context["guide_url"] = .text(SiteMap.url(from: path, to: SiteMap.guide))
        context["matrix_url"] = .text(SiteMap.url(from: path, to: SiteMap.matrix))
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "methodology")))
    }

    func practice(_ practice: Practice) -> OutputFile {
        practicePages.page(practice, body: bodies[practice.source.contentPath])
    }

    func page(_ page: Page) -> OutputFile {
        let path = SiteMap.outputPath(for: page.source)
        let body = bodies[page.source.contentPath]
        var context = PageContext.make(
            config: config, outputPath: path, title: page.title, description: page.summary, section: nil, toc: body?.headings ?? [],
            source: page.source.contentPath)
        if let summary = page.summary { context["summary"] = .text(summary) }
        context["body"] = .text(body?.html ?? "")
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "page")))
    }

    func methodologyIndex() -> OutputFile {
        let path = SiteMap.methodologyIndex
        var context = PageContext.make(config: config, outputPath: path, title: "Methodologies", description: nil, section: path)
        context["methodologies"] = .list(graph.methodologies.map { methodology -> TemplateMap in
            var item = PageContext.link(methodology.title, from: path, to: SiteMap.methodology(methodology.id), summary: methodology.summary)
            if let parent = methodology.extends.flatMap({ graph.methodology($0.value) }) {
                item["extends"] = .map(PageContext.link(parent.title, from: path, to: SiteMap.methodology(parent.id)))
            }
            item["practice_count"] = .number(graph.usages(of: methodology.id).count)
            return item
        })
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "methodologies")))
    }

    func practiceIndex() -> OutputFile {
        let path = SiteMap.practiceIndex
        var context = PageContext.make(config: config, outputPath: path, title: "Practices", description: nil, section: path)
        context["groups"] = .list(matrix.groups.map { group -> TemplateMap in
            ["category": .text(group.category.title), "id": .text("category-\(group.category.id)"), "practices": .list(group.rows.map { row -> TemplateMap in
                var item = PageContext.link(
                    row.practice.title, from: path, to: row.practice.outputPath, summary: row.practice.summary, extraCapacity: 1)
                // By column number: a `Methodology` copied out for each of its columns would be
                // retained and released field by field, for every practice.
                item.append(PageContext.Name.methodologies, .list(row.levels.indices.compactMap { column -> TemplateMap? in
                    row.levels[column].map { level in
                        var methodology = TemplateMap(capacity: 2)
                        methodology.append(PageContext.Name.title, .text(matrix.methodologies[column].title))
                        methodology.append(PageContext.Name.level, .text(level.rawValue))
                        return methodology
                    }
                }))
                return item
            })]
        })
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "practices")))
    }

    func matrixPage() -> OutputFile {
        let path = SiteMap.matrix
        var context = PageContext.make(
            config: config, outputPath: path, title: "Comparison matrix",
            description: "Which practices each methodology uses, and how each approaches every dimension.", section: path)
        context["columns"] = .list(matrix.methodologies.map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id)).merging(["id": .text($0.id)]) { a, _ in a } })
        context["groups"] = .list(matrix.groups.map { group -> TemplateMap in
            ["category": .text(group.category.title), "category_id": .text(group.category.id),
             "span": .number(matrix.methodologies.count + 1), "rows_html": .batches(matrixRows(group.rows, on: path))]
        })
        context["dimension_rows"] = .list(matrix.dimensions.map { dimension -> TemplateMap in
            ["title": .text(dimension.title), "id": .text("dimension-\(dimension.id)"), "cells": .list(matrix.methodologies.map { methodology -> TemplateMap in
                ["methodology": .text(methodology.id), "html": .text(fragments.html(FragmentStore.dimensionKey(methodology.id, dimension.id), on: path))]
            })]
        })
        // The rows are nearly all of the page (25 MB at 10,000 practices): made as it is written.
        return OutputFile(path: path, contents: .pieces(templates.renderPieces(context, with: "matrix")))
    }

    /// The `<tr>` of each practice through `matrix-row`, 64 rows to a batch and a few batches
    /// at a time in parallel as the page is written; 10,000 rows make the matrix the largest
    /// page, and the preview re-renders only the rows that changed. A cell depends only on its
    /// column and level, so each of those few cells is rendered once through `matrix-cell` and
    /// every row joins them.
    private func matrixRows(_ rows: [ComparisonMatrix.PracticeRow], on path: String) -> PartBatches {
        let columns = matrix.methodologies.map { "\($0.id)=\($0.title)" }.joined(separator: ",")
        let template = (templates.sources["matrix-row"] ?? "") + "\u{0}" + (templates.sources["matrix-cell"] ?? "")
        let cells = matrixCells()
        let (templates, cache, jobs) = (self.templates, self.cache, self.jobs)
        let batchSize = 64
        return PartBatches(count: (rows.count + batchSize - 1) / batchSize, perRound: 4 * jobs) { batches in
            Parallel.map(batches.count, jobs: jobs) { offset -> [UInt8] in
                var html: [UInt8] = []
                var cellsHTML: [UInt8] = []
                let batch = batches.lowerBound + offset
                let part = rows[(batch * batchSize)..<min(rows.count, (batch + 1) * batchSize)]
                // Made once a batch, not once a row: a closure made per row copied the template
                // set into its context, retaining what every thread shares.
                func render(_ row: ComparisonMatrix.PracticeRow) -> [UInt8] {
                    cellsHTML.removeAll(keepingCapacity: true)
                    for (column, level) in row.levels.enumerated() { cellsHTML += cells[column][PageContext.cellVariant(level)] }
                    var item = PageContext.link(row.practice.title, from: path, to: row.practice.outputPath, extraCapacity: 1)
                    item.append(PageContext.Name.cellsHTML, .utf8(cellsHTML))
                    return templates.render(item, with: "matrix-row", capacity: 2 * cellsHTML.count)
                }
                for row in part {
                    let rowHTML: [UInt8]
                    if let cache {
                        let levels = row.levels.map { $0?.rawValue ?? "-" }.joined(separator: ",")
                        rowHTML = cache.memo(.matrixRow, row.practice.id, input: [row.practice.title, levels, columns, template]) { render(row) }
                    } else {
                        rowHTML = render(row)
                    }
                    // Rows are about the same size: room for the whole batch at the first one.
                    if html.isEmpty { html.reserveCapacity(rowHTML.count * part.count * 5 / 4) }
                    html += rowHTML
                }
                return html
            }
        }
    }

    /// The HTML of each column's cells (`PageContext.cellVariants`).
    private func matrixCells() -> [[[UInt8]]] {
        matrix.methodologies.map { methodology in
            let cell: TemplateMap = ["methodology": .text(methodology.id), "methodology_title": .text(methodology.title)]
            return PageContext.cellVariants(of: cell).map { templates.render($0, with: "matrix-cell") }
        }
    }
}
