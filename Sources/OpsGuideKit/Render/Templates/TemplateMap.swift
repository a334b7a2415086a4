/// A name a template looks up, with a fingerprint of it (its length, up to 255, and first seven
/// bytes) that is compared before the text: names of up to seven bytes, most of them, are told
/// apart by their fingerprints alone.
struct TemplateName: Sendable, Equatable {
    let text: String
    let fingerprint: UInt64

    init(_ text: String) {
        self.text = text
        fingerprint = text.withUTF8Bytes { bytes in
            var print = UInt64(min(bytes.count, 255)) << 56
            for index in 0..<min(7, bytes.count) { print |= UInt64(bytes[index]) << (8 * index) }
            return print
        }
    }

    static func == (left: TemplateName, right: TemplateName) -> Bool {
        left.fingerprint == right.fingerprint && (left.fingerprint >> 56 <= 7 || left.text == right.text)
    }
}

/// The names a template can look up, and the values they stand for.
///
/// A page's context has a dozen names and a list item's a handful, and each is read a few
/// times: looking them up in order by fingerprint costs less than hashing the name, which a
/// `Dictionary` does for every lookup, insertion and literal.
public struct TemplateMap: Sendable, ExpressibleByDictionaryLiteral {
    /// A struct, not a tuple: an array of tuples is destroyed element by element through the
    /// tuple's generic metadata, which cost more than building the map.
    private struct Entry: Sendable {
        let name: TemplateName
        var value: TemplateValue
    }

    private var entries: [Entry] = []

    public init() {}

    /// An empty map with room for `capacity` names, to be filled with `append`: what a page
    /// builds for itself and for every item of its long lists. A dictionary literal's
    /// temporary array of pairs is destroyed through generic metadata, which cost more than
    /// the rest of the map, and each of its names is checked against the others.
    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// Adds `value` under `name`, which the map does not have yet.
    mutating func append(_ name: TemplateName, _ value: TemplateValue) {
        assert(self[name] == nil, "\(name.text) is in the map already")
        entries.append(Entry(name: name, value: value))
    }

    /// Names given twice keep their first value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries.reserveCapacity(elements.count)
        for (name, value) in elements {
            let key = TemplateName(name)
            if self[key] == nil { entries.append(Entry(name: key, value: value)) }
        }
    }

    public subscript(name: String) -> TemplateValue? {
        get { self[TemplateName(name)] }
        set {
            let key = TemplateName(name)
            let index = entries.firstIndex { $0.name == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(Entry(name: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Compares fingerprints in place, so no entry is copied (and no name or value retained)
    /// until one matches.
    subscript(name: TemplateName) -> TemplateValue? {
        entries.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index].name == name {
                return entries[index].value
            }
            return nil
        }
    }

    /// This map with the names of `other` it lacks (`combine` picks the value of a name both have).
    public func merging(_ other: TemplateMap, uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) -> TemplateMap {
        var merged = self
        merged.merge(other, uniquingKeysWith: combine)
        return merged
    }

    public mutating func merge(_ other: TemplateMap, uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue) {
        for entry in other.entries {
            if let index = entries.firstIndex(where: { $0.name == entry.name }) {
                entries[index].value = combine(entries[index].value, entry.value)
            } else {
                entries.append(entry)
            }
        }
    }

    public var keys: [String] { entries.map(\.name.text) }
    public var values: [TemplateValue] { entries.map(\.value) }
}
