import Foundation
import Testing
@testable import OpsGuideKit

@Suite struct TemplateCheckTests {
    @Test func unknownNamesAndPartialsAreReportedWithPositions() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let templates = site.root.appendingPathComponent("templates").path
        try FileManager.default.copyItem(atPath: TestSite.templates, toPath: templates)
        try "{{> header}}\n<main>{{titel}} {{#practice_groups}}{{categroy}}{{/practice_groups}}</main>\n{{! {{nothing}} }}\n{{> footr}}\n"
            .write(toFile: templates + "/page.mustache", atomically: true, encoding: .utf8)
        var options = site.options()
        options.templates = templates
        let report = SiteBuilder.build(options, write: false)
        #expect(report.diagnostics.map { $0.formatted.replacingOccurrences(of: templates + "/", with: "templates/") } == [
            "templates/page.mustache:2:7: warning: 'titel' is not a value any page provides; it would render as nothing; did you mean 'title'?",
            "templates/page.mustache:2:37: warning: 'categroy' is not a value any page provides; it would render as nothing; did you mean 'category'?",
            "templates/page.mustache:4:1: warning: partial 'footr' does not exist; it would render as nothing; did you mean 'footer'?",
        ])
    }

    /// The vocabulary is exactly the set of names the renderers provide across two whole sites.
    @Test func vocabularyMatchesWhatRenderersProvide() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let config = try String(contentsOfFile: site.content + "/site.yaml", encoding: .utf8)
        try site.write("site.yaml", config + "base_url: https://example.org/guide/\nrepository: https://example.org/repo/blob/main/content/\n")
        let recorder = ContextRecorder()
        // Made whole: the matrix's rows are rendered only when its pieces are made.
        #expect(SiteBuilder.generate(site.options(), cache: nil, recorder: recorder).0?.map { $0.materialized() } != nil)
        let shipped = BuildOptions(content: ShippedContent.contentFolder, templates: TestSite.templates, output: site.output)
        #expect(SiteBuilder.generate(shipped, cache: nil, recorder: recorder).0?.map { $0.materialized() } != nil)
        #expect(recorder.names.subtracting(TemplateVocabulary.names) == [], "names provided but missing from TemplateVocabulary")
        #expect(TemplateVocabulary.names.subtracting(recorder.names) == [], "names in TemplateVocabulary no renderer provides")
    }
}
