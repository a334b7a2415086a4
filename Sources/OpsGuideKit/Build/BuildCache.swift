import Foundation

/// Results of the expensive per-file steps (YAML decoding, cmark parsing and rendering) kept
/// between builds of the preview server, keyed by the exact text they came from, so a rebuild
/// after an edit redoes them only for the files that changed.
///
/// Rendered Markdown also depends on which files exist (links resolve against them), so that
/// part is dropped whenever a file is added or removed. Rendered pages are kept with the content
/// files they show; a page is rendered again only when one of those changed, or when the
/// templates, site.yaml or the set of files changed.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var memos: [MemoKey: AnyObject] = [:]
    private var renders: [String: (input: MarkdownInput, value: RenderedMarkdown)] = [:]
    private var knownPaths: Set<String> = []
    private var texts: [String: String] = [:]
    private var templatesKey = ""
    /// Counts builds; pages remember the build that rendered them.
    private var generation = 0
    /// The build in which each content path last changed.
    private var changedIn: [String: Int] = [:]
    /// The last build in which every page became stale (templates, site.yaml or the set of
    /// files changed, or the first build).
    private var resetIn = 0
    private var outputs: [String: (inputs: Set<String>?, generation: Int, file: OutputFile)] = [:]
    private var rendered = 0
    /// The content files of the last build, by content path.
    private var loaded: [String: SourceFile] = [:]
    /// The content of the last build, when loading it reported nothing.
    private var lastClean: LoadedContent?
    /// The new text of each content file changed since the last build that began rendering,
    /// when only loads that read just the files written (the same set of files) happened since;
    /// nil when a full load did, and every text must be compared.
    private var changedTexts: [String: String]?
    /// The site map of the last build, valid while the set of files stays the same.
    private var lastSiteMap: SiteMap?
    /// The texts of each list (`bodies`, `fragments`) of the last build and their results,
    /// valid while the set of files and the renderer's settings stay the same.
    private var markdownLists: [String: (settings: MarkdownRenderer.Settings, work: [RenderedContent.Job], results: [RenderedMarkdown])] = [:]
    /// The Markdown texts of the last build, their results and what was merged from them.
    private var markdown: (work: [RenderedContent.Job], results: [RenderedMarkdown], content: RenderedContent)?
    /// The broken anchors of each of those texts.
    private var anchors: [[Diagnostic]]?
    /// Each list's files of the last build and what parsing them gave (`ParsedList`), by name.
    private var parsedLists: [String: AnyObject] = [:]
    /// Content paths (files or folders) written since the last build started; nil when unknown,
    /// which makes every file be read again.
    private var written: Set<String>? = nil
    /// The last knowledge graph and what it was built from, kept while it had no diagnostics.
    private var lastGraph: GraphMemo?
    /// The templates of the last build, checked, from the folder they were loaded from; kept
    /// until a file under that folder is written (or the watcher loses events).
    private var lastTemplates: (root: String, templates: TemplateSet?, diagnostics: DiagnosticBag)?
    private var templatesChanged = true

    private struct GraphMemo {
        var siteConfig: SourceFile?
        var methodologySources: [SourceFile]
        var practices: [Practice]
        var fileIds: [String]
        var graph: KnowledgeGraph
    }

    /// How many pages the last build rendered rather than reused.
    public var pagesRendered: Int { lock.withLock { rendered } }

    public init() {}

    /// Tells the cache which content paths (relative to the content folder; a folder stands for
    /// everything in it) were written; nil when that is unknown. Files not named keep the text
    /// the last build read, without being read again.
    public func contentWritten(_ paths: [String]?) {
        lock.withLock {
            guard let paths else { return written = nil }
            written?.formUnion(paths)
        }
    }

    /// Tells the cache that something under the templates folder was written (or that writes
    /// may have been missed): the next build loads and compiles the templates again.
    public func templatesWritten() {
        lock.withLock { templatesChanged = true }
    }

    /// The templates for a build: the last build's when no file under their folder was written
    /// since (`templatesWritten`), otherwise `load()`'s. Reading, compiling and checking them
    /// took about 1.5 ms of a 30 ms rebuild after a content edit at 10,000 pages.
    func templates(_ paths: DisplayPath, load: () -> (TemplateSet?, DiagnosticBag)) -> (TemplateSet?, DiagnosticBag) {
        let kept = lock.withLock { () -> (TemplateSet?, DiagnosticBag)? in
            guard !templatesChanged, let last = lastTemplates, last.root == paths.root else {
                // Cleared before loading: a write during the load makes the next build load again.
                templatesChanged = false
                return nil
            }
            return (last.templates, last.diagnostics)
        }
        if let kept { return kept }
        let loaded = load()
        lock.withLock { lastTemplates = (paths.root, loaded.0, loaded.1) }
        return loaded
    }

    /// Loads the content folder for a build. When the last load had no diagnostics and only
    /// Markdown files it read (or site.yaml) were written since, only those are read again,
    /// without listing the folders; otherwise every folder is listed and only the files
    /// written since are read again.
    func load(_ paths: DisplayPath, jobs: Int) -> (LoadedContent, DiagnosticBag) {
        let (previous, files, changed) = lock.withLock { () -> (LoadedContent?, [String: SourceFile], Set<String>?) in
            defer { written = [] }
            return (lastClean, loaded, written)
        }
        if let previous, previous.paths.root == paths.root, let changed, changed.count <= Self.maximumRereads,
            let content = ContentLoader.reload(previous, changing: changed) {
            var texts: [String: String] = [:]
            for file in content.markdownFiles where changed.contains(file.contentPath) && files[file.contentPath]?.text != file.text {
                texts[file.contentPath] = file.text
            }
            lock.withLock {
                lastClean = content
                changedTexts?.merge(texts) { _, new in new }
                for file in content.markdownFiles + [content.siteConfig].compactMap({ $0 }) where changed.contains(file.contentPath) {
                    loaded[file.contentPath] = file
                }
            }
            return (content, DiagnosticBag())
        }
        let reuse: (String) -> SourceFile? = changed.map { changed in
            { path in
                guard !changed.contains(path), !changed.contains(where: { path.hasPrefix($0 + "/") }) else { return nil }
                return files[path]
            }
        } ?? { _ in nil }
        let (content, diagnostics) = ContentLoader.load(paths, jobs: jobs, reuse: reuse)
        let read = Dictionary(content.markdownFiles.map { ($0.contentPath, $0) } + [content.siteConfig].compactMap { $0 }.map { ($0.contentPath, $0) }) { first, _ in first }
        lock.withLock {
            loaded = read
            lastClean = diagnostics.items.isEmpty ? content : nil
            changedTexts = nil
        }
        return (content, diagnostics)
    }

    /// Past this many written files, listing the folders again costs less than finding each.
    private static let maximumRereads = 32

    /// What a memoised value is: the step that made it and the file, page or row it is for.
    struct MemoKey: Hashable {
        enum Step: UInt8 { case frontMatter, placeholders, searchTerms, matrixRow }
        let step: Step
        let name: String
    }

    /// The files of one list (methodologies, practices, pages) and what parsing each gave.
    private final class ParsedList<Value> {
        let files: [SourceFile]
        let values: [Value]
        init(files: [SourceFile], values: [Value]) {
            self.files = files
            self.values = values
        }
    }

    /// `parse` of every file of the list `name`, in parallel. A file object the last build
    /// parsed at the same place (the loader keeps the object of a file that did not change)
    /// gives back its last result without a lookup by its text: after one edit, one file is
    /// parsed and none of the 10,000 others is looked up.
    func parseList<Value>(_ name: String, _ files: [SourceFile], jobs: Int, _ parse: (SourceFile) -> Value) -> [Value] {
        let last = lock.withLock { parsedLists[name] } as? ParsedList<Value>
        let values = Parallel.map(files.count, jobs: jobs) { index -> Value in
            let file = files[index]
            if let last, index < last.files.count, last.files[index] === file { return last.values[index] }
            return frontMatter(of: file, parse)
        }
        lock.withLock { parsedLists[name] = ParsedList(files: files, values: values) }
        return values
    }

    /// `parse` of `file`, kept with the text it was parsed from.
    func frontMatter<Value>(of file: SourceFile, _ parse: (SourceFile) -> Value) -> Value {
        memo(.frontMatter, file.contentPath, input: file.text) { parse(file) }
    }

    /// A memoised value and what it was computed from.
    private final class Memo<Input: Equatable, Value> {
        let input: Input
        let value: Value
        init(input: Input, value: Value) {
            self.input = input
            self.value = value
        }
    }

    /// The cached value for `key` if it was computed from the same `input`, else computes it
    /// (front matter models, search documents' term weights, matrix rows). Inputs
    /// that did not change are usually the very same strings, which compare in constant time,
    /// so no input is joined or copied to be compared.
    func memo<Input: Equatable, Value>(_ step: MemoKey.Step, _ name: String, input: Input, _ compute: () -> Value) -> Value {
        let key = MemoKey(step: step, name: name)
        if let hit = lock.withLock({ memos[key] }) as? Memo<Input, Value>, hit.input == input { return hit.value }
        let value = compute()
        lock.withLock { memos[key] = Memo(input: input, value: value) }
        return value
    }

    func lastTexts(_ list: String, settings: MarkdownRenderer.Settings) -> (work: [RenderedContent.Job], results: [RenderedMarkdown])? {
        lock.withLock { markdownLists[list].flatMap { $0.settings == settings ? ($0.work, $0.results) : nil } }
    }

    func storeTexts(_ list: String, settings: MarkdownRenderer.Settings, work: [RenderedContent.Job], results: [RenderedMarkdown]) {
        lock.withLock { markdownLists[list] = (settings, work, results) }
    }

    /// The Markdown texts of the last build, their results and what was merged from them.
    var lastMarkdown: (work: [RenderedContent.Job], results: [RenderedMarkdown], content: RenderedContent)? {
        get { lock.withLock { markdown } }
        set { lock.withLock { markdown = newValue } }
    }

    /// The anchor check of `content` (`AnchorCheck`), done again only for the texts that
    /// changed since the last build when no page's anchors changed.
    func anchorCheck(_ content: RenderedContent, reserved: Set<String>, jobs: Int) -> [Diagnostic] {
        let found = AnchorCheck.check(content, reserved: reserved, jobs: jobs, last: lock.withLock { anchors })
        lock.withLock { anchors = found }
        return found.flatMap { $0 }
    }

    /// Everything the rendering of one Markdown text depends on, but the set of files.
    struct MarkdownInput: Equatable {
        let text: Substring
        let contentPath: String
        let outputPath: String
        let firstLine: Int
        let firstColumn: Int
        let settings: MarkdownRenderer.Settings
    }

    /// The rendering of each text whose input is the one it was rendered from, nil for the
    /// others; one lock for the whole list.
    func renders(_ keys: [String], inputs: [MarkdownInput]) -> [RenderedMarkdown?] {
        lock.withLock {
            zip(keys, inputs).map { key, input in renders[key].flatMap { $0.input == input ? $0.value : nil } }
        }
    }

    func storeRenders(_ entries: [(key: String, input: MarkdownInput, value: RenderedMarkdown)]) {
        lock.withLock {
            for entry in entries { renders[entry.key] = (entry.input, entry.value) }
        }
    }

    /// Starts a build: records which content files changed since the last one. Templates or
    /// site.yaml changing, or files appearing or disappearing, make every page stale.
    func begin(_ content: LoadedContent, templates: [String: String]) {
        let key = ([content.siteConfig?.text ?? ""] + templates.keys.sorted().map { $0 + "\u{0}" + templates[$0]! }).joined(separator: "\u{1}")
        let changes = lock.withLock { changedTexts }
        let newTexts = changes == nil ? Dictionary(uniqueKeysWithValues: content.markdownFiles.map { ($0.contentPath, $0.text) }) : [:]
        lock.withLock {
            generation += 1
            if let changes, key == templatesKey {
                for (path, text) in changes {
                    texts[path] = text
                    changedIn[path] = generation
                }
            } else if changes == nil, key == templatesKey, newTexts.count == texts.count, newTexts.keys.allSatisfy({ texts[$0] != nil }) {
                for (path, text) in newTexts where texts[path] != text { changedIn[path] = generation }
                texts = newTexts
            } else {
                resetIn = generation
                outputs.removeAll()
                if let changes { texts.merge(changes) { _, new in new } } else { texts = newTexts }
            }
            changedTexts = [:]
            templatesKey = key
            rendered = 0
        }
    }

    /// The page rendered by an earlier build, when none of the files it shows (then or now)
    /// changed since; pages rendered on demand may be several builds old.
    func output(_ path: String, inputs: Set<String>?) -> OutputFile? {
        lock.withLock {
            guard let inputs, let cached = outputs[path], cached.generation >= resetIn, let cachedInputs = cached.inputs,
                cachedInputs.union(inputs).allSatisfy({ (changedIn[$0] ?? 0) <= cached.generation })
            else { return nil }
            return cached.file
        }
    }

    func store(_ file: OutputFile, inputs: Set<String>?) {
        lock.withLock {
            outputs[file.path] = (inputs, generation, file)
            rendered += 1
        }
    }

    /// The site map of `content`: the last one while the set of files stays the same. A new
    /// set of files makes the cache forget rendered Markdown, whose links resolve against it.
    func siteMap(_ content: LoadedContent) -> SiteMap {
        if let map = lock.withLock({ changedTexts == nil ? nil : lastSiteMap }) { return map }
        let map = SiteMap(content)
        let paths = map.contentPaths
        lock.withLock {
            if paths != knownPaths {
                renders.removeAll()
                markdownLists.removeAll()
                knownPaths = paths
            }
            lastSiteMap = map
        }
        return map
    }

    /// The knowledge graph: the last build's with the practices that changed put in place, when
    /// site.yaml, the methodologies and the set of files are the same and the practices that
    /// changed keep what orders and groups them (`KnowledgeGraph.replacing`); `build()` otherwise.
    /// Unchanged files come back as the same `SourceFile` and parsed `Practice` objects, so
    /// identity tells what changed.
    func graph(
        _ content: LoadedContent, methodologies: [Methodology], practices: [Practice], build: () -> (KnowledgeGraph, DiagnosticBag)
    ) -> (KnowledgeGraph, DiagnosticBag) {
        let fileIds = (content.methodologies + content.practices + content.refused).map(\.id)
        let methodologySources = methodologies.map(\.source)
        func memo(_ graph: KnowledgeGraph) -> GraphMemo {
            GraphMemo(siteConfig: content.siteConfig, methodologySources: methodologySources, practices: practices, fileIds: fileIds, graph: graph)
        }
        if let last = lock.withLock({ lastGraph }), last.siteConfig === content.siteConfig,
            last.methodologySources.elementsEqual(methodologySources, by: ===), last.fileIds == fileIds,
            last.practices.count == practices.count
        {
            let changed = zip(last.practices, practices).filter { $0.0 !== $0.1 }
            if changed.allSatisfy({ $0.0.id == $0.1.id }), let graph = last.graph.replacing(changed.map(\.1)) {
                lock.withLock { lastGraph = memo(graph) }
                return (graph, DiagnosticBag())
            }
        }
        let (graph, diagnostics) = build()
        lock.withLock { lastGraph = diagnostics.items.isEmpty ? memo(graph) : nil }
        return (graph, diagnostics)
    }
}
