/// What a page states about itself, gathered while it is read: `<title>`, `<meta>` tags
/// (Open Graph, `article:…`, `author`, dates), the canonical link, microdata dates and JSON-LD.
struct PageMetadata {
    var documentTitle: String?
    /// The first non-empty value of each `<meta>` key (`property`, `name` or `itemprop`, lower-cased).
    var meta: [String: String] = [:]
    var canonical: String?
    var linkedDataScripts: [String] = []

    mutating func record(metaTag tag: HTMLTag) {
        guard let content = tag.attribute("content").flatMap(TextCollector.singleLine) else { return }
        for keyAttribute in ["property", "name", "itemprop"] {
            guard let key = tag.attribute(keyAttribute)?.lowercased(), !key.isEmpty else { continue }
            if meta[key] == nil { meta[key] = content }
        }
    }

    mutating func record(link tag: HTMLTag) {
        guard canonical == nil, let rel = tag.attribute("rel")?.lowercased(),
              rel.split(separator: " ").contains("canonical"),
              let href = tag.attribute("href").flatMap(TextCollector.singleLine) else { return }
        canonical = href
    }

    /// A date an element of the body gives in microdata or HTML (`itemprop="datePublished"`,
    /// `<time pubdate>`): kept under `itemprop:datepublished`.
    mutating func record(dateElement tag: HTMLTag) {
        let isPublished = tag.attribute("itemprop")?.lowercased().split(separator: " ").contains("datepublished") ?? false
        guard isPublished || (tag.name == "time" && tag.attribute("pubdate") != nil) else { return }
        guard let value = (tag.attribute("content") ?? tag.attribute("datetime")).flatMap(TextCollector.singleLine) else { return }
        if meta["itemprop:datepublished"] == nil { meta["itemprop:datepublished"] = value }
    }

    /// The fields, each from the first source that gives a usable value.
    func resolved() -> (title: String?, url: String?, outlet: String?, author: String?, published: String?) {
        let linked = LinkedData.article(in: linkedDataScripts)
        let outlet = meta["og:site_name"] ?? linked?.publisher ?? meta["application-name"]
        let title = linked?.headline ?? meta["og:title"] ?? meta["twitter:title"]
            ?? documentTitle.map { Self.strippingSiteName($0, outlet: outlet) }
        let url = meta["og:url"] ?? canonical
        let author = linked?.author ?? [meta["author"], meta["article:author"], meta["dc.creator"]]
            .compactMap { $0 }.first { !Self.looksLikeAddress($0) }
        let dates = [meta["article:published_time"], linked?.datePublished, meta["itemprop:datepublished"],
                     meta["datepublished"], meta["og:published_time"], meta["pubdate"], meta["publishdate"],
                     meta["publish-date"], meta["dc.date.issued"], meta["dc.date"], meta["date"],
                     meta["parsely-pub-date"], meta["sailthru.date"]]
        let published = dates.lazy.compactMap { $0.flatMap(PublishedDate.normalize) }.first
        return (title, url, outlet, author, published)
    }

    /// `عنوان الخبر - الموقع` → `عنوان الخبر` when the part after the separator is the outlet.
    static func strippingSiteName(_ title: String, outlet: String?) -> String {
        guard let outlet else { return title }
        for separator in [" - ", " | ", " – ", " — ", " :: ", " « "] where title.hasSuffix(separator + outlet) {
            let stripped = String(title.dropLast(separator.count + outlet.count))
            return stripped.isEmpty ? title : stripped
        }
        return title
    }

    /// `article:author` is often a profile address rather than a name.
    static func looksLikeAddress(_ value: String) -> Bool {
        value.contains("://") || value.hasPrefix("www.") || value.hasPrefix("/")
    }
}
