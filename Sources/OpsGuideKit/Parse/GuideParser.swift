/// Parses `content/guide.md`: the tree in the front matter, the introduction in the body.
public enum GuideParser {
    static let keys = ["title", "summary", "start", "questions", "ends", "next_steps"]

    public static func parse(_ file: SourceFile) -> (Guide?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        guard let opened = FrontMatterParser.open(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var reader = opened.reader
        reader.checkKeys(keys, what: "guide")
        let title = reader.string("title", required: true)
        let summary = reader.string("summary")
        let start = reader.string("start", required: true)
        let nextSteps = reader.string("next_steps").map { reader.markdown($0, node: reader.node("next_steps")) }
        let questions = reader.requiredList("questions").compactMap { question($0, reader: &reader) }
        let ends = reader.requiredList("ends").compactMap { end($0, reader: &reader) }
        diagnostics.append(contentsOf: reader.diagnostics)
        guard let title, let start else { return (nil, diagnostics) }
        return (Guide(
            source: file, title: title.value, summary: summary?.value, intro: opened.body, nextSteps: nextSteps,
            start: start, questions: questions, ends: ends), diagnostics)
    }

    private static func question(_ node: YAMLNode, reader parent: inout YAMLMapReader) -> Guide.Question? {
        var reader = YAMLMapReader(node, in: parent.source, what: "a question", fallback: parent.location)
        reader.checkKeys(["id", "text", "help", "answers"], what: "question")
        let id = reader.string("id", required: true)
        let text = reader.string("text", required: true)
        let help = reader.string("help").map { reader.markdown($0, node: reader.node("help")) }
        let answerNodes = reader.requiredList("answers")
        let answers = answerNodes.compactMap { answer($0, reader: &reader) }
        parent.report(contentsOf: reader.diagnostics)
        guard let id, let text else { return nil }
        return Guide.Question(id: id, text: text.value, help: help, answers: answers, declaredAnswerCount: answerNodes.count)
    }

    private static func answer(_ node: YAMLNode, reader parent: inout YAMLMapReader) -> Guide.Answer? {
        var reader = YAMLMapReader(node, in: parent.source, what: "an answer", fallback: parent.location)
        reader.checkKeys(["id", "text", "next", "end"], what: "answer")
        let id = reader.string("id", required: true)
        let text = reader.string("text", required: true)
        let next = reader.string("next")
        let end = reader.string("end")
        var target: Guide.Target?
        switch (next, end) {
        case (let next?, nil): target = .question(next)
        case (nil, let end?): target = .end(end)
        case (_?, let end?):
            reader.report(.error("ambiguous-answer", "an answer leads either to a question ('next') or to an end ('end'), not both", at: end.location))
        case (nil, nil):
            if id != nil {
                reader.report(.error("answer-leads-nowhere", "answer leads nowhere; add 'next: <question id>' or 'end: <end id>'", at: reader.location))
            }
        }
        parent.report(contentsOf: reader.diagnostics)
        guard let id, let text else { return nil }
        return Guide.Answer(id: id, text: text.value, target: target)
    }

    private static func end(_ node: YAMLNode, reader parent: inout YAMLMapReader) -> Guide.End? {
        var reader = YAMLMapReader(node, in: parent.source, what: "an end", fallback: parent.location)
        reader.checkKeys(["id", "title", "recommend", "fit", "reason", "start_with"], what: "end")
        let id = reader.string("id", required: true)
        let title = reader.string("title", required: true)
        let recommend = reader.stringList("recommend")
        if id != nil, recommend.isEmpty, reader.diagnostics.items.allSatisfy({ $0.id != "wrong-type" }) {
            reader.report(.error("end-without-recommendation", "end recommends nothing; add 'recommend: [<methodology id>]'", at: reader.location))
        }
        var fit: Guide.Fit?
        if let value = reader.string("fit") {
            fit = Guide.Fit(rawValue: value.value)
            if fit == nil {
                reader.report(.error(
                    "invalid-fit", "fit '\(value.value)' is not one of \(Guide.Fit.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))",
                    at: value.location))
            }
        }
        let reason = reader.string("reason", required: true)
        let startWith = reader.stringList("start_with")
        parent.report(contentsOf: reader.diagnostics)
        guard let id, let title, let reason else { return nil }
        return Guide.End(
            id: id, title: title.value, recommend: recommend, fit: fit,
            reason: reader.markdown(reason, node: reader.node("reason")), startWith: startWith)
    }
}
