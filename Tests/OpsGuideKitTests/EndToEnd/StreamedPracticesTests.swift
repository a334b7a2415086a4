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
            case .parts(let parts): #expect(bytes == Data(parts.joined()), "\(file.path)")
            case .text(let text): #expect(bytes == Data(text.utf8), "\(file.path)")
            case .copy(let source): #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: source))), "\(file.path)")
            }
        }
        #expect(written.contains("practices/tracing.html"))
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
