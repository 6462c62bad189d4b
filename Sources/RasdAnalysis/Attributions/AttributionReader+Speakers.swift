import RasdText

/// Finding a statement's speaker: after the cue (`قال لافروف`, `قال وزير الخارجية … تشوي سون هوي`,
/// `قالت مصادر`), before it (`الكرملين اعتبر`, `كيربي، الذي قال`), or, for a verb with no subject
/// of its own (`وقالت`, `وأضاف`, `مضيفًا`), the last speaker its agreement fits.
extension AttributionReader {
    /// Words a subject may follow straight after the cue: `وقال أيضًا لافروف`.
    static let adverbs: Set<WordKey> = [
        "ايضا", "كذلك", "بدوره", "بدورها", "مرارا", "مجددا", "سابقا", "لاحقا", "رسميا", "علنا", "صراحه", "موخرا", "اخيرا",
        "حاليا", "فورا", "بدورهم", "،", ",",
    ]
    /// `كان` and its forms between a subject and its verb (`السلطات كانت أعلنت`).
    static let auxiliaries: Set<WordKey> = ["كان", "كانت", "كانوا", "كانا", "كانتا"]

    /// A nisba adjective with the article (`التونسية`, `الروس`).
    static func isAdjective(_ key: WordKey) -> Bool {
        key.count > 4 && key.hasPrefix("ال") && (key.hasSuffix("ي") || key.hasSuffix("يه") || key.hasSuffix("يون") || key.hasSuffix("يين"))
    }

    /// Words that may stand between a subject and its verb (`كيربي، قد صرح`, `تشوي، الذي قال`).
    static let linkers: Set<WordKey> = [
        "قد", "وقد", "لقد", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "والذي", "والتي", "والذين", "،", ",",
    ]

    /// The subject right after the cue, if the words there name one. `anyNoun`: also a noun the
    /// lexicon does not list (`وقال مدرب الفريق`, `وذكر جهاز الاستخبارات`).
    func subject(after cue: Int, in segment: Range<Int>, anyNoun: Bool = false) -> Speaker? {
        var index = segment.lowerBound
        while index < segment.upperBound, Self.adverbs.contains(text[index].key) { index += 1 }
        // `وقال د. أحمد`: an abbreviated title.
        if index + 1 < segment.upperBound, text[index].kind == .word, text[index].key.count == 1, text[index + 1].key == "." { index += 2 }
        guard index < segment.upperBound, !dated[index] else { return nil }
        // `وحذر "باكيز"`, `وتطرق «العساف»`: a short quoted name.
        if let number = quotationOpening[index], isQuotedName(number, before: segment.upperBound) {
            let inner = quotations[number].inner
            if let entity = entityStarting[inner.lowerBound], MentionIndex.speakerTypes.contains(entities[entity].type) {
                return speaker(entity: entity)
            }
            return Speaker(first: inner.lowerBound, last: inner.upperBound - 1, entity: nil, agreement: .masculine)
        }
        let token = text[index]
        if let entity = entityStarting[index], entityTokens[entity].canBeSubject, MentionIndex.speakerTypes.contains(entities[entity].type) {
            return speaker(entity: entity)
        }
        if let noun = SpeakerNouns.entry(for: token), !mentions.hasProclitic(index) {
            // A title before a named person (`وزير الخارجية الروسي سيرغي لافروف`): the person.
            if noun.isTitle {
                var next = index + 1
                while next < min(segment.upperBound, index + 10) {
                    // `متحدثة باسم فيشر`: the person after `باسم` is whom she speaks for.
                    if let entity = entityStarting[next], entityTokens[entity].canBeSubject, entities[entity].type == "PER",
                       text[next - 1].key != "باسم" {
                        return speaker(entity: entity)
                    }
                    next += 1
                }
            }
            return unnamedSpeaker(from: index, end: segment.upperBound)
        }
        // A noun with the article straight after the cue (`وقالت المجموعة`, `وأكدت القوات المسلحة`).
        if index == segment.lowerBound, token.kind == .word, token.key.hasPrefix("ال"), token.key.count > 3,
           !Self.timeWords.contains(token.key), !Self.linkers.contains(token.key) {
            return unnamedSpeaker(from: index, end: segment.upperBound)
        }
        // Any other noun straight after the cue (`وقال مدرب الفريق`, `وذكر جهاز الاستخبارات`), unless
        // it is a preposition, an adverb of time or carries a proclitic preposition.
        if anyNoun, index == segment.lowerBound, token.kind == .word, token.key.count > 2, !Self.timeWords.contains(token.key),
           !MentionIndex.prepositions.contains(token.key), !mentions.hasProclitic(index), !Self.pronounPrepositions.contains(token.key),
           ReportingCues.cue(at: index, in: text) == nil, SourcePhrases.leads.match(at: index, in: text) == nil {
            return unnamedSpeaker(from: index, end: segment.upperBound)
        }
        return nil
    }

