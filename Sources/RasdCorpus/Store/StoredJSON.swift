import Foundation

/// JSON arrays between Swift and SQL: a set of identifiers reaches a query as one bound JSON
/// array (read there with `json_each`), and the JSON arrays stored in a column (`participants`,
/// `via`) come back as strings.
public enum StoredJSON {
    public static func array(_ values: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// Store rows as one JSON array.
    static func array(_ rows: some Collection<Int64>) -> String {
        "[" + rows.map(String.init).joined(separator: ",") + "]"
    }

    /// The distinct non-null strings of a stored JSON array, in order.
    public static func strings(_ json: String?) -> [String] {
        let values = (try? JSONDecoder().decode([String?].self, from: Data((json ?? "[]").utf8))) ?? []
        var seen = Set<String>()
        return values.compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}
