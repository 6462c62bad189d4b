import RasdText

/// Reads who said what in one document, sentence by sentence: each reporting cue (`وقال`,
/// `نافيًا`, `ونقلت … عن`) and source phrase (`بحسب`, `وفقًا لما ذكرته`) with its content, its
/// speaker (named, unnamed, or referred back to by the verb's agreement) and the agencies it came
/// through. The entities and dates found by earlier stages are its vocabulary.
struct AttributionReader {
    let mentions: MentionIndex
    var text: GrammarText { mentions.text }
    var entities: [EntityMention] { mentions.entities }
    var entityTokens: [MentionIndex.EntityTokens] { mentions.entityTokens }
    var entityStarting: [Int: Int] { mentions.entityStarting }
    var entityEnding: [Int: Int] { mentions.entityEnding }
    var quotations: [Quotation] { mentions.quotations }
    var quotationOpening: [Int: Int] { mentions.quotationOpening }
    var quotationClosing: [Int: Int] { mentions.quotationClosing }
    var quoted: [Bool] { mentions.quoted }
    var dated: [Bool] { mentions.dated }
    /// Women by entity id: the gazetteer's, and any person a feminine verb has as its subject.
    var women: Set<String>

    /// What has been found so far, in text order.
    var found: [Found] = []
    /// Tokens already read as part of a source phrase.
    var consumed = Set<Int>()
    /// Agencies credited for the whole article (`(بحسب رويترز)` on a line of its own).
    var articleVia: [Speaker] = []

    /// A speaker as the reader knows it: its span, entity, and how verbs that refer back to it agree.
    struct Speaker {
        var first: Int
        var last: Int
        var peeled: Int = 0
        var entityIndex: Int?
        var entity: String?
        var affiliation: String?
        var agreement: Agreement
    }

    struct Found {
        var cue: Range<Int>
        var cuePeeled: Int
        var content: Range<Int>
        /// Raw offsets of the content (a quotation's text between its marks).
        var contentStart: Int
        var contentEnd: Int
        var direct: Bool
        var speaker: Speaker?
        /// Who relayed it, nearest to the speaker first.
        var via: [Speaker]
        var denies: Bool
        var sentence: Int
    }

    init(mentions: MentionIndex) {
        self.mentions = mentions
        women = SpeakerNouns.women
    }

    // MARK: Reading

