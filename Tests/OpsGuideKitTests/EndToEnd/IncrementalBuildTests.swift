import Foundation
import Testing
@testable import OpsGuideKit

/// A rebuild through the preview's cache renders only the pages an edit can change, and its
/// output is byte for byte what a fresh build of the edited content produces.
@Suite struct IncrementalBuildTests {
    static let edits: [(name: String, path: String, text: String)] = [
        ("practice title", "practices/reviews.md", "---\ntitle: Peer review\nsummary: Another pair of eyes.\ncategory: delivery\nmethodologies:\n  alpha: supporting\n---\n## How\n\nSmall changes.\n"),
        ("practice moves to another methodology", "practices/reviews.md", "---\ntitle: Code reviews\nsummary: A second pair of eyes on every change.\ncategory: delivery\nmethodologies:\n  beta: core\n---\n## How\n\nSmall changes, reviewed quickly.\n"),
        ("methodology summary", "methodologies/beta.md", try! String(contentsOf: TestSite.testsRoot.appendingPathComponent("Fixtures/valid-site/methodologies/beta.md"), encoding: .utf8).replacingOccurrences(of: "Alpha with security built in.", with: "Alpha, secured.")),
        ("guide reason", "guide.md", try! String(contentsOf: TestSite.testsRoot.appendingPathComponent("Fixtures/valid-site/guide.md"), encoding: .utf8).replacingOccurrences(of: "Security matters, so Beta.", with: "Security comes first.")),
        // The next two keep what orders and groups the practice: the rebuild takes the last
        // knowledge graph with the new practice in place (`KnowledgeGraph.replacing`).
        ("practice body", "practices/reviews.md", "---\ntitle: Code reviews\nsummary: A second pair of eyes on every change.\ncategory: delivery\nmethodologies:\n  alpha: supporting\n---\n## How\n\nSmall changes, reviewed the same day.\n"),
        ("practice summary", "practices/reviews.md", "---\ntitle: Code reviews\nsummary: Every change read by a colleague.\ncategory: delivery\nmethodologies:\n  alpha: supporting\n---\n## How\n\nSmall changes, reviewed quickly.\n"),
        ("page body", "pages/about.md", "---\ntitle: About\nsummary: Who wrote this fixture.\n---\n## Authors\n\nThe test suite, edited.\n"),
    ]

    @Test(arguments: edits.indices)
    func rebuildEqualsFreshBuildAndRendersLess(_ index: Int) throws {
        let edit = Self.edits[index]
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        let (first, _) = SiteBuilder.generate(site.options(), cache: cache)
        let firstCount = cache.pagesRendered
        #expect(first != nil)
        try site.write(edit.path, edit.text)
        cache.contentWritten([edit.path])
        let (incremental, diagnostics) = SiteBuilder.generate(site.options(), cache: cache)
        #expect(diagnostics.items.map(\.formatted) == [], "\(edit.name)")
        #expect(cache.pagesRendered < firstCount, "\(edit.name): rendered \(cache.pagesRendered) of \(firstCount)")
        let (fresh, _) = SiteBuilder.generate(site.options())
        let rendered = Dictionary(uniqueKeysWithValues: try #require(incremental).map { ($0.path, $0.contents) })
        let expected = Dictionary(uniqueKeysWithValues: try #require(fresh).map { ($0.path, $0.contents) })
        #expect(Set(rendered.keys) == Set(expected.keys))
        for (path, contents) in expected {
            #expect(rendered[path].map(Self.text) == Self.text(contents), "\(edit.name): \(path) differs from a fresh build")
        }
    }

    /// The preview renders a page only when it is asked for. A page left alone through several
    /// rebuilds still shows the latest text once asked for, even when the file it shows changed
    /// in an earlier rebuild than the last one.
    @Test func onDemandPagesFollowEveryEdit() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        _ = SiteBuilder.generate(site.options(), cache: cache)
        let practice = Self.edits[0]
        try site.write(practice.path, practice.text)
        cache.contentWritten([practice.path])
        let afterPractice = try #require(SiteBuilder.check(site.options(), cache: cache).0)
        #expect(cache.pagesRendered == 0, "checking renders nothing")
        _ = afterPractice.file(SiteMap.home)
        #expect(cache.pagesRendered == 0, "the home page does not show the practice, so the cache keeps it")
        let page = try #require(Self.edits.first { $0.name == "page body" })
        try site.write(page.path, page.text)
        cache.contentWritten([page.path])
        let afterPage = try #require(SiteBuilder.check(site.options(), cache: cache).0)
        let fresh = Dictionary(uniqueKeysWithValues: try #require(SiteBuilder.generate(site.options()).0).map { ($0.path, $0.contents) })
        for path in [SiteMap.practice("reviews"), "pages/about.html", SiteMap.matrix, SearchIndex.manifestPath] {
            let served = try #require(afterPage.file(path), "\(path)")
            #expect(Self.text(served.contents) == fresh[path].map(Self.text), "\(path) differs from a fresh build")
        }
        #expect(cache.pagesRendered == 3)
        #expect(afterPage.file("no/such/page.html") == nil)
    }

    /// What a generated file holds, as text (a failed comparison then reads as text); the
    /// path for a file copied as it is.
    static func text(_ contents: OutputFile.Contents) -> String {
        switch contents {
        case .text(let text): text
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        case .pieces(let pieces): String(decoding: OutputFile.Piece.joined(pieces), as: UTF8.self)
        case .copy(let path): path
        }
    }

    /// Word counts stop at the largest minimum site.yaml asks for, so a rebuild after the
    /// minimum changed counts again instead of taking the last build's counts.
    @Test func raisedWordMinimumCountsAgain() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        func tooShort() -> [String] {
            SiteBuilder.generate(site.options(), cache: cache).1.items.map(\.formatted).filter { $0.contains("words of prose") }
        }
        try site.write("site.yaml", config + "checks:\n  practice_min_words: 1\n")
        cache.contentWritten(nil)
        #expect(tooShort() == [])
        try site.write("site.yaml", config + "checks:\n  practice_min_words: 500\n")
        cache.contentWritten(["site.yaml"])
        let warnings = tooShort()
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { !$0.contains("has 1 words") }, "\(warnings)")
    }

