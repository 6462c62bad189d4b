import RasdText

/// News outlets and agencies under every name pages give them, each mapped to one English name
/// (`Lexicons/outlets.tsv`): `الحرة`, `Alhurra` → "Al Hurra". Generic sources (`وكالات`) name none.
///
///     OutletNames.canonicalName(for: "سكاي نيوز عربية")   // "Sky News Arabia"
public enum OutletNames {
    /// What a name is to the lexicon.
    public enum Match: Sendable, Equatable {
        /// A known outlet, by its canonical English name.
        case outlet(String)
        /// A generic source such as `وكالات` or `متابعات`: no outlet.
        case generic
    }

    /// Canonical name (or nil for a generic source) by compact key.
    static let byKey: [String: String?] = {
        var table: [String: String?] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.outlets) {
            guard row.count >= 2, !row[0].isEmpty else { continue }
            let key = compactKey(row[1].unicodeScalars)
            guard !key.isEmpty, table[key] == nil else { continue }
            table[key] = row[0] == "-" ? String?.none : row[0]
        }
        return table
    }()

    /// The canonical English name of an outlet as written, or nil when the lexicon does not know it
    /// (or knows it only as a generic source).
    public static func canonicalName(for name: String) -> String? {
        if case .outlet(let canonical) = match(name.unicodeScalars) { return canonical }
        return nil
    }

    /// What the lexicon says of a name as written, or nil when it does not know it.
    public static func match<C: Collection>(_ scalars: C) -> Match? where C.Element == Unicode.Scalar {
        guard let entry = byKey[compactKey(scalars)] else { return nil }
        return entry.map(Match.outlet) ?? .generic
    }

    /// The key names are compared by: matching level, with every space and punctuation mark
    /// removed, so `فرانس 24` = `فرانس24` and `Yemen Freedom` = `YemenFreedom`.
    static func compactKey<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var compact = String.UnicodeScalarView()
        for scalar in ArabicNormalizer.matchingKey(scalars).unicodeScalars {
            switch ScalarKind(scalar) {
            case .arabicLetter, .latinLetter, .otherLetter, .digit: compact.append(scalar)
            default: break
            }
        }
        return String(compact)
    }

    /// Scalars that part a site-name line into names: `يمن فريدم-DWعربية`, `الحرة | أخبار`.
    static func isNameSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "|", "/", ":", "\u{2013}", "\u{2014}", "\u{00B7}", "\u{2022}", "\u{060C}", ",": true
        default: false
        }
    }

    /// The outlet a site-name line names: the whole line, or one of its parts between separators
    /// (`يمن فريدم-DWعربية` → "Yemen Freedom"). Lines with parentheses credit an agency
    /// (`(بحسب رويترز)`) rather than name the site, and give nothing.
    static func siteName(_ line: ArraySlice<Unicode.Scalar>) -> String? {
        guard !line.contains(where: { $0 == "(" || $0 == ")" }) else { return nil }
        if case .outlet(let name)? = match(line) { return name }
        for part in line.split(whereSeparator: isNameSeparator) {
            if case .outlet(let name)? = match(part) { return name }
        }
        return nil
    }
}
