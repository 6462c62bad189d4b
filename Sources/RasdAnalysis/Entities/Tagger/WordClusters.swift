import RasdText

/// Distributional word classes learned from unlabelled news (`Lexicons/word-clusters.tsv`, made by
/// `Scripts/build-word-clusters`): `لافروف`, `بوتين` and `كيري` share a class, as do `موسكو`, `الرياض`
/// and `لندن`. The tagger reads a word's class, and its neighbours', as features.
enum WordClusters {
    /// Class numbers plus one, by matching key.
    static let classes: WordTable<UInt32> = {
        var table: [WordKey: UInt32] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.wordClusters) {
            guard row.count >= 2, let number = UInt32(row[1]) else { continue }
            table[WordKey(ArabicNormalizer.matchingKey(row[0]))] = number + 1
        }
        return WordTable(table)
    }()

    /// The class of a word (by its key, else its stem) plus one; 0 for a word never seen enough.
    static func cluster(key: [Unicode.Scalar], stem: [Unicode.Scalar]) -> UInt32 {
        classes[WordKey(scalars: key)] ?? classes[WordKey(scalars: stem)] ?? 0
    }
}
