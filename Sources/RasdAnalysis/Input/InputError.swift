/// Why one input could not become a document. The message names the input and says what a user
/// can do about it; the batch goes on with the next document.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case empty
        case binary
        case invalidUTF8(byteOffset: Int)
        case tooLarge(bytes: Int, limit: Int)
        case invalidJSON(String)
        case missingText
        case unsupportedFormat(String)
        /// A WARC record or feed that breaks its format.
        case malformed(String)
        /// A page or feed item in which there was no text to analyze.
        case noText(String)
    }

    /// The file, with `:LINE` for a JSON Lines record, `:record N` for a WARC record, `:item N`
    /// for a feed item.
    public var location: String
    public var reason: Reason

    public init(_ location: String, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): "\(location): cannot be read: \(why)"
        case .empty: "\(location): empty, nothing to analyze"
        case .binary: "\(location): looks like a binary file (contains NUL bytes), not text"
        case .invalidUTF8(let offset): "\(location): not valid UTF-8 at byte \(offset)"
        case .tooLarge(let bytes, let limit):
            "\(location): \(bytes) bytes is over the \(limit)-byte limit for one document (see --max-document-bytes)"
        case .invalidJSON(let why): "\(location): not a valid JSON object: \(why)"
        case .missingText: "\(location): the record has no \"text\" string"
        case .unsupportedFormat(let why), .malformed(let why), .noText(let why): "\(location): \(why)"
        }
    }
}
