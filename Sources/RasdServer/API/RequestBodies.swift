import Foundation
import Hummingbird
import NIOCore
import RasdAnalysis

/// Reading request bodies as untrusted input: a size limit, UTF-8 checked, and JSON Lines read
/// record by record so that one bad line is reported without losing the others.
enum RequestBodies {
    /// The body, or a 413 naming the limit.
    static func collect(_ request: Request, limit: Int) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError.tooLarge("the body is \(length) bytes; this route takes at most \(limit)")
        }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.tooLarge("the body is larger than this route takes (\(limit) bytes)")
        }
    }

    static func isJSON(_ request: Request) -> Bool {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        return type.hasPrefix("application/json") || type.hasPrefix("application/x-ndjson") || type.hasPrefix("application/jsonl")
    }

    /// The body as text: valid UTF-8, not empty.
    static func text(_ body: [UInt8]) throws -> String {
        switch TextDecoding.decode(body[...], location: "the body") {
        case .failure(let error): throw APIError.badRequest("\(error)")
        case .success(let text):
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw APIError.badRequest("the body is empty") }
            return text
        }
    }

    /// One failed record of a batch: its line and why.
    struct Failure: Error, Encodable, Sendable {
        var line: Int
        var message: String
    }

    /// Each non-blank line of a JSON Lines body (a single JSON object is one line; a pretty-printed
    /// object is read whole), decoded as SCHEMA.md's input record.
    static func records(_ body: [UInt8]) -> [Result<DocumentInput, Failure>] {
        let trimmed = body.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.isEmpty { return [.failure(Failure(line: 1, message: "the body is empty"))] }
        let lines: [ArraySlice<UInt8>]
        if let whole = try? JSONSerialization.jsonObject(with: Data(trimmed)), whole is [String: Any] {
            lines = [trimmed]
        } else {
            lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
        }
        var results: [Result<DocumentInput, Failure>] = []
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let location = "line \(index + 1)"
            if case .failure(let error) = TextDecoding.decode(line, location: location) {
                results.append(.failure(Failure(line: index + 1, message: "\(error)")))
                continue
            }
            var warnings: [String] = []
            switch JSONLinesRecord.decode(line, location: location, fallbackID: "posted#\(index + 1)", warnings: &warnings) {
            case .failure(let error): results.append(.failure(Failure(line: index + 1, message: "\(error)")))
            case .success(let document) where document.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
                results.append(.failure(Failure(line: index + 1, message: "\(location): the text is empty")))
            case .success(let document): results.append(.success(document))
            }
        }
        return results
    }
}
