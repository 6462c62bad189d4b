import Hummingbird

/// `page` (from 1) and `per_page` (1–100, 10 by default), the same on every list route.
struct Paging {
    static let defaultSize = 10
    static let maximumSize = 100
    static let maximumPage = 10_000

    var page: Int
    var size: Int
    var offset: Int { (page - 1) * size }

    init(_ query: QueryParameters) throws {
        size = try query.integer("per_page", default: Self.defaultSize, in: 1...Self.maximumSize)
        page = try query.integer("page", default: 1, in: 1...Self.maximumPage)
    }

    /// This page of `items`, with the count of them all.
    func slice<Item: Encodable & Sendable>(_ items: [Item]) -> Page<Item> {
        let start = min(offset, items.count)
        return Page(page: page, perPage: size, total: items.count, items: Array(items[start..<min(items.count, start + size)]))
    }
}

/// One page of a list: `{"page", "per_page", "total", "items"}`.
struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    var page: Int
    var perPage: Int
    var total: Int
    var items: [Item]

    private enum CodingKeys: String, CodingKey {
        case page, total, items
        case perPage = "per_page"
    }
}
