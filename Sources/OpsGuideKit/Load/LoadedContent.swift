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
    /// Markdown files with a valid id that could not be used (unreadable, not UTF-8, a refused
    /// symbolic link, a name clash), text left empty: they fail the build, but references and
    /// links to them are not reported again as unknown or missing.
    public var refused: [SourceFile] = []

    /// All Markdown files, in a stable order.
    public var markdownFiles: [SourceFile] {
        [home, guide].compactMap { $0 } + methodologies + practices + pages
    }

    /// The ids of every file of a kind, loaded or refused.
    public func declaredIds(_ kind: ContentKind) -> Set<String> {
        let loaded = switch kind {
        case .methodology: methodologies
        case .practice: practices
        case .page: pages
        case .home: [home].compactMap { $0 }
        case .guide: [guide].compactMap { $0 }
        }
        var ids = Set(loaded.map(\.id))
        for file in refused where file.kind == kind { ids.insert(file.id) }
        return ids
    }
}
