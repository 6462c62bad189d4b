/// The record types of the contract that later stages fill (docs/SCHEMA.md). Field names are the
/// contract's; optional fields are written as `null` where the contract shows them.

/// A person, organisation or place mentioned in the text, with its stable identity.
public struct EntityMention: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    /// `PER`, `ORG`, `GPE`, `LOC` or `MISC`.
    public var type: String
    /// Stable identifier, the same under every spelling: `sergey-lavrov`.
    public var entity: String
    public var canonical: String?
    public var canonicalAr: String?
    public var role: String?
    /// The country a nationality adjective in the role names (`وزير الخارجية الروسي` → `russia`):
    /// an extra field, `role_country`.
    public var roleCountry: String?

    public init(start: Int, end: Int, text: String, type: String, entity: String,
                canonical: String? = nil, canonicalAr: String? = nil, role: String? = nil, roleCountry: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.entity = entity
        self.canonical = canonical
        self.canonicalAr = canonicalAr
        self.role = role
        self.roleCountry = roleCountry
    }

    private enum CodingKeys: String, CodingKey {
        case start, end, text, type, entity, canonical, role
        case canonicalAr = "canonical_ar"
        case roleCountry = "role_country"
    }
}

/// A date or time expression with its calendar value (`null` when it cannot be resolved).
public struct DateMention: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    /// ISO 8601 at the expression's grain: `2023-10-19`, `2023-10`, `2023-W41`, `2025-Q3`.
    public var value: String?
    /// `year` `half` `quarter` `month` `week` `day` `hour` `minute`.
    public var grain: String?
    /// Resolved against the document's publication date.
    public var relative: Bool
    public var endValue: String?
    public var hijri: String?

    public init(start: Int, end: Int, text: String, value: String?, grain: String?, relative: Bool,
                endValue: String? = nil, hijri: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.grain = grain
        self.relative = relative
        self.endValue = endValue
        self.hijri = hijri
    }

    private enum CodingKeys: String, CodingKey {
        case start, end, text, value, grain, relative, hijri
        case endValue = "end_value"
    }
}

/// A number with its counted noun or unit, hedge and rate.
public struct QuantityMention: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double
    public var unit: String?
    public var unitLemma: String?
    /// `exact` `approx` `more_than` `less_than` `at_least` `at_most` `range`.
    public var qualifier: String
    public var valueMax: Double?
    /// A rate's period: `day` `week` `month` `year`, or `null`.
    public var per: String?

    public init(start: Int, end: Int, text: String, value: Double, unit: String?, unitLemma: String? = nil,
                qualifier: String, valueMax: Double? = nil, per: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.unitLemma = unitLemma
        self.qualifier = qualifier
        self.valueMax = valueMax
        self.per = per
    }

    private enum CodingKeys: String, CodingKey {
        case start, end, text, value, unit, qualifier, per
        case unitLemma = "unit_lemma"
        case valueMax = "value_max"
    }
}

/// A length of time rather than a point in it: `يومين`, `ثمانين عامًا`, `شهر ونصف` (an extra field,
/// `durations`, beyond the contract's).
public struct DurationMention: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    /// How many `unit`s: 2 for `يومين`, 1.5 for `شهر ونصف`.
    public var value: Double
    /// `minute` `hour` `day` `week` `month` `year`.
    public var unit: String

    public init(start: Int, end: Int, text: String, value: Double, unit: String) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
    }
}

/// A span that may name an entity: a speaker or a relaying agency. `entity` is `null` for an
/// unnamed speaker (`مصادر`, `متحدث باسم الكرملين`); such a speaker may carry the extra field
/// `affiliation`, the entity its phrase names (`kremlin`).
public struct EntityReference: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var entity: String?
    public var affiliation: String?

    public init(start: Int, end: Int, text: String, entity: String? = nil, affiliation: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.entity = entity
        self.affiliation = affiliation
    }

    private enum CodingKeys: String, CodingKey {
        case start, end, text, entity, affiliation
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        // An unnamed speaker is written with `"entity": null`, as the contract shows the field.
        try container.encode(entity, forKey: .entity)
        try container.encodeIfPresent(affiliation, forKey: .affiliation)
    }
}

/// Who said what, through which agencies, asserting or denying.
public struct Attribution: Codable, Sendable, Hashable {
    public var speaker: EntityReference?
    public var cue: SpanText
    public var content: SpanText
    public var direct: Bool
    public var via: [EntityReference]
    /// `assert` or `deny`.
    public var stance: String

    public init(speaker: EntityReference?, cue: SpanText, content: SpanText, direct: Bool,
                via: [EntityReference], stance: String) {
        self.speaker = speaker
        self.cue = cue
        self.content = content
        self.direct = direct
        self.via = via
        self.stance = stance
    }
}

/// Something that happened: a meeting, visit, agreement, transfer, deployment or statement.
public struct Event: Codable, Sendable, Hashable {
    public var type: String
    public var trigger: SpanText
    public var participants: [String]
    public var place: String?
    public var date: String?

    public init(type: String, trigger: SpanText, participants: [String], place: String?, date: String?) {
        self.type = type
        self.trigger = trigger
        self.participants = participants
        self.place = place
        self.date = date
    }
}

/// What a source asserts or denies, reduced to a form comparable across documents. `key` (an
/// extra field) is the same for the same claim in any document — subject, predicate and object,
/// not the value, which the ledger follows over time; `value_max`, `recipient` and `stance` are
/// extra fields too.
public struct Claim: Codable, Sendable, Hashable {
    public var subject: String?
    public var predicate: String
    public var object: String?
    public var value: Double?
    public var qualifier: String?
    public var date: String?
    public var source: String?
    public var evidence: SpanText
    public var key: String?
    /// A range's upper value (`ما بين 10 و20 ألف عنصر`): an extra field, `value_max`.
    public var valueMax: Double?
    public var recipient: String?
    /// `assert` or `deny`, as the statement that carries the claim.
    public var stance: String?

    public init(subject: String?, predicate: String, object: String?, value: Double?, qualifier: String?,
                date: String?, source: String?, evidence: SpanText, key: String? = nil, valueMax: Double? = nil,
                recipient: String? = nil, stance: String? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.value = value
        self.qualifier = qualifier
        self.date = date
        self.source = source
        self.evidence = evidence
        self.key = key
        self.valueMax = valueMax
        self.recipient = recipient
        self.stance = stance
    }

    private enum CodingKeys: String, CodingKey {
        case subject, predicate, object, value, qualifier, date, source, evidence, key, recipient, stance
        case valueMax = "value_max"
    }
}
