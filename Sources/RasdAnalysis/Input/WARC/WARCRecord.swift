/// One WARC record: its number in the file (1-based, every record counted), its named fields
/// (names lower-cased) and its block.
public struct WARCRecord: Sendable {
    public var number: Int
    public var fields: [String: String]
    public var block: [UInt8]

    public init(number: Int, fields: [String: String], block: [UInt8]) {
        self.number = number
        self.fields = fields
        self.block = block
    }

    public var type: String? { fields["warc-type"]?.lowercased() }
    public var targetURI: String? { fields["warc-target-uri"].map(Self.unbracketed) }
    /// `WARC-Record-ID` without its angle brackets: `urn:uuid:…`.
    public var recordID: String? { fields["warc-record-id"].map(Self.unbracketed) }

    static func unbracketed(_ value: String) -> String {
        value.hasPrefix("<") && value.hasSuffix(">") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
    }
}
