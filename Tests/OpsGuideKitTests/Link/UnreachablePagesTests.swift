import Testing
@testable import OpsGuideKit

/// The free pages no reader reaches: links are followed from every page that is not free, then
/// from each free page reached, whichever of a page's links and the free pages is the larger set.
@Suite struct UnreachablePagesTests {
    static func page(_ id: String) -> Page {
        let path = "pages/\(id).md"
        return Page(
            id: id, source: SourceFile(kind: .page, id: id, contentPath: path, displayPath: "content/" + path, text: ""),
            title: id, summary: "S", body: MarkdownSource(text: "", path: path, firstLine: 1))
    }

    @Test func pagesAreReachedThroughLinksOfReachedPagesOnly() {
        let pages = ["linked", "through-linked", "alone", "linked-from-alone"].map(Self.page)
        let manyTargets = Set((0..<20).map { "practices/p\($0).md" } + ["pages/linked.md"])
        let links: [String: [Set<String>]] = [
            "practices/p1.md": [manyTargets],
            "pages/linked.md": [["pages/through-linked.md"]],
            "pages/alone.md": [["pages/linked-from-alone.md", "practices/p2.md"]],
        ]
        let unreached = ContentChecks.unreachablePages(pages, links: links).map(\.id)
        #expect(unreached == ["alone", "linked-from-alone"])
    }

    @Test func aSiteWithoutFreePagesHasNoneUnreached() {
        #expect(ContentChecks.unreachablePages([], links: ["practices/p1.md": [["pages/x.md"]]]).isEmpty)
    }
}