    /// Reads every sentence (token ranges, in order), and the article's credit lines (`(بحسب
    /// رويترز)`, which the boilerplate stage sets apart as metadata), and returns what was found.
    mutating func read(sentences: [Range<Int>], credits: [Range<Int>] = []) -> [Found] {
        if let first = sentences.first, let agency = dateline(in: first) { articleVia.append(agency) }
        for line in credits {
            for index in line {
                guard let match = SourcePhrases.match(at: index, in: text, end: line.upperBound),
                      let source = nounPhrase(from: match.source, end: line.upperBound),
                      source.entityIndex.map(mentions.isAgency) ?? false else { continue }
                articleVia.append(source)
                break
            }
        }
        noteFeminineSubjects()
        for (number, sentence) in sentences.enumerated() {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                defer { index += 1 }
                if quoted[index] || consumed.contains(index) || text[index].isChrome { continue }
                if readSourcePhrase(at: index, sentence: number, in: sentences) { continue }
                guard let (cue, peeled) = ReportingCues.cue(at: index, in: text), !isNegated(index) else { continue }
                // A verb of saying inside reported content (`قال بوتين إنه رأى …`) is the speaker's.
                if let last = found.last, last.content.contains(index) { continue }
                if let statement = readStatement(cue: cue, peeled: peeled, at: index, sentence: number, in: sentences) {
                    found.append(statement)
                }
            }
        }
        // Credits name one or two agencies; a page that repeats them is read once.
        var credited: [Speaker] = []
        for agency in articleVia where credited.count < 4 && !credited.contains(where: { $0.entity == agency.entity }) {
            credited.append(agency)
        }
        for agency in credited {
            for number in found.indices { found[number].addVia(agency) }
        }
        return found
    }

    /// A wire dateline at the start of the story (`بيونغ يانغ (أ ف ب) -`): the agency relays the
    /// whole article.
    private func dateline(in sentence: Range<Int>) -> Speaker? {
        for index in sentence.prefix(6) where text[index].key == "(" {
            guard index + 1 < sentence.upperBound, let entity = entityStarting[index + 1], mentions.isAgency(entity) else { continue }
            let close = entityTokens[entity].last + 1
            guard close + 1 < sentence.upperBound, text[close].key == ")",
                  ["-", "–", "—", ":"].contains(text[close + 1].key) else { continue }
            return speaker(entity: entity)
        }
        return nil
    }

    /// A feminine verb with a person right after it as its subject (`واتهمت تشوي`) tells that the
    /// person is a woman, wherever else a masculine title or verb introduced her.
    private mutating func noteFeminineSubjects() {
        for index in 0..<max(0, text.count - 1) {
            guard let (cue, _) = ReportingCues.cue(at: index, in: text), cue.agreement == .feminine, cue.tense != .participle,
                  let entity = entityStarting[index + 1], entityTokens[entity].canBeSubject, entities[entity].type == "PER" else { continue }
            women.insert(entities[entity].entity)
        }
    }

    private func isNegated(_ index: Int) -> Bool {
        index > 0 && ReportingCues.negations.contains(text[index - 1].key)
    }

    /// A statement after a reporting cue: its content, then its speaker.
    private mutating func readStatement(cue: ReportingCue, peeled: Int, at index: Int, sentence number: Int,
                                        in sentences: [Range<Int>]) -> Found? {
        let sentence = sentences[number]
        if cue.shape == .relay { return readRelay(cue: cue, peeled: peeled, at: index, sentence: number, in: sentences) }
        if index + 1 < sentence.upperBound, Self.pronounPrepositions.contains(text[index + 1].key) { return nil }
        let opener = contentOpener(after: index, before: sentence.upperBound)
        let segment = (index + 1)..<(opener?.index ?? min(sentence.upperBound, index + 1 + Self.longestSegment))
        // A subject that `قد`/`الذي` links before the verb; else a named or listed subject after
        // it; else one just before it (`موسكو تنفي`); else any noun after a past verb of saying
        // (`وقال مدرب الفريق`).
        let before = linkedSubject(before: index, cue: cue, sentence: sentence)
        var speaker = before?.linked == true ? before?.speaker : subject(after: index, in: segment) ?? before?.speaker
        // Only after a verb of plain saying: after `أكد`, `نفى` a bare noun is the object (`وأكد ضرورة …`).
        if speaker == nil, cue.tense == .past, cue.shape == .say, cue.agreement == .masculine || cue.agreement == .feminine {
            speaker = subject(after: index, in: segment, anyNoun: true)
        }
        if var named = speaker, cue.tense != .participle, cue.agreement == .masculine || cue.agreement == .feminine {
            if let entity = named.entityIndex, named.entity != nil {
                // `وكانت كريغ … قد حذرت`: a feminine verb with its subject tells a woman.
                if cue.agreement == .feminine, entities[entity].type == "PER", named.agreement != .feminine {
                    women.insert(entities[entity].entity)
                    named.agreement = .feminine
                }
            } else if named.entity == nil {
                // An unnamed or unknown subject agrees as its verb does (`وقالت هيتل`).
                named.agreement = cue.agreement
            }
            speaker = named
        }
        var via: [Speaker] = []
        // `أفادت وسائل إعلام، نقلًا عن مصادر، أن …`, `مضيفًا، وفق رويترز، أن …`: a source phrase
        // between the cue and the content.
        for position in segment where !consumed.contains(position) {
            guard let match = SourcePhrases.match(at: position, in: text, end: segment.upperBound),
                  let source = nounPhrase(from: match.source, end: segment.upperBound), isSpeaker(source) else { continue }
            for token in position...source.last { consumed.insert(token) }
            if match.origin {
                if let relay = speaker { via.append(relay) }
                speaker = source
            } else if source.entityIndex.map(mentions.isAgency) ?? false {
                via.append(source)
            }
            break
        }
        for agency in agencies(in: segment) where agency != speaker?.entityIndex { via.append(self.speaker(entity: agency)) }
        var content: (range: Range<Int>, start: Int, end: Int, direct: Bool)?
        if let opener {
            content = self.content(from: opener, sentence: sentence, in: sentences)
        } else if let quotation = quotation(endingBefore: index, in: sentence) {
            // `"…"، قال لافروف`: the quotation before the cue.
            content = quotationContent(quotation)
        } else if cue.shape == .object {
            var start = max(index + 1, speaker.map { $0.last + 1 } ?? index + 1)
            // `ونفت كوريا الشمالية وروسيا …`: a second subject joined by و is not content.
            if speaker != nil, start < sentence.upperBound, let joined = entityStarting[start], entities[joined].start > text[start].start,
               text[start].key.has("و", at: 0) {
                start = entityTokens[joined].last + 1
            }
            var clauseStart: Int?
            // `لافروفالولايات المتحدة`: a name glued to the next word ends inside its token.
            if let speaker, let entity = speaker.entityIndex, entities[entity].end < text[speaker.last].end {
                start = speaker.last
                clauseStart = entities[entity].end
            }
            let clause = trimmed(start..<clauseEnd(from: start, sentence: sentence))
            if clause.count >= 2 {
                content = (clause, clauseStart ?? text[clause.lowerBound].start, text[clause.upperBound - 1].end, false)
            }
        }
        guard let content else { return nil }
        var excluded = Set(addressees(in: segment))
        for token in content.range { if let entity = entityStarting[token] { excluded.insert(entities[entity].entity) } }
        if speaker == nil, cue.tense == .participle, !found.contains(where: { $0.sentence == number }),
           var subject = sentenceSubject(before: index, in: sentence) {
            // `وعبّر الطلاب عن سعادتهم، مؤكدين أن …`: a participle continues the subject of the
            // sentence's verb, a verb of saying or not.
            if subject.entity == nil { subject.agreement = cue.agreement }
            speaker = subject
        }
        if speaker == nil, cue.tense != .present, cue.agreement != .dual {
            speaker = antecedent(agreeing: cue.agreement, before: index, sentence: number, in: sentences, excluding: excluded)
        }
        if speaker == nil, cue.tense == .present { return nil }
        var statement = Found(cue: index..<(index + 1), cuePeeled: peeled, content: content.range, contentStart: content.start,
                              contentEnd: content.end, direct: content.direct, speaker: speaker, via: [],
                              denies: cue.denies || DenialCues.deny(content.range, in: text), sentence: number)
        for relay in via { statement.addVia(relay) }
        return statement
    }

    /// `ونقلت وكالة X عن Y قوله: …`: speaker Y, via X.
    private mutating func readRelay(cue: ReportingCue, peeled: Int, at index: Int, sentence number: Int,
                                    in sentences: [Range<Int>]) -> Found? {
        let sentence = sentences[number]
        var about = index + 1
        while about < min(sentence.upperBound, index + 12), text[about].key != "عن" { about += 1 }
        guard about < sentence.upperBound, text[about].key == "عن" else { return nil }
        let agency = (index + 1)..<about
        let opener = contentOpener(after: about, before: sentence.upperBound)
        let segment = (about + 1)..<(opener?.index ?? min(sentence.upperBound, about + 10))
        let speaker = subject(after: about, in: segment) ?? subject(after: about, in: segment, anyNoun: true)
        let content: (range: Range<Int>, start: Int, end: Int, direct: Bool)
        if let opener {
            content = self.content(from: opener, sentence: sentence, in: sentences)
        } else if let quotation = quotation(endingBefore: index, in: sentence) {
            // `“…”، هكذا نقلت وكالة إنترفاكس عن شويغو قوله`: the quotation before the cue.
            content = quotationContent(quotation)
        } else {
            return nil
        }
        var statement = Found(cue: index..<(index + 1), cuePeeled: peeled, content: content.range, contentStart: content.start,
                              contentEnd: content.end, direct: content.direct, speaker: speaker, via: [],
                              denies: DenialCues.deny(content.range, in: text), sentence: number)
        if let relay = mentions.firstEntity(in: agency, types: ["ORG"]).map({ self.speaker(entity: $0) }) ?? nounPhrase(from: agency.lowerBound, end: agency.upperBound) {
            statement.addVia(relay)
        }
        return statement
    }

    // MARK: Source phrases

    /// `بحسب X`, `وفقًا لما ذكرته X`, `نقلًا عن X`: an agency becomes a relay of the statements
    /// before it in its sentence (or of the whole article, on a line of its own); any other source
    /// becomes the speaker of the clause it closes or opens.
    private mutating func readSourcePhrase(at index: Int, sentence number: Int, in sentences: [Range<Int>]) -> Bool {
        let sentence = sentences[number]
        guard let match = SourcePhrases.match(at: index, in: text, end: sentence.upperBound),
              let source = nounPhrase(from: match.source, end: sentence.upperBound),
              isSpeaker(source) || fainna(after: source.last, in: sentence) != nil else { return false }
        for token in index..<(source.last + 1) { consumed.insert(token) }
        let isAgency = source.entityIndex.map(mentions.isAgency) ?? false
        // The clause before the phrase starts after any earlier source phrase of the sentence, at
        // most a clause's length back.
        var clauseStart = max(sentence.lowerBound, index - Self.longestClause)
        for position in stride(from: index - 1, through: clauseStart, by: -1) where consumed.contains(position) {
            clauseStart = position + 1
            break
        }
        var before = trimmed(clauseStart..<index)
        var earlier: [Int] = []
        var position = found.count - 1
        while position >= 0, found[position].sentence >= number - 1 {
            if found[position].sentence == number, found[position].content.upperBound <= index { earlier.append(position) }
            position -= 1
        }
        if isAgency {
            if !earlier.isEmpty {
                for statement in earlier { found[statement].addVia(source) }
                return true
            }
            if before.isEmpty, text[index].lineBreakBefore || (index > 0 && text[index - 1].lineBreakBefore) {
                articleVia.append(source)
                return true
            }
        }
        // The clause the phrase closes: from the last `، و…` before it (`…، وتُطلق القوات …، بحسب …`).
        if let boundary = before.suffix(Self.longestClause).reversed().first(where: { $0 > before.lowerBound && (text[$0 - 1].key == "،" || text[$0 - 1].key == ",") && text[$0].key.has("و", at: 0) && text[$0].key.count > 2 }) {
            before = boundary..<before.upperBound
        }
        var content: Range<Int>
        var contentSentence = number
        let after = trimmed((source.last + 1)..<clauseEnd(from: source.last + 1, sentence: sentence))
        if source.last + 1 < sentence.upperBound, let quotation = quotationOpening[source.last + 1] {
            // `وتناولت وفق بيان للخارجية "قضايا التعاون"`: the quotation the source gives.
            let quoted = quotationContent(quotation)
            found.append(Found(cue: match.lead, cuePeeled: match.peeled, content: quoted.range, contentStart: quoted.start,
                               contentEnd: quoted.end, direct: true, speaker: source, via: [],
                               denies: DenialCues.deny(quoted.range, in: text), sentence: number))
            return true
        }
        if let fa = fainna(after: source.last, in: sentence) {
            // `وبحسب مصادر فإن الاجتماع تأجل`: the clause after `فإن`.
            let start = text[fa].key == "فان" ? fa + 1 : fa
            content = trimmed(start..<clauseEnd(from: start, sentence: sentence))
        } else if !before.isEmpty, !after.isEmpty, text[source.last + 1].kind == .word, after.contains(where: { !dated[$0] }) {
            // `تسعى بيونغ يانغ بحسب محللين إلى …`: a source inside its clause speaks all of it.
            content = before.lowerBound..<after.upperBound
        } else if !before.isEmpty {
            content = before
        } else if source.last + 1 < sentence.upperBound, text[source.last + 1].key == "،" || text[source.last + 1].key == "," {
            // `وبحسب رويترز، قتل …`: the clause after it.
            content = trimmed((source.last + 2)..<clauseEnd(from: source.last + 2, sentence: sentence))
        } else if number > 0 {
            // `… الأوكرانية. بحسب البيت الأبيض.`: the sentence before.
            let previous = sentences[number - 1]
            content = trimmed(max(previous.lowerBound, previous.upperBound - Self.longestClause)..<previous.upperBound)
            contentSentence = number - 1
        } else {
            return true
        }
        guard !content.isEmpty else { return true }
        found.append(Found(cue: match.lead, cuePeeled: match.peeled, content: content, contentStart: text[content.lowerBound].start,
                           contentEnd: text[content.upperBound - 1].end, direct: false, speaker: source, via: [],
                           denies: DenialCues.deny(content, in: text), sentence: contentSentence))
        return true
    }

    /// The `فإن` within a few words after a source phrase, if any: then the phrase names a source
    /// whatever its noun (`وبحسب كبار السن في البلدة فإن …`).
    private func fainna(after last: Int, in sentence: Range<Int>) -> Int? {
        ((last + 1)..<min(sentence.upperBound, last + 8)).first { Self.fainnaWords.contains(text[$0].key) }
    }

    static let fainnaWords: Set<WordKey> = ["فان", "فانه", "فانها", "فانهم"]

    // MARK: Content

    enum Opener {
        case quotation(Int)
        case colon(Int)
        case clause(Int)

        var index: Int {
            switch self {
            case .quotation(let index), .colon(let index), .clause(let index): index
            }
        }
    }

    /// Complementizers that open reported content: `إن`, `أن`, `بأن`, with a pronoun (`إنه`, `أنها`).
    static let complementizers: Set<WordKey> = [
        "ان", "بان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن", "بانه", "بانها", "بانهم", "بانهما",
    ]

    /// The first quotation, colon or complementizer within a few words after token `index`; none
    /// past another cue.
    private func contentOpener(after index: Int, before end: Int) -> Opener? {
        var next = index + 1
        while next < min(end, index + 32) {
            let token = text[next]
            // A quotation opens the content where it follows the cue, its speaker or a mark
            // (`قال لافروف: “…`, `وقالت للافروف “…`), not inside a phrase (`بالسياسات “الخطيرة”`),
            // nor when it is a quoted name (`وحذر "باكيز" إلى أنه`).
            if let number = quotationOpening[next], next == index + 1 || text[next - 1].kind == .punctuation || entityEnding[next - 1] != nil,
               !isQuotedName(number, before: end) {
                return .quotation(next)
            }
            if token.kind == .punctuation, token.key == ":" { return .colon(next) }
            if token.kind == .word, Self.complementizers.contains(token.key) { return .clause(next) }
            if token.kind == .word, ReportingCues.cue(at: next, in: text) != nil, !consumed.contains(next),
               SourcePhrases.match(at: next, in: text, end: end) == nil { return nil }
            next += 1
        }
        return nil
    }

    /// The content an opener starts: a quotation (with any that follow it straight on, `“…”. “…”`),
    /// the text after a colon, or a clause to its end.
    private func content(from opener: Opener, sentence: Range<Int>, in sentences: [Range<Int>]) -> (range: Range<Int>, start: Int, end: Int, direct: Bool) {
        var start: Int
        switch opener {
        case .quotation(let index):
            return quotationContent(quotationOpening[index]!)
        case .colon(let index):
            if index + 1 < text.count, let number = quotationOpening[index + 1] { return quotationContent(number) }
            start = index + 1
        case .clause(let index):
            // A bare `إن`/`أن` is left out; with a pronoun (`إنه`) it is the clause's subject.
            let bare = text[index].key == "ان" || text[index].key == "بان"
            start = bare && index + 1 < sentence.upperBound ? index + 1 : index
            if let number = quotationOpening[start], quotations[number].close + 1 >= clauseEnd(from: start, sentence: sentence) {
                return quotationContent(number)
            }
        }
        let end = max(start + 1, clauseEnd(from: start, sentence: sentence))
        let last = min(end, text.count) - 1
        return (start..<(last + 1), text[start].start, text[last].end, false)
    }

    private func quotationContent(_ number: Int) -> (range: Range<Int>, start: Int, end: Int, direct: Bool) {
        var last = quotations[number]
        var following = number + 1
        // `“…”. “…”`: a quotation that goes straight on after a full stop or comma.
        while following < min(quotations.count, number + 20) {
            let gap = (last.close + 1)..<quotations[following].open
            guard gap.count <= 2, gap.allSatisfy({ text[$0].kind == .punctuation }) else { break }
            last = quotations[following]
            following += 1
        }
        let inner = (quotations[number].open + 1)..<last.close
        return (inner, text[quotations[number].open].end, text[last.close].start, true)
    }

    /// The quotation that ends just before the cue at `index` (`"…"، قال`), if any.
    private func quotation(endingBefore index: Int, in sentence: Range<Int>) -> Int? {
        var previous = index - 1
        // Back over a comma or a linking word, not over the end of a sentence (`"…". ويتهم`).
        while previous >= max(0, index - 5), (text[previous].kind == .punctuation && !Self.sentenceEnds.contains(text[previous].key))
                || Self.quotationLinks.contains(text[previous].key),
              quotationOpening[previous] == nil, quotationClosing[previous] == nil { previous -= 1 }
        guard previous >= 0, index - previous <= 4 else { return nil }
        return quotationClosing[previous]
    }

    /// Words between a quotation and the cue after it: `“…”، هكذا قال`, `“…”، كما قالت`.
    static let quotationLinks: Set<WordKey> = ["هكذا", "كما"]
    static let sentenceEnds: Set<WordKey> = [".", "!", "?", "؟"]

    /// Where a clause that starts at `start` ends: the sentence's end, or before a source phrase,
    /// a participle that continues the speaker (`، مضيفًا`) or a new reported statement (`، وقال`).
    private func clauseEnd(from start: Int, sentence: Range<Int>, stopAtSources: Bool = true) -> Int {
        guard start < sentence.upperBound else { return start }
        // A clause longer than this is no sentence of news (a page with no full stops): it ends here.
        let limit = min(sentence.upperBound, start + Self.longestClause)
        var index = start
        while index < limit {
            defer { index += 1 }
            if quoted[index] { continue }
            let afterComma = index > start && (text[index - 1].key == "،" || text[index - 1].key == ",")
            if stopAtSources, SourcePhrases.match(at: index, in: text, end: sentence.upperBound) != nil, afterComma || index > start {
                return trimmed(start..<index).upperBound
            }
            if afterComma, ReportingCues.cue(at: index, in: text) != nil || Self.clauseBreaks.contains(text[index].key) {
                return trimmed(start..<index).upperBound
            }
        }
        return trimmed(start..<limit).upperBound
    }

    /// The most tokens a clause of content runs to, and a speaker's phrase before its content.
    static let longestClause = 300
    static let longestSegment = 24

    /// Words that open a new clause after a comma: `، لكنّ المحللين …`, `، فيما …`.
    static let clauseBreaks: Set<WordKey> = ["لكن", "ولكن", "لكنه", "لكنها", "بينما", "فيما", "وفيما", "الا", "حيث"]

    /// A token range without punctuation at its ends.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while upper > lower, text[upper - 1].kind == .punctuation, quotationClosing[upper - 1] == nil { upper -= 1 }
        while lower < upper, text[lower].kind == .punctuation, quotationOpening[lower] == nil { lower += 1 }
        return lower..<upper
    }
}

extension AttributionReader.Found {
    /// Adds a relay unless it is already there or is the speaker.
    mutating func addVia(_ relay: AttributionReader.Speaker) {
        if let entity = relay.entity, entity == speaker?.entity || via.contains(where: { $0.entity == entity }) { return }
        if via.contains(where: { $0.first == relay.first && $0.last == relay.last }) { return }
        via.append(relay)
    }
}
