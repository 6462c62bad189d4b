import RasdText

/// Reduces events to claims that can be compared across documents: who (`subject`) did what
/// (`predicate`, the event type) to how much of what (`object`, `value`, `qualifier`), for whom
/// (`recipient`), when, and on whose word (`source`, the speaker of the statement that carries it).
/// An event with a quantity of its goods or troops is a claim; so is any event a speaker reports.
struct ClaimReader {
    let mentions: MentionIndex
    let quantities: SpanLookup<QuantityMention>
    /// Statements by their content: the one that holds an event is its source.
    let contents: SpanLookup<Attribution>
    /// The document's publication date: the date of a claim whose sentence gives none.
    let published: String?

    init(mentions: MentionIndex, quantities: [QuantityMention], attributions: [Attribution], published: String?) {
        self.mentions = mentions
        self.quantities = SpanLookup(quantities, start: \.start, end: \.end)
        contents = SpanLookup(attributions, start: \.content.start, end: \.content.end)
        self.published = published
    }

    func claims(of events: [Event]) -> [Claim] {
        var claims: [Claim] = []
        for event in events where Self.predicates.contains(event.type) {
            let text = mentions.text
            guard let trigger = token(at: event.trigger.start),
                  let sentence = mentions.sentence(containing: event.trigger.start) else { continue }
            let holder = contents.covering(event.trigger.start)
            var actor = agent(of: trigger, in: sentence, place: event.place)
            // `ونفت كوريا الشمالية أنها زودت …`: a pronoun after the complementizer is the speaker.
            if let speaker = holder?.speaker?.entity, trigger > 0, Self.pronounComplementizers.contains(text[trigger - 1].key) {
                actor = (speaker, true)
            }
            let subject = actor?.entity
            let recipient = self.recipient(of: trigger, in: sentence, agent: actor, place: event.place)
            let evidence = holder?.content ?? SpanText(start: text[sentence.lowerBound].start, end: text[sentence.upperBound - 1].end,
                                                      text: text.text(text[sentence.lowerBound].start, text[sentence.upperBound - 1].end))
            let source = holder?.speaker.map { $0.entity ?? $0.text }
            let date = event.date ?? published
            let counted = quantities(for: event.type, near: trigger, in: sentence)
            if counted.isEmpty {
                // A reported event with nothing counted: who did what to whom.
                guard holder != nil, let subject else { continue }
                // A visit is to its place; other events are to their recipient or other party.
                let object = event.type == "visit" ? event.place ?? recipient : recipient ?? event.participants.first { $0 != subject }
                claims.append(Claim(subject: subject, predicate: event.type, object: object, value: nil, qualifier: nil, date: date,
                                    source: source, evidence: evidence, key: Self.key(subject, event.type, object),
                                    recipient: recipient, stance: holder?.stance))
                continue
            }
            for quantity in counted {
                let object = quantity.unitLemma ?? quantity.unit
                claims.append(Claim(subject: subject, predicate: event.type, object: object, value: quantity.value,
                                    qualifier: quantity.qualifier, date: date, source: source, evidence: evidence,
                                    key: Self.key(subject, event.type, object), valueMax: quantity.valueMax, recipient: recipient,
                                    stance: holder?.stance ?? "assert"))
            }
        }
        return claims
    }

    static let predicates: Set<String> = ["meeting", "visit", "agreement", "transfer", "deployment"]
    static let pronounComplementizers: Set<WordKey> = ["انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"]

    /// The claim's key: subject, predicate and object at matching level (`north-korea|transfer|حاويه`).
    static func key(_ subject: String?, _ predicate: String, _ object: String?) -> String {
        "\(subject ?? "-")|\(predicate)|\(object.map { ArabicNormalizer.matchingKey($0) } ?? "-")"
    }