    /// A preposition with a pronoun (`عنه`, `بها`): after a cue, it makes a relative clause
    /// (`برنامج أعلنت عنه موسكو`), not a statement.
    static let pronounPrepositions: Set<WordKey> = ["عنه", "عنها", "عنهم", "به", "بها", "بهم", "فيه", "فيها", "له", "لها", "لهم", "منه", "منها"]
    static let timeWords: Set<WordKey> = ["اليوم", "الان", "امس", "الليله", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]

    /// The subject just before the cue (`المحللون أشاروا`, `كيربي، قد صرح`, `تشوي، الذي قال`), and
    /// whether `قد` or `الذي` links it to the verb (then it is certain, whatever the verb's agreement:
    /// `وكانت موسكو وبيونغ يانغ قد نفتا`); else only if its agreement fits the verb.
    func linkedSubject(before cue: Int, cue reporting: ReportingCue, sentence: Range<Int>) -> (speaker: Speaker, linked: Bool)? {
        guard reporting.tense != .participle else { return nil }
        var index = cue - 1
        var linked = false
        while index >= sentence.lowerBound, Self.linkers.contains(text[index].key) || Self.auxiliaries.contains(text[index].key) {
            linked = linked || text[index].kind == .word
            index -= 1
        }
        // `وكانت كريغ، وزيرة التنمية في حكومة الظل، قد حذرت`: over an apposition between commas.
        if linked, index >= sentence.lowerBound, entityEnding[index] == nil, index + 1 < cue,
           text[index + 1].key == "،" || text[index + 1].key == "," {
            var opening = index
            while opening > max(sentence.lowerBound, index - 10), text[opening].key != "،", text[opening].key != "," { opening -= 1 }
            if opening > sentence.lowerBound, text[opening].key == "،" || text[opening].key == ",", entityEnding[opening - 1] != nil {
                index = opening - 1
            }
        }
        guard index >= sentence.lowerBound, !quoted[index] else { return nil }
        var candidate: Speaker?
        if let entity = entityEnding[index], entityTokens[entity].canBeSubject, MentionIndex.speakerTypes.contains(entities[entity].type),
           !mentions.hasPreposition(entityTokens[entity].first) {
            candidate = speaker(entity: entity)
        } else {
            // A speaker noun, perhaps with adjectives after it (`السلطات التونسية كانت أعلنت`).
            var head = index
            while head > max(sentence.lowerBound, index - 3), SpeakerNouns.entry(for: text[head]) == nil, Self.isAdjective(text[head].key) { head -= 1 }
            if let noun = SpeakerNouns.entry(for: text[head]), !noun.isTitle, !mentions.hasPreposition(head) {
                candidate = unnamedSpeaker(from: head, end: index + 1)
            }
        }
        // Linked by `الذي` or `قد`, the subject is certain, whatever the verb's gender (news often
        // writes a woman's statements with masculine verbs).
        // A dual verb after its subject may follow two joined names (`موسكو وبيونغ يانغ نفتا`): the
        // nearest is taken.
        guard let candidate, linked || reporting.agreement == .dual || agrees(candidate.agreement, with: reporting.agreement) else { return nil }
        return (candidate, linked)
    }

    /// For a verb with no subject: the speaker of an earlier statement in the sentence, else the
    /// first fitting entity of the sentence, else the latest earlier speaker that fits.
    func antecedent(agreeing agreement: Agreement, before cue: Int, sentence number: Int, in sentences: [Range<Int>],
                    excluding excluded: Set<String>) -> Speaker? {
        func usable(_ speaker: Speaker?) -> Bool {
            guard let speaker, agrees(speaker.agreement, with: agreement) else { return false }
            return speaker.entity.map { !excluded.contains($0) } ?? true
        }
        for statement in found.reversed() {
            guard statement.sentence >= number - 1 else { break }
            if statement.sentence == number, statement.cue.lowerBound < cue, usable(statement.speaker) { return statement.speaker }
        }
        for index in max(sentences[number].lowerBound, cue - Self.longestClause)..<cue {
            guard let entity = entityStarting[index], entityTokens[entity].canBeSubject, !quoted[index],
                  MentionIndex.speakerTypes.contains(entities[entity].type), !mentions.hasPreposition(index) else { continue }
            let candidate = speaker(entity: entity)
            if usable(candidate) { return candidate }
        }
        for statement in found.reversed().prefix(8) where statement.sentence < number && usable(statement.speaker) {
            return statement.speaker
        }
        return nil
    }

