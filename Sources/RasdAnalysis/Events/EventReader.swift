import RasdText

/// Reads what happened in one document, sentence by sentence: each trigger whose sentence meets
/// its needs (`سلّمت` with goods, `أرسل` with troops) gives one event of its type per sentence, with
/// the sentence's actors as participants, its place and its resolved date.
struct EventReader {
    let mentions: MentionIndex
    let dates: SpanLookup<DateMention>
    let quantities: SpanLookup<QuantityMention>
    /// Statements already found, by content and by cue: an event inside one's content takes its
    /// actors from the content, and a speaker and its title (`جون كيربي`, `مجلس الأمن القومي`) are
    /// not the event's.
    let contents: SpanLookup<Attribution>
    let cues: SpanLookup<Attribution>

    init(mentions: MentionIndex, dates: [DateMention], quantities: [QuantityMention], attributions: [Attribution]) {
        self.mentions = mentions
        self.dates = SpanLookup(dates, start: \.start, end: \.end)
        self.quantities = SpanLookup(quantities, start: \.start, end: \.end)
        contents = SpanLookup(attributions, start: \.content.start, end: \.content.end)
        cues = SpanLookup(attributions, start: \.cue.start, end: \.cue.end)
    }

    struct Found {
        let type: String
        let trigger: Int
        let peeled: Int
        let participants: [String]
        let place: String?
        let date: String?
        let sentence: Range<Int>
    }

    func read(sentences: [Range<Int>]) -> [Found] {
        var found: [Found] = []
        for sentence in sentences {
            let text = mentions.text
            var present: Set<EventTrigger.Needs> = [.nothing]
            for index in sentence {
                if let kind = EventTriggers.objectClass(of: text[index]) { present.insert(kind) }
            }
            for unit in units(in: sentence) {
                if let kind = EventTriggers.objectClass(ofUnit: unit) { present.insert(kind) }
            }
            var types = Set<String>()
            for index in sentence where !text[index].isChrome {
                guard let (triggers, peeled) = EventTriggers.triggers(at: index, in: text),
                      let trigger = triggers.first(where: { present.contains($0.needs) }),
                      !types.contains(trigger.type) else { continue }
                let place = self.place(of: trigger.type, at: index, in: sentence)
                if trigger.type == "visit", place == nil { continue }
                let window = window(around: index, in: sentence)
                var participants = self.participants(in: window, excluding: place)
                if Self.directedTypes.contains(trigger.type) {
                    // Who supports or accuses whom: both ends, in that order, or no event.
                    guard let ends = agentAndTarget(of: index, in: window) else { continue }
                    participants = ends
                }
                // A meeting told by a noun (`اجتماع`, `قمة`, `لقاء`) needs two parties: the words
                // have other senses (`علم الاجتماع`, `قمة الجبل`).
                guard !participants.isEmpty, trigger.isVerb || trigger.type != "meeting" || participants.count >= 2 else { continue }
                types.insert(trigger.type)
                found.append(Found(type: trigger.type, trigger: index, peeled: peeled, participants: participants,
                                   place: place, date: date(in: sentence), sentence: sentence))
            }
        }
        return found
    }

    /// The counted nouns of the quantities in a sentence.
    private func units(in sentence: Range<Int>) -> [String] {
        let start = mentions.text[sentence.lowerBound].start, end = mentions.text[sentence.upperBound - 1].end
        return quantities.starting(in: start..<end).filter { $0.end <= end }.compactMap { $0.unitLemma ?? $0.unit }
    }

    /// The tokens an event's actors are read from: the content of the statement that holds the
    /// trigger, else the sentence outside statements' speaker phrases; at most sixteen tokens
    /// either side of the trigger.
    func window(around trigger: Int, in sentence: Range<Int>) -> [Int] {
        let text = mentions.text
        let near = max(sentence.lowerBound, trigger - 16)..<min(sentence.upperBound, trigger + 17)
        let position = text[trigger].start
        if let holder = contents.covering(position) {
            return near.filter { text[$0].start >= holder.content.start && text[$0].end <= holder.content.end }
        }
        // A speaker and its title, unless the event is told in the speaker's own phrase (`قال
        // تشوي، خلال محادثات في موسكو مع لافروف، إن …`).
        let sentenceSpan = text[sentence.lowerBound].start..<text[sentence.upperBound - 1].end
        let speakerPhrases = cues.starting(in: sentenceSpan).compactMap { attribution -> Range<Int>? in
            guard let speaker = attribution.speaker, attribution.cue.end <= speaker.start else { return nil }
            let phrase = attribution.cue.start..<speaker.end
            let segment = attribution.cue.end..<max(attribution.cue.end, attribution.content.start)
            return segment.contains(position) ? nil : phrase
        }
        return near.filter { index in !speakerPhrases.contains { $0.contains(text[index].start) } }
    }

