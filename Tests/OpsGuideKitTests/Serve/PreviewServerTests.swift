import Foundation
import Testing
@testable import OpsGuideKit
@testable import OpsGuideServe

/// The preview server for real: a free port, HTTP requests, edits to a temporary copy of the
/// content, the reload event, the error overlay and its clearing, and every traversal form.
@Suite(.serialized) struct PreviewServerTests {
    final class Running {
        let site: TestSite
        let server: PreviewServer
        let task: Task<Void, Error>
        let port: UInt16

        init() async throws {
            site = try TestSite()
            server = try PreviewServer(options: site.options(), host: "127.0.0.1", port: 0)
            let server = self.server
            task = Task { try await server.run() }
            var port: UInt16?
            for _ in 0..<100 where port == nil || port == 0 {
                try await Task.sleep(for: .milliseconds(50))
                port = await server.listeningPort
            }
            self.port = try #require(port)
        }

        func stop() {
            task.cancel()
            site.cleanUp()
        }
    }

    @Test func servesPagesWithTypesAndTheReloadScript() async throws {
        let running = try await Running()
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
    func refusesTraversalAndListings(path: String) async throws {
        let running = try await Running()
        defer { running.stop() }
        let response = try RawHTTPClient.get(path, port: running.port)
        #expect(response.status == 404, "\(path)")
        #expect(!response.body.contains("title: Fixture"), "\(path)")
    }

    @Test func editReloadsBrokenEditShowsOverlayFixClearsIt() async throws {
        let running = try await Running()
        defer { running.stop() }
        let events = try RawHTTPClient(port: running.port)
        events.send("GET", "/_opsguide/events")
        #expect(events.read { $0.contains("event: connected") }.contains("event: connected"))

        try running.site.write("practices/reviews.md", "---\ntitle: Peer reviews\nsummary: S\ncategory: delivery\nmethodologies: [alpha]\n---\nEdited.\n")
        #expect(events.read { $0.contains("event: reload") }.contains("event: reload"))
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

    @Test func busyPortIsExplained() async throws {
        let running = try await Running()
        defer { running.stop() }
        let second = try PreviewServer(options: running.site.options(), host: "127.0.0.1", port: running.port)
        await #expect(throws: PreviewServer.Failure.self) { try await second.run() }
    }
}