    /// The subject of the verb that opens a sentence (`وأثار عضو مجلس النواب "لي باكيز" الحديث`,
    /// `وعبّر الطلاب`): the words after its first word, when that word carries `و`/`ف` or the
    /// sentence starts with it, as for a statement.
    func sentenceSubject(before cue: Int, in sentence: Range<Int>) -> Speaker? {
        var first = sentence.lowerBound
        while first < cue, !text[first].isWord { first += 1 }
        guard first + 1 < cue, text[first].kind == .word, entityStarting[first] == nil,
              !MentionIndex.prepositions.contains(text[first].key), !mentions.hasProclitic(first) else { return nil }
        let segment = (first + 1)..<min(cue, first + 1 + Self.longestSegment)
        return subject(after: first, in: segment) ?? subject(after: first, in: segment, anyNoun: true)
    }

    /// Whether a verb's agreement fits a speaker's: a plural verb fits people, a feminine one a
    /// woman, an institution in -ة or a plural of things.
    func agrees(_ speaker: Agreement, with verb: Agreement) -> Bool {
        switch verb {
        case .dual: false
        case .plural: speaker == .plural
        default: speaker == verb
        }
    }

    /// A named speaker: an entity mention.
    func speaker(entity index: Int) -> Speaker {
        let mention = entities[index]
        var agreement: Agreement
        switch mention.type {
        case "PER":
            let feminineTitle = mention.role.flatMap { $0.split(separator: " ").first }
                .map { Agreement.ofEnding(WordKey(ArabicNormalizer.matchingKey(String($0)))) == .feminine } ?? false
            agreement = women.contains(mention.entity) || feminineTitle ? .feminine : .masculine
        case "GPE":
            agreement = .feminine
        default:
            let first = entityTokens[index].first
            agreement = Agreement.ofEnding(text[first].key) == .feminine ? .feminine : .masculine
        }
        return Speaker(first: entityTokens[index].first, last: entityTokens[index].last, entityIndex: index,
                       entity: mention.entity, agreement: agreement)
    }

    /// An unnamed speaker's phrase from token `start`: its head noun and what qualifies it
    /// (`المتحدث باسم الكرملين`, `مسؤول أمريكي`, `البيانات الأوكرانية`). A title that refers to a
    /// person named earlier (`الوزير الروسي` after `وزير الخارجية الروسي سيرغي لافروف`) is that person.
    func unnamedSpeaker(from start: Int, end: Int) -> Speaker? {
        guard let phrase = nounPhrase(from: start, end: end) else { return nil }
        if phrase.entityIndex != nil { return phrase }
        var speaker = phrase
        let head = text[start]
        if let noun = SpeakerNouns.entry(for: head), noun.isTitle, let person = earlierPerson(titled: start, through: phrase.last) {
            speaker.entity = entities[person].entity
            speaker.entityIndex = person
            speaker.agreement = self.speaker(entity: person).agreement
        }
        return speaker
    }

    /// The latest person before token `start` whose role has this title (and this nationality,
    /// when the phrase names one).
    private func earlierPerson(titled start: Int, through last: Int) -> Int? {
        guard var title = text[start].peeledForms.first(where: { SpeakerNouns.entry(for: $0.key) != nil })?.key else { return nil }
        if title.hasPrefix("ال") { title = title.dropping(2) }
        let country = NationalityAdjectives.country(in: (start...last).map { text[$0].key })
        // The entities before the phrase, latest first, at most a few hundred back.
        var low = 0, high = entities.count
        while low < high {
            let middle = (low + high) / 2
            if entityTokens[middle].first < start { low = middle + 1 } else { high = middle }
        }
        for index in stride(from: low - 1, through: max(0, low - 300), by: -1) where entityTokens[index].last < start {
            let mention = entities[index]
            guard mention.type == "PER", let role = mention.role else { continue }
            let words = ArabicNormalizer.matchingKey(role).split(separator: " ").map { WordKey(String($0)) }
            guard words.contains(where: { $0 == title || $0 == title.prepending("ال") }) else { continue }
            if let country, mention.roleCountry != country { continue }
            return index
        }
        return nil
    }

