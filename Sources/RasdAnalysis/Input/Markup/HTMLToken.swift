/// One piece of an HTML (or feed XML) byte stream, as `HTMLTokenizer` cuts it. Ranges index the
/// tokenizer's bytes, so text is decoded only where it is used.
public enum HTMLToken: Sendable, Equatable {
    /// Character data; character references not yet decoded (`HTMLEntities`).
    case text(Range<Int>)
    /// The verbatim content of a raw-text element (`script`, `style`, `title`, `textarea`, …),
    /// with the element's name. `title` and `textarea` content may hold character references.
    case rawText(Range<Int>, element: String)
    /// The content of `<![CDATA[ … ]]>`, verbatim.
    case cdata(Range<Int>)
    case startTag(HTMLTag)
    /// An end tag's name, lower-cased.
    case endTag(String)
    /// A comment's content, between `<!--` and `-->`.
    case comment(Range<Int>)
    /// `<!DOCTYPE …>`, `<?xml …?>` and other markup declarations: nothing to read.
    case declaration
}

/// A start tag: its lower-cased name, its attributes in order (names lower-cased, values with
/// character references decoded) and whether it ended in `/>`.
public struct HTMLTag: Sendable, Equatable {
    public var name: String
    public var attributes: [HTMLAttribute]
    public var selfClosing: Bool

    public init(name: String, attributes: [HTMLAttribute] = [], selfClosing: Bool = false) {
        self.name = name
        self.attributes = attributes
        self.selfClosing = selfClosing
    }

    /// The value of the first attribute of that (lower-case) name, as HTML takes the first of duplicates.
    public func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }
}

public struct HTMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
