import Foundation

/// One JSON Lines record in the input format of docs/SCHEMA.md: `text` required; `id`, `title`,
/// `url`, `outlet`, `author`, `published` optional. Unknown fields are ignored.
public enum JSONLinesRecord {
    private struct Record: Decodable {
        var id: String?
        var text: String?
        var title: String?
        var url: String?
        var outlet: String?
        var author: String?
        var published: String?

        private enum CodingKeys: String, CodingKey { case id, text, title, url, outlet, author, published }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // A field of the wrong type is treated as absent rather than failing the record,
            // except `text`, which the caller checks.
            func string(_ key: CodingKeys) -> String? { try? container.decodeIfPresent(String.self, forKey: key) }
            id = string(.id) ?? (try? container.decodeIfPresent(Int.self, forKey: .id)).flatMap { $0.map(String.init) }
            text = string(.text)
            title = string(.title)
            url = string(.url)
            outlet = string(.outlet)
            author = string(.author)
            published = string(.published)
        }
    }

    /// Decodes one line. `fallbackID` names a record without an `id` (`wire#3`).
    /// A `published` value that is not an ISO date is reported through `warnings` and dropped.
    public static func decode(_ line: ArraySlice<UInt8>, location: String, fallbackID: String,
                              warnings: inout [String]) -> Result<DocumentInput, InputError> {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch DecodingError.typeMismatch {
            return .failure(InputError(location, .invalidJSON("a line must hold one JSON object")))
        } catch {
            return .failure(InputError(location, .invalidJSON(shortDescription(of: error))))
        }
        guard let text = record.text else { return .failure(InputError(location, .missingText)) }
        // A NUL written as \u0000 is as binary as a raw one.
        if text.unicodeScalars.contains("\u{0}") { return .failure(InputError(location, .binary)) }
        var published: String?
        if let given = record.published, !given.isEmpty {
            published = PublishedDate.normalize(given)
            if published == nil {
                warnings.append("\(location): ignoring \"published\": \(given) is not an ISO 8601 date")
            }
        }
        let id = record.id.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID
        return .success(DocumentInput(id: id, text: text, title: record.title?.nilIfEmpty, url: record.url?.nilIfEmpty,
                                      outlet: record.outlet?.nilIfEmpty, author: record.author?.nilIfEmpty,
                                      published: published))
    }

    private static func shortDescription(of error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                return detail
            }
            return context.debugDescription
        }
        return String(describing: error)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
