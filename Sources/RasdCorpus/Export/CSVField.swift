import Foundation

/// One field of a CSV export, typed so that numbers stay numbers in a spreadsheet.
public enum CSVField: Sendable, Equatable {
    case text(String?)
    case integer(Int64?)
    case number(Double?)
    case boolean(Bool?)

    /// The field as RFC 4180 writes it. Text that a spreadsheet would read as a formula (it
    /// starts with `=` `+` `-` `@`, a tab or a carriage return) gets a leading `'`; a field
    /// holding a quote, a comma, a carriage return or a line feed is quoted, its quotes doubled.
    /// Empty for null.
    public var encoded: String {
        switch self {
        case .text(let value?):
            var text = value
            if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) { text = "'" + text }
            guard text.unicodeScalars.contains(where: Self.needsQuotes.contains) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .integer(let value?):
            return String(value)
        case .number(let value?):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .boolean(let value?):
            return value ? "true" : "false"
        case .text(nil), .integer(nil), .number(nil), .boolean(nil):
            return ""
        }
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    static let needsQuotes: Set<Unicode.Scalar> = ["\"", ",", "\r", "\n"]
}

/// RFC 4180 as spreadsheet programs read it: UTF-8 with a byte order mark (Excel reads Arabic
/// right only with it), CRLF after every record, the header first.
enum CSVFormat {
    static let byteOrderMark = "\u{FEFF}"
    static let recordEnd = "\r\n"

    static func record(_ fields: [CSVField]) -> String {
        fields.map(\.encoded).joined(separator: ",") + recordEnd
    }
}
