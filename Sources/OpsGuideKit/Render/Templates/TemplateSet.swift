/// The site's Mustache templates, compiled once per build, and its static theme files.
///
/// Every `templates/*.mustache` file is registered under its name without extension and can
/// be used as a page template or a partial (`{{> header}}`); `templates/static/` is copied to
/// the site's `static/` folder as it is.
public struct TemplateSet: Sendable {
    public static let requiredTemplates = [
        "home", "methodology", "practice", "page", "methodologies", "practices", "matrix", "matrix-row", "matrix-cell",
        "guide", "guide-question", "guide-end", "404",
    ]

    /// Template name → compiled template.
    let compiled: [String: Template]
    /// The compiled templates as pages render them.
    let library: TemplateLibrary
    /// Template name → source text, for checks that read the templates themselves.
    public let sources: [String: String]
    public let staticFiles: [AssetFile]
    public let paths: DisplayPath
    /// Set by tests to learn every name the renderers provide (see `TemplateVocabulary`).
    var recorder: ContextRecorder?

    /// Loads and compiles the templates; syntax errors and missing templates become diagnostics.
    public static func load(_ paths: DisplayPath) -> (TemplateSet?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        guard FileSystem.isDirectory(paths.root) else {
            diagnostics.error("missing-file", "templates folder not found", at: SourceLocation(path: paths.show("")))
            return (nil, diagnostics)
        }
        var compiled: [String: Template] = [:]
        var sources: [String: String] = [:]
        for name in FileSystem.list(paths.root) where name.hasSuffix(".mustache") {
            let location = SourceLocation(path: paths.show(name))
            guard case .success(let bytes) = FileSystem.read(paths.absolute(name)),
                case .success(let text) = TextDecoding.decode(bytes)
            else {
                diagnostics.error("unreadable-file", "cannot read template (unreadable or not UTF-8)", at: location)
                continue
            }
            let templateName = String(name.dropLast(".mustache".count))
            switch TemplateParser.parse(text) {
            case .success(let template):
                compiled[templateName] = template
                sources[templateName] = text
            case .failure(let failure):
                diagnostics.error(
                    "template-syntax", "invalid Mustache template: \(failure.message)",
                    at: SourceLocation(path: location.path, line: failure.line, column: failure.column))
            }
        }
        for name in requiredTemplates where sources[name] == nil && !diagnostics.items.contains(where: { $0.location.path == paths.show("\(name).mustache") }) {
            diagnostics.error("missing-template", "missing template '\(name).mustache'", at: SourceLocation(path: paths.show("")))
        }
        let staticFiles = listStatic(paths)
        let set = TemplateSet(
            compiled: compiled, library: TemplateLibrary(compiled), sources: sources, staticFiles: staticFiles, paths: paths)
        return (set, diagnostics)
    }

    private static func listStatic(_ paths: DisplayPath) -> [AssetFile] {
        var files: [AssetFile] = []
        var pending = [SiteMap.staticFolder]
        while let folder = pending.popLast() {
            guard FileSystem.isDirectory(paths.absolute(folder)) else { continue }
            for name in FileSystem.list(paths.absolute(folder)) where !name.hasPrefix(".") {
                let path = folder + "/" + name
                switch FileSystem.entryType(paths.absolute(path)) {
                case .directory: pending.append(path)
                case .file: files.append(AssetFile(contentPath: path, absolutePath: paths.absolute(path)))
                default: continue
                }
            }
        }
        return files.sorted { $0.contentPath < $1.contentPath }
    }

    /// The UTF-8 text `template` makes of `context`; empty for a template that does not exist.
    /// `capacity`: bytes to reserve for the output, when the caller knows it will be large (a
    /// buffer that grows by doubling touches about twice its final size in fresh memory).
    public func render(_ context: TemplateMap, with template: String, capacity: Int = 16_384) -> [UInt8] {
        let pieces = renderPieces(context, with: template, capacity: capacity)
        if pieces.count == 1, case .bytes(let bytes) = pieces[0] { return bytes }
        return OutputFile.Piece.joined(pieces)
    }

    /// `render` in pieces: `batches` values (the matrix's rows) stay to be made as the file is
    /// written, so a 25 MB page is never held whole.
    func renderPieces(_ context: TemplateMap, with template: String, capacity: Int = 16_384) -> [OutputFile.Piece] {
        recorder?.record(context)
        return library.renderPieces(context, with: template, capacity: capacity) ?? []
    }
}
