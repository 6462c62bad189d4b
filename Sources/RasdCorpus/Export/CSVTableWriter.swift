/// A stored value as an export reads it, whatever the store's own types.
public enum StoredValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
    case text(String)
}

/// Writes one table as CSV (`CSVFormat`): the byte order mark and the header first, then one
/// record per row, each value written as its column asks (a JSON list as its items joined by
/// ` | `, a flag as `true`/`false` whether the store keeps it as an integer or a boolean). Both
/// stores' exports write through it.
public struct CSVTableWriter {
    private let kinds: [CorpusTable.Kind]
    private let stream: ExportStream
    /// Records written after the header.
    public private(set) var rows = 0

    public init(_ table: CorpusTable, to stream: ExportStream) throws {
        kinds = table.columns.map(\.kind)
        self.stream = stream
        try stream.write(CSVFormat.byteOrderMark)
        try stream.write(CSVFormat.record(table.columnNames.map { .text($0) }))
    }

    /// Writes one row: its values in the table's column order.
    public mutating func write(_ values: [StoredValue]) throws {
        try stream.write(CSVFormat.record(zip(values, kinds).map(Self.field)))
        rows += 1
    }

    private static func field(_ value: StoredValue, as kind: CorpusTable.Kind) -> CSVField {
        switch (value, kind) {
        case (.null, _): return .text(nil)
        case (.integer(let number), .boolean): return .boolean(number != 0)
        case (.integer(let number), _): return .integer(number)
        case (.real(let number), _): return .number(number)
        case (.boolean(let flag), _): return .boolean(flag)
        case (.text(let text), .list): return .text(StoredJSON.strings(text).joined(separator: " | "))
        case (.text(let text), _): return .text(text)
        }
    }
}
