import Foundation
@testable import OpsGuideKit

/// The repository's own content, loaded through the pipeline's stages once for all tests.
struct ShippedContent {
    static let contentFolder = TestSite.repositoryRoot.appendingPathComponent("content").path
    static let siteFolder = TestSite.repositoryRoot.appendingPathComponent("site").path

    let loaded: LoadedContent
    let parsed: ParsedContent
    let graph: KnowledgeGraph
    let rendered: RenderedContent

    init() {
        (loaded, _) = ContentLoader.load(DisplayPath(root: Self.contentFolder))
        parsed = ParsedContent.parse(loaded, jobs: 2)
        (graph, _) = KnowledgeGraph.build(config: parsed.config!, methodologies: parsed.methodologies, practices: parsed.practices)
        let work = RenderedContent.bodyJobs(parsed) + RenderedContent.fragmentJobs(graph: graph, guide: parsed.guide)
        rendered = RenderedContent.merge(
            work, RenderedContent.results(of: work, renderer: MarkdownRenderer(resolver: LinkResolver(siteMap: SiteMap(loaded))), jobs: 2))
    }

    func words(_ contentPath: String) -> Int { rendered.bodies[contentPath]?.wordCount ?? 0 }
}
