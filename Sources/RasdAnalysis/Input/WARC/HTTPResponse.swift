/// The HTTP response a WARC `response` record holds: status, header fields, payload. The payload
/// is de-chunked (`Transfer-Encoding: chunked`) and inflated (`Content-Encoding: gzip`,
/// `deflate`) when the crawler kept it that way.
struct HTTPResponse {
    var status: Int
    /// Field names lower-cased; the first of duplicates.
    var fields: [String: String]
    var payload: ArraySlice<UInt8>

    /// `text/html` from `text/html; charset=UTF-8`.
    var mediaType: String? {
        fields["content-type"].map { String($0.split(separator: ";").first ?? "").trimmingSpaces.lowercased() }
    }

    /// The `charset` parameter of `Content-Type`.
    var charset: String? { fields["content-type"].flatMap(Self.charset(inContentType:)) }

    static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: "\"'").lowercased()
            }
        }
        return nil
    }

    /// Parses `block`; nil when it does not start with an HTTP status line.
    init?(_ block: [UInt8]) {
        var index = 0
        func line() -> ArraySlice<UInt8>? {
            guard index < block.count else { return nil }
            let end = block[index...].firstIndex(of: 0x0A) ?? block.count
            var line = block[index..<end]
            index = min(end + 1, block.count)
            if line.last == 0x0D { line = line.dropLast() }
            return line
        }
        guard let statusLine = line(), statusLine.starts(with: Array("HTTP/".utf8)) else { return nil }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        self.status = status
        fields = [:]
        while let field = line(), !field.isEmpty {
            guard let colon = field.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: field[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
            if fields[name] == nil { fields[name] = String(decoding: field[(colon + 1)...], as: UTF8.self).trimmingSpaces }
        }
        payload = block[index...]
    }

    enum Payload {
        case bytes([UInt8])
        case failed(InputError.Reason)
    }

    /// The payload as the server meant it: de-chunked and inflated; or why that failed.
    func decodedPayload(limit: Int) -> Payload {
        var bytes = Array(payload)
        if fields["transfer-encoding"]?.lowercased().contains("chunked") ?? false {
            guard let joined = Self.dechunked(bytes) else { return .failed(.malformed("the chunked HTTP payload is broken")) }
            bytes = joined
        }
        switch fields["content-encoding"]?.lowercased().trimmingSpaces {
        case nil, "", "identity":
            break
        case "gzip", "x-gzip", "deflate":
            guard let inflated = ZStream.inflateAll(bytes, limit: limit) else {
                return .failed(.malformed("the gzip-encoded HTTP payload is corrupt or over the size limit"))
            }
            bytes = inflated
        case let other?:
            return .failed(.unsupportedFormat("the HTTP payload is \(other)-encoded, which Rasd does not decode"))
        }
        return .bytes(bytes)
    }

    static func dechunked(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let end = bytes[index...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: bytes[index..<end], as: UTF8.self)
                .split(separator: ";").first.map { String($0).trimmingSpaces } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = end + 1
            if size == 0 { return out }
            guard size <= bytes.count - index else { return nil }
            out.append(contentsOf: bytes[index..<(index + size)])
            index += size
            // The chunk's closing CRLF.
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop.contains($0) }),
              let last = scalars.lastIndex(where: { !drop.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
