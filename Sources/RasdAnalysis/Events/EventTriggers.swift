import RasdText

/// A word that reports an event (`التقى`, `زيارة`, `سلّمت`), with the event type and what the
/// sentence must also hold for it to count (goods for a transfer, troops for a deployment).
struct EventTrigger: Sendable {
    enum Needs: Sendable, Equatable {
        case nothing
        case goods
        case troops
        case accord
    }

    let type: String
    let needs: Needs
    let isVerb: Bool
}

/// The triggers of `Lexicons/event-triggers.tsv` in every inflected form, and the object nouns of
/// `Lexicons/event-objects.tsv`, by matching key.
enum EventTriggers {
    static let byForm: WordTable<[EventTrigger]> = {
        var table: [WordKey: [EventTrigger]] = [:]
        func add(_ written: String, _ trigger: EventTrigger) {
            table[WordKey(ArabicNormalizer.matchingKey(written)), default: []].append(trigger)
        }
        for row in LexiconRows.parse(EmbeddedLexicons.eventTriggers) where row.count >= 5 {
            let needs = needs(row[4])
            let verb = EventTrigger(type: row[3], needs: needs, isVerb: true)
            if row[0] != "-" { for (form, _) in VerbInflection.pastForms(row[0]) { add(form, verb) } }
            if row[1] != "-" { for (form, _) in VerbInflection.presentForms(row[1]) { add(form, verb) } }
            if row[2] != "-" {
                for noun in row[2].split(separator: "|") {
                    guard let word = noun.split(separator: " ").first else { continue }
                    add(String(word), EventTrigger(type: row[3], needs: needs, isVerb: false))
                }
            }
        }
        return WordTable(table)
    }()

    static let objects: WordTable<EventTrigger.Needs> = {
        var table: [WordKey: EventTrigger.Needs] = [:]
        for row in LexiconRows.parse(EmbeddedLexicons.eventObjects) where row.count >= 2 {
            table[WordKey(ArabicNormalizer.matchingKey(row[0]))] = needs(row[1])
        }
        return WordTable(table)
    }()

    private static func needs(_ name: String) -> EventTrigger.Needs {
        switch name {
        case "goods": .goods
        case "troops": .troops
        case "accord": .accord
        default: .nothing
        }
    }

    /// The triggers of token `index` and the proclitic letters before the word: a verb bare or
    /// after `و`/`ف`, a noun also after `ب`/`ل` and with the article (`وبالزيارة`).
    static func triggers(at index: Int, in text: GrammarText) -> (triggers: [EventTrigger], peeled: Int)? {
        let token = text[index]
        guard token.kind == .word else { return nil }
        for form in token.peeledForms {
            let conjunctionOnly = form.letters == 0 || (form.letters == 1 && (token.key.has("و", at: 0) || token.key.has("ف", at: 0)))
            if let found = byForm[form.key] {
                let usable = found.filter { !$0.isVerb || conjunctionOnly }
                if !usable.isEmpty { return (usable, form.letters) }
            }
            if form.key.count > 3, form.key.hasPrefix("ال"), let found = byForm[form.key.dropping(2)] {
                let nouns = found.filter { !$0.isVerb }
                if !nouns.isEmpty { return (nouns, form.letters) }
            }
        }
        return nil
    }

    /// What an object noun is (`الأسلحة` goods, `جنود` troops), bare or with proclitics and article.
    static func objectClass(of token: GrammarToken) -> EventTrigger.Needs? {
        guard token.kind == .word else { return nil }
        for form in token.peeledForms {
            if let found = objects[form.key] { return found }
            if form.key.count > 3, form.key.hasPrefix("ال"), let found = objects[form.key.dropping(2)] { return found }
        }
        return nil
    }

    /// What a counted noun is (`حاوية` goods, `جندي` troops).
    static func objectClass(ofUnit unit: String) -> EventTrigger.Needs? {
        var key = WordKey(ArabicNormalizer.matchingKey(unit))
        if key.count > 3, key.hasPrefix("ال") { key = key.dropping(2) }
        return objects[key]
    }
}
