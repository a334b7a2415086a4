/// The kinds of content file, each with its own folder and id namespace.
public enum ContentKind: String, Sendable, CaseIterable {
    case methodology
    case practice
    case page
    case home
    case guide

    /// The folder under content/ holding one file per item, for kinds that have one.
    public var folder: String? {
        switch self {
        case .methodology: "methodologies"
        case .practice: "practices"
        case .page: "pages"
        case .home, .guide: nil
        }
    }
}

/// A Markdown content file as read from disk: decoded UTF-8, byte-order mark removed,
/// CRLF turned into LF (line and column numbers are unchanged by both).
///
/// A class: the loader, the parsed models, the caches and every stage's lists refer to the
/// same file, and a site has thousands.
public final class SourceFile: Sendable {
    public let kind: ContentKind
    /// The id is the file name without `.md`.
    public let id: String
    /// Path relative to the content folder, with `/` separators: `practices/sast.md`.
    public let contentPath: String
    /// Path shown in diagnostics.
    public let displayPath: String
    public let text: String
    /// Whether the text may hold placeholder text (`ContentChecks.mayContainPlaceholder`). Found
    /// when the file is read, while its text is still in the processor's cache: the same scan
    /// after the Markdown stage read 66 MB back from memory and cost 4 % of a 10,000-page build.
    let mayContainPlaceholder: Bool

    public convenience init(kind: ContentKind, id: String, contentPath: String, displayPath: String, text: String) {
        self.init(
            kind: kind, id: id, contentPath: contentPath, displayPath: displayPath, text: text,
            mayContainPlaceholder: ContentChecks.mayContainPlaceholder(text))
    }

    /// A file whose text was already scanned for placeholders as it was read.
    init(kind: ContentKind, id: String, contentPath: String, displayPath: String, text: String, mayContainPlaceholder: Bool) {
        self.kind = kind
        self.id = id
        self.contentPath = contentPath
        self.displayPath = displayPath
        self.text = text
        self.mayContainPlaceholder = mayContainPlaceholder
    }

    public var location: SourceLocation { SourceLocation(path: displayPath) }

    /// The same file without its text, for models kept after their text is rendered.
    var withoutText: SourceFile {
        SourceFile(kind: kind, id: id, contentPath: contentPath, displayPath: displayPath, text: "", mayContainPlaceholder: false)
    }
}

/// A file under content/assets, copied to the site as it is.
public struct AssetFile: Sendable {
    /// `assets/diagram.png`
    public var contentPath: String
    public var absolutePath: String
}
