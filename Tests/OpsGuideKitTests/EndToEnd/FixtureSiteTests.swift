import Foundation
import Testing
@testable import OpsGuideKit

/// Builds the fixture site into a temporary folder and checks the structure of the pages.
@Suite struct FixtureSiteTests {
    @Test func buildsEveryPageKind() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.diagnosticLines(report) == [])
        let expected = [
            "index.html", "methodologies.html", "practices.html", "matrix.html", "404.html", "guide.html", "guide.json",
            "methodologies/alpha.html", "methodologies/beta.html", "practices/pipeline.html", "practices/scanning.html",
            "practices/reviews.html", "pages/about.html", "guide/security.html", "guide/size.html", "guide/beta-end.html",
            "guide/alpha-large.html", "guide/alpha-small.html", "assets/diagram.svg", "static/style.css",
        ]
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: site.output + "/" + path), "\(path)")
        }
    }

    @Test func methodologyPageShowsDerivedPracticesFamilyAndDimensions() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        let beta = try HTMLDocument(file: site.output + "/methodologies/beta.html")
        #expect(try beta.texts("//section[@aria-labelledby='practices']//li/a") == ["Delivery pipeline", "Security scanning"])
        #expect(try beta.texts("//section[@aria-labelledby='practices']//li/span[contains(@class,'level')]") == ["○ supporting", "● core"])
        #expect(try beta.attribute("href", of: "//section[@aria-labelledby='extends']//a") == ["alpha.html"])
        #expect(try beta.texts("//dl[@class='dimensions']/dt") == ["Team skills", "Testing"])
        #expect(try beta.attribute("href", of: "//article//a") == ["alpha.html#origins-1"])
        #expect(try beta.attribute("src", of: "//article//img") == ["../assets/diagram.svg"])
        #expect(try beta.attribute("href", of: "//section[@aria-labelledby='recommended-by']//a") == ["../guide/beta-end.html", "../guide/alpha-small.html"])
        let alpha = try HTMLDocument(file: site.output + "/methodologies/alpha.html")
        #expect(try alpha.attribute("id", of: "//article//h2") == ["origins", "origins-1"])
        #expect(try alpha.attribute("href", of: "//section[@aria-labelledby='extends']//a") == ["beta.html"])
        #expect(try alpha.attribute("href", of: "//dl[@class='dimensions']//a") == ["../practices/pipeline.html"])
    }

    @Test func practicePageListsItsMethodologiesWithLevels() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        let page = try HTMLDocument(file: site.output + "/practices/pipeline.html")
        #expect(try page.texts("//section[@aria-labelledby='methodologies']//li") == ["Alpha ● core", "Beta ○ supporting"])
        #expect(try page.attribute("href", of: "//nav[@id='toc']//a") == ["#what-it-is"])
    }

    @Test func matrixHasEveryPracticeByCategoryAndEveryDimensionCell() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        let matrix = try HTMLDocument(file: site.output + "/matrix.html")
        let practices = "(//table)[1]"
        #expect(try matrix.texts("\(practices)/thead//th") == ["Practice", "Alpha", "Beta"])
        #expect(try matrix.attribute("data-category", of: "\(practices)/tbody") == ["delivery", "security"])
        #expect(try matrix.attribute("href", of: "\(practices)/tbody/tr/th/a") == [
            "practices/reviews.html", "practices/pipeline.html", "practices/scanning.html",
        ])
        #expect(try matrix.texts("\(practices)/tbody/tr[contains(., 'Security scanning')]/td") == ["–not used", "● core"])
        #expect(try matrix.texts("(//table)[2]/tbody/tr/td").count == 4)
    }

    @Test func everyPageHasNavigationAndRelativeURLs() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = site.build()
        for page in ["index.html", "practices/pipeline.html", "guide/size.html", "pages/about.html"] {
            let document = try HTMLDocument(file: site.output + "/" + page)
            #expect(try document.texts("//nav[@id='site-nav']//a") == ["Home", "Methodologies", "Practices", "Matrix", "Decision guide"])
            for href in try document.attribute("href", of: "//a") + document.attribute("href", of: "//link") {
                #expect(!href.hasPrefix("/") && !href.hasSuffix("/"), "\(page): \(href)")
            }
        }
    }

    @Test func contentIsEscapedInTemplates() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("pages/about.md", "---\ntitle: \"<script>alert('x')</script> & \\\"q\\\"\"\nsummary: \"</script><b>\"\n---\n## <i>Head</i>\n")
        _ = site.build()
        let text = try site.read("pages/about.html")
        #expect(!text.contains("<script>alert"))
        let page = try HTMLDocument(text)
        #expect(try page.texts("//h1") == ["<script>alert('x')</script> & \"q\""])
        #expect(try page.attribute("content", of: "//meta[@name='description']") == ["</script><b>"])
        #expect(try page.nodes("//script[not(@src)]").isEmpty)
    }

    @Test func buildsAreDeterministicWhateverTheJobs() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let one = site.root.appendingPathComponent("one").path
        let many = site.root.appendingPathComponent("many").path
        #expect(!SiteBuilder.build(site.options(jobs: 1, output: one)).hasErrors)
        #expect(!SiteBuilder.build(site.options(jobs: 8, output: many)).hasErrors)
        #expect(try SiteComparison.differences(one, many) == [])
    }

    @Test func addingAMethodologyFileAddsItEverywhere() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("methodologies/gamma.md", "---\ntitle: Gamma\nsummary: A fifth way.\nextends: alpha\ndimensions:\n  team-skills: Everyone.\n  testing: Always.\n---\n## Why\n")
        try site.write("practices/tracking.md", "---\ntitle: Tracking\nsummary: Track it.\ncategory: delivery\nmethodologies:\n  gamma: core\n---\nText.\n")
        #expect(site.diagnosticLines(site.build()) == [])
        let matrix = try HTMLDocument(file: site.output + "/matrix.html")
        #expect(try matrix.texts("(//table)[1]/thead//th") == ["Practice", "Alpha", "Beta", "Gamma"])
        let gamma = try HTMLDocument(file: site.output + "/methodologies/gamma.html")
        #expect(try gamma.texts("//section[@aria-labelledby='practices']//li/a") == ["Tracking"])
        let tracking = try HTMLDocument(file: site.output + "/practices/tracking.html")
        #expect(try tracking.texts("//section[@aria-labelledby='methodologies']//li/a") == ["Gamma"])
        let alpha = try HTMLDocument(file: site.output + "/methodologies/alpha.html")
        #expect(try alpha.texts("//section[@aria-labelledby='extends']//a") == ["Beta", "Gamma"])
    }
}

/// Compares two site folders file by file.
enum SiteComparison {
    static func files(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { !FileSystemTestHelpers.isDirectory(root + "/" + $0) }.sorted()
    }

    /// Paths that exist in only one folder or differ in content.
    static func differences(_ a: String, _ b: String) throws -> [String] {
        let left = files(a), right = files(b)
        var result = Set(left).symmetricDifference(right).map { $0 }
        for path in Set(left).intersection(right) {
            if FileManager.default.contents(atPath: a + "/" + path) != FileManager.default.contents(atPath: b + "/" + path) {
                result.append(path)
            }
        }
        return result.sorted()
    }
}

enum FileSystemTestHelpers {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
