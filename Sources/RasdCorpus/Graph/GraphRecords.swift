/// What the entity graph reads from a store: the rows of its three kinds of relation and the
/// entities at their ends. Each store answers in its own SQL (`SQLiteGraphRecords`, and
/// PostgreSQL's in `RasdPostgres`); `EntityGraph.build` turns the rows into the graph, so both
/// stores draw the same one.
public protocol GraphRecords {
    /// Whether the store knows the entity identifier.
    func knows(_ entity: String) throws -> Bool
    /// The pairs of `members` (every entity when nil) named in the same document, in at least
    /// `minimumWeight` documents.
    func coMentions(among members: [String]?, minimumWeight: Int, _ each: (EntityGraph.CoMentionRow) throws -> Void) throws
    /// The entities named with one of `frontier` in at least `minimumWeight` documents.
    func coMentioned(with frontier: [String], minimumWeight: Int) throws -> Set<String>
    /// The events other than statements with two or more participants, with one of `touching`
    /// among them (all of them when nil).
    func events(touching: [String]?, _ each: (EntityGraph.EventRow) throws -> Void) throws
    /// Each entity mentioned inside the content of a statement whose speaker is a known entity
    /// (not the speaker itself); around `touching`, at least the statements of the documents that
    /// name one of them or whose speaker is one.
    func statementMentions(touching: [String]?, _ each: (EntityGraph.StatementRow) throws -> Void) throws
    /// The documents' input ids by store row.
    func documentNames(_ rows: Set<Int64>) throws -> [Int64: String]
    /// The nodes of these entities (without hops), in any order.
    func nodes(_ entities: [String]) throws -> [EntityGraph.Node]
}

extension EntityGraph {
    /// Two entities named together in `weight` documents, some of whose rows are `documents`.
    public struct CoMentionRow: Sendable {
        public var first: String
        public var second: String
        public var weight: Int
        public var documents: [Int64]

        public init(first: String, second: String, weight: Int, documents: [Int64]) {
            self.first = first
            self.second = second
            self.weight = weight
            self.documents = documents
        }
    }

    /// An event of a document: its type and participants (a stored JSON array).
    public struct EventRow: Sendable {
        public var document: Int64
        public var type: String
        public var participants: String?

        public init(document: Int64, type: String, participants: String?) {
            self.document = document
            self.type = type
            self.participants = participants
        }
    }

    /// An entity named inside a statement of a document, with the statement's speaker and stance.
    public struct StatementRow: Sendable {
        public var document: Int64
        public var speaker: String
        public var stance: String?
        public var entity: String

        public init(document: Int64, speaker: String, stance: String?, entity: String) {
            self.document = document
            self.speaker = speaker
            self.stance = stance
            self.entity = entity
        }
    }
}
