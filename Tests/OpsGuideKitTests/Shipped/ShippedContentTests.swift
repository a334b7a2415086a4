import Foundation
import Testing
@testable import OpsGuideKit

/// The editorial bar of the shipped guide, asserted here independently of the thresholds
/// site.yaml sets for `opsguide check`.
@Suite struct ShippedContentTests {
    static let content = ShippedContent()

    @Test func fourMethodologiesOfAtLeast900WordsWithReferences() {
        let methodologies = Self.content.graph.methodologies
        #expect(Set(methodologies.map(\.id)) == ["devops", "devsecops", "dataops", "mlops"])
        for methodology in methodologies {
            #expect(Self.content.words(methodology.source.contentPath) >= 900, "\(methodology.id)")
            let headings = Self.content.rendered.bodies[methodology.source.contentPath]?.headings.map(\.text) ?? []
            #expect(headings.contains("References"), "\(methodology.id)")
            let externalLinks = methodology.body.text.components(separatedBy: "](https://").count - 1
            #expect(externalLinks >= 4, "\(methodology.id) has \(externalLinks) external links")
        }
    }

    @Test func everyMethodologyUsesAtLeastSixPracticesAndFillsEveryDimension() {
        for methodology in Self.content.graph.methodologies {
            #expect(Self.content.graph.usages(of: methodology.id).count >= 6, "\(methodology.id)")
            #expect(Set(methodology.dimensions.map(\.id.value)) == Set(Self.content.graph.config.dimensions.map(\.id)), "\(methodology.id)")
            for cell in methodology.dimensions {
                #expect(MarkdownDocument.countWords(String(cell.text.text)) >= 15, "\(methodology.id)/\(cell.id.value) is too thin")
            }
        }
    }

    @Test func atLeast24PracticesOfAtLeast250WordsEachUsed() {
        let practices = Self.content.graph.practices
        #expect(practices.count >= 24)
        let required = [
            "continuous-integration", "continuous-delivery", "infrastructure-as-code", "automated-testing",
            "monitoring-and-observability", "incident-feedback-loops", "shared-security-responsibility", "security-as-code",
            "sast-in-the-ide", "dependency-scanning", "cloud-security-posture-management", "compliance-auditing",
            "security-training", "data-pipeline-automation", "data-validation", "data-quality-monitoring",
            "environment-isolation", "redundant-cluster-storage", "log-aggregation", "experiment-tracking",
            "model-validation", "training-pipelines", "continuous-training", "model-monitoring", "model-rollback",
        ]
        #expect(Set(required).subtracting(practices.map(\.id)) == [])
        for practice in practices {
            #expect(Self.content.words(practice.source.contentPath) >= 250, "\(practice.id)")
            #expect(!practice.methodologies.isEmpty, "\(practice.id)")
        }
    }

    @Test func everyPageIsReachableFromHome() {
        #expect(ContentChecks.unreachablePages(Self.content.parsed.pages, links: Self.content.rendered.links).map(\.source.contentPath) == [])
    }

    @Test func noPlaceholderText() {
        for file in Self.content.loaded.markdownFiles {
            #expect(ContentChecks.placeholderText(in: file).isEmpty, "\(file.contentPath)")
        }
    }

    /// The articles are original prose: no run of seven words is taken from the seed article.
    @Test func noSentenceIsCopiedFromTheSeed() throws {
        let seedPath = TestSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/devsecops-vs-dataops-vs-mlops.txt").path
        let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
        func words(_ text: String) -> [String] {
            text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'") }.map(String.init)
        }
        let length = 7
        let seedWords = words(seed)
        let shingles = Set((0...(seedWords.count - length)).map { seedWords[$0..<$0 + length].joined(separator: " ") })
        for file in Self.content.loaded.markdownFiles {
            let text = words(file.text)
            guard text.count >= length else { continue }
            let copied = (0...(text.count - length)).map { text[$0..<$0 + length].joined(separator: " ") }.filter(shingles.contains)
            #expect(copied.isEmpty, "\(file.contentPath): \(copied)")
        }
    }

    @Test func guideQuestionsLinkTheGlossary() throws {
        let guide = try #require(Self.content.parsed.guide)
        #expect(guide.questions.count >= 6)
        let linked = guide.questions.filter { $0.help?.text.contains("pages/glossary.md#") ?? false }
        #expect(linked.count >= guide.questions.count / 2)
    }
}

/// The checks themselves fire on content that breaks them.
@Suite struct ContentChecksTests {
    @Test func reportsEveryKindOfWeakContent() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("site.yaml", try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
            + "checks:\n  methodology_min_words: 20\n  practice_min_words: 5\n  methodology_min_practices: 3\n")
        try site.write("practices/orphan.md", "---\ntitle: Orphan\nsummary: S\ncategory: delivery\n---\nTwo words.\n")
        try site.write("pages/hidden.md", "---\ntitle: Hidden\n---\nNobody links here. TODO write it.\n")
        try site.write("methodologies/beta.md", "---\ntitle: Beta\nsummary: S\nextends: alpha\ndimensions:\n  testing: T\n---\n## Principles\n")
        let report = site.build()
        #expect(site.diagnosticLines(report) == [
            "content/methodologies/alpha.md: warning: methodology 'alpha' uses 2 practices; this site asks for at least 3",
            "content/methodologies/alpha.md: warning: methodology article has 15 words of prose; this site asks for at least 20",
            "content/methodologies/beta.md: warning: methodology 'beta' uses 2 practices; this site asks for at least 3",
            "content/methodologies/beta.md: warning: methodology article has 1 words of prose; this site asks for at least 20",
            "content/methodologies/beta.md: warning: no text for dimension 'team-skills'; the matrix cell stays empty",
            "content/pages/hidden.md: warning: no page reachable from the home page links to this page",
            "content/pages/hidden.md: warning: page has no 'summary'; it is used as the page's description for search engines and lists",
            "content/pages/hidden.md:4:20: warning: placeholder text 'TODO' left in the content",
            "content/practices/orphan.md: warning: practice 'orphan' is used by no methodology; add it to 'methodologies'",
            "content/practices/orphan.md: warning: practice article has 2 words of prose; this site asks for at least 5",
        ])
        let lines = site.diagnosticLines(report)
        #expect(BadInputTests.fromGitHub(DiagnosticPrinter(format: .github).format(report.diagnostics), site: site) == lines)
        #expect(BadInputTests.fromJSON(DiagnosticPrinter(format: .json).format(report.diagnostics), site: site) == lines)
    }
}