    /// A noun phrase from token `start` (a proclitic `ل`/`ب` on it allowed): one entity, or a head
    /// word with the words that qualify it (`باسم`, words with the article, nisba adjectives,
    /// entities), at most seven tokens.
    func nounPhrase(from start: Int, end: Int) -> Speaker? {
        guard start < end, text[start].kind == .word || text[start].kind == .latin || quotationOpening[start] != nil else { return nil }
        var first = start
        // `"رويترز"` / `“تاس”`: a name in quotation marks.
        if quotationOpening[first] != nil { first += 1 }
        guard first < end else { return nil }
        // `وكالة “يونهاب”`: a media word before a quoted name is the name's.
        if mentions.isMediaWord(first), first + 2 < end, quotationOpening[first + 1] != nil,
           let entity = entityStarting[first + 2], mentions.isAgency(entity) {
            return speaker(entity: entity)
        }
        if let entity = entityStarting[first], MentionIndex.speakerTypes.contains(entities[entity].type) {
            var speaker = self.speaker(entity: entity)
            if !entityTokens[entity].canBeSubject {
                speaker.peeled = 1
            }
            return speaker
        }
        let peeled = text[first].peeledForms.first(where: { SpeakerNouns.byKey[$0.key] != nil || $0.key.hasPrefix("ال") })?.letters ?? 0
        var last = first
        var affiliation: String?
        var next = first + 1
        while next < min(end, first + 7) {
            let token = text[next]
            // An entity completes the phrase straight after its head or after `باسم`
            // (`خارجية موسكو`, `المتحدث باسم الكرملين`), not after an adjective (`مسؤولون غربيون بيونغ يانغ`).
            if let entity = entityStarting[next], entityTokens[entity].canBeSubject, next == first + 1 || text[next - 1].key == "باسم" {
                affiliation = affiliation ?? entities[entity].entity
                last = entityTokens[entity].last
                next = last + 1
                continue
            }
            let key = token.key
            // A noun's complement (`وسائل إعلام`, `خارجية موسكو`, `مصادر استخباراتية`).
            let complement = (next == first + 1 || text[next - 1].key == "باسم") && token.kind == .word && !mentions.isMediaWord(next) && key.count > 2 && !MentionIndex.prepositions.contains(key)
                && !AttributionReader.complementizers.contains(key) && ReportingCues.cue(at: next, in: text) == nil
                && SourcePhrases.leads.match(at: next, in: text) == nil && !dated[next]
            let qualifies = complement || token.kind == .word && !dated[next] && !Self.timeWords.contains(key) && !MentionIndex.prepositions.contains(key)
                && !Self.linkers.contains(key)
                && (key == "باسم" || (key.hasPrefix("ال") && key.count > 3) || (key.count > 3 && (key.hasSuffix("ي") || key.hasSuffix("يه"))))
            guard qualifies else { break }
            last = next
            next += 1
        }
        let headAgreement = SpeakerNouns.entry(for: text[first])?.agreement ?? Agreement.ofEnding(text[first].peeledForms[0].key)
        return Speaker(first: first, last: last, peeled: peeled, entity: nil, affiliation: affiliation, agreement: headAgreement)
    }

    /// Whether a quotation is a name, not content: one to three words, with more of the
    /// speaker's phrase after it before `end` (`وحذر "باكيز" إلى أنه`).
    func isQuotedName(_ number: Int, before end: Int) -> Bool {
        let quotation = quotations[number]
        guard quotation.inner.count <= 3, quotation.close + 1 < end else { return false }
        return quotation.inner.allSatisfy { text[$0].isWord } && text[quotation.close + 1].isWord
    }

    /// Whether a source phrase's noun phrase can speak: an entity, or a phrase headed by a speaker
    /// noun or a media word (`بحسب مصادر`, `وفق وسائل إعلام`), not a thing (`وفق الخطة`).
    func isSpeaker(_ phrase: Speaker) -> Bool {
        phrase.entityIndex != nil || SpeakerNouns.entry(for: text[phrase.first]) != nil || mentions.isMediaWord(phrase.first)
    }

    /// Agencies and outlets in a range: `لوكالة تاس`, `وفق رويترز`, `لـ"فرانس برس"`.
    func agencies(in range: Range<Int>) -> [Int] {
        var found: [Int] = []
        for index in range {
            if let entity = entityStarting[index], mentions.isAgency(entity), !found.contains(entity),
               index == range.lowerBound || mentions.hasPreposition(index) || !entityTokens[entity].canBeSubject
                || text[index - 1].key == "\"" || text[index - 1].key == "وكاله" || text[index - 1].key == "لوكاله"
                || SourcePhrases.leads.match(at: max(range.lowerBound, index - 1), in: text) != nil || consumed.contains(index - 1) {
                found.append(entity)
            }
        }
        return found
    }

    /// Entities a statement is addressed to (`وقالت للافروف`): not its speaker.
    func addressees(in range: Range<Int>) -> [String] {
        range.compactMap { index in
            guard let entity = entityStarting[index], !entityTokens[entity].canBeSubject, text[index].key.hasPrefix("ل") else { return nil }
            return entities[entity].entity
        }
    }
}
