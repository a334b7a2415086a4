/// Everything read from the content folder, before any of it is parsed.
public struct LoadedContent: Sendable {
    public var paths: DisplayPath
    /// `site.yaml`, decoded; nil when missing (reported as a diagnostic).
    public var siteConfig: SourceFile?
    public var home: SourceFile?
    public var guide: SourceFile?
    public var methodologies: [SourceFile] = []
    public var practices: [SourceFile] = []
    public var pages: [SourceFile] = []
    public var assets: [AssetFile] = []

    /// All Markdown files, in a stable order.
    public var markdownFiles: [SourceFile] {
        [home, guide].compactMap { $0 } + methodologies + practices + pages
    }
}
