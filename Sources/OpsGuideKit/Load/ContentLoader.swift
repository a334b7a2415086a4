/// Load stage: reads the content folder into memory and reports files that cannot be used
/// (unreadable, not UTF-8, invalid ids, names that clash by case, links leaving the folder).
public struct ContentLoader {
    public static let siteConfigName = "site.yaml"
    public static let homeName = "index.md"
    public static let guideName = "guide.md"
    public static let assetsFolder = "assets"
    /// Markdown and YAML files are read whole and parsed several times over; a larger file is
    /// refused with a diagnostic rather than risking the memory of the machine (assets have no limit).
    public static let maximumTextSize = 64 << 20

    private let paths: DisplayPath
    private let jobs: Int
    /// The unchanged file of an earlier build for a content path, if there is one (the preview).
    private let reuse: (String) -> SourceFile?
    private var diagnostics = DiagnosticBag()
    private var refused: [SourceFile] = []

    public init(paths: DisplayPath, jobs: Int = 1, reuse: @escaping (String) -> SourceFile? = { _ in nil }) {
        self.paths = paths
        self.jobs = jobs
        self.reuse = reuse
    }

    /// Reads every content file, the files of a folder on `jobs` threads; problems are returned
    /// alongside, never thrown. `reuse` gives files known to be unchanged since an earlier build.
    public static func load(_ paths: DisplayPath, jobs: Int = 1, reuse: @escaping (String) -> SourceFile? = { _ in nil }) -> (LoadedContent, DiagnosticBag) {
        var loader = ContentLoader(paths: paths, jobs: jobs, reuse: reuse)
        var content = LoadedContent(paths: paths)
        content.siteConfig = loader.readFile(siteConfigName, kind: nil, id: "site", required: true)
        content.home = loader.readFile(homeName, kind: .home, id: "index", required: true)
        content.guide = loader.readFile(guideName, kind: .guide, id: "guide", required: false)
        content.methodologies = loader.readFolder(.methodology)
        content.practices = loader.readFolder(.practice)
        content.pages = loader.readFolder(.page)
        content.assets = loader.listAssets(assetsFolder)
        content.refused = loader.refused
        return (content, loader.diagnostics)
    }

    /// `previous` with the files at `changed` (content paths) read again, or nil when that
    /// is not enough: a path is not a Markdown file `previous` holds nor site.yaml (a new,
    /// removed or renamed file, a folder, an asset), or reading it again reports a problem.
    static func reload(_ previous: LoadedContent, changing changed: Set<String>) -> LoadedContent? {
        var content = previous
        var loader = ContentLoader(paths: previous.paths)
        func reread(_ file: SourceFile) -> SourceFile? {
            loader.readFile(file.contentPath, kind: file.kind, id: file.id, required: true)
        }
        for path in changed {
            if path == content.siteConfig?.contentPath {
                guard let file = loader.readFile(path, kind: nil, id: "site", required: true) else { return nil }
                content.siteConfig = file
            } else if let home = content.home, path == home.contentPath {
                guard let file = reread(home) else { return nil }
                content.home = file
            } else if let guide = content.guide, path == guide.contentPath {
                guard let file = reread(guide) else { return nil }
                content.guide = file
            } else if let index = content.methodologies.firstIndex(where: { $0.contentPath == path }) {
                guard let file = reread(content.methodologies[index]) else { return nil }
                content.methodologies[index] = file
            } else if let index = content.practices.firstIndex(where: { $0.contentPath == path }) {
                guard let file = reread(content.practices[index]) else { return nil }
                content.practices[index] = file
            } else if let index = content.pages.firstIndex(where: { $0.contentPath == path }) {
                guard let file = reread(content.pages[index]) else { return nil }
                content.pages[index] = file
            } else {
                return nil
            }
        }
        return loader.diagnostics.items.isEmpty ? content : nil
    }

