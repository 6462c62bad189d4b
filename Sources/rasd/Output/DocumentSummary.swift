import RasdAnalysis

/// The readable per-document summary `rasd analyze` prints by default: metadata, sizes, and what
/// each stage found, with the text it found it in.
enum DocumentSummary {
    static func render(_ document: AnalyzedDocument) -> String {
        var lines: [String] = []
        let header = [document.id, document.outlet, document.published].compactMap { $0 }.joined(separator: " · ")
        lines.append("── \(header)")
        if let title = document.title { lines.append("   title      \(clip(title, 90))") }
        if let author = document.author { lines.append("   author     \(author)") }
        let words = document.text.split(whereSeparator: { $0.isWhitespace }).count
        lines.append("   size       \(document.text.unicodeScalars.count) characters, \(words) words, "
                     + "\(document.sentences.count) sentences")
        if !document.boilerplate.isEmpty {
            let kinds = Dictionary(grouping: document.boilerplate, by: \.kind.rawValue)
                .map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
            lines.append("   chrome     \(document.boilerplate.count) blocks (\(kinds))")
            for block in document.boilerplate {
                lines.append("                \(pad(block.kind.rawValue, 17)) \(clip(block.text, 60))")
            }
        }
        if !document.gluedWords.isEmpty {
            let glued = document.gluedWords.prefix(6)
                .map { "\($0.text) → " + $0.pieces.map(\.text).joined(separator: " | ") }
            lines.append("   glued      " + glued.joined(separator: "; ")
                         + (document.gluedWords.count > 6 ? "; …" : ""))
        }
        if !document.entities.isEmpty {
            // One item per identity, in order of first mention, with how often it is named.
            var order: [String] = []
            var counts: [String: Int] = [:]
            var first: [String: EntityMention] = [:]
            for entity in document.entities {
                if counts[entity.entity] == nil { order.append(entity.entity); first[entity.entity] = entity }
                counts[entity.entity, default: 0] += 1
            }
            lines.append(listing("entities", order.map { id in
                let mention = first[id]!
                return "\(mention.canonicalAr ?? mention.text) → \(id) \(mention.type)" + (counts[id]! > 1 ? " ×\(counts[id]!)" : "")
            }, limit: 6))
        }
        if !document.dates.isEmpty {
            lines.append(listing("dates", document.dates.map { date in
                "\(date.text) → \(date.value ?? "?")" + (date.endValue.map { "…\($0)" } ?? "")
            }))
        }
        if !document.quantities.isEmpty {
            lines.append(listing("quantities", document.quantities.map { quantity in
                var value = Self.number(quantity.value) + (quantity.valueMax.map { "–" + Self.number($0) } ?? "")
                if quantity.qualifier != "exact", quantity.qualifier != "range" { value = quantity.qualifier + " " + value }
                if let lemma = quantity.unitLemma ?? quantity.unit { value += " " + lemma }
                if let per = quantity.per { value += "/" + per }
                return "\(quantity.text) → \(value)"
            }))
        }
        if !document.attributions.isEmpty {
            // Speaker ← relays, then the stance and the content's opening words.
            lines.append(listing("said", document.attributions.map { attribution in
                var who = attribution.speaker.map { $0.entity ?? $0.text } ?? "?"
                for relay in attribution.via { who += " ← " + (relay.entity ?? relay.text) }
                let stance = attribution.stance == "deny" ? " denies" : ""
                let content = attribution.direct ? "“\(attribution.content.text)”" : attribution.content.text
                return "\(who)\(stance): \(content)"
            }, limit: 4))
        }
        let happened = document.events.filter { $0.type != "statement" }
        if !happened.isEmpty {
            lines.append(listing("events", happened.map { event in
                var line = "\(event.type) \(event.trigger.text) (" + event.participants.joined(separator: ", ")
                if let place = event.place { line += " @ \(place)" }
                if let date = event.date { line += " \(date)" }
                return line + ")"
            }, limit: 4))
        }
        if !document.claims.isEmpty {
            lines.append(listing("claims", document.claims.map { claim in
                var line = "\(claim.subject ?? "?") \(claim.predicate)"
                if let value = claim.value {
                    line += " " + (claim.qualifier.map { $0 == "exact" || $0 == "range" ? "" : $0 + " " } ?? "") + Self.number(value)
                    if let valueMax = claim.valueMax { line += "–" + Self.number(valueMax) }
                }
                if let object = claim.object { line += " \(object)" }
                if let recipient = claim.recipient { line += " → \(recipient)" }
                let context = [claim.source, claim.date].compactMap { $0 }.joined(separator: ", ")
                return context.isEmpty ? line : line + " (\(context))"
            }, limit: 4))
        }
        let found: [(String, Int)] = [
            ("entities", document.entities.count), ("dates", document.dates.count),
            ("quantities", document.quantities.count), ("durations", document.durations.count), ("attributions", document.attributions.count),
            ("events", document.events.count), ("claims", document.claims.count),
        ]
        let nonEmpty = found.filter { $0.1 > 0 }
        if !nonEmpty.isEmpty {
            lines.append("   found      " + nonEmpty.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
        }
        if let first = document.sentences.first {
            lines.append("   first      \(clip(first.text, 90))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// `   dates      a → 1; b → 2; …`: the first few items of a list, on one line.
    private static func listing(_ label: String, _ items: [String], limit: Int = 5) -> String {
        "   \(pad(label, 10)) " + items.prefix(limit).map { clip($0, 70) }.joined(separator: "; ")
            + (items.count > limit ? "; … (\(items.count))" : "")
    }

    /// A number as the contract writes it: `1000`, not `1000.0`.
    static func number(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The first `limit` characters of one line of text, with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
