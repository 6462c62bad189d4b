/// The contract's JSON, written field by field in the order docs/SCHEMA.md lists them.
extension AnalyzedDocument {
    /// One document as JSON: compact (a JSON Lines record) or pretty-printed.
    public func json(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: text.utf8.count * 2 + 1024)
        write(to: &writer)
        return writer.bytes
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("text", text)
        writer.field("title", title)
        writer.field("url", url)
        writer.field("outlet", outlet)
        writer.field("author", author)
        writer.field("published", published)
        writer.field("language", language)
        writer.array("boilerplate", boilerplate) { writer, block in
            writer.span(block.start, block.end, block.text)
            writer.field("kind", block.kind.rawValue)
        }
        writer.array("sentences", sentences) { writer, sentence in
            writer.span(sentence.start, sentence.end, sentence.text)
        }
        writer.array("glued_words", gluedWords) { writer, glued in
            writer.span(glued.start, glued.end, glued.text)
            writer.key("pieces")
            writer.beginArray()
            for piece in glued.pieces { writer.spanObject(piece) }
            writer.endArray()
        }
        writer.array("entities", entities) { writer, entity in
            writer.span(entity.start, entity.end, entity.text)
            writer.field("type", entity.type)
            writer.field("entity", entity.entity)
            writer.field("canonical", entity.canonical)
            writer.field("canonical_ar", entity.canonicalAr)
            writer.field("role", entity.role)
            if let country = entity.roleCountry { writer.field("role_country", country) }
        }
        writer.array("dates", dates) { writer, date in
            writer.span(date.start, date.end, date.text)
            writer.field("value", date.value)
            writer.field("grain", date.grain)
            writer.field("relative", date.relative)
            if let endValue = date.endValue { writer.field("end_value", endValue) }
            if let hijri = date.hijri { writer.field("hijri", hijri) }
        }
        writer.array("quantities", quantities) { writer, quantity in
            writer.span(quantity.start, quantity.end, quantity.text)
            writer.field("value", quantity.value)
            writer.field("unit", quantity.unit)
            writer.field("unit_lemma", quantity.unitLemma)
            writer.field("qualifier", quantity.qualifier)
            if let valueMax = quantity.valueMax { writer.field("value_max", valueMax) }
            writer.field("per", quantity.per)
        }
        writer.array("durations", durations) { writer, duration in
            writer.span(duration.start, duration.end, duration.text)
            writer.field("value", duration.value)
            writer.field("unit", duration.unit)
        }
        writer.array("attributions", attributions) { writer, attribution in
            writer.key("speaker")
            if let speaker = attribution.speaker { writer.reference(speaker) } else { writer.value(nil as String?) }
            writer.key("cue")
            writer.spanObject(attribution.cue)
            writer.key("content")
            writer.spanObject(attribution.content)
            writer.field("direct", attribution.direct)
            writer.key("via")
            writer.beginArray()
            for relay in attribution.via { writer.reference(relay) }
            writer.endArray()
            writer.field("stance", attribution.stance)
        }
        writer.array("events", events) { writer, event in
            writer.field("type", event.type)
            writer.key("trigger")
            writer.spanObject(event.trigger)
            writer.key("participants")
            writer.beginArray()
            for participant in event.participants { writer.value(participant) }
            writer.endArray()
            writer.field("place", event.place)
            writer.field("date", event.date)
        }
        writer.array("claims", claims) { writer, claim in
            writer.field("subject", claim.subject)
            writer.field("predicate", claim.predicate)
            writer.field("object", claim.object)
            writer.field("value", claim.value)
            writer.field("qualifier", claim.qualifier)
            writer.field("date", claim.date)
            writer.field("source", claim.source)
            writer.key("evidence")
            writer.spanObject(claim.evidence)
            if let key = claim.key { writer.field("key", key) }
            if let valueMax = claim.valueMax { writer.field("value_max", valueMax) }
            if let recipient = claim.recipient { writer.field("recipient", recipient) }
            if let stance = claim.stance { writer.field("stance", stance) }
        }
        writer.endObject()
    }
}

extension JSONWriter {
    /// `"name": [ {…}, … ]` with one object per element, its fields written by `fields`.
    mutating func array<Element>(_ name: String, _ elements: [Element], fields: (inout JSONWriter, Element) -> Void) {
        key(name)
        beginArray()
        for element in elements {
            beginObject()
            fields(&self, element)
            endObject()
        }
        endArray()
    }

    /// The `start`, `end` and `text` fields every span carries.
    mutating func span(_ start: Int, _ end: Int, _ text: String) {
        field("start", start)
        field("end", end)
        field("text", text)
    }

    mutating func spanObject(_ span: SpanText) {
        beginObject()
        self.span(span.start, span.end, span.text)
        endObject()
    }

    mutating func reference(_ reference: EntityReference) {
        beginObject()
        span(reference.start, reference.end, reference.text)
        field("entity", reference.entity)
        if let affiliation = reference.affiliation { field("affiliation", affiliation) }
        endObject()
    }
}
