import Foundation

/// Renders the decision guide as static pages — a start page, one page per question and per
/// end, linked by ordinary links — and as JSON for the JavaScript wizard.
struct GuidePages {
    static let jsonPath = "guide.json"
    /// The same data as a script that sets `window.OpsGuideGuide`, which the wizard loads with
    /// `<script src>` because Chromium blocks `fetch()` of local files from `file://` pages.
    static let scriptPath = "guide-data.js"

    let templates: TemplateSet
    let graph: KnowledgeGraph
    let tree: GuideTree
    let bodies: [String: RenderedMarkdown]
    let fragments: FragmentStore

    static func helpKey(_ question: String) -> String { "guide/help/\(question)" }
    static func reasonKey(_ end: String) -> String { "guide/reason/\(end)" }
    static let nextStepsKey = "guide/next-steps"

    var guide: Guide { tree.guide }

    func start() -> OutputFile {
        let path = SiteMap.guide
        let body = bodies[guide.source.contentPath]
        var context = PageContext.make(
            config: graph.config, outputPath: path, title: guide.title, description: guide.summary,
            section: path, toc: body?.headings ?? [], source: guide.source.contentPath)
        if let summary = guide.summary { context["summary"] = .text(summary) }
        context["body"] = .text(body?.html ?? "")
        context["start_url"] = .text(SiteMap.url(from: path, to: SiteMap.guideNode(guide.start.value)))
        context["question_count"] = .number(tree.questionOrder.count)
        context["ends"] = .list(tree.endOrder.compactMap(tree.end).map { end -> TemplateMap in
            var item = PageContext.link(end.title, from: path, to: SiteMap.guideNode(end.id.value))
            item["recommend"] = .list(methodologies(end, from: path))
            return item
        })
        context["data_url"] = .text(Self.jsonPath)
        context["data_script"] = .text(Self.scriptPath)
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "guide")))
    }

    /// The context of a question or result page: navigation and the way back to the guide.
    private func node(_ path: String, title: String) -> TemplateMap {
        var context = PageContext.make(
            config: graph.config, outputPath: path, title: title, description: guide.summary, section: SiteMap.guide,
            source: guide.source.contentPath)
        context["guide_title"] = .text(guide.title)
        context["guide_url"] = .text(SiteMap.url(from: path, to: SiteMap.guide))
        return context
    }

    func question(_ question: Guide.Question) -> OutputFile {
        let path = SiteMap.guideNode(question.id.value)
        var context = node(path, title: question.text)
        if question.help != nil { context["help"] = .text(fragments.html(Self.helpKey(question.id.value), on: path)) }
        let steps = tree.path(to: question.id.value)
        context["answered"] = .list(answered(steps, from: path))
        context["has_answers"] = .flag(!steps.isEmpty)
        context["step"] = .number(steps.count + 1)
        context["answers"] = .list(question.answers.compactMap { answer -> TemplateMap? in
            guard let target = answer.target else { return nil }
            return ["text": .text(answer.text), "url": .text(SiteMap.url(from: path, to: SiteMap.guideNode(target.id.value)))]
        })
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "guide-question")))
    }

    func end(_ end: Guide.End) -> OutputFile {
        let path = SiteMap.guideNode(end.id.value)
        var context = node(path, title: end.title)
        context["answered"] = .list(answered(tree.path(to: end.id.value), from: path))
        context["has_answers"] = true
        context["recommend"] = .list(methodologies(end, from: path))
        if let fit = end.fit { context["fit"] = ["id": .text(fit.rawValue), "label": .text(fit.label)] }
        context["reason"] = .text(fragments.html(Self.reasonKey(end.id.value), on: path))
        if guide.nextSteps != nil { context["next_steps"] = .text(fragments.html(Self.nextStepsKey, on: path)) }
        context["start_with"] = .list(end.startWith.compactMap { graph.practice($0.value) }.map {
            PageContext.link($0.title, from: path, to: $0.outputPath, summary: $0.summary)
        })
        context["columns"] = .list(graph.methodologies.map { methodology -> TemplateMap in
            PageContext.link(methodology.title, from: path, to: SiteMap.methodology(methodology.id))
                .merging(["recommended": .flag(end.recommend.contains { $0.value == methodology.id })]) { a, _ in a }
        })
        let cells = matrixCells()
        context["rows"] = .list(matrixRows(for: end).map { practice -> TemplateMap in
            var row = PageContext.link(practice.title, from: path, to: practice.outputPath, extraCapacity: 1)
            // By column, which of the column's cells (`PageContext.cellVariant`).
            var variants = [Int](repeating: 0, count: cells.count)
            for entry in practice.methodologies {
                guard let column = graph.position(ofMethodology: entry.id.value), variants[column] == 0 else { continue }
                variants[column] = PageContext.cellVariant(entry.level)
            }
            row.append(PageContext.Name.cells, .list(variants.indices.map { cells[$0][variants[$0]] }))
            return row
        })
        context["matrix_url"] = .text(SiteMap.url(from: path, to: SiteMap.matrix))
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "guide-end")))
    }

    /// Each column's cells (`PageContext.cellVariants`): a row of an end page is a list of these,
    /// shared by every row (an end page shows a thousand rows at 10,000 practices).
    private func matrixCells() -> [[TemplateValue]] {
        graph.methodologies.map { methodology in
            PageContext.cellVariants(of: ["methodology_title": .text(methodology.title)]).map(TemplateValue.map)
        }
    }

    /// The practices that matter for an end: its starting practices, then the core practices of
    /// the recommended methodologies, in the matrix's category order.
    func matrixRows(for end: Guide.End) -> [Practice] {
        var ids = end.startWith.map(\.value)
        var seen = Set(ids)
        for methodology in end.recommend {
            for usage in graph.usages(of: methodology.value) where usage.level == .core && seen.insert(usage.practice.id).inserted {
                ids.append(usage.practice.id)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: graph.config.categories.enumerated().map { ($1.id, $0) })
        return ids.compactMap(graph.practice)
            .map { (category: order[$0.category.value] ?? .max, practice: $0) }
            .sorted { ($0.category, $0.practice.title) < ($1.category, $1.practice.title) }
            .map(\.practice)
    }

    private func methodologies(_ end: Guide.End, from path: String) -> [TemplateMap] {
        end.recommend.compactMap { graph.methodology($0.value) }.map {
            PageContext.link($0.title, from: path, to: SiteMap.methodology($0.id), summary: $0.summary)
        }
    }

    private func answered(_ steps: [GuideTree.Step], from path: String) -> [TemplateMap] {
        steps.map { step in
            ["question": .text(step.question.text),
             "answer": .text(step.answers.map(\.text).joined(separator: " / ")),
             "change_url": .text(SiteMap.url(from: path, to: SiteMap.guideNode(step.question.id.value)))]
        }
    }

    /// The tree as JSON for other tools; URLs relative to the guide start page.
    func json() -> OutputFile {
        OutputFile(path: Self.jsonPath, contents: .text(encodedData() + "\n"))
    }

    /// The tree for the wizard, as a script whose JSON cannot end a `<script>` early.
    func script() -> OutputFile {
        OutputFile(path: Self.scriptPath, contents: .text("window.OpsGuideGuide = " + ScriptJSON.escape(encodedData()) + ";\n"))
    }

    private func encodedData() -> String {
        let from = SiteMap.guide
        let data = GuideData(
            title: guide.title,
            start: guide.start.value,
            questions: tree.questionOrder.compactMap(tree.question).map { question in
                GuideData.Question(
                    id: question.id.value, text: question.text,
                    help: question.help == nil ? nil : fragments.html(Self.helpKey(question.id.value), on: from),
                    url: SiteMap.url(from: from, to: SiteMap.guideNode(question.id.value)),
                    answers: question.answers.compactMap { answer in
                        guard let target = answer.target else { return nil }
                        if case .question(let id) = target {
                            return GuideData.Answer(id: answer.id.value, text: answer.text, next: id.value, end: nil)
                        }
                        return GuideData.Answer(id: answer.id.value, text: answer.text, next: nil, end: target.id.value)
                    })
            },
            ends: tree.endOrder.compactMap(tree.end).map { end in
                GuideData.End(
                    id: end.id.value, title: end.title, fit: end.fit?.label, fitId: end.fit?.rawValue,
                    url: SiteMap.url(from: from, to: SiteMap.guideNode(end.id.value)),
                    reason: fragments.html(Self.reasonKey(end.id.value), on: from),
                    recommend: end.recommend.compactMap { graph.methodology($0.value) }.map {
                        GuideData.Link(id: $0.id, title: $0.title, summary: $0.summary, url: SiteMap.url(from: from, to: SiteMap.methodology($0.id)))
                    },
                    startWith: end.startWith.compactMap { graph.practice($0.value) }.map {
                        GuideData.Link(id: $0.id, title: $0.title, summary: $0.summary, url: SiteMap.url(from: from, to: $0.outputPath))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// The JSON shape of the guide (`guide.json`).
struct GuideData: Encodable {
    struct Question: Encodable {
        var id: String
        var text: String
        var help: String?
        var url: String
        var answers: [Answer]
    }

    struct Answer: Encodable {
        var id: String
        var text: String
        var next: String?
        var end: String?
    }

    struct Link: Encodable {
        var id: String
        var title: String
        var summary: String
        var url: String
    }

    struct End: Encodable {
        var id: String
        var title: String
        var fit: String?
        var fitId: String?
        var url: String
        var reason: String
        var recommend: [Link]
        var startWith: [Link]
    }

    var title: String
    var start: String
    var questions: [Question]
    var ends: [End]
}
