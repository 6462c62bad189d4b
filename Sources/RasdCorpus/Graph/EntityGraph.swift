/// Who is connected to whom across the corpus: entities as nodes, and as edges the events that
/// join them, what one says about another, and the documents that name both.
///
/// ```swift
/// let graph = try store.graph(entity: "sergey-lavrov", depth: 1, minimumWeight: 2)
/// for edge in graph.edges { print(edge.source, edge.kind, edge.target, edge.weight) }
/// ```
public struct EntityGraph: Sendable, Equatable, Codable {
    /// An entity (the contract's entity object without its aliases), with how far it lies from
    /// the graph's center.
    public struct Node: Sendable, Equatable, Codable {
        public var entity: String
        public var type: String
        public var canonical: String?
        public var canonicalAr: String?
        public var mentions: Int
        public var documents: Int
        /// Hops from the center; nil in a graph of the whole corpus.
        public var hops: Int?

        public init(entity: String, type: String, canonical: String?, canonicalAr: String?, mentions: Int, documents: Int, hops: Int? = nil) {
            self.entity = entity
            self.type = type
            self.canonical = canonical
            self.canonicalAr = canonicalAr
            self.mentions = mentions
            self.documents = documents
            self.hops = hops
        }

        private enum CodingKeys: String, CodingKey {
            case entity, type, canonical, mentions, documents, hops
            case canonicalAr = "canonical_ar"
        }
    }

    /// One relation between two entities, seen in `weight` documents.
    public struct Edge: Sendable, Equatable, Codable {
        public var source: String
        public var target: String
        /// An event type (`meeting` `visit` `agreement` `transfer` `deployment`), `supports`,
        /// `accuses`, `says-about`, `denies` or `co-mention` (`EntityGraph.Kind`).
        public var kind: String
        /// `says-about` and `denies` go from the speaker to the entity named, `supports` and
        /// `accuses` from who to whom; the others are undirected, with `source` < `target`.
        public var directed: Bool
        /// The number of documents in which the relation is seen.
        public var weight: Int
        /// Up to `EntityGraph.documentsPerEdge` of those documents (first stored first).
        public var documents: [String]
    }

    /// The edge kinds that are not event types.
    public enum Kind {
        /// A statement whose speaker is the source names the target in its content.
        public static let saysAbout = "says-about"
        /// The same, for a statement that denies.
        public static let denies = "denies"
        /// Both are named in the same document.
        public static let coMention = "co-mention"
        /// The source is reported to support the target (a `support` event: `أيّدت الصين روسيا`).
        public static let supports = "supports"
        /// The source accuses the target (an `accusation` event: `اتهمت موسكو كييف`).
        public static let accuses = "accuses"
        /// The directed edge kind of each event type whose participants are [who, whom].
        static let directedEventKinds = ["support": supports, "accusation": accuses]
    }

    /// How many of an edge's documents it lists.
    public static let documentsPerEdge = 10

    /// The entity the graph is drawn around; nil for the whole corpus.
    public var entity: String?
    /// How many hops from `entity` the nodes lie at most.
    public var depth: Int?
    /// Edges seen in fewer documents are left out (and do not connect).
    public var minimumWeight: Int
    /// Nearest the center first, then by documents, most first.
    public var nodes: [Node]
    /// Heaviest first.
    public var edges: [Edge]

    private enum CodingKeys: String, CodingKey {
        case entity, depth, nodes, edges
        case minimumWeight = "minimum_weight"
    }
}
