/// The decision guide checked to be a sound tree, with the path that leads to every node.
///
/// Sound means: ids unique and valid, every answer leads to an existing question or end, every
/// question has at least two answers, no cycle, every node reachable from the start by exactly
/// one question (so an end page can cite the answers that led to it), every end recommends
/// known methodologies and starts with known practices.
public struct GuideTree: Sendable {
    /// One step of a path: a question and the answer(s) of it that lead on.
    public struct Step: Sendable {
        public var question: Guide.Question
        public var answers: [Guide.Answer]
    }

    public let guide: Guide
    /// Questions and ends in depth-first order from the start.
    public let questionOrder: [String]
    public let endOrder: [String]
    private let questions: [String: Guide.Question]
    private let ends: [String: Guide.End]
    private let parents: [String: Step]

    public func question(_ id: String) -> Guide.Question? { questions[id] }
    public func end(_ id: String) -> Guide.End? { ends[id] }

    /// The steps from the start to the node with this id (empty for the start question).
    public func path(to id: String) -> [Step] {
        var steps: [Step] = []
        var current = id
        while let step = parents[current] {
            steps.append(step)
            current = step.question.id.value
        }
        return steps.reversed()
    }

    /// Validates `guide` against the graph; returns the tree only when it has no errors.
    public static func build(_ guide: Guide, graph: KnowledgeGraph) -> (GuideTree?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        var questions: [String: Guide.Question] = [:]
        var ends: [String: Guide.End] = [:]
        var seen: [String: SourceLocation] = [:]
        func register(_ id: Located<String>) -> Bool {
            guard ContentId.isValid(id.value) else {
                diagnostics.error("invalid-id", "invalid guide id '\(id.value)': \(ContentId.rule)", at: id.location)
                return false
            }
            if let first = seen[id.value] {
                diagnostics.error("duplicate-id", "duplicate guide id '\(id.value)' (first used at line \(first.line ?? 0))", at: id.location)
                return false
            }
            seen[id.value] = id.location
            return true
        }
        for question in guide.questions where register(question.id) { questions[question.id.value] = question }
        for end in guide.ends where register(end.id) { ends[end.id.value] = end }

        for question in guide.questions where questions[question.id.value] != nil {
            if question.declaredAnswerCount < 2 {
                diagnostics.error("too-few-answers", "question '\(question.id.value)' needs at least two answers, found \(question.declaredAnswerCount)", at: question.id.location)
            }
            var answerIds: Set<String> = []
            for answer in question.answers where !answerIds.insert(answer.id.value).inserted {
                diagnostics.error("duplicate-id", "duplicate answer id '\(answer.id.value)' in question '\(question.id.value)'", at: answer.id.location)
            }
            for answer in question.answers {
                switch answer.target {
                case .question(let id)? where questions[id.value] == nil:
                    diagnostics.append(KnowledgeGraph.unknown("question", id, known: Array(questions.keys)).leadsNowhere)
                case .end(let id)? where ends[id.value] == nil:
                    diagnostics.append(KnowledgeGraph.unknown("end", id, known: Array(ends.keys)).leadsNowhere)
                default: break
                }
            }
            let targets = Set(question.answers.compactMap { $0.target?.id.value })
            if question.answers.count >= 2, targets.count == 1, let only = targets.first {
                diagnostics.warning("answers-same-target", "every answer of question '\(question.id.value)' leads to '\(only)'; the question never changes the outcome", at: question.id.location)
            }
        }
        for end in guide.ends where ends[end.id.value] != nil {
            for id in end.recommend where !graph.declaredMethodologyIds.contains(id.value) {
                diagnostics.append(KnowledgeGraph.unknown("methodology", id, known: Array(graph.declaredMethodologyIds)))
            }
            for id in end.startWith where !graph.declaredPracticeIds.contains(id.value) {
                diagnostics.append(KnowledgeGraph.unknown("practice", id, known: Array(graph.declaredPracticeIds)))
            }
        }

        var parents: [String: Step] = [:]
        var questionOrder: [String] = []
        var endOrder: [String] = []
        if questions[guide.start.value] == nil {
            diagnostics.append(KnowledgeGraph.unknown("question", guide.start, known: Array(questions.keys)))
        } else {
            walk(from: guide.start.value, questions: questions, ends: ends, parents: &parents,
                 questionOrder: &questionOrder, endOrder: &endOrder, diagnostics: &diagnostics)
        }
        let reached = Set(questionOrder + endOrder)
        for question in guide.questions where questions[question.id.value] != nil && !reached.contains(question.id.value) {
            diagnostics.error("unreachable-question", "question '\(question.id.value)' is not reachable from the start question '\(guide.start.value)'", at: question.id.location)
        }
        for end in guide.ends where ends[end.id.value] != nil && !reached.contains(end.id.value) {
            diagnostics.error("unreachable-end", "end '\(end.id.value)' is not reachable from the start question '\(guide.start.value)'", at: end.id.location)
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (GuideTree(guide: guide, questionOrder: questionOrder, endOrder: endOrder,
                          questions: questions, ends: ends, parents: parents), diagnostics)
    }

    /// Depth-first walk with an explicit stack; reports cycles and nodes with two parents.
    private static func walk(
        from start: String, questions: [String: Guide.Question], ends: [String: Guide.End],
        parents: inout [String: Step], questionOrder: inout [String], endOrder: inout [String],
        diagnostics: inout DiagnosticBag
    ) {
        var onPath: [String] = []
        var visited: Set<String> = [start]
        var stack: [(id: String, exit: Bool)] = [(start, false)]
        while let (id, exit) = stack.popLast() {
            if exit {
                onPath.removeLast()
                continue
            }
            guard let question = questions[id] else {
                endOrder.append(id)
                continue
            }
            questionOrder.append(id)
            onPath.append(id)
            stack.append((id, true))
            var targets: [(String, [Guide.Answer])] = []
            for answer in question.answers {
                guard let target = answer.target, questions[target.id.value] != nil || ends[target.id.value] != nil else { continue }
                if let index = targets.firstIndex(where: { $0.0 == target.id.value }) {
                    targets[index].1.append(answer)
                } else {
                    targets.append((target.id.value, [answer]))
                }
            }
            for (target, answers) in targets.reversed() {
                let location = answers[0].target!.id.location
                if let cycleStart = onPath.firstIndex(of: target) {
                    let cycle = (onPath[cycleStart...] + [target]).joined(separator: " → ")
                    diagnostics.error("guide-cycle", "answer '\(answers[0].id.value)' creates a cycle: \(cycle)", at: location)
                    continue
                }
                if let other = parents[target] ?? (target == start ? Step(question: question, answers: []) : nil) {
                    diagnostics.error(
                        "guide-not-a-tree",
                        "'\(target)' is already reached from question '\(other.question.id.value)'; every question and end must be reached by exactly one path",
                        at: location)
                    continue
                }
                guard visited.insert(target).inserted else { continue }
                parents[target] = Step(question: question, answers: answers)
                stack.append((target, false))
            }
        }
    }
}

extension Diagnostic {
    /// An unknown answer target is reported as an answer that leads nowhere.
    var leadsNowhere: Diagnostic {
        Diagnostic(severity, "answer-leads-nowhere", "answer leads nowhere: \(message)", at: location)
    }
}
