/// How a verb agrees with its subject, and so which earlier speakers a verb with no subject of its
/// own can refer back to: `وقالت` a woman, an institution in -ة or a plural of things; `وقالوا`
/// people.
enum Agreement: Sendable, Equatable {
    case masculine
    case feminine
    case plural
    case dual

    /// The agreement a word's ending shows: -ة feminine, -ون/-ين plural (participles, nouns).
    static func ofEnding(_ key: WordKey) -> Agreement {
        if key.hasSuffix("ه") || key.hasSuffix("ات") { return .feminine }
        if key.count > 4, key.hasSuffix("ون") || key.hasSuffix("ين") { return .plural }
        return .masculine
    }
}
