import Foundation

/// A checked site whose files are rendered when they are first asked for: what the preview
/// serves. After an edit the preview still loads, parses and links the whole site (so every
/// diagnostic is known), but renders only the pages a browser opens, as Hugo's fast render
/// mode does, instead of all of them before the reload.
///
/// A file asked for is the same file a full build writes (`allFiles()` is that build). Even
/// the list of pages is made on the first request, so it is not on the way to the reload.
public final class OnDemandSite: @unchecked Sendable {
    private let renderer: SiteRenderer
    private let cache: BuildCache?
    private let jobs: Int
    private let lock = NSLock()
    /// The pages (nothing rendered yet) and the copied files, listed on the first request.
    private var listed: Listing?
    /// The search index and the sitemap, made together on the first request for either: the
    /// index needs every page's text.
    private var generated: [String: OutputFile]?

    private struct Listing {
        let items: [SiteRenderer.Item]
        let itemsByPath: [String: Int]
        let copied: [String: OutputFile]
    }

    init(renderer: SiteRenderer, cache: BuildCache?, jobs: Int) {
        self.renderer = renderer
        self.cache = cache
        self.jobs = jobs
    }

    /// The file at `path` (relative to the site root), rendered now unless the cache holds it
    /// unchanged; nil when the site has no such file.
    public func file(_ path: String) -> OutputFile? {
        let listing = self.listing()
        if let index = listing.itemsByPath[path] { return renderer.page(listing.items[index], cache: cache) }
        if let file = listing.copied[path] { return file }
        guard path.hasPrefix(SearchIndex.folder + "/") || path == SitemapWriter.path else { return nil }
        return generatedFiles()[path]
    }

    /// Every file of the site in path order, as `opsguide build` writes them.
    public func allFiles() -> [OutputFile] {
        let listing = self.listing()
        let pages = Parallel.map(listing.items.count, jobs: jobs) { renderer.page(listing.items[$0], cache: cache) }
        return (pages + listing.copied.values + generatedFiles().values).sorted { $0.path < $1.path }
    }

    private func listing() -> Listing {
        lock.withLock {
            if let listed { return listed }
            let items = renderer.items(jobs: jobs, cache: cache)
            let listing = Listing(
                items: items, itemsByPath: Dictionary(items.enumerated().map { ($1.path, $0) }) { first, _ in first },
                copied: Dictionary(renderer.copiedFiles().map { ($0.path, $0) }) { first, _ in first })
            listed = listing
            return listing
        }
    }

    private func generatedFiles() -> [String: OutputFile] {
        let listing = self.listing()
        return lock.withLock {
            if let generated { return generated }
            var files = renderer.searchFiles(jobs: jobs, cache: cache)
            if let sitemap = renderer.sitemap(pagePaths: listing.items.map(\.path), copied: Array(listing.copied.values)) { files.append(sitemap) }
            let made = Dictionary(files.map { ($0.path, $0) }) { first, _ in first }
            generated = made
            return made
        }
    }
}
