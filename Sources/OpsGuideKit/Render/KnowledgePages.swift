/// Renders the pages of the knowledge graph: home, methodologies, practices, free pages,
/// the two index pages and the comparison matrix.
struct KnowledgePages {
    let templates: TemplateSet
    let graph: KnowledgeGraph
    let matrix: ComparisonMatrix
    let bodies: [String: RenderedMarkdown]
    let fragments: FragmentStore
    /// Methodology id → the guide ends that recommend it (title, output path).
    let recommendations: [String: [(title: String, path: String)]]
    var jobs = 1
    /// The preview's cache: matrix rows whose practice did not change are not rendered again.
    var cache: BuildCache?

    var config: SiteConfig { graph.config }

    func home(_ page: Page) -> OutputFile {
        let path = SiteMap.home
        var context = PageContext.make(config: config, outputPath: path, title: page.title, description: page.summary, section: path,
                                          source: page.source.contentPath)
        context["body"] = bodies[page.source.contentPath]?.html ?? ""
        context["is_home"] = true
        context["methodologies"] = graph.methodologies.map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id), summary: $0.summary) }
        context["guide_url"] = SiteMap.guide
        context["matrix_url"] = SiteMap.matrix
        context["practices_url"] = SiteMap.practiceIndex
        context["practice_count"] = graph.practices.count
        return OutputFile(path: path, contents: .text(templates.render(context, with: "home")))
    }

    /// The context every article page starts from: navigation, table of contents, summary, body.
    private func article(_ path: String, _ title: String, _ summary: String, _ source: SourceFile, section: String) -> [String: Any] {
        let body = bodies[source.contentPath]
        var context = PageContext.make(
            config: config, outputPath: path, title: title, description: summary,
            section: section, toc: body?.headings ?? [], source: source.contentPath)
        context["summary"] = summary
        context["body"] = body?.html ?? ""
        return context
    }

    func methodology(_ methodology: Methodology) -> OutputFile {
        let path = SiteMap.methodology(methodology.id)
        var context = article(path, methodology.title, methodology.summary, methodology.source, section: SiteMap.methodologyIndex)
        if let parent = methodology.extends.flatMap({ graph.methodology($0.value) }) {
            context["extends"] = PageContext.link(parent.title, from: path, to: SiteMap.methodology(parent.id))
        }
        context["extended_by"] = graph.extenders(of: methodology.id).map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id)) }
        let usages = graph.usages(of: methodology.id)
        context["practice_groups"] = config.categories.compactMap { category -> [String: Any]? in
            let items = usages.filter { $0.practice.category.value == category.id }
            guard !items.isEmpty else { return nil }
            return ["category": category.title, "practices": items.map { usage -> [String: Any] in
                PageContext.link(usage.practice.title, from: path, to: SiteMap.practice(usage.practice.id), summary: usage.practice.summary)
                    .merging(PageContext.level(usage.level)) { first, _ in first }
            }]
        }
        context["dimensions"] = config.dimensions.compactMap { dimension -> [String: Any]? in
            guard methodology.dimensions.contains(where: { $0.id.value == dimension.id }) else { return nil }
            return ["title": dimension.title, "html": fragments.html(FragmentStore.dimensionKey(methodology.id, dimension.id), on: path)]
        }
        context["choose_when"] = methodology.chooseWhen.indices.map { fragments.html(FragmentStore.chooseKey(methodology.id, $0), on: path) }
        context["avoid_when"] = methodology.avoidWhen.indices.map { fragments.html(FragmentStore.avoidKey(methodology.id, $0), on: path) }
        context["recommended_by"] = (recommendations[methodology.id] ?? []).map { PageContext.link($0.title, from: path, to: $0.path) }
        context["has_recommendations"] = !(recommendations[methodology.id] ?? []).isEmpty
        context["has_family"] = methodology.extends != nil || !graph.extenders(of: methodology.id).isEmpty
        context["guide_url"] = SiteMap.url(from: path, to: SiteMap.guide)
        context["matrix_url"] = SiteMap.url(from: path, to: SiteMap.matrix)
        return OutputFile(path: path, contents: .text(templates.render(context, with: "methodology")))
    }

    func practice(_ practice: Practice) -> OutputFile {
        let path = SiteMap.practice(practice.id)
        var context = article(path, practice.title, practice.summary, practice.source, section: SiteMap.practiceIndex)
        context["category"] = config.categories.first { $0.id == practice.category.value }?.title ?? practice.category.value
        context["methodologies"] = graph.methodologies.compactMap { methodology -> [String: Any]? in
            guard let level = graph.level(of: practice.id, in: methodology.id) else { return nil }
            return PageContext.link(methodology.title, from: path, to: SiteMap.methodology(methodology.id))
                .merging(PageContext.level(level)) { first, _ in first }
        }
        context["matrix_url"] = SiteMap.url(from: path, to: SiteMap.matrix)
        return OutputFile(path: path, contents: .text(templates.render(context, with: "practice")))
    }

    func page(_ page: Page) -> OutputFile {
        let path = SiteMap.outputPath(for: page.source)
        let body = bodies[page.source.contentPath]
        var context = PageContext.make(
            config: config, outputPath: path, title: page.title, description: page.summary, section: nil, toc: body?.headings ?? [],
            source: page.source.contentPath)
        if let summary = page.summary { context["summary"] = summary }
        context["body"] = body?.html ?? ""
        return OutputFile(path: path, contents: .text(templates.render(context, with: "page")))
    }

    func methodologyIndex() -> OutputFile {
        let path = SiteMap.methodologyIndex
        var context = PageContext.make(config: config, outputPath: path, title: "Methodologies", description: nil, section: path)
        context["methodologies"] = graph.methodologies.map { methodology -> [String: Any] in
            var item = PageContext.link(methodology.title, from: path, to: SiteMap.methodology(methodology.id), summary: methodology.summary)
            if let parent = methodology.extends.flatMap({ graph.methodology($0.value) }) {
                item["extends"] = PageContext.link(parent.title, from: path, to: SiteMap.methodology(parent.id))
            }
            item["practice_count"] = graph.usages(of: methodology.id).count
            return item
        }
        return OutputFile(path: path, contents: .text(templates.render(context, with: "methodologies")))
    }

    func practiceIndex() -> OutputFile {
        let path = SiteMap.practiceIndex
        var context = PageContext.make(config: config, outputPath: path, title: "Practices", description: nil, section: path)
        context["groups"] = matrix.groups.map { group -> [String: Any] in
            ["category": group.category.title, "id": "category-\(group.category.id)", "practices": group.rows.map { row -> [String: Any] in
                var item = PageContext.link(row.practice.title, from: path, to: SiteMap.practice(row.practice.id), summary: row.practice.summary)
                item["methodologies"] = zip(matrix.methodologies, row.levels).compactMap { methodology, level -> [String: Any]? in
                    level.map { ["title": methodology.title, "level": $0.rawValue] }
                }
                return item
            }]
        }
        return OutputFile(path: path, contents: .text(templates.render(context, with: "practices")))
    }

    func matrixPage() -> OutputFile {
        let path = SiteMap.matrix
        var context = PageContext.make(
            config: config, outputPath: path, title: "Comparison matrix",
            description: "Which practices each methodology uses, and how each approaches every dimension.", section: path)
        context["columns"] = matrix.methodologies.map { PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id)).merging(["id": $0.id]) { a, _ in a } }
        context["groups"] = matrix.groups.map { group -> [String: Any] in
            ["category": group.category.title, "category_id": group.category.id,
             "span": matrix.methodologies.count + 1,
             "rows_html": matrixRows(group.rows, on: path)]
        }
        context["dimension_rows"] = matrix.dimensions.map { dimension -> [String: Any] in
            ["title": dimension.title, "id": "dimension-\(dimension.id)", "cells": matrix.methodologies.map { methodology -> [String: Any] in
                ["methodology": methodology.id, "html": fragments.html(FragmentStore.dimensionKey(methodology.id, dimension.id), on: path)]
            }]
        }
        return OutputFile(path: path, contents: .text(templates.render(context, with: "matrix")))
    }

    /// The `<tr>` of each practice through `matrix-row`, in parallel; 10,000 rows make the
    /// matrix the largest page, and the preview re-renders only the rows that changed.
    private func matrixRows(_ rows: [ComparisonMatrix.PracticeRow], on path: String) -> String {
        let columns = matrix.methodologies.map { "\($0.id)=\($0.title)" }.joined(separator: ",")
        let template = templates.sources["matrix-row"] ?? ""
        return Parallel.map(rows.count, jobs: jobs) { index -> String in
            let row = rows[index]
            let render = {
                var item = PageContext.link(row.practice.title, from: path, to: SiteMap.practice(row.practice.id))
                item["cells"] = zip(matrix.methodologies, row.levels).map { methodology, level -> [String: Any] in
                    var cell: [String: Any] = ["methodology": methodology.id, "methodology_title": methodology.title]
                    if let level { cell.merge(PageContext.level(level)) { a, _ in a } }
                    return cell
                }
                return templates.render(item, with: "matrix-row")
            }
            guard let cache else { return render() }
            let levels = row.levels.map { $0?.rawValue ?? "-" }.joined(separator: ",")
            return cache.memo("matrix-row:" + row.practice.id, text: [row.practice.title, levels, columns, template].joined(separator: "\u{0}"), render)
        }.joined()
    }
}
