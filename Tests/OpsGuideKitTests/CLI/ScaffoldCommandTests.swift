import Foundation
import Testing

/// `opsguide new` and `opsguide init` as an author uses them.
@Suite struct ScaffoldCommandTests {
    @Test func initCreatesASiteThatBuildsAndChecksClean() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-init-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let created = try CommandRunner.run(["init", root + "/guide", "--templates", TestSite.templates], in: FileManager.default.temporaryDirectory.path)
        #expect(created.status == 0)
        let check = try CommandRunner.run(["check", "--strict"], in: root + "/guide")
        #expect(check.status == 0)
        #expect(check.stderr == "")
        #expect(try CommandRunner.run(["build"], in: root + "/guide").status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/guide/site/guide/devops-first.html"))
        #expect(try CommandRunner.run(["init", root + "/guide", "--templates", TestSite.templates], in: root).status == 64)
    }

    @Test func newFilesBuildAndAppearWhereTheyBelong() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let arguments = ["--content", "content"]
        #expect(try CommandRunner.run(["new", "methodology", "gamma"] + arguments, in: site.root.path).stdout == "Created content/methodologies/gamma.md\n")
        #expect(try CommandRunner.run(["new", "practice", "flags", "--category", "delivery", "--methodologies", "gamma,alpha"] + arguments, in: site.root.path).status == 0)
        #expect(try CommandRunner.run(["new", "page", "faq", "--title", "Questions & \"answers\""] + arguments, in: site.root.path).status == 0)
        let report = site.build()
        #expect(!report.hasErrors)
        #expect(report.diagnostics.map(\.id).filter { $0 != "unreachable-page" } == [])
        let gamma = try HTMLDocument(file: site.output + "/methodologies/gamma.html")
        #expect(try gamma.texts("//section[@aria-labelledby='practices']//li/a") == ["Flags"])
        #expect(try gamma.attribute("id", of: "//article//h3") == ["development", "testing", "deployment", "production"])
        let faq = try HTMLDocument(file: site.output + "/pages/faq.html")
        #expect(try faq.texts("//h1") == ["Questions & \"answers\""])
    }

    @Test(arguments: [
        (["new", "practice", "pipeline"], "error: a practice named 'pipeline' already exists in content/practices/"),
        (["new", "page", "About"], "error: invalid id 'About': ids use lowercase ASCII letters, digits and single hyphens (e.g. 'sast-in-the-ide')"),
        (["new", "practice", "x", "--category", "nope"], "error: unknown category 'nope'; known: delivery, security"),
        (["new", "practice", "x", "--methodologies", "omega"], "error: unknown methodology 'omega'; known: alpha, beta"),
    ])
    func newRefusesInvalidOrTakenIds(arguments: [String], message: String) throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try CommandRunner.run(arguments, in: site.root.path)
        #expect(result.status == 64)
        #expect(result.stderrLines == [message])
    }
}