    /// People, organizations and countries of the window, in order, once each; agencies that
    /// only relay are not participants, nor is the place.
    func participants(in window: [Int], excluding place: String?) -> [String] {
        actors(in: window, excluding: place).map(\.entity)
    }

    /// `participants` with the token each is first named at.
    private func actors(in window: [Int], excluding place: String?) -> [(entity: String, token: Int)] {
        var seen: [(entity: String, token: Int)] = []
        for index in window {
            guard let entity = mentions.entityStarting[index] else { continue }
            let mention = mentions.entities[entity]
            guard MentionIndex.speakerTypes.contains(mention.type), !mentions.isAgency(entity),
                  mention.entity != place, !seen.contains(where: { $0.entity == mention.entity }) else { continue }
            seen.append((mention.entity, index))
        }
        return seen
    }

    /// `أنه` `إنه` `أنها` `إنها` at matching level: a subject pronoun that stands for the speaker.
    static let speakerPronouns: Set<WordKey> = ["انه", "انها"]

    /// The event types whose participants are ordered [who, whom].
    static let directedTypes: Set<String> = ["support", "accusation"]

    /// Who supports or accuses, and whom. The agent is the speaker when the trigger is a
    /// statement's cue (`اتهم`: `اتهمت موسكو كييف بـ…`), else an actor right after the trigger that
    /// can be its subject (`أيّدت الصين روسيا`), else an actor just before it (`روسيا تتهم
    /// أوكرانيا`), else the speaker of the statement that holds it (`قال لافروف إنه يؤيد …`); the
    /// target is the next actor, not the agent, within eight words after the trigger. Places
    /// other than countries and cities are neither, and a trigger inside a name (`كياري ساندا`) is
    /// none.
    func agentAndTarget(of trigger: Int, in window: [Int]) -> [String]? {
        if mentions.entityTokens.contains(where: { $0.first <= trigger && trigger <= $0.last }) { return nil }
        let actors = self.actors(in: window, excluding: nil).filter { actor in
            mentions.entityStarting[actor.token].map { mentions.entities[$0].type != "LOC" } ?? false
        }
        let after = actors.filter { $0.token > trigger && $0.token <= trigger + 8 }
        let before = actors.filter { $0.token < trigger && $0.token >= trigger - 3 }
        var agent: String?
        // The cue's span leaves out a proclitic (`و` of `وتتهم`): look at the word's last letter.
        if let statement = cues.covering(mentions.text[trigger].end - 1), let speaker = statement.speaker?.entity {
            agent = speaker
        } else if let first = after.first, first.token <= trigger + 2, let entity = mentions.entityStarting[first.token],
           mentions.entityTokens[entity].canBeSubject, !mentions.hasPreposition(first.token), after.count >= 2 {
            agent = first.entity
        } else if let nearest = before.last {
            agent = nearest.entity
        } else if trigger > 0, Self.speakerPronouns.contains(mentions.text[trigger - 1].key),
                  let holder = contents.covering(mentions.text[trigger].start), let speaker = holder.speaker?.entity {
            // `قال … إنه يؤيد`: the pronoun is the speaker; any other subject (`إن الجمعية تدعم`) is not.
            agent = speaker
        }
        guard let agent, let target = after.first(where: { $0.entity != agent })?.entity else { return nil }
        return [agent, target]
    }

    /// Where: a visit's destination (`زار بلينكن سيول`, `وصل إلى بكين`, `زيارته لبيونغ يانغ`), else a
    /// place after `في` (`التقى … في بيونغ يانغ`).
    func place(of type: String, at trigger: Int, in sentence: Range<Int>) -> String? {
        let text = mentions.text
        if type == "visit" {
            for index in (trigger + 1)..<min(sentence.upperBound, trigger + 6) {
                guard let entity = mentions.entityStarting[index], Self.placeTypes.contains(mentions.entities[entity].type) else { continue }
                let direct = mentions.entityTokens[entity].canBeSubject && !mentions.hasPreposition(index)
                let toward = text[index - 1].key == "الي" || (!mentions.entityTokens[entity].canBeSubject && text[index].key.has("ل", at: 0))
                if direct || toward { return mentions.entities[entity].entity }
            }
            return nil
        }
        for index in sentence where index > sentence.lowerBound && text[index - 1].key == "في" {
            if let entity = mentions.entityStarting[index], Self.placeTypes.contains(mentions.entities[entity].type) {
                return mentions.entities[entity].entity
            }
        }
        return nil
    }

    static let placeTypes: Set<String> = ["GPE", "LOC"]

    /// The first resolved date of a sentence.
    func date(in sentence: Range<Int>) -> String? {
        let text = mentions.text
        let start = text[sentence.lowerBound].start, end = text[sentence.upperBound - 1].end
        return dates.starting(in: start..<end).first { $0.end <= end && $0.value != nil }?.value
    }
}
