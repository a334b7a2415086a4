import Testing
@testable import OpsGuideKit

@Suite struct FrontMatterTests {
    func file(_ text: String, kind: ContentKind = .practice) -> SourceFile {
        SourceFile(kind: kind, id: "x", contentPath: "practices/x.md", displayPath: "content/practices/x.md", text: text)
    }

    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let split = try FrontMatter.split(file("---\ntitle: A\nsummary: B\n---\n# Body\n")).get()
        #expect(split.yaml == "title: A\nsummary: B\n")
        #expect(split.body == "# Body\n")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func reportsMissingAndUnclosedFrontMatter() {
        #expect(FrontMatter.split(file("# no front matter")).failure?.formatted
            == "content/practices/x.md:1:1: error: expected front matter: the file must start with a '---' line")
        #expect(FrontMatter.split(file("---\ntitle: A\n")).failure?.formatted
            == "content/practices/x.md:1:1: error: front matter is not closed; did you forget the '---' line after it?")
        #expect(FrontMatter.split(file("")).failure?.formatted
            == "content/practices/x.md: error: file is empty; it needs front matter between '---' lines (at least a title)")
    }

    @Test func practiceFieldsWithPositions() throws {
        let (practice, diagnostics) = FrontMatterParser.practice(file("---\ntitle: CI\nsummary: S\ncategory: delivery\nmethodologies:\n  devops: core\n  mlops: supporting\n---\nText\n"))
        #expect(diagnostics.items.isEmpty)
        let p = try #require(practice)
        #expect(p.methodologies.map(\.id.value) == ["devops", "mlops"])
        #expect(p.methodologies.map(\.level) == [.core, .supporting])
        #expect(p.methodologies[1].id.location.description == "content/practices/x.md:7:3")
        #expect(p.body.firstLine == 9)
    }

    @Test func listOfMethodologiesMeansCore() throws {
        let (practice, _) = FrontMatterParser.practice(file("---\ntitle: CI\nsummary: S\ncategory: d\nmethodologies: [a, b]\n---\n"))
        #expect(practice?.methodologies.map(\.level) == [.core, .core])
    }

    @Test(arguments: [
        ("---\ntitle: 42\nsummary: S\ncategory: d\n---\n", "content/practices/x.md:2:8: error: 'title' must be text, found a number; put it in quotes if you mean the text"),
        ("---\ntitle: [a]\nsummary: S\ncategory: d\n---\n", "content/practices/x.md:2:8: error: 'title' must be text, found a list"),
        ("---\n- a\n- b\n---\n", "content/practices/x.md:2:1: error: front matter must be a mapping of keys to values, found a list"),
        ("---\ntitle: A\ntitle: B\nsummary: S\ncategory: d\n---\n", "content/practices/x.md:2:1: error: duplicate key 'title' in the same mapping"),
        ("---\ntitle: A\nsummary: S\n---\n", "content/practices/x.md:2:1: error: missing required field 'category'"),
        ("---\ntitle: A\nsummary: S\ncategory: d\nmethodologies:\n\tdevops: core\n---\n", "content/practices/x.md:6:1: error: tabs are not allowed in YAML indentation; indent with spaces"),
        ("---\ntitle: A\nsummary: S\ncategory: d\nmethodologies:\n  devops: central\n---\n", "content/practices/x.md:6:11: error: level 'central' is not one of 'core', 'supporting'"),
    ])
    func reportsBadFrontMatter(text: String, expected: String) {
        let (_, diagnostics) = FrontMatterParser.practice(file(text))
        #expect(diagnostics.sorted.map(\.formatted) == [expected])
    }

    @Test func unknownKeySuggestsNearMiss() {
        let (_, diagnostics) = FrontMatterParser.practice(file("---\ntitle: A\nsumary: S\nsummary: S\ncategory: d\n---\n"))
        #expect(diagnostics.sorted.map(\.formatted) == ["content/practices/x.md:3:1: warning: unknown practice key 'sumary'; did you mean 'summary'?"])
    }

    @Test func aliasBombFailsFast() {
        var yaml = "---\ntitle: A\nsummary: S\ncategory: d\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "---\n"
        let (_, diagnostics) = FrontMatterParser.practice(file(yaml))
        #expect(diagnostics.sorted.map(\.id) == ["yaml-too-large"])
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
