/// Everything the corpus knows about one entity, for a page about it (`rasd entity`, and later
/// `GET /api/entities/{id}`): its names, the spellings and roles it was seen with, the documents
/// that name it, the entities named with it, what it said and its dated events and claims.
public struct EntityProfile: Sendable, Equatable, Codable {
    /// A spelling seen, and how many mentions had it.
    public struct Alias: Sendable, Equatable, Codable {
        public var alias: String
        public var count: Int

        public init(alias: String, count: Int) {
            self.alias = alias
            self.count = count
        }
    }

    /// A role it was given (`وزير الخارجية الروسي`), with the country the role names, and how many
    /// mentions gave it.
    public struct Role: Sendable, Equatable, Codable {
        public var role: String
        public var roleCountry: String?
        public var count: Int

        public init(role: String, roleCountry: String?, count: Int) {
            self.role = role
            self.roleCountry = roleCountry
            self.count = count
        }

        private enum CodingKeys: String, CodingKey {
            case role, count
            case roleCountry = "role_country"
        }
    }

    /// A document that names it.
    public struct Document: Sendable, Equatable, Codable {
        public var document: String
        public var title: String?
        public var outlet: String?
        public var published: String?

        public init(document: String, title: String?, outlet: String?, published: String?) {
            self.document = document
            self.title = title
            self.outlet = outlet
            self.published = published
        }
    }

    /// An entity named in the same documents.
    public struct CoOccurrence: Sendable, Equatable, Codable {
        public var entity: String
        public var type: String
        public var canonical: String?
        public var canonicalAr: String?
        /// The documents that name both.
        public var documents: Int

        public init(entity: String, type: String, canonical: String?, canonicalAr: String?, documents: Int) {
            self.entity = entity
            self.type = type
            self.canonical = canonical
            self.canonicalAr = canonicalAr
            self.documents = documents
        }

        private enum CodingKeys: String, CodingKey {
            case entity, type, canonical, documents
            case canonicalAr = "canonical_ar"
        }
    }

    /// A statement it made.
    public struct Statement: Sendable, Equatable, Codable {
        public var document: String
        public var published: String?
        public var cue: String
        /// The statement's content, cut to `EntityProfile.excerptLength` characters (`…` marks a cut).
        public var content: String
        public var direct: Bool
        /// `assert` or `deny`.
        public var stance: String
        /// The agencies or outlets it was relayed through, nearest first.
        public var via: [String]

        public init(document: String, published: String?, cue: String, content: String, direct: Bool, stance: String, via: [String]) {
            self.document = document
            self.published = published
            self.cue = cue
            self.content = content
            self.direct = direct
            self.stance = stance
            self.via = via
        }
    }

    /// How many characters of a statement's content a profile keeps.
    public static let excerptLength = 240

    /// A statement's content as a profile keeps it: at most `excerptLength` characters, an
    /// ellipsis ending what was cut.
    public static func excerpt(_ content: String) -> String {
        content.count > excerptLength ? String(content.prefix(excerptLength - 1)) + "…" : content
    }

    public var entity: String
    public var type: String
    public var canonical: String?
    public var canonicalAr: String?
    public var mentions: Int
    /// How many documents name it (all of them, not only those in `newestDocuments`).
    public var documents: Int
    /// Most seen first.
    public var aliases: [Alias]
    /// Most seen first.
    public var roles: [Role]
    /// The documents that name it, newest published first (those without a date last), at most
    /// the limit asked for.
    public var newestDocuments: [Document]
    /// Most shared documents first, at most the limit asked for.
    public var coOccurring: [CoOccurrence]
    /// How many statements it made.
    public var statementCount: Int
    /// Its statements, newest first, at most the limit asked for.
    public var statements: [Statement]
    /// Its dated events and claims, oldest first (`timeline(entity:)`).
    public var timeline: [TimelineItem]

    public init(entity: String, type: String, canonical: String?, canonicalAr: String?, mentions: Int, documents: Int,
                aliases: [Alias], roles: [Role], newestDocuments: [Document], coOccurring: [CoOccurrence], statementCount: Int,
                statements: [Statement], timeline: [TimelineItem]) {
        self.entity = entity
        self.type = type
        self.canonical = canonical
        self.canonicalAr = canonicalAr
        self.mentions = mentions
        self.documents = documents
        self.aliases = aliases
        self.roles = roles
        self.newestDocuments = newestDocuments
        self.coOccurring = coOccurring
        self.statementCount = statementCount
        self.statements = statements
        self.timeline = timeline
    }

    private enum CodingKeys: String, CodingKey {
        case entity, type, canonical, mentions, documents, aliases, roles, statements, timeline
        case canonicalAr = "canonical_ar"
        case newestDocuments = "newest_documents"
        case coOccurring = "co_occurring"
        case statementCount = "statement_count"
    }
}
