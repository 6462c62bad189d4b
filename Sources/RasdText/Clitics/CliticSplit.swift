/// One reading of an Arabic word as proclitics + stem + enclitic, over the word's matching-level
/// scalars: `وزارتها` → `[]`, `وزارت`, `ها`; `للافروف` → `["ل", "ال"]`, `افروف`, nil.
public struct CliticSplit: Sendable, Hashable, CustomStringConvertible {
    /// The proclitics in reading order, one morpheme each: `وبال` is `["و", "ب", "ال"]`, and `لل`
    /// (ل + the article with its alef elided) is `["ل", "ال"]`. The written prefix is the word's
    /// scalars before `stem`.
    public let proclitics: [String]
    /// Where the stem lies in the word's scalars.
    public let stem: Range<Int>
    /// The attached pronoun, if any: `ه` `ها` `هم` `هما` `هن` `كم` `كما` `نا` `ي`.
    public let enclitic: String?
    /// The stem as written, at matching level: `وزارت` in `وزارتها`.
    public let stemKey: String
    /// The stem's dictionary form when an enclitic turned its ta marbuta into ت: `وزاره` for
    /// `وزارتها` (matching level writes ة as ه). Nil when there is no enclitic or no final ت; it
    /// is a guess to look up, since `بيتها` has a real ت.
    public let restoredStemKey: String?

    public init(proclitics: [String], stem: Range<Int>, enclitic: String?, stemKey: String,
                restoredStemKey: String? = nil) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
        self.stemKey = stemKey
        self.restoredStemKey = restoredStemKey
    }

    /// The keys to look the stem up by, most likely first: `stemKey`, then `restoredStemKey`, then,
    /// before an enclitic, the stem with the plural or dual `ن` that a pronoun drops
    /// (`معارضيه` → `معارضين`, `مسؤولوها` → `مسوولون`).
    public var lookupKeys: [String] {
        var keys = [stemKey]
        if let restoredStemKey { keys.append(restoredStemKey) }
        if enclitic != nil, let last = stemKey.unicodeScalars.last,
           last == "\u{064A}" || last == "\u{0648}" || last == "\u{0627}" {  // ي و ا
            keys.append(stemKey + "\u{0646}")  // ن
        }
        return keys
    }

    /// The word read as it stands: no clitic taken off.
    public var isUnsplit: Bool { proclitics.isEmpty && enclitic == nil }

    /// Number of clitics taken off.
    public var cliticCount: Int { proclitics.count + (enclitic == nil ? 0 : 1) }

    /// Whether the stem carries the definite article (`ال`, or `لل`'s elided one).
    public var hasArticle: Bool { proclitics.last == CliticAnalyzer.article }

    /// `و+ال+ولايات`, `وزارت+ها`: for test names and logs.
    public var description: String {
        (proclitics + [stemKey] + (enclitic.map { [$0] } ?? [])).joined(separator: "+")
    }
}
