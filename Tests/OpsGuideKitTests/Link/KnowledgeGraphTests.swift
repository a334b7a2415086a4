import Testing
@testable import OpsGuideKit

@Suite struct KnowledgeGraphTests {
    static func location(_ line: Int) -> OpsGuideKit.SourceLocation { OpsGuideKit.SourceLocation(path: "f.md", line: line, column: 1) }

    static func methodology(_ id: String, extends: String? = nil) -> Methodology {
        let file = SourceFile(kind: .methodology, id: id, contentPath: "methodologies/\(id).md", displayPath: "m/\(id).md", text: "")
        return Methodology(
            id: id, source: file, title: id.capitalized, summary: "S", extends: extends.map { Located($0, at: OpsGuideKit.SourceLocation(path: "m/\(id).md", line: 4, column: 10)) },
            dimensions: [], chooseWhen: [], avoidWhen: [], body: MarkdownSource(text: "", path: "", firstLine: 1))
    }

    static func practice(_ id: String, category: String = "delivery", _ uses: [(String, PracticeLevel)]) -> Practice {
        let file = SourceFile(kind: .practice, id: id, contentPath: "practices/\(id).md", displayPath: "p/\(id).md", text: "")
        return Practice(
            id: id, source: file, title: id.capitalized, summary: "S", category: Located(category, at: location(4)),
            methodologies: uses.enumerated().map { (Located($1.0, at: location(6 + $0)), $1.1) }, body: MarkdownSource(text: "", path: "", firstLine: 1))
    }

    static let config = SiteConfig(
        title: "T", description: "D", baseURL: nil,
        dimensions: [Taxon(id: "testing", title: "Testing", location: location(1))],
        categories: [Taxon(id: "delivery", title: "Delivery", location: location(1)), Taxon(id: "security", title: "Security", location: location(1))])

    @Test func reverseRelationIsDerived() {
        let (graph, diagnostics) = KnowledgeGraph.build(
            config: Self.config, methodologies: [Self.methodology("devops"), Self.methodology("mlops", extends: "devops")],
            practices: [Self.practice("ci", [("devops", .core), ("mlops", .supporting)]), Self.practice("scan", category: "security", [("mlops", .core)])])
        #expect(diagnostics.items.isEmpty)
        #expect(graph.usages(of: "mlops").map(\.practice.id) == ["ci", "scan"])
        #expect(graph.usages(of: "mlops").map(\.level) == [.supporting, .core])
        #expect(graph.usages(of: "devops").map(\.practice.id) == ["ci"])
        #expect(graph.extenders(of: "devops").map(\.id) == ["mlops"])
        #expect(graph.methodologies.map(\.id) == ["devops", "mlops"])
    }

    /// A practice whose text changed takes the old one's place in the graph, usages included; one
    /// whose title, category or methodologies changed cannot (the graph is built again).
    @Test func practicesReplacedWhenTheirPlaceStaysTheSame() throws {
        let ci = Self.practice("ci", [("devops", .core), ("mlops", .supporting)])
        let (graph, _) = KnowledgeGraph.build(
            config: Self.config, methodologies: [Self.methodology("devops"), Self.methodology("mlops")],
            practices: [ci, Self.practice("scan", category: "security", [("mlops", .core)])])
        let edited = Practice(
            id: "ci", source: ci.source, title: ci.title, summary: "Edited", category: ci.category, methodologies: ci.methodologies, body: ci.body)
        let replaced = try #require(graph.replacing([edited]))
        #expect(replaced.practice("ci") === edited)
        #expect(replaced.practices.map(\.id) == graph.practices.map(\.id))
        #expect(replaced.usages(of: "devops").map(\.practice) .allSatisfy { $0 === edited })
        #expect(replaced.usages(of: "mlops").map(\.practice.id) == ["ci", "scan"])
        #expect(replaced.usages(of: "mlops").first?.practice === edited)
        #expect(graph.practice("ci") === ci)

        let retitled = Practice(
            id: "ci", source: ci.source, title: "Continuous integration", summary: ci.summary, category: ci.category,
            methodologies: ci.methodologies, body: ci.body)
        #expect(graph.replacing([retitled]) == nil)
        let moved = Self.practice("ci", [("devops", .supporting), ("mlops", .supporting)])
        #expect(graph.replacing([moved]) == nil)
        let recategorized = Self.practice("ci", category: "security", [("devops", .core), ("mlops", .supporting)])
        #expect(graph.replacing([recategorized]) == nil)
    }

    @Test func unknownIdsAreReportedWithSuggestions() {
        let (_, diagnostics) = KnowledgeGraph.build(
            config: Self.config, methodologies: [Self.methodology("devops")],
            practices: [Self.practice("ci", category: "delivry", [("devop", .core)])])
        #expect(diagnostics.sorted.map(\.formatted) == [
            "f.md:4:1: error: unknown category 'delivry'; did you mean 'delivery'?",
            "f.md:6:1: error: unknown methodology 'devop'; did you mean 'devops'?",
        ])
    }

    @Test func extendsCyclesOfLengthOneAndThree() {
        let (_, selfCycle) = KnowledgeGraph.build(config: Self.config, methodologies: [Self.methodology("a", extends: "a")], practices: [])
        #expect(selfCycle.sorted.map(\.formatted) == ["m/a.md:4:10: error: 'extends' forms a cycle: a → a"])
        let (_, longCycle) = KnowledgeGraph.build(
            config: Self.config,
            methodologies: [Self.methodology("a", extends: "b"), Self.methodology("b", extends: "c"), Self.methodology("c", extends: "a"), Self.methodology("d", extends: "a")],
            practices: [])
        #expect(longCycle.sorted.map(\.formatted) == [
            "m/a.md:4:10: error: 'extends' forms a cycle: a → b → c → a",
            "m/b.md:4:10: error: 'extends' forms a cycle: a → b → c → a",
            "m/c.md:4:10: error: 'extends' forms a cycle: a → b → c → a",
        ])
    }

    @Test func matrixGroupsRowsByCategoryInOneColumnPerMethodology() {
        let (graph, _) = KnowledgeGraph.build(
            config: Self.config, methodologies: [Self.methodology("devops"), Self.methodology("mlops", extends: "devops")],
            practices: [Self.practice("scan", category: "security", [("mlops", .core)]), Self.practice("ci", [("devops", .core)])])
        let matrix = ComparisonMatrix(graph: graph)
        #expect(matrix.groups.map(\.category.id) == ["delivery", "security"])
        #expect(matrix.groups[0].rows[0].levels == [.core, nil])
        #expect(matrix.groups[1].rows[0].levels == [nil, .core])
    }
}
