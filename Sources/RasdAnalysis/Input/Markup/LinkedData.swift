import Foundation

/// The article fields a page states in JSON-LD (`<script type="application/ld+json">`): an object,
/// an array of objects, or an `@graph`, possibly nested. The first object typed as an article
/// (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, …) wins; failing that, the
/// first object with a headline or a publication date.
struct LinkedData: Equatable {
    var headline: String?
    var datePublished: String?
    /// One name, or several joined by `، `.
    var author: String?
    var publisher: String?

    var isEmpty: Bool { headline == nil && datePublished == nil && author == nil && publisher == nil }

    static func article(in scripts: [String]) -> LinkedData? {
        var typed: LinkedData?, untyped: LinkedData?
        for script in scripts {
            guard let object = parse(script) else { continue }
            visit(object, depth: 0) { fields, isArticle in
                if isArticle, typed == nil { typed = fields }
                if !isArticle, untyped == nil, fields.headline != nil || fields.datePublished != nil { untyped = fields }
            }
            if typed != nil { break }
        }
        return typed ?? untyped
    }

    private static func parse(_ script: String) -> Any? {
        var text = script.trimmingSpaces
        // Some sites wrap the JSON in a comment or CDATA marker for old browsers.
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
        where text.hasPrefix(open) && text.hasSuffix(close) {
            text = String(text.dropFirst(open.count).dropLast(close.count))
        }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private static func visit(_ value: Any, depth: Int, _ found: (LinkedData, Bool) -> Void) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, depth: depth + 1, found) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1, found) }
        let fields = LinkedData(headline: string(object["headline"]),
                                datePublished: string(object["datePublished"]) ?? string(object["dateCreated"]),
                                author: names(object["author"] ?? object["creator"]),
                                publisher: names(object["publisher"]))
        if !fields.isEmpty { found(fields, isArticle(object["@type"])) }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? (type as? String).map { [$0] } ?? []
        return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        return TextCollector.singleLine(text)
    }

    /// A name from a string, an object with `name`, or an array of either.
    private static func names(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] {
            var seen: [String] = []
            for element in array.prefix(10) {
                if let name = names(element), !seen.contains(name) { seen.append(name) }
            }
            return seen.isEmpty ? nil : seen.joined(separator: "، ")
        }
        return nil
    }
}
