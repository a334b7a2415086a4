import Foundation
import Testing
@testable import OpsGuideKit

/// One broken site per error class: each must fail with the exact diagnostic and leave the
/// previous output untouched.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edits: [(String, String)]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "malformed YAML", edits: [("practices/reviews.md", "---\ntitle: [unclosed\nsummary: S\n---\n")],
             expected: ["content/practices/reviews.md:3:8: error: invalid YAML: did not find expected ',' or ']'"]),
        Case(name: "missing field", edits: [("practices/reviews.md", "---\ntitle: Reviews\ncategory: delivery\n---\n")],
             expected: ["content/practices/reviews.md:2:1: error: missing required field 'summary'"]),
        Case(name: "wrong type", edits: [("practices/reviews.md", "---\ntitle: Reviews\nsummary: {a: b}\ncategory: delivery\n---\n")],
             expected: ["content/practices/reviews.md:3:10: error: 'summary' must be text, found a mapping"]),
        Case(name: "unknown methodology", edits: [("practices/reviews.md", "---\ntitle: R\nsummary: S\ncategory: delivery\nmethodologies: [alpha, gama]\n---\n")],
             expected: ["content/practices/reviews.md:5:24: error: unknown methodology 'gama'; known: alpha, beta"]),
        Case(name: "unknown category", edits: [("practices/reviews.md", "---\ntitle: R\nsummary: S\ncategory: securty\nmethodologies: [alpha]\n---\n")],
             expected: ["content/practices/reviews.md:4:11: error: unknown category 'securty'; did you mean 'security'?"]),
        Case(name: "unknown dimension", edits: [("methodologies/alpha.md", "---\ntitle: A\nsummary: S\ndimensions:\n  testng: x\n  team-skills: x\n  testing: x\n---\n## Origins\n\n## Origins\n")],
             expected: ["content/methodologies/alpha.md:5:3: error: unknown dimension 'testng'; did you mean 'testing'?"]),
        Case(name: "unknown practice in guide", edits: [("guide.md", guide(replacing: "start_with: [scanning]", with: "start_with: [scaning]"))],
             expected: ["content/guide.md:32:18: error: unknown practice 'scaning'; did you mean 'scanning'?"]),
        Case(name: "invalid id", edits: [("practices/Bad_Name.md", "---\ntitle: B\nsummary: S\ncategory: delivery\n---\n")],
             expected: ["content/practices/Bad_Name.md: error: invalid practice id 'Bad_Name': ids use lowercase ASCII letters, digits and single hyphens (e.g. 'sast-in-the-ide')"]),
        Case(name: "broken link", edits: [("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [x](../practices/nope.md).\n")],
             expected: ["content/pages/about.md:5:9: error: link to missing file 'practices/nope.md'"]),
        Case(name: "broken anchor", edits: [("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [x](../practices/pipeline.md#what-it-does).\n")],
             expected: ["content/pages/about.md:5:9: error: link to missing anchor '#what-it-does' in 'practices/pipeline.md'; did you mean '#what-it-is'?"]),
        Case(name: "link above content", edits: [("pages/about.md", "---\ntitle: About\nsummary: S\n---\nSee [x](../../secret.md).\n")],
             expected: ["content/pages/about.md:5:9: error: link '../../secret.md' leads outside the content folder"]),
        Case(name: "extends cycle", edits: [("methodologies/alpha.md", "---\ntitle: A\nsummary: S\nextends: beta\ndimensions: {team-skills: x, testing: x}\n---\n## Origins\n\n## Origins\n")],
             expected: [
                "content/methodologies/alpha.md:4:10: error: 'extends' forms a cycle: alpha → beta → alpha",
                "content/methodologies/beta.md:4:10: error: 'extends' forms a cycle: alpha → beta → alpha",
             ]),
        Case(name: "guide cycle", edits: [("guide.md", guide(replacing: "end: alpha-small", with: "next: security"))],
             expected: [
                "content/guide.md:25:15: error: answer 'small' creates a cycle: security → size → security",
                "content/guide.md:38:9: error: end 'alpha-small' is not reachable from the start question 'security'",
             ]),
        Case(name: "unreachable question", edits: [("guide.md", guide(replacing: "        next: size", with: "        end: alpha-small\n  - id: orphan\n    text: Never asked\n    answers:\n      - id: a\n        text: A\n        end: alpha-large\n      - id: b\n        text: B\n        end: alpha-large"))],
             expected: [
                "content/guide.md:17:9: warning: every answer of question 'orphan' leads to 'alpha-large'; the question never changes the outcome",
                "content/guide.md:17:9: error: question 'orphan' is not reachable from the start question 'security'",
                "content/guide.md:26:9: error: question 'size' is not reachable from the start question 'security'",
                "content/guide.md:42:9: error: end 'alpha-large' is not reachable from the start question 'security'",
             ]),
        Case(name: "guide unknown methodology", edits: [("guide.md", guide(replacing: "recommend: [beta]", with: "recommend: [delta]"))],
             expected: ["content/guide.md:29:17: error: unknown methodology 'delta'; known: alpha, beta"]),
        Case(name: "answer leads nowhere", edits: [("guide.md", guide(replacing: "        end: alpha-large", with: "        end: alpha-larg"))],
             expected: [
                "content/guide.md:22:14: error: answer leads nowhere: unknown end 'alpha-larg'; did you mean 'alpha-large'?",
                "content/guide.md:33:9: error: end 'alpha-large' is not reachable from the start question 'security'",
             ]),
        Case(name: "too few answers", edits: [("guide.md", guide(replacing: "      - id: small\n        text: Small\n        end: alpha-small\n", with: ""))],
             expected: [
                "content/guide.md:17:9: error: question 'size' needs at least two answers, found 1",
                "content/guide.md:35:9: error: end 'alpha-small' is not reachable from the start question 'security'",
             ]),
        Case(name: "end without recommendation", edits: [("guide.md", guide(replacing: "    recommend: [beta]\n", with: ""))],
             expected: ["content/guide.md:27:5: error: end recommends nothing; add 'recommend: [<methodology id>]'"]),
        Case(name: "duplicate guide ids", edits: [("guide.md", guide(replacing: "  - id: alpha-small", with: "  - id: alpha-large"))],
             expected: [
                "content/guide.md:38:9: error: duplicate guide id 'alpha-large' (first used at line 33)",
                "content/guide.md:25:14: error: answer leads nowhere: unknown end 'alpha-small'; known: alpha-large, beta-end",
             ]),
    ]

    static func guide(replacing old: String, with new: String) -> String {
        let text = try! String(contentsOf: TestSite.testsRoot.appendingPathComponent("Fixtures/valid-site/guide.md"), encoding: .utf8)
        precondition(text.contains(old), old)
        return text.replacingOccurrences(of: old, with: new)
    }

    /// Reads GitHub workflow commands back into `path:line:column: severity: message` lines.
    static func fromGitHub(_ output: String, site: TestSite) -> [String] {
        output.split(separator: "\n").map { line in
            let command = line.dropFirst(2)
            let severity = command.prefix { $0 != " " }
            let parts = command.dropFirst(severity.count + 1).components(separatedBy: "::")
            var fields: [String: String] = [:]
            for pair in parts[0].split(separator: ",") {
                let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
                fields[keyValue[0]] = keyValue[1].replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%25", with: "%")
            }
            let message = parts.dropFirst().joined(separator: "::").replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%25", with: "%")
            let position = [fields["line"], fields["col"]].compactMap { $0 }.map { ":" + $0 }.joined()
            return "\(fields["file"]!.replacingOccurrences(of: site.content + "/", with: "content/"))\(position): \(severity): \(message)"
        }
    }

    /// Reads the JSON lines back into `path:line:column: severity: message` lines.
    static func fromJSON(_ output: String, site: TestSite) -> [String] {
        struct Record: Decodable {
            var severity: String
            var file: String
            var line: Int?
            var column: Int?
            var message: String
        }
        return output.split(separator: "\n").compactMap { line in
            guard let record = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else { return "undecodable: \(line)" }
            let position = [record.line, record.column].compactMap { $0 }.map { ":\($0)" }.joined()
            return "\(record.file.replacingOccurrences(of: site.content + "/", with: "content/"))\(position): \(record.severity): \(record.message)"
        }
    }

    @Test(arguments: cases)
    func failsWithExactDiagnosticAndKeepsPreviousOutput(_ testCase: Case) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(!site.build().hasErrors)
        let before = site.root.appendingPathComponent("before").path
        try FileManager.default.copyItem(atPath: site.output, toPath: before)
        for (path, text) in testCase.edits { try site.write(path, text) }
        let report = site.build()
        #expect(report.hasErrors)
        #expect(site.diagnosticLines(report).sorted() == testCase.expected.sorted())
        #expect(Self.fromGitHub(DiagnosticPrinter(format: .github).format(report.diagnostics), site: site).sorted() == testCase.expected.sorted())
        #expect(Self.fromJSON(DiagnosticPrinter(format: .json).format(report.diagnostics), site: site).sorted() == testCase.expected.sorted())
        #expect(try SiteComparison.differences(before, site.output) == [])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".opsguide-tmp") }
        #expect(leftovers == [])
    }
}