    private mutating func readFolder(_ kind: ContentKind) -> [SourceFile] {
        guard let folder = kind.folder else { return [] }
        guard usableEntry(folder, expectDirectory: true) else { return [] }
        var ids: [(contentPath: String, id: String)] = []
        var seenLowercased: [String: String] = [:]
        for name in FileSystem.list(paths.absolute(folder)) where !name.hasPrefix(".") {
            let contentPath = folder + "/" + name
            guard name.hasSuffix(".md") else {
                diagnostics.warning(
                    "unexpected-file", "'\(name)' is not a Markdown file (.md) and is ignored",
                    at: SourceLocation(path: paths.show(contentPath)))
                continue
            }
            let id = String(name.dropLast(3))
            if let other = seenLowercased[id.lowercased()] {
                diagnostics.error(
                    "case-clash", "file name differs only in case from '\(other)'; ids must be unique whatever the case",
                    at: SourceLocation(path: paths.show(contentPath)))
                if ContentId.isValid(id) { refuse(contentPath, kind: kind, id: id) }
                continue
            }
            seenLowercased[id.lowercased()] = name
            guard ContentId.isValid(id) else {
                diagnostics.error(
                    "invalid-id", "invalid \(kind.rawValue) id '\(id)': \(ContentId.rule)",
                    at: SourceLocation(path: paths.show(contentPath)))
                continue
            }
            ids.append((contentPath, id))
        }
        // Files are found by name in the open folder: the kernel does not walk the whole
        // path again for each of 10,000 files.
        let opened = FileSystem.openFolder(paths.absolute(folder))
        defer { opened.map(FileSystem.closeFolder) }
        let reads = Parallel.map(ids.count, jobs: jobs) { index -> (SourceFile?, ContentLoader) in
            var reader = ContentLoader(paths: paths, reuse: reuse)
            let name = String(ids[index].contentPath.dropFirst(folder.count + 1))
            let file = reader.readFile(ids[index].contentPath, kind: kind, id: ids[index].id, required: true, in: opened.map { ($0, name) })
            return (file, reader)
        }
        var files: [SourceFile] = []
        for (file, reader) in reads {
            diagnostics.append(contentsOf: reader.diagnostics)
            refused += reader.refused
            if let file { files.append(file) }
        }
        return files
    }

    private mutating func refuse(_ contentPath: String, kind: ContentKind, id: String) {
        refused.append(SourceFile(kind: kind, id: id, contentPath: contentPath, displayPath: paths.show(contentPath), text: ""))
    }

    /// Reads one file; `kind` is nil for the YAML site configuration. `entry`: the open folder
    /// that holds the file and its name there, when the caller has it open.
    private mutating func readFile(
        _ contentPath: String, kind: ContentKind?, id: String, required: Bool, in entry: (folder: Int32, name: String)? = nil
    ) -> SourceFile? {
        if let unchanged = reuse(contentPath) { return unchanged }
        let location = SourceLocation(path: paths.show(contentPath))
        let entry = entry ?? (FileSystem.workingFolder, paths.absolute(contentPath))
        let file: SourceFile?
        switch FileSystem.readPlainFile(entry.name, in: entry.folder, limit: Self.maximumTextSize) {
        case .text(let text, let mayContainPlaceholder)?:
            file = SourceFile(
                kind: kind ?? .page, id: id, contentPath: contentPath, displayPath: location.path, text: text,
                mayContainPlaceholder: mayContainPlaceholder)
        case .bytes(let bytes)?:
            file = decoded(bytes, contentPath: contentPath, kind: kind, id: id, location: location)
        case nil:
            let type = FileSystem.entryType(entry.name, in: entry.folder)
            if type == .missing {
                if required { diagnostics.error("missing-file", "required file is missing", at: location) }
                return nil
            }
            file = readExistingFile(contentPath, kind: kind, id: id, type: type, location: location, entry: entry)
        }
        if file == nil, let kind { refuse(contentPath, kind: kind, id: id) }
        return file
    }