    /// The preview reads again only what the watcher reported: a file, a folder, or everything
    /// when events were lost.
    @Test func rebuildReadsOnlyReportedPaths() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        func title(_ files: [OutputFile]?) -> Bool {
            files?.first { $0.path == "pages/about.html" }.map { Self.text($0.contents).contains("Renamed") } ?? false
        }
        _ = SiteBuilder.generate(site.options(), cache: cache)
        try site.write("pages/about.md", "---\ntitle: Renamed\nsummary: Who wrote this fixture.\n---\nText.\n")
        cache.contentWritten(["practices/reviews.md"])
        #expect(!title(SiteBuilder.generate(site.options(), cache: cache).0), "an unreported file keeps its last text")
        cache.contentWritten(["pages"])
        #expect(title(SiteBuilder.generate(site.options(), cache: cache).0), "a reported folder is read again")
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Who wrote this fixture.\n---\nText.\n")
        cache.contentWritten(nil)
        #expect(!title(SiteBuilder.generate(site.options(), cache: cache).0), "lost events make everything be read again")
    }

    /// Only known files written: they alone are read again. Anything else (a new file, a
    /// removed one, a file that no longer reads) is found by loading every folder again.
    @Test func rebuildFindsNewRemovedAndBrokenFiles() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        func paths() -> Set<String> { Set((SiteBuilder.generate(site.options(), cache: cache).0 ?? []).map(\.path)) }
        _ = paths()
        try site.write("pages/extra.md", "---\ntitle: Extra\nsummary: A new page.\n---\nSee [about](about.md).\n")
        cache.contentWritten(["pages/extra.md"])
        #expect(paths().contains("pages/extra.html"), "a new file is found")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/pages/extra.md"))
        cache.contentWritten(["pages/extra.md"])
        #expect(!paths().contains("pages/extra.html"), "a removed file is gone")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: site.root.appendingPathComponent("content/pages/about.md"))
        cache.contentWritten(["pages/about.md"])
        let (files, diagnostics) = SiteBuilder.generate(site.options(), cache: cache)
        #expect(files == nil)
        #expect(diagnostics.items.map(\.formatted).contains { $0.contains("about.md:2:1: error: file is not valid UTF-8") }, "\(diagnostics.items.map(\.formatted))")
    }

    /// An edit made while another file is broken still shows once the build succeeds again.
    @Test func editsDuringFailedBuildsAreKept() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        _ = SiteBuilder.generate(site.options(), cache: cache)
        let practice = Self.edits[0]
        try site.write(practice.path, practice.text)
        try site.write("pages/about.md", "---\ntitle: [unclosed\n---\nText.\n")
        cache.contentWritten([practice.path, "pages/about.md"])
        #expect(SiteBuilder.generate(site.options(), cache: cache).0 == nil)
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Who wrote this fixture.\n---\nText.\n")
        cache.contentWritten(["pages/about.md"])
        let rebuilt = Dictionary(uniqueKeysWithValues: try #require(SiteBuilder.generate(site.options(), cache: cache).0).map { ($0.path, $0.contents) })
        let fresh = try #require(SiteBuilder.generate(site.options()).0)
        for file in fresh {
            #expect(rebuilt[file.path].map(Self.text) == Self.text(file.contents), "\(file.path) differs from a fresh build")
        }
    }

    /// A rebuild reports what a fresh build of the same content reports, as an edit breaks a
    /// link and an anchor and as the next one mends them.
    @Test func rebuildReportsWhatAFreshBuildReports() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        _ = SiteBuilder.generate(site.options(), cache: cache)
        let path = "practices/reviews.md"
        let original = try String(contentsOf: site.root.appendingPathComponent("content/" + path), encoding: .utf8)
        for text in [original + "\nSee [a step](pipeline.md#no-such-step) and [gone](gone.md).\n", original] {
            try site.write(path, text)
            cache.contentWritten([path])
            let incremental = SiteBuilder.generate(site.options(), cache: cache).1.sorted.map(\.formatted)
            let fresh = SiteBuilder.generate(site.options()).1.sorted.map(\.formatted)
            #expect(incremental == fresh)
        }
        try site.write(path, original + "\n[x](#nowhere)\n")
        cache.contentWritten([path])
        #expect(SiteBuilder.generate(site.options(), cache: cache).1.sorted.map(\.formatted).contains { $0.contains("missing anchor '#nowhere'") })
    }

    /// The preview checks again only the anchors of the texts an edit changed, unless the edit
    /// changed a page's anchors: then a link that did not change breaks, or mends, with it.
    @Test func anchorsFollowEditsOfTheirTarget() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cache = BuildCache()
        let linking = "practices/reviews.md", target = "practices/pipeline.md"
        let reviews = try String(contentsOf: site.root.appendingPathComponent("content/" + linking), encoding: .utf8)
        let pipeline = try String(contentsOf: site.root.appendingPathComponent("content/" + target), encoding: .utf8)
        try site.write(linking, reviews + "\nSee [the pipeline](pipeline.md#what-it-is).\n")
        #expect(SiteBuilder.generate(site.options(), cache: cache).1.items.isEmpty)
        let renamed = pipeline.replacingOccurrences(of: "## What it is", with: "## What it does")
        for (text, broken) in [(renamed, true), (renamed + "\nMore.\n", true), (pipeline, false)] {
            try site.write(target, text)
            cache.contentWritten([target])
            let incremental = SiteBuilder.generate(site.options(), cache: cache).1.sorted.map(\.formatted)
            #expect(incremental == SiteBuilder.generate(site.options()).1.sorted.map(\.formatted))
            #expect(incremental.contains { $0.contains("missing anchor '#what-it-is'") } == broken)
        }
    }

    @Test func templateChangeRendersEverything() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let templates = site.root.appendingPathComponent("templates").path
        try FileManager.default.copyItem(atPath: TestSite.templates, toPath: templates)
        var options = site.options()
        options.templates = templates
        let cache = BuildCache()
        _ = SiteBuilder.generate(options, cache: cache)
        let all = cache.pagesRendered
        let footer = templates + "/footer.mustache"
        try (try String(contentsOfFile: footer, encoding: .utf8) + "\n").write(toFile: footer, atomically: true, encoding: .utf8)
        // A content edit alone keeps the compiled templates; the template's own write is what
        // makes them load again, as the preview's watcher reports it.
        cache.contentWritten([])
        _ = SiteBuilder.generate(options, cache: cache)
        #expect(cache.pagesRendered < all)
        cache.templatesWritten()
        _ = SiteBuilder.generate(options, cache: cache)
        #expect(cache.pagesRendered == all)
    }
}
