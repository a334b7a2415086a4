import Foundation

/// Checks that keep the content honest, reported as warnings (errors with `--strict`):
/// practices no methodology uses, methodologies below the site's practice and word minimums,
/// dimension cells left empty, pages no reader can reach from the home page, free pages without
/// a summary, and placeholder text.
public enum ContentChecks {
    static let placeholders = ["TODO", "TBD", "FIXME", "lorem ipsum"]

    public static func run(
        graph: KnowledgeGraph, pages: [Page], rendered: RenderedContent, files: [SourceFile], jobs: Int = 1,
        cache: BuildCache? = nil
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let policy = graph.config.policy
        for practice in graph.practices {
            if practice.methodologies.isEmpty {
                diagnostics.append(.warning("unused-practice", "practice '\(practice.id)' is used by no methodology; add it to 'methodologies'", at: practice.source.location))
            }
            let words = rendered.bodies[practice.source.contentPath]?.wordCount ?? 0
            if words < policy.practiceMinWords {
                diagnostics.append(.warning("too-short", "practice article has \(words) words of prose; this site asks for at least \(policy.practiceMinWords)", at: practice.source.location))
            }
        }
        for methodology in graph.methodologies {
            let count = graph.usages(of: methodology.id).count
            if count < policy.methodologyMinPractices {
                diagnostics.append(.warning("few-practices", "methodology '\(methodology.id)' uses \(count) practices; this site asks for at least \(policy.methodologyMinPractices)", at: methodology.source.location))
            }
            let words = rendered.bodies[methodology.source.contentPath]?.wordCount ?? 0
            if words < policy.methodologyMinWords {
                diagnostics.append(.warning("too-short", "methodology article has \(words) words of prose; this site asks for at least \(policy.methodologyMinWords)", at: methodology.source.location))
            }
            let written = Set(methodology.dimensions.map(\.id.value))
            for dimension in graph.config.dimensions where !written.contains(dimension.id) {
                diagnostics.append(.warning("missing-dimension", "no text for dimension '\(dimension.id)'; the matrix cell stays empty", at: methodology.source.location))
            }
        }
        for page in pages where page.summary == nil {
            diagnostics.append(.warning("missing-summary", "page has no 'summary'; it is used as the page's description for search engines and lists", at: page.source.location))
        }
        for page in unreachablePages(pages, links: rendered.links) {
            diagnostics.append(.warning("unreachable-page", "no page reachable from the home page links to this page", at: page.source.location))
        }
        diagnostics += Parallel.map(files.count, jobs: jobs) { index -> [Diagnostic] in
            let file = files[index]
            // Most files can hold no placeholder (found as they were read): nothing to look up.
            guard file.mayContainPlaceholder, let cache else { return placeholderText(in: file) }
            return cache.memo(.placeholders, file.contentPath, input: file.text) { placeholderText(in: file) }
        }.joined()
        return diagnostics
    }

    /// The free pages no reader can reach. The navigation reaches the home page, the guide,
    /// the methodologies and the practices; a free page is reached when a reached page's
    /// Markdown links to it, transitively.
    static func unreachablePages(_ pages: [Page], links: [String: [Set<String>]]) -> [Page] {
        let free = Set(pages.map(\.source.contentPath))
        guard !free.isEmpty else { return [] }
        var reached: Set<String> = []
        var pending: [String] = []
        func follow(_ targets: [Set<String>]) {
            for set in targets {
                // A site has far fewer free pages than links: each of the smaller set is looked
                // up in the larger (85,000 links at 10,000 pages took 5 ms of every preview check).
                let (small, large) = set.count <= free.count ? (set, free) : (free, set)
                for target in small where large.contains(target) && reached.insert(target).inserted { pending.append(target) }
            }
        }
        for (page, targets) in links where !free.contains(page) { follow(targets) }
        while let page = pending.popLast() { follow(links[page] ?? []) }
        return pages.filter { !reached.contains($0.source.contentPath) }
    }

    /// False when no placeholder can occur: none of "TODO", "TBD", "FIXME" (exact bytes) nor
    /// "lorem" (ASCII case-insensitive) is in the text (`CTextScan`).
    static func mayContainPlaceholder(_ text: String) -> Bool {
        text.withUTF8Bytes { SourceScan($0).mayContainPlaceholder }
    }

    static func placeholderText(in file: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard file.mayContainPlaceholder else { return diagnostics }
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for placeholder in placeholders {
                guard let range = line.range(of: placeholder, options: placeholder == "lorem ipsum" ? [.caseInsensitive] : []) else { continue }
                let before = line[..<range.lowerBound].last
                let after = line[range.upperBound...].first
                guard !(before?.isLetter ?? false), !(after?.isLetter ?? false) else { continue }
                let column = line[..<range.lowerBound].unicodeScalars.count + 1
                diagnostics.append(.warning(
                    "placeholder-text", "placeholder text '\(line[range])' left in the content",
                    at: SourceLocation(path: file.displayPath, line: index + 1, column: column)))
            }
        }
        return diagnostics
    }
}
