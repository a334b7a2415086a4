/// The methodologies and practices linked both ways, validated against site.yaml.
///
/// Practices name their methodologies; the reverse relation (which practices a methodology
/// uses, and at what level) is derived here, so it is never written twice.
public struct KnowledgeGraph: Sendable {
    public struct Usage: Sendable {
        public var practice: Practice
        public var level: PracticeLevel
    }

    public let config: SiteConfig
    /// Ids of every methodology and practice file, parsed or not: references to a file whose
    /// front matter has errors are not reported again as unknown.
    public var declaredMethodologyIds: Set<String> = []
    public var declaredPracticeIds: Set<String> = []
    /// Base methodologies first, then those extending them, each group by title.
    public let methodologies: [Methodology]
    /// By title.
    public private(set) var practices: [Practice]
    private let methodologyById: [String: Int]
    private let practiceById: [String: Int]
    private var usages: [String: [Usage]]
    private let extenders: [String: [String]]

    public func methodology(_ id: String) -> Methodology? { methodologyById[id].map { methodologies[$0] } }
    /// Where the methodology stands in `methodologies`.
    public func position(ofMethodology id: String) -> Int? { methodologyById[id] }
    public func practice(_ id: String) -> Practice? { practiceById[id].map { practices[$0] } }

    /// The practices a methodology uses, by category order then title.
    public func usages(of methodologyId: String) -> [Usage] { usages[methodologyId] ?? [] }

    /// Methodologies whose `extends` names this one.
    public func extenders(of methodologyId: String) -> [Methodology] {
        (extenders[methodologyId] ?? []).compactMap(methodology)
    }

    public func level(of practiceId: String, in methodologyId: String) -> PracticeLevel? {
        practice(practiceId)?.methodologies.first { $0.id.value == methodologyId }?.level
    }