    private mutating func readExistingFile(
        _ contentPath: String, kind: ContentKind?, id: String, type: FileSystem.EntryType, location: SourceLocation,
        entry: (folder: Int32, name: String)
    ) -> SourceFile? {
        guard usableEntry(contentPath, expectDirectory: false, type: type) else { return nil }
        switch FileSystem.read(entry.name, in: entry.folder, limit: Self.maximumTextSize) {
        case .failure(let failure) where failure.size != nil:
            diagnostics.error(
                "file-too-large", "file is \(failure.size! >> 20) MiB; a content file may hold at most \(Self.maximumTextSize >> 20) MiB, split it into several pages",
                at: location)
            return nil
        case .failure(let failure):
            diagnostics.error("unreadable-file", "cannot read file: \(failure.message)", at: location)
            return nil
        case .success(let bytes):
            return decoded(bytes, contentPath: contentPath, kind: kind, id: id, location: location)
        }
    }

    private mutating func decoded(_ bytes: [UInt8], contentPath: String, kind: ContentKind?, id: String, location: SourceLocation) -> SourceFile? {
        switch TextDecoding.decode(bytes) {
        case .failure(.invalidUTF8(let line, let column)):
            diagnostics.error(
                "invalid-utf8", "file is not valid UTF-8",
                at: SourceLocation(path: location.path, line: line, column: column))
            return nil
        case .success(let text):
            return SourceFile(kind: kind ?? .page, id: id, contentPath: contentPath, displayPath: location.path, text: text)
        }
    }

    /// False (with a diagnostic) for entries that are not what they should be, or symbolic links
    /// leading outside the content folder, which are refused and never followed. `known` is the
    /// entry's type when the caller already asked.
    private mutating func usableEntry(_ contentPath: String, expectDirectory: Bool, type known: FileSystem.EntryType? = nil) -> Bool {
        let absolute = paths.absolute(contentPath)
        let location = SourceLocation(path: paths.show(contentPath))
        var type = known ?? FileSystem.entryType(absolute)
        if type == .missing { return false }
        if type == .symlink {
            guard let target = FileSystem.realPath(absolute),
                let root = FileSystem.realPath(paths.root),
                target.hasPrefix(root + "/")
            else {
                diagnostics.error(
                    "symlink-outside-content", "symbolic link points outside the content folder; refused", at: location)
                return false
            }
            type = FileSystem.isDirectory(target) ? .directory : FileSystem.entryType(target)
        }
        if expectDirectory, type != .directory {
            diagnostics.error("not-a-folder", "expected a folder", at: location)
            return false
        }
        if !expectDirectory, type != .file {
            diagnostics.error("not-a-file", "expected a regular file", at: location)
            return false
        }
        return true
    }

    private mutating func listAssets(_ folder: String) -> [AssetFile] {
        guard usableEntry(folder, expectDirectory: true) else { return [] }
        var assets: [AssetFile] = []
        var pending = [folder]
        var walked = [FileSystem.realPath(paths.absolute(folder)) ?? folder: folder]
        while let current = pending.popLast() {
            for name in FileSystem.list(paths.absolute(current)) where !name.hasPrefix(".") {
                let contentPath = current + "/" + name
                let absolute = paths.absolute(contentPath)
                if name.unicodeScalars.contains("\u{FFFD}"), FileSystem.entryType(absolute) == .missing {
                    diagnostics.error("invalid-file-name", "file name is not valid UTF-8; rename the file", at: SourceLocation(path: paths.show(contentPath)))
                    continue
                }
                let isFolder = FileSystem.isDirectory(absolute)
                guard usableEntry(contentPath, expectDirectory: isFolder) else { continue }
                if isFolder {
                    let real = FileSystem.realPath(absolute) ?? absolute
                    if let first = walked[real] {
                        diagnostics.error(
                            "symlink-loop", "symbolic link leads to '\(first)', which is already copied; refused",
                            at: SourceLocation(path: paths.show(contentPath)))
                        continue
                    }
                    walked[real] = contentPath
                    pending.append(contentPath)
                } else {
                    assets.append(AssetFile(contentPath: contentPath, absolutePath: absolute))
                }
            }
        }
        return assets.sorted { $0.contentPath < $1.contentPath }
    }
}
