/// A node of a YAML document with the position it starts at, as `YAMLComposer` builds it from
/// libyaml's events. Aliases are resolved: an alias is the node its anchor names.
public indirect enum YAMLNode: Sendable {
    /// Mappings of at most this many keys are searched and checked for repeated keys by
    /// comparing the keys, not by hashing them: front matter has a handful.
    static let comparedKeys = 16

    case scalar(Scalar)
    case sequence([YAMLNode], Mark)
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)

    /// A position in the YAML text: 1-based line, 1-based column in characters.
    public struct Mark: Sendable, Equatable {
        public var line: Int
        public var column: Int
    }

    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public struct Scalar: Sendable {
        public var string: String
        public var style: Style
        /// The tag written on the scalar (`!!int 5`) or `YAMLTag.str` for a quoted one; nil
        /// for a plain scalar without a tag, which `YAMLMapReader.tagName` types.
        public var tag: YAMLTag?
        public var mark: Mark
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    public var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }

    public var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The value of the last key of a mapping whose text is `key`.
    public func value(forKey key: String) -> YAMLNode? {
        mapping?.last { $0.key.scalar?.string == key }?.value
    }
}

/// A YAML tag by its full name (`tag:yaml.org,2002:str`).
public struct YAMLTag: Sendable, Hashable {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let str = YAMLTag(rawValue: "tag:yaml.org,2002:str")
    public static let int = YAMLTag(rawValue: "tag:yaml.org,2002:int")
    public static let float = YAMLTag(rawValue: "tag:yaml.org,2002:float")
    public static let bool = YAMLTag(rawValue: "tag:yaml.org,2002:bool")
    public static let null = YAMLTag(rawValue: "tag:yaml.org,2002:null")
    public static let timestamp = YAMLTag(rawValue: "tag:yaml.org,2002:timestamp")
    public static let merge = YAMLTag(rawValue: "tag:yaml.org,2002:merge")
    public static let value = YAMLTag(rawValue: "tag:yaml.org,2002:value")
}