    /// Builds the graph and reports unknown ids, duplicates and `extends` cycles.
    public static func build(
        config: SiteConfig, methodologies: [Methodology], practices: [Practice],
        declaredMethodologyIds: Set<String> = [], declaredPracticeIds: Set<String> = []
    ) -> (KnowledgeGraph, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let methodologyIds = declaredMethodologyIds.union(methodologies.map(\.id))
        let dimensionIds = config.dimensions.map(\.id)
        let categoryIds = config.categories.map(\.id)
        var validMethodologies: [Methodology] = []
        for var methodology in methodologies {
            if let extends = methodology.extends, !methodologies.contains(where: { $0.id == extends.value }) {
                if !methodologyIds.contains(extends.value) {
                    diagnostics.append(unknown("methodology", extends, known: Array(methodologyIds)))
                }
                methodology.extends = nil
            }
            var seen: Set<String> = []
            methodology.dimensions = methodology.dimensions.filter { entry in
                guard dimensionIds.contains(entry.id.value) else {
                    diagnostics.append(unknown("dimension", entry.id, known: dimensionIds))
                    return false
                }
                return seen.insert(entry.id.value).inserted
            }
            validMethodologies.append(methodology)
        }
        diagnostics.append(contentsOf: extendsCycles(validMethodologies))
        var validPractices: [Practice] = []
        validPractices.reserveCapacity(practices.count)
        for practice in practices {
            if !categoryIds.contains(practice.category.value) {
                diagnostics.append(unknown("category", practice.category, known: categoryIds))
            }
            let entries = practice.methodologies
            let allValid = entries.indices.allSatisfy { index in
                methodologyIds.contains(entries[index].id.value) && !entries[..<index].contains { $0.id.value == entries[index].id.value }
            }
            if allValid {
                validPractices.append(practice)
                continue
            }
            var seen: Set<String> = []
            let declared = entries.filter { entry in
                guard methodologyIds.contains(entry.id.value) else {
                    diagnostics.append(unknown("methodology", entry.id, known: Array(methodologyIds)))
                    return false
                }
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.error("duplicate-id", "methodology '\(entry.id.value)' is listed twice", at: entry.id.location)
                    return false
                }
                return true
            }
            validPractices.append(practice.declaring(declared))
        }
        var graph = KnowledgeGraph(config: config, methodologies: validMethodologies, practices: validPractices)
        graph.declaredMethodologyIds = methodologyIds
        graph.declaredPracticeIds = declaredPracticeIds.union(practices.lazy.map(\.id))
        return (graph, diagnostics)
    }

    private init(config: SiteConfig, methodologies: [Methodology], practices: [Practice]) {
        self.config = config
        let byId = Dictionary(uniqueKeysWithValues: methodologies.map { ($0.id, $0) })
        func depth(_ methodology: Methodology) -> Int {
            var depth = 0
            var current = methodology
            var visited: Set<String> = [current.id]
            while let parent = current.extends.flatMap({ byId[$0.value] }), visited.insert(parent.id).inserted {
                depth += 1
                current = parent
            }
            return depth
        }
        self.methodologies = methodologies.sorted { (depth($0), $0.title, $0.id) < (depth($1), $1.title, $1.id) }
        let order = practices.indices.sorted { (practices[$0].title, practices[$0].id) < (practices[$1].title, practices[$1].id) }
        self.practices = order.map { practices[$0] }
        methodologyById = Dictionary(uniqueKeysWithValues: self.methodologies.enumerated().map { ($1.id, $0) })
        practiceById = Dictionary(uniqueKeysWithValues: self.practices.enumerated().map { ($1.id, $0) })
        let categoryOrder = Dictionary(uniqueKeysWithValues: config.categories.enumerated().map { ($1.id, $0) })
        let practices = self.practices
        let rank = practices.map { categoryOrder[$0.category.value] ?? Int.max }
        var used: [String: [(index: Int, level: PracticeLevel)]] = [:]
        for (index, practice) in practices.enumerated() {
            for entry in practice.methodologies {
                used[entry.id.value, default: []].append((index, entry.level))
            }
        }
        // Stable, and practices are already in title order: category order, then title.
        let usages = used.mapValues { entries in
            entries.sorted { rank[$0.index] < rank[$1.index] }.map { Usage(practice: practices[$0.index], level: $0.level) }
        }
        self.usages = usages
        var extenders: [String: [String]] = [:]
        for methodology in self.methodologies {
            if let parent = methodology.extends?.value { extenders[parent, default: []].append(methodology.id) }
        }
        self.extenders = extenders
    }

    /// This graph with each of `practices` in place of the practice it holds with the same id,
    /// when building the graph again would change nothing else: each keeps the id, title,
    /// category and methodologies (with their places in the file) of the one it replaces, so
    /// the order, the usages and the diagnostics stay as they are. nil otherwise. The preview
    /// rebuilds after each edit, most edits change a page's text only, and sorting and grouping
    /// 10,000 practices again was most of a rebuild.
    func replacing(_ practices: [Practice]) -> KnowledgeGraph? {
        var graph = self
        for practice in practices {
            guard let index = practiceById[practice.id] else { return nil }
            let old = graph.practices[index]
            guard old.title == practice.title, old.category == practice.category,
                old.methodologies.elementsEqual(practice.methodologies, by: { $0.id == $1.id && $0.level == $1.level })
            else { return nil }
            graph.practices[index] = practice
            for entry in practice.methodologies {
                guard let position = graph.usages[entry.id.value]?.firstIndex(where: { $0.practice === old }) else { return nil }
                graph.usages[entry.id.value]![position].practice = practice
            }
        }
        return graph
    }

    static func unknown(_ kind: String, _ id: Located<String>, known: [String]) -> Diagnostic {
        var message = "unknown \(kind) '\(id.value)'"
        if let suggestion = Suggestion.nearest(to: id.value, in: known.sorted()) {
            message += "; did you mean '\(suggestion)'?"
        } else if !known.isEmpty {
            message += "; known: \(known.sorted().joined(separator: ", "))"
        }
        return .error("unknown-\(kind)", message, at: id.location)
    }

    /// One diagnostic at each `extends` that is part of a cycle, naming the whole cycle.
    static func extendsCycles(_ methodologies: [Methodology]) -> [Diagnostic] {
        let byId = Dictionary(uniqueKeysWithValues: methodologies.map { ($0.id, $0) })
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for start in methodologies.sorted(by: { $0.id < $1.id }) where !reported.contains(start.id) {
            var chain: [String] = [start.id]
            var current = start
            while let next = current.extends?.value, let parent = byId[next] {
                if let cycleStart = chain.firstIndex(of: next) {
                    let cycle = Array(chain[cycleStart...])
                    guard cycle.contains(start.id) else { break }
                    let description = (cycle + [next]).joined(separator: " → ")
                    for id in cycle where reported.insert(id).inserted {
                        if let extends = byId[id]?.extends {
                            diagnostics.append(.error("extends-cycle", "'extends' forms a cycle: \(description)", at: extends.location))
                        }
                    }
                    break
                }
                chain.append(next)
                current = parent
            }
        }
        return diagnostics
    }
}
