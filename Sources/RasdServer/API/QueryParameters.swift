import Foundation
import Hummingbird
import RasdCorpus

/// A request's query string, read strictly: `+` is a space, percent escapes must be valid UTF-8,
/// every value has a length limit, and numbers must be numbers. Anything else is a 400 that
/// names the parameter.
struct QueryParameters {
    /// The longest value a parameter may have, in characters (a query is at most this long too).
    static let maximumLength = 1_000

    private var values: [String: String] = [:]

    init(_ request: Request) throws {
        guard let query = request.uri.query, !query.isEmpty else { return }
        guard query.utf8.count <= 16 * Self.maximumLength else {
            throw APIError.badRequest("the query string is longer than \(16 * Self.maximumLength) bytes")
        }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(parts[0], name: "a parameter name")
            let value = parts.count > 1 ? try Self.decode(parts[1], name: key) : ""
            guard value.count <= Self.maximumLength else {
                throw APIError.badRequest("\(key) is longer than \(Self.maximumLength) characters")
            }
            if values[key] == nil { values[key] = value }
        }
    }

    private static func decode(_ raw: Substring, name: String) throws -> String {
        let spaced = raw.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw APIError.badRequest("\(name) is not valid percent-encoded UTF-8")
        }
        return decoded
    }

    /// The value, trimmed; nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A whole number within `range`, or `fallback` when absent.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return number
    }

    /// A date prefix as the filters take it: `2023`, `2023-10` or `2023-10-19`.
    func datePrefix(_ name: String) throws -> String? {
        guard let text = string(name) else { return nil }
        guard CorpusSearch.isDatePrefix(text) else {
            throw APIError.badRequest("\(name) must be a date as 2023, 2023-10 or 2023-10-19, not \(text)")
        }
        return text
    }
}
