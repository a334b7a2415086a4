import Foundation
import Testing
@testable import OpsGuideKit

/// The preview server for real: a free port, HTTP requests, edits to a temporary copy of the
/// content, the reload event, the error overlay and its clearing, and every traversal form.
@Suite(.serialized) struct PreviewServerTests {
    /// `opsguide serve --port 0` on a temporary copy of the fixture, in its own process (as an
    /// author runs it, and away from the test runner's busy thread pool).
    final class Running {
        let site: TestSite
        let process = Process()
        let port: UInt16
        /// The templates folder it serves with: the fixture's, or a copy of its own.
        let templates: String

        init(ownTemplates: Bool = false) throws {
            site = try TestSite()
            templates = ownTemplates ? site.root.appendingPathComponent("templates").path : TestSite.templates
            if ownTemplates { try FileManager.default.copyItem(atPath: TestSite.templates, toPath: templates) }
            process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
            process.arguments = ["serve", "--content", site.content, "--templates", templates, "--port", "0"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var printed = Data()
            while !String(decoding: printed, as: UTF8.self).contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed += chunk
            }
            let line = String(decoding: printed, as: UTF8.self)
            let digits = line.components(separatedBy: "127.0.0.1:").last?.prefix { $0.isNumber } ?? ""
            port = try #require(UInt16(digits), "serve printed: \(line)")
        }

        func stop() {
            process.interrupt()
            process.waitUntilExit()
            site.cleanUp()
        }

        /// A client of the reload events, as a browser tab, once the server said it is connected.
        func subscribe() throws -> RawHTTPClient {
            let events = try RawHTTPClient(port: port)
            events.send("GET", "/_opsguide/events")
            #expect(events.read { $0.contains("event: connected") }.contains("event: connected"))
            return events
        }

        /// Rewrites the `reviews` practice with a new title and body, and waits for the reload.
        func editReviews(_ events: RawHTTPClient) throws {
            try site.write("practices/reviews.md", "---\ntitle: Peer reviews\nsummary: S\ncategory: delivery\nmethodologies: [alpha]\n---\nEdited.\n")
            #expect(events.read { $0.contains("event: reload") }.contains("event: reload"))
        }
    }

    @Test func servesPagesWithTypesAndTheReloadScript() throws {
        let running = try Running()
        defer { running.stop() }
        let home = try RawHTTPClient.get("/", port: running.port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        let page = try HTMLDocument(home.body)
        #expect(try page.attribute("src", of: "//head/script").contains("/_opsguide/live.js"))
        #expect(try RawHTTPClient.get("/static/style.css", port: running.port).headers["content-type"] == "text/css; charset=utf-8")
        #expect(try RawHTTPClient.get("/assets/diagram.svg", port: running.port).headers["content-type"] == "image/svg+xml")
        #expect(try RawHTTPClient.get("/guide.json", port: running.port).headers["content-type"] == "application/json")
        let script = try RawHTTPClient.get("/_opsguide/live.js", port: running.port)
        #expect(script.status == 200 && script.body.contains("EventSource"))
        #expect(!FileManager.default.fileExists(atPath: running.site.output), "serve must never write the output folder")
    }

    @Test(arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd", "/practices/..%2f..%2fsite.yaml",
        "/..\\..\\etc\\passwd", "/practices%5c..%5c..%5csite.yaml", "/index.html%00", "/index.html%00.css", "/practices/",
        "/content/site.yaml", "/nope.html",
    ])
    func refusesTraversalAndListings(path: String) throws {
        let running = try Running()
        defer { running.stop() }
        let response = try RawHTTPClient.get(path, port: running.port)
        #expect(response.status == 404, "\(path)")
        #expect(!response.body.contains("title: Fixture"), "\(path)")
    }

    @Test func editReloadsBrokenEditShowsOverlayFixClearsIt() throws {
        let running = try Running()
        defer { running.stop() }
        let events = try running.subscribe()
        try running.editReviews(events)
        let page = try RawHTTPClient.get("/practices/reviews.html", port: running.port)
        #expect(try HTMLDocument(page.body).texts("//h1") == ["Peer reviews"])

        try running.site.write("practices/reviews.md", "---\ntitle: [broken\n---\n")
        let overlay = events.read { $0.contains("event: diagnostics") }
        #expect(overlay.contains(#""id":"invalid-yaml""#))
        #expect(overlay.contains("content/practices/reviews.md") || overlay.contains("practices/reviews.md"))
        let stillGood = try RawHTTPClient.get("/practices/reviews.html", port: running.port)
        #expect(try HTMLDocument(stillGood.body).texts("//h1") == ["Peer reviews"], "the last good site keeps being served")

        try running.site.write("practices/reviews.md", "---\ntitle: Reviews again\nsummary: S\ncategory: delivery\nmethodologies: [alpha]\n---\nFixed.\n")
        let cleared = events.read { $0.components(separatedBy: "event: reload").count >= 3 }
        #expect(cleared.components(separatedBy: "event: reload").count >= 3)
        let fresh = try RawHTTPClient(port: running.port)
        fresh.send("GET", "/_opsguide/events")
        let state = fresh.read { $0.contains("event: connected") || $0.contains("event: diagnostics") }
        #expect(state.contains("event: connected") && !state.contains("event: diagnostics"), "a fixed site shows no overlay")
    }

    /// The preview keeps its compiled templates while only content changes, and loads them again
    /// when one of theirs is written: the edited template reaches the pages.
    @Test func templateEditReachesThePages() throws {
        let running = try Running(ownTemplates: true)
        defer { running.stop() }
        let events = try running.subscribe()
        try running.editReviews(events)
        let footer = running.templates + "/footer.mustache"
        let edited = try String(contentsOfFile: footer, encoding: .utf8)
            .replacingOccurrences(of: "</footer>", with: "<p class=\"edited-footer\">Edited footer</p>\n</footer>")
        try edited.write(toFile: footer, atomically: true, encoding: .utf8)
        let reloads = events.read { $0.components(separatedBy: "event: reload").count >= 3 }
        #expect(reloads.components(separatedBy: "event: reload").count >= 3)
        // An atomic write can reach the watcher as two events (the temporary file, then the
        // rename), and the first rebuild may still read the old file: the page shows the edit
        // after the rebuild of the last event at the latest.
        var shown = false
        for _ in 0..<100 where !shown {
            let page = try RawHTTPClient.get("/practices/reviews.html", port: running.port)
            shown = try HTMLDocument(page.body).texts("//p[@class='edited-footer']") == ["Edited footer"]
            if !shown { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(shown, "the edited footer never reached the page")
    }

    @Test func busyPortIsExplainedAndCtrlCStopsCleanly() throws {
        let running = try Running()
        let second = try CommandRunner.run(
            ["serve", "--content", running.site.content, "--templates", TestSite.templates, "--port", String(running.port)], in: running.site.root.path)
        #expect(second.status == 64)
        #expect(second.stderrLines.last == "error: port \(running.port) on 127.0.0.1 is already in use; stop the other server or pick another port, e.g. --port \(running.port + 1)")
        running.stop()
        #expect(running.process.terminationStatus == 0)
    }
}
