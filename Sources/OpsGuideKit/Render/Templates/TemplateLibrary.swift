/// Compiled templates by position, each partial pointed at its template's position once, when
/// the library is made: what every page renders through.
///
/// A page renders a few partials. Looking each up by name hashed the name and copied the
/// template, retaining its arrays; those arrays are read by every thread, so their reference
/// counts were written from both cores for every page. A renderer here reaches each program
/// through an unretained reference, which the library keeps valid.
struct TemplateLibrary: Sendable {
    /// The programs by position, sorted by name; they keep `references` valid.
    private let programs: [TemplateProgram]
    private let references: [Unmanaged<TemplateProgram>]
    private let positions: [String: Int]

    init(_ templates: [String: Template]) {
        let names = templates.keys.sorted()
        let positions = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        programs = names.map { templates[$0]!.program.resolvingPartials(positions) }
        references = programs.map { Unmanaged.passUnretained($0) }
        self.positions = positions
    }

    /// What the template `name` makes of `context`, in pieces (see `TemplateRenderer`); `nil`
    /// for a template the library does not have.
    func renderPieces(_ context: TemplateMap, with name: String, capacity: Int) -> [OutputFile.Piece]? {
        guard let position = positions[name] else { return nil }
        return withExtendedLifetime(programs) {
            references.withUnsafeBufferPointer { references in
                var renderer = TemplateRenderer(programs: references, capacity: capacity)
                renderer.render(position, with: context)
                return renderer.finishPieces()
            }
        }
    }
}
