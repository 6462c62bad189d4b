/// The tag set of the entity tagger: BIO over PER, ORG, LOC and MISC (ANERcorp's classes; its
/// `PERS` is read as `PER`). Tags are small integers in the model; `O` is 0.
public enum NERTags {
    public static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
    public static var count: Int { names.count }

    /// The tag number of a CoNLL tag (`B-PERS` = `B-PER`), or nil for an unknown tag.
    public static func index(of tag: String) -> Int? {
        let normalized = tag.hasSuffix("-PERS") ? String(tag.dropLast()) : tag
        return names.firstIndex(of: normalized)
    }

    /// `PER` for `B-PER` and `I-PER`; nil for `O`.
    public static func type(of tag: Int) -> String? {
        tag == 0 ? nil : String(names[tag].dropFirst(2))
    }

    public static func isInside(_ tag: Int) -> Bool { insideTags[tag] }

    /// Whether `tag` may follow `previous` in BIO (`I-X` only after `B-X` or `I-X`); a table, as
    /// Viterbi asks it for every pair of tags at every token.
    public static func mayFollow(_ tag: Int, after previous: Int?) -> Bool {
        guard let previous else { return !insideTags[tag] }
        return allowed[previous * names.count + tag]
    }

    private static let insideTags: [Bool] = names.map { $0.hasPrefix("I-") }
    private static let typeCodes: [Int] = names.map { name in name == "O" ? 0 : ["PER", "ORG", "LOC", "MISC"].firstIndex(of: String(name.dropFirst(2)))! + 1 }
    private static let allowed: [Bool] = {
        var table = [Bool](repeating: true, count: names.count * names.count)
        for previous in names.indices {
            for tag in names.indices where insideTags[tag] {
                table[previous * names.count + tag] = previous != 0 && typeCodes[previous] == typeCodes[tag]
            }
        }
        return table
    }()

    /// The entity spans of a tag sequence, as (first token, end token, type); an `I-X` that
    /// cannot continue a span starts one (the CoNLL reading).
    public static func spans(_ tags: [Int]) -> [(start: Int, end: Int, type: String)] {
        var spans: [(start: Int, end: Int, type: String)] = []
        var index = 0
        while index < tags.count {
            guard let type = type(of: tags[index]) else { index += 1; continue }
            var end = index + 1
            while end < tags.count, isInside(tags[end]), NERTags.type(of: tags[end]) == type { end += 1 }
            spans.append((index, end, type))
            index = end
        }
        return spans
    }
}
