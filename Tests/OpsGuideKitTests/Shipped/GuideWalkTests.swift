import Foundation
import Testing

/// Follows every path of the shipped decision guide through the committed static pages, link by
/// link (parsed, not grepped), as a reader without JavaScript would.
@Suite struct GuideWalkTests {
    typealias Step = (question: String, answer: String)

    func page(_ path: String) throws -> HTMLDocument {
        try HTMLDocument(file: ShippedContent.siteFolder + "/" + path)
    }

    /// `guide/a.html` + `b.html` → `guide/b.html`; `guide.html` + `guide/x.html` → `guide/x.html`.
    func resolve(_ href: String, from path: String) -> String {
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") {
            if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    @Test func everyPathEndsOnAPageThatRecommendsExplainsAndLinks() throws {
        let start = try page("guide.html")
        let startHref = try #require(try start.attribute("href", of: "//main//a[contains(@class,'primary')]").first)
        let listedEnds = Set(try start.attribute("href", of: "//ul[@class='ends']/li/a").map { resolve($0, from: "guide.html") })
        var pending: [(path: String, steps: [Step])] = [(resolve(startHref, from: "guide.html"), [])]
        var endsReached: [String] = []
        while let (path, steps) = pending.popLast() {
            let document = try page(path)
            let answered = zip(try document.texts("//section[@class='answered']//li/span[@class='question']"),
                               try document.texts("//section[@class='answered']//li/strong"))
            #expect(answered.map { "\($0) → \($1)" } == steps.map { "\($0.question) → \($0.answer)" }, "\(path)")
            for (index, change) in try document.attribute("href", of: "//section[@class='answered']//li/a").enumerated() {
                let question = try page(resolve(change, from: path))
                #expect(try question.texts("//h1") == [steps[index].question], "change link \(index) on \(path)")
            }
            let answers = Array(zip(try document.attribute("href", of: "//ul[@class='answers']/li/a"), try document.texts("//ul[@class='answers']/li/a")))
            if answers.isEmpty {
                endsReached.append(path)
                #expect(!steps.isEmpty)
                let recommended = try document.attribute("href", of: "//section[@class='recommendation']//li[@class='card']//a")
                #expect(!recommended.isEmpty && recommended.allSatisfy { $0.hasPrefix("../methodologies/") }, "\(path)")
                #expect(try !document.texts("//section[@class='recommendation']/div[contains(@class,'prose')]").joined().isEmpty, "\(path)")
                let practices = try document.attribute("href", of: "//section[@aria-labelledby='start-with']//li/a")
                #expect(!practices.isEmpty && practices.allSatisfy { $0.hasPrefix("../practices/") }, "\(path)")
                #expect(try document.attribute("href", of: "//div[contains(@class,'next-steps')]//a").contains("../pages/adopting.html"), "\(path)")
                #expect(try document.nodes("//section[@aria-labelledby='matrix-rows']//tbody/tr").count >= practices.count)
                continue
            }
            #expect(answers.count >= 2, "\(path)")
            let question = try #require(try document.texts("//h1").first)
            for (href, text) in answers {
                pending.append((resolve(href, from: path), steps + [(question, text)]))
            }
        }
        #expect(Set(endsReached) == listedEnds)
        #expect(endsReached.count == Set(endsReached).count, "an end is reached by more than one path")
        #expect(endsReached.count >= 6)
    }
}
