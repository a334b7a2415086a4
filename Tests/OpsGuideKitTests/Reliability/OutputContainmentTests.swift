import Foundation
import Testing
@testable import OpsGuideKit

/// No output path can leave the output folder, whatever a file name holds; and a file name that
/// holds URL syntax still gets a URL that leads to it.
@Suite struct OutputContainmentTests {
    /// Writes `files` through one writer session, as a build does, then puts the site in place.
    static func write(_ files: [OutputFile], to output: String) throws {
        let writer = try AtomicSiteWriter(output: output)
        for file in files { writer.write(file) }
        try writer.commit()
    }

    @Test(arguments: ["../escaped.html", "a/../../escaped.html", "/tmp/escaped.html", "", "a//b.html", "./a.html", "a/.", "a\0b"])
    func writerRefusesPathsThatCouldLeaveTheOutputFolder(path: String) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-contain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/out/site"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
        let files = [OutputFile(path: "index.html", contents: .text("new")), OutputFile(path: path, contents: .text("escaped"))]
        #expect(throws: AtomicSiteWriter.Failure.self) { try Self.write(files, to: output) }
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/out") == ["site"])
        #expect(!FileManager.default.fileExists(atPath: root + "/escaped.html"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escaped.html"))
    }

    @Test func aPlainPathSplitsIntoItsFolderAndName() {
        func split(_ path: String) -> [String]? { AtomicSiteWriter.folderAndName(path).map { [$0.folder, $0.name] } }
        #expect(split("index.html") == ["", "index.html"])
        #expect(split("practices/sast.html") == ["practices", "sast.html"])
        #expect(split("assets/deep/ünï cödé.svg") == ["assets/deep", "ünï cödé.svg"])
        #expect(split(".well-known/a..b") == [".well-known", "a..b"])
        #expect(split("a/.../b") == ["a/...", "b"])
        for refused in ["", "/", "a/", "/a", "a//b", ".", "..", "a/./b", "a/../b", "a/..", "..a/../b", "a\0b", "\0"] {
            #expect(split(refused) == nil, "\(refused.debugDescription)")
        }
    }

    @Test func writerRefusesTwoFilesWithOnePath() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-contain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = [OutputFile(path: "a.html", contents: .text("1")), OutputFile(path: "a.html", contents: .text("2"))]
        #expect(throws: AtomicSiteWriter.Failure.self) { try Self.write(files, to: root + "/site") }
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
    }

    /// Regression: an asset named `a b#c?d%e"<x>'.svg` was linked as `a%20b#c?d%e…`, a URL whose
    /// `#`, `?` and `%` changed what it points at.
    @Test func assetsWithHostileNamesStayInsideAndTheirLinksLeadToThem() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let svg = try Data(contentsOf: URL(fileURLWithPath: site.content + "/assets/diagram.svg"))
        let names = [#"a b#c?d%e"<x>'.svg"#, "new\nline.svg", "a..b.svg", "ünï cödé.svg", "javascript:alert(1).svg"]
        for name in names { try site.write("assets/deep/" + name, svg) }
        let links = names.map { "![\($0.filter(\.isLetter))](../assets/deep/\(Self.encoded($0)))" }.joined(separator: "\n")
        try site.write("pages/about.md", "---\ntitle: About\nsummary: Names.\n---\n\(links)\n")
        #expect(site.errorLines(site.build()) == [])
        for name in names {
            #expect(FileManager.default.fileExists(atPath: site.output + "/assets/deep/" + name), "\(name)")
        }
        let sources = try HTMLDocument(file: site.output + "/pages/about.html").attribute("src", of: "//article//img")
        let page = URL(fileURLWithPath: site.output + "/pages/about.html")
        #expect(sources.compactMap { URL(string: $0, relativeTo: page)?.standardizedFileURL.path } == names.map { site.output + "/assets/deep/" + $0 })
        let outside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(outside == ["content", "site"])
    }

    static func encoded(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz.-")) ?? name
    }
}