    /// The token a raw offset falls in.
    private func token(at offset: Int) -> Int? {
        let text = mentions.text
        var low = 0, high = text.count
        while low < high {
            let middle = (low + high) / 2
            if text[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < text.count && text[low].start <= offset ? low : nil
    }

    /// Quantities of what the event moves (goods for a transfer, troops for a deployment) within
    /// a few words of its trigger.
    private func quantities(for type: String, near trigger: Int, in sentence: Range<Int>) -> [QuantityMention] {
        let wanted: EventTrigger.Needs
        switch type {
        case "transfer": wanted = .goods
        case "deployment": wanted = .troops
        default: return []
        }
        let text = mentions.text
        let from = text[max(sentence.lowerBound, trigger - 4)].start
        let to = text[min(sentence.upperBound - 1, trigger + 12)].end
        return quantities.starting(in: from..<to).filter { quantity in
            guard quantity.end <= to, let unit = quantity.unitLemma ?? quantity.unit else { return false }
            return EventTriggers.objectClass(ofUnit: unit) == wanted
        }
    }

    /// Who acts: the entity just before the trigger (`كوريا الشمالية تزود`, `شويغو، الذي زار`),
    /// else, for a verb, the one right after it (`سلّمت كوريا الشمالية`); never the event's place.
    func agent(of trigger: Int, in sentence: Range<Int>, place: String?) -> (entity: String, before: Bool)? {
        var index = trigger - 1
        while index >= sentence.lowerBound, Self.linkers.contains(mentions.text[index].key) { index -= 1 }
        if index >= sentence.lowerBound, let entity = mentions.entityEnding[index] {
            let first = mentions.entityTokens[entity].first
            let mention = mentions.entities[entity]
            if mentions.entityTokens[entity].canBeSubject, !mentions.hasPreposition(first), mention.entity != place,
               MentionIndex.speakerTypes.contains(mention.type) {
                return (mention.entity, true)
            }
        }
        let isVerb = EventTriggers.triggers(at: trigger, in: mentions.text)?.triggers.first?.isVerb ?? false
        if isVerb, trigger + 1 < sentence.upperBound, let entity = actor(startingAt: trigger + 1), entity != place {
            return (entity, false)
        }
        return nil
    }

    /// Words between a subject and its verb: `قد`, `الذي`, a comma.
    static let linkers: Set<WordKey> = ["قد", "الذي", "التي", "الذين", "اللذين", "،", ","]

    private func actor(startingAt index: Int) -> String? {
        guard let entity = mentions.entityStarting[index], mentions.entityTokens[entity].canBeSubject, !mentions.hasPreposition(index),
              MentionIndex.speakerTypes.contains(mentions.entities[entity].type) else { return nil }
        return mentions.entities[entity].entity
    }

    /// For whom: the object right after the trigger when the subject came before it (`كوريا
    /// الشمالية تزود روسيا`), else an entity after `إلى` or `لـ` (`إلى روسيا`, `لروسيا`), else the
    /// entity straight after a subject that follows the verb (`تزود كوريا الشمالية روسيا بالأسلحة`).
    func recipient(of trigger: Int, in sentence: Range<Int>, agent: (entity: String, before: Bool)?, place: String?) -> String? {
        let text = mentions.text
        // `كوريا الشمالية تزود روسيا`: after a subject before it, the verb's object is the recipient.
        if let agent, agent.before, trigger + 1 < sentence.upperBound, let object = actor(startingAt: trigger + 1),
           object != agent.entity, object != place {
            return object
        }
        let end = min(sentence.upperBound, trigger + 14)
        var index = trigger + 1
        while index < end {
            if let entity = mentions.entityStarting[index], MentionIndex.speakerTypes.contains(mentions.entities[entity].type) {
                let mention = mentions.entities[entity]
                let toward = text[index - 1].key == "الي" || (!mentions.entityTokens[entity].canBeSubject && text[index].key.has("ل", at: 0))
                if toward, mention.entity != agent?.entity, mention.entity != place { return mention.entity }
                index = mentions.entityTokens[entity].last + 1
                continue
            }
            index += 1
        }
        // `تزود كوريا الشمالية روسيا بالأسلحة`: the entity straight after a subject after the verb.
        guard let agent, !agent.before, trigger + 1 < sentence.upperBound, let first = mentions.entityStarting[trigger + 1] else { return nil }
        let next = mentions.entityTokens[first].last + 1
        guard next < sentence.upperBound, let object = actor(startingAt: next), object != agent.entity, object != place else { return nil }
        return object
    }
}
