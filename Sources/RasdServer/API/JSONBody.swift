import Foundation
import Hummingbird

/// Responses whose body is JSON: sorted keys (stable output for tests and caches), slashes kept.
enum JSONBody {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(value)) ?? Data(#"{"error":{"status":500,"code":"internal","message":"unencodable"}}"#.utf8)
        return response(bytes: bytes, status: status)
    }

    /// A body that is JSON already (a stored analysis).
    static func response(bytes: some Collection<UInt8>, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
