import Foundation

/// Writes new content files with valid front matter and a skeleton of headings, so an author
/// starts from something that builds.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What to create with `opsguide new`.
    public struct Request: Sendable {
        public var kind: ContentKind
        public var id: String
        public var title: String?
        public var category: String?
        public var methodologies: [String] = []

        public init(kind: ContentKind, id: String, title: String? = nil, category: String? = nil, methodologies: [String] = []) {
            self.kind = kind
            self.id = id
            self.title = title
            self.category = category
            self.methodologies = methodologies
        }
    }

    /// Creates the file and returns its path; refuses invalid or taken ids and unknown references.
    public static func create(_ request: Request, content: String) throws -> String {
        guard let folder = request.kind.folder else { throw Failure(description: "only methodologies, practices and pages can be created") }
        guard ContentId.isValid(request.id) else { throw Failure(description: "invalid id '\(request.id)': \(ContentId.rule)") }
        let paths = DisplayPath(root: content)
        guard FileSystem.isDirectory(paths.root) else { throw Failure(description: "content folder '\(content)' does not exist") }
        let existing = FileSystem.list(paths.absolute(folder)).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        if let taken = existing.first(where: { $0.lowercased() == request.id.lowercased() }) {
            throw Failure(description: "a \(request.kind.rawValue) named '\(taken)' already exists in \(paths.show(folder))/")
        }
        let config = try siteConfig(paths)
        let title = request.title ?? defaultTitle(request.id)
        let text: String
        switch request.kind {
        case .methodology:
            text = SkeletonText.methodology(title: title, dimensions: config.dimensions)
        case .practice:
            let category = request.category ?? config.categories.first?.id ?? ""
            guard config.categories.contains(where: { $0.id == category }) else {
                throw Failure(description: "unknown category '\(category)'; known: \(config.categories.map(\.id).joined(separator: ", "))")
            }
            let methodologies = FileSystem.list(paths.absolute("methodologies")).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
            for id in request.methodologies where !methodologies.contains(id) {
                throw Failure(description: "unknown methodology '\(id)'; known: \(methodologies.joined(separator: ", "))")
            }
            text = SkeletonText.practice(title: title, category: category, methodologies: request.methodologies)
        default:
            text = SkeletonText.page(title: title)
        }
        try? FileManager.default.createDirectory(atPath: paths.absolute(folder), withIntermediateDirectories: true)
        let path = "\(folder)/\(request.id).md"
        guard FileManager.default.createFile(atPath: paths.absolute(path), contents: Data(text.utf8)) else {
            throw Failure(description: "cannot write \(paths.show(path))")
        }
        return paths.show(path)
    }

    /// `sast-in-the-ide` → `Sast in the ide`.
    static func defaultTitle(_ id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func siteConfig(_ paths: DisplayPath) throws -> SiteConfig {
        let (content, _) = ContentLoader.load(paths)
        guard let file = content.siteConfig, let config = SiteConfigParser.parse(file).0 else {
            throw Failure(description: "cannot read \(paths.show(ContentLoader.siteConfigName)); run 'opsguide check' to see why")
        }
        return config
    }
}
