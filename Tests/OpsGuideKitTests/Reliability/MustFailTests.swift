import Foundation
import Testing
@testable import OpsGuideKit

/// Inputs that must be refused: each build fails with the exact `path:line:column` (or
/// `path:`) diagnostic and leaves the previous output untouched. The diagnostic classes that
/// `BadInputTests` already covers (invalid id, missing page and anchor, `..` above content/,
/// guide cycle, unreachable question, unknown methodology) are not repeated here.
@Suite struct MustFailTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var breakIt: @Sendable (TestSite) throws -> Void
        var expected: [String]
        var testDescription: String { name }
    }

    static func replacing(_ old: String, with new: String, in path: String) -> @Sendable (TestSite) throws -> Void {
        { site in
            let text = try TestSite.fixtureText(path)
            try #require(text.contains(old), "the fixture no longer holds \(old)")
            try site.write(path, text.replacingOccurrences(of: old, with: new))
        }
    }

    static func writing(_ path: String, _ text: String) -> @Sendable (TestSite) throws -> Void {
        { site in try site.write(path, text) }
    }

    static func writing(_ path: String, bytes: [UInt8]) -> @Sendable (TestSite) throws -> Void {
        { site in try site.write(path, Data(bytes)) }
    }

    /// A symbolic link inside the content folder to a file (or, with no text, a folder holding
    /// one page) outside it. The outside files are broken on purpose: had the loader followed
    /// the link, their own diagnostics would show up beside the refusal.
    static func linking(_ path: String, toOutside name: String, holding text: String?) -> @Sendable (TestSite) throws -> Void {
        { site in
            let outside = site.root.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            let target = outside.appendingPathComponent(name)
            if let text {
                try Data(text.utf8).write(to: target)
            } else {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                try Data("no front matter\n".utf8).write(to: target.appendingPathComponent("secret.md"))
            }
            let link = site.content + "/" + path
            try? FileManager.default.removeItem(atPath: link)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        }
    }

    static let aliasBomb: String = {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return yaml
    }()

    static let practice = "---\ntitle: Code reviews\nsummary: A second pair of eyes.\ncategory: delivery\n---\nText.\n"

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", breakIt: writing("practices/reviews.md", bytes: Array("---\ntitle: Code r".utf8) + [0xFF] + Array("eviews\nsummary: S\ncategory: delivery\n---\n".utf8)),
             expected: ["content/practices/reviews.md:2:14: error: file is not valid UTF-8"]),
        Case(name: "overlong UTF-8 in site.yaml after CRLF lines", breakIt: { site in
                 try site.write("site.yaml", Data(try TestSite.fixtureText("site.yaml").replacingOccurrences(of: "\n", with: "\r\n").utf8) + Data([0xC0, 0x80]))
             },
             expected: ["content/site.yaml:13:1: error: file is not valid UTF-8"]),
        Case(name: "invalid UTF-8 after lone CR line endings", breakIt: writing("pages/about.md", bytes: Array("---\rtitle: About\r\rsum".utf8) + [0xED, 0xA0, 0x80] + Array(": S\r---\r".utf8)),
             expected: ["content/pages/about.md:4:4: error: file is not valid UTF-8"]),
        Case(name: "empty file", breakIt: writing("practices/reviews.md", ""),
             expected: ["content/practices/reviews.md: error: file is empty; it needs front matter between '---' lines (at least a title)"]),
        Case(name: "file of blank lines", breakIt: writing("pages/about.md", "\n \n\t\n"),
             expected: ["content/pages/about.md: error: file is empty; it needs front matter between '---' lines (at least a title)"]),
        Case(name: "no front matter", breakIt: writing("pages/about.md", "# About\n\nText.\n"),
             expected: ["content/pages/about.md:1:1: error: expected front matter: the file must start with a '---' line"]),
        Case(name: "front matter not closed", breakIt: writing("pages/about.md", "---\ntitle: About\nsummary: S\n\n## Authors\n"),
             expected: ["content/pages/about.md:1:1: error: front matter is not closed; did you forget the '---' line after it?"]),
        Case(name: "tab in YAML indentation", breakIt: replacing("  - id: testing\n    title: Testing", with: "  - id: testing\n\ttitle: Testing", in: "site.yaml"),
             expected: ["content/site.yaml:7:1: error: tabs are not allowed in YAML indentation; indent with spaces"]),
        Case(name: "site.yaml is a list", breakIt: writing("site.yaml", "- title: A\n- description: B\n"),
             expected: ["content/site.yaml:1:1: error: site.yaml must be a mapping of keys to values, found a list"]),
        Case(name: "guide questions are a mapping", breakIt: { site in
                 try site.write("guide.md", "---\ntitle: G\nstart: q\nquestions:\n  q: {text: Q}\nends: []\n---\n")
             },
             expected: [
                "content/guide.md:3:8: error: unknown question 'q'",
                "content/guide.md:5:3: error: 'questions' must be a list, found a mapping",
             ]),
        Case(name: "number for a title", breakIt: writing("practices/reviews.md", practice.replacingOccurrences(of: "title: Code reviews", with: "title: 42")),
             expected: ["content/practices/reviews.md:2:8: error: 'title' must be text, found a number; put it in quotes if you mean the text"]),
        Case(name: "duplicate key in the guide", breakIt: replacing("    text: Is the team large?\n", with: "    text: Is the team large?\n    text: Is it big?\n", in: "guide.md"),
             expected: ["content/guide.md:18:5: error: duplicate key 'text' in the same mapping"]),
        Case(name: "alias bomb in a page", breakIt: writing("pages/about.md", "---\ntitle: About\n\(aliasBomb)---\nText.\n"),
             expected: ["content/pages/about.md:2:1: error: YAML expands to more than 50000 nodes (are aliases nested?); front matter must stay small"]),
        Case(name: "alias bomb in site.yaml", breakIt: { site in try site.write("site.yaml", try TestSite.fixtureText("site.yaml") + aliasBomb) },
             expected: ["content/site.yaml:1:1: error: YAML expands to more than 50000 nodes (are aliases nested?); front matter must stay small"]),
        Case(name: "names that differ only in case", breakIt: writing("practices/Reviews.md", practice),
             expected: [
                "content/practices/Reviews.md: error: invalid practice id 'Reviews': ids use lowercase ASCII letters, digits and single hyphens (e.g. 'sast-in-the-ide')",
                "content/practices/reviews.md: error: file name differs only in case from 'Reviews.md'; ids must be unique whatever the case",
             ]),
        Case(name: "link by absolute path", breakIt: writing("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [passwords](/etc/passwd).\n"),
             expected: ["content/pages/about.md:5:17: error: link '/etc/passwd' is an absolute path; link relative to this file, e.g. '../practices/x.md'"]),
        Case(name: "file: link", breakIt: writing("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [passwords](FILE:///etc/passwd).\n"),
             expected: ["content/pages/about.md:5:17: error: link 'FILE:///etc/passwd' leads to a file outside the content folder; copy it into content/assets/ and link to it relative to this file"]),
        Case(name: "percent-encoded climb above content", breakIt: writing("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [x](%2e%2e/%2E%2E/secret.md).\n"),
             expected: ["content/pages/about.md:5:9: error: link '%2e%2e/%2E%2E/secret.md' leads outside the content folder"]),
        Case(name: "extends itself", breakIt: replacing("extends: alpha", with: "extends: beta", in: "methodologies/beta.md"),
             expected: ["content/methodologies/beta.md:4:10: error: 'extends' forms a cycle: beta → beta"]),
        Case(name: "extends cycle of three", breakIt: { site in
                 try replacing("summary: The base methodology.", with: "summary: The base methodology.\nextends: gamma", in: "methodologies/alpha.md")(site)
                 try site.write("methodologies/gamma.md", "---\ntitle: Gamma\nsummary: Third.\nextends: beta\n---\n## Why\n")
             },
             expected: [
                "content/methodologies/alpha.md:4:10: error: 'extends' forms a cycle: alpha → gamma → beta → alpha",
                "content/methodologies/beta.md:4:10: error: 'extends' forms a cycle: alpha → gamma → beta → alpha",
                "content/methodologies/gamma.md:4:10: error: 'extends' forms a cycle: alpha → gamma → beta → alpha",
             ]),
        Case(name: "symbolic link to a file outside", breakIt: linking("practices/reviews.md", toOutside: "secret.md", holding: "no front matter\n"),
             expected: ["content/practices/reviews.md: error: symbolic link points outside the content folder; refused"]),
        Case(name: "symbolic link to a folder outside", breakIt: { site in
                 try FileManager.default.removeItem(atPath: site.content + "/pages")
                 try linking("pages", toOutside: "pages", holding: nil)(site)
             },
             expected: [
                "content/guide.md:5:26: error: link to missing file 'pages/about.md'",
                "content/pages: error: symbolic link points outside the content folder; refused",
             ]),
        Case(name: "symbolic link to an asset outside", breakIt: linking("assets/passwd", toOutside: "passwd", holding: "root:x:0:0"),
             expected: ["content/assets/passwd: error: symbolic link points outside the content folder; refused"]),
        Case(name: "site.yaml is a symbolic link outside", breakIt: linking("site.yaml", toOutside: "site.yaml", holding: "- not a mapping\n"),
             expected: ["content/site.yaml: error: symbolic link points outside the content folder; refused"]),
        Case(name: "symbolic link loop in assets", breakIt: { site in
                 try FileManager.default.createSymbolicLink(atPath: site.content + "/assets/again", withDestinationPath: "../assets")
             },
             expected: ["content/assets/again: error: symbolic link leads to 'assets', which is already copied; refused"]),
        Case(name: "file larger than 64 MiB", breakIt: { site in
                 try site.write("pages/huge.md", "---\ntitle: Huge\n---\n")
                 #expect(truncate(site.content + "/pages/huge.md", 65 << 20) == 0)
             },
             expected: ["content/pages/huge.md: error: file is 65 MiB; a content file may hold at most 64 MiB, split it into several pages"]),
        Case(name: "asset name that is not UTF-8", breakIt: { site in
                 let path = Array((site.content + "/assets/").utf8) + [0xFF] + Array(".svg".utf8) + [0]
                 let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
                 #expect(descriptor >= 0)
                 close(descriptor)
             },
             expected: ["content/assets/\u{FFFD}.svg: error: file name is not valid UTF-8; rename the file"]),
    ]

    @Test(arguments: cases)
    func failsWithExactDiagnosticAndKeepsPreviousOutput(_ testCase: Case) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try site.buildAfterBreaking { try testCase.breakIt(site) }
        #expect(result.errors == testCase.expected.sorted())
        #expect(result.previousOutputUntouched)
        #expect(result.noTemporaryFolderLeft)
    }
}
