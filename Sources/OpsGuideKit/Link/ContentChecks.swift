import Foundation

/// Checks that keep the content honest, reported as warnings (errors with `--strict`):
/// practices no methodology uses, methodologies below the site's practice and word minimums,
/// dimension cells left empty, pages no reader can reach from the home page, free pages without
/// a summary, and placeholder text.
public enum ContentChecks {
    static let placeholders = ["TODO", "TBD", "FIXME", "lorem ipsum"]

    public static func run(
        graph: KnowledgeGraph, pages: [Page], guide: Guide?, rendered: RenderedContent, files: [SourceFile], jobs: Int = 1
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
        let reachable = reachablePages(graph: graph, guide: guide, links: rendered.links)
        for page in pages where !reachable.contains(page.source.contentPath) {
            diagnostics.append(.warning("unreachable-page", "no page reachable from the home page links to this page", at: page.source.location))
        }
        diagnostics += Parallel.map(files.count, jobs: jobs) { placeholderText(in: files[$0]) }.joined()
        return diagnostics
    }

    /// Pages the navigation reaches (home, methodologies, practices, guide), then every page
    /// their Markdown links lead to, transitively.
    static func reachablePages(graph: KnowledgeGraph, guide: Guide?, links: [String: Set<String>]) -> Set<String> {
        var pending = [ContentLoader.homeName] + graph.methodologies.map(\.source.contentPath) + graph.practices.map(\.source.contentPath)
        if let guide { pending.append(guide.source.contentPath) }
        var reached = Set(pending)
        while let page = pending.popLast() {
            for target in links[page] ?? [] where reached.insert(target).inserted {
                pending.append(target)
            }
        }
        return reached
    }

    /// False when no placeholder can occur: none of "TODO", "TBD", "FIXME" (exact bytes) nor
    /// "lorem" (ASCII case-insensitive) is in the text.
    static func mayContainPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func has(_ word: StaticString, at index: Int, foldCase: Bool) -> Bool {
                let count = word.utf8CodeUnitCount
                guard index + count <= bytes.count else { return false }
                for offset in 0..<count {
                    let byte = bytes[index + offset]
                    if (foldCase ? byte | 0x20 : byte) != word.utf8Start[offset] { return false }
                }
                return true
            }
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "T"):
                    if has("TODO", at: index, foldCase: false) || has("TBD", at: index, foldCase: false) { return true }
                case UInt8(ascii: "F"):
                    if has("FIXME", at: index, foldCase: false) { return true }
                case UInt8(ascii: "l"), UInt8(ascii: "L"):
                    if has("lorem", at: index, foldCase: true) { return true }
                default:
                    continue
                }
            }
            return false
        }
    }

    static func placeholderText(in file: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard mayContainPlaceholder(file.text) else { return diagnostics }
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
