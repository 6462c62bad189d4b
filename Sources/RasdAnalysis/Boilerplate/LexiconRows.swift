import RasdText

/// The data rows of an embedded lexicon file: `#` comment lines and blank lines skipped, each row
/// split at tabs into trimmed columns. Every lexicon loader of this target reads its file this way.
enum LexiconRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var columns: [String] = []
        var field: [Unicode.Scalar] = []
        var isComment = false
        var atLineStart = true

        func endField() {
            columns.append(SourceText.string(from: trimmed(field)))
            field.removeAll(keepingCapacity: true)
        }
        func endLine() {
            if !isComment {
                endField()
                if columns.contains(where: { !$0.isEmpty }) { rows.append(columns) }
            }
            columns.removeAll()
            field.removeAll(keepingCapacity: true)
            isComment = false
            atLineStart = true
        }

        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r":
                endLine()
            case "\t" where !isComment:
                endField()
                atLineStart = false
            default:
                if atLineStart, !scalar.properties.isWhitespace {
                    atLineStart = false
                    if scalar == "#" { isComment = true }
                }
                if !isComment { field.append(scalar) }
            }
        }
        endLine()
        return rows
    }

    /// A lexicon of `number<TAB>name` rows (months, weekdays) as a table from each name's key
    /// (`MonthNames.key`: matching level, spaces collapsed) to its number; rows whose number is
    /// outside `valid` are skipped.
    static func numberedNames(_ text: String, valid: ClosedRange<Int>) -> [String: Int] {
        var table: [String: Int] = [:]
        for row in parse(text) {
            guard row.count >= 2, let number = Int(row[0]), valid.contains(number) else { continue }
            table[MonthNames.key(row[1])] = number
        }
        return table
    }

    /// A run of scalars without the spaces at either end.
    private static func trimmed(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var start = 0
        var end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return scalars[start..<end]
    }
}
