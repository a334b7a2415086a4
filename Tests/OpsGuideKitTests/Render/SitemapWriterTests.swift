import Testing
@testable import OpsGuideKit

/// `sitemap.xml` exists only with a base URL, lists every page but the 404 page, and escapes.
@Suite struct SitemapWriterTests {
    static let files = ["index.html", "404.html", "practices/b.html", "static/style.css", "guide.json", "a&b.html"]

    @Test func noSitemapWithoutABaseURL() {
        #expect(SitemapWriter.sitemap(for: Self.files, baseURL: nil) == nil)
    }

    @Test func everyPageButTheNotFoundPageWithAbsoluteURLs() throws {
        let file = try #require(SitemapWriter.sitemap(for: Self.files, baseURL: "https://example.org/guide/"))
        guard case .text(let xml) = file.contents else { Issue.record("not text"); return }
        #expect(file.path == "sitemap.xml")
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/guide/a&amp;b.html</loc></url>
            <url><loc>https://example.org/guide/index.html</loc></url>
            <url><loc>https://example.org/guide/practices/b.html</loc></url>
            </urlset>

            """)
    }
}
