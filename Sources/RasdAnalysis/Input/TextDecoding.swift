/// Turns the bytes of one input into text, or says exactly why not (binary data, the byte offset
/// of the first invalid UTF-8 sequence). The text is kept as is: no BOM stripping, CRLF kept.
public enum TextDecoding {
    @inlinable
    public static func decode<Bytes: Collection>(_ bytes: Bytes, location: String)
    -> Result<String, InputError> where Bytes.Element == UInt8 {
        if bytes.isEmpty { return .failure(InputError(location, .empty)) }
        if bytes.contains(0) { return .failure(InputError(location, .binary)) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(InputError(location, .invalidUTF8(byteOffset: firstInvalidUTF8Offset(in: bytes))))
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    @inlinable
    public static func firstInvalidUTF8Offset<Bytes: Collection>(in bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
