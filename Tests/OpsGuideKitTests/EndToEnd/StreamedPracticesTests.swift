import Foundation
import Testing
@testable import OpsGuideKit

/// A build that writes renders each practice's page as soon as its body is rendered
/// (`StreamedPractices`); the files it writes are exactly those of the pipeline that renders every
/// page at the end (`SiteBuilder.generate`, which the preview uses), and a build that finds an
/// error after writing some pages leaves nothing behind.
@Suite struct StreamedPracticesTests {
    @Test(arguments: [1, 3])
    func writtenSiteEqualsTheRenderedOne(jobs: Int) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        // A practice whose page and search entry show every part of it.
        try site.write("practices/tracing.md", """
            ---
            title: Distributed tracing
            summary: Follow one request through every service.
            category: delivery
            methodologies:
              alpha: core
              beta: supporting
            ---
            ## Spans

            Each hop adds a span; see [reviews](reviews.md) and [the pipeline](pipeline.md#what-it-is).

            ### Sampling

            Keep every error, sample the rest.
            """)
        let report = site.build(jobs: jobs)
        #expect(site.diagnosticLines(report).filter { $0.contains("error") } == [])
        let (files, _) = SiteBuilder.generate(site.options(jobs: jobs))
        let expected = try #require(files)
        var written: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: site.output))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: site.output + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { written.append(path) }
        }
        #expect(Set(written) == Set(expected.map(\.path)))
        for file in expected {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: site.output + "/" + file.path))
            switch file.contents {
            case .bytes(let rendered): #expect(bytes == Data(rendered), "\(file.path)")
            case .pieces(let pieces): #expect(bytes == Data(OutputFile.Piece.joined(pieces)), "\(file.path)")
            case .text(let text): #expect(bytes == Data(text.utf8), "\(file.path)")
            case .copy(let source): #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: source))), "\(file.path)")
            }
        }
        #expect(written.contains("practices/tracing.html"))
    }

    /// Each text is let go of once rendered, so that its memory serves what follows.
    @Test func textsAreReleasedAsTheirPagesAreWritten() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let (content, _) = ContentLoader.load(DisplayPath(root: site.content))
        let parsed = ParsedContent.parse(content, jobs: 1)
        let (graph, _) = KnowledgeGraph.build(
            config: try #require(parsed.config), methodologies: parsed.methodologies, practices: parsed.practices,
            declaredMethodologyIds: content.declaredIds(.methodology), declaredPracticeIds: content.declaredIds(.practice))
        let templates = try #require(TemplateSet.load(DisplayPath(root: TestSite.templates)).0)
        let jobs = RenderedContent.bodyJobs(parsed)
        #expect(jobs.contains { !$0.source.text.isEmpty })
        let stream = StreamedPractices(templates: templates, graph: graph, emit: { _ in })
        _ = stream.results(of: jobs, renderer: MarkdownRenderer(resolver: LinkResolver(siteMap: SiteMap(content))), jobs: 2)
        #expect(jobs.allSatisfy { $0.source.text.isEmpty && $0.file == nil })
    }

    /// A build that writes lets go of the practices' texts, but a practice that may hold a
    /// placeholder keeps its text for the check: it reports what `check` reports.
    @Test func aBuildThatWritesReportsPlaceholdersInPractices() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("practices/reviews.md", "---\ntitle: Code reviews\nsummary: S\ncategory: delivery\nmethodologies:\n  alpha: supporting\n---\n## How\n\nTODO: write this.\n")
        let written = site.diagnosticLines(site.build())
        #expect(written == site.diagnosticLines(SiteBuilder.build(site.options(), write: false)))
        #expect(written.contains { $0.hasPrefix("content/practices/reviews.md:10:1: warning: placeholder text 'TODO'") })
    }

    /// The broken anchor is found by the anchor check, after every practice page was written
    /// to the temporary folder: the old site stays, and the temporary folder goes.
    @Test func anErrorFoundAfterWritingLeavesTheOldSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(site.diagnosticLines(site.build()).filter { $0.contains("error") } == [])
        let before = try site.read("practices/reviews.html")
        try site.write("practices/reviews.md", """
            ---
            title: Code reviews
            summary: A second pair of eyes on every change.
            category: delivery
            methodologies:
              alpha: supporting
            ---
            ## How

            Changed, and linking to [a missing part](pipeline.md#no-such-heading).
            """)
        let report = site.build()
        #expect(report.diagnostics.contains { $0.severity == .error })
        #expect(try site.read("practices/reviews.html") == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(!siblings.contains { $0.hasPrefix(AtomicSiteWriter.temporaryPrefix) }, "\(siblings)")
    }
}
