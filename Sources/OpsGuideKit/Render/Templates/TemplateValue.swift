/// A value a page gives its template: text, a flag, a number, a list or a map of names.
///
/// Typed values instead of `Any` let rendering look names up without dynamic casts; this is
/// what keeps templates cheap at 10,000 pages. Not `indirect`: lists and maps already hold
/// their values in arrays, and a heap box for every text and flag cost an allocation per value.
public enum TemplateValue: Sendable {
    /// Escaped for HTML by `{{name}}`, inserted as it is by `{{{name}}}` (cmark's HTML only).
    case text(String)
    /// UTF-8 text the build made itself, such as the matrix's rows, used like `text` without
    /// first being checked and copied into a `String`.
    case utf8([UInt8])
    /// `utf8` in parts made when the page is written, a round of batches at a time: the
    /// matrix's rows, 25 MB at 10,000 practices, never held whole.
    case batches(PartBatches)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case map(TemplateMap)
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var map = TemplateMap()
        for (name, value) in elements where map[name] == nil { map[name] = value }
        self = .map(map)
    }
}

extension TemplateValue {
    /// A list of maps, the usual shape of a section that repeats.
    static func list(_ maps: [TemplateMap]) -> TemplateValue { .list(maps.map(TemplateValue.map)) }
    static func list(_ texts: [String]) -> TemplateValue { .list(texts.map(TemplateValue.text)) }
}
