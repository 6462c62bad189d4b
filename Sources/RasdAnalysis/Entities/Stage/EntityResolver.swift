import RasdText

/// Turns a tagged token span into an `EntityMention` with its identity, keeping what the document
/// has named so far: a surname alone (`لافروف`) joins the full name met earlier (`سيرغي لافروف`).
struct EntityResolver {
    let gazetteer: EntityGazetteer
    /// Person entities by the identity key (`TransliterationKey.identityKey`) of each name part seen
    /// so far in the document.
    private var personsByPart: [TransliterationKey.Spelling: EntityMention] = [:]

    init(gazetteer: EntityGazetteer) {
        self.gazetteer = gazetteer
    }

    /// The mention of tokens `tokens`, ending at raw offset `end` when given (a glued seam), its
    /// first word without `peeled` letters of proclitic when the caller knows them.
    mutating func mention(tokens: Range<Int>, taggedType: String, in text: GrammarText, end: Int? = nil, peeled known: Int? = nil) -> EntityMention? {
        // The span leaves out a proclitic on its first word when the rest is the likelier word.
        let first = tokens.lowerBound
        // A gazetteer spelling of the whole span says where it starts (`بيونج يانج` keeps its
        // `ب`, `للولايات المتحدة` loses one `ل`); otherwise the word frequencies decide.
        let spanMatches = end == nil ? gazetteer.matches(keys: tokens.map { text[$0].key }) : []
        let spanMatch = spanMatches.first { $0.start == 0 && $0.end == tokens.count }
        let peeled = known ?? spanMatch?.peeled
            ?? proclitic(of: text[first].key, gazetteerMatch: end == nil ? .some(spanMatches.first { $0.start == 0 }) : nil)
        let start = text.rawStart(of: first, peeling: peeled)
        let surfaceEnd = end ?? text[tokens.upperBound - 1].end
        let surface = text.text(start, surfaceEnd)
        guard !surface.isEmpty else { return nil }
        // The tokens' own keys (their proclitics are peeled in the lookup: `للولايات` finds
        // `الولايات`), or the words of the raw span when a glued seam cut it.
        let keys = end == nil ? tokens.map { text[$0].key } : text.source.scalars[start..<surfaceEnd]
            .split(whereSeparator: { $0.properties.isWhitespace }).map { WordKey(ArabicNormalizer.matchingKey($0)) }
        var mention = EntityMention(start: start, end: surfaceEnd, text: surface, type: Self.contractType(taggedType), entity: "")

        // Without a seam the span's keys were looked up already.
        let exact = spanMatch?.entry
            ?? (end == nil ? nil : gazetteer.matches(keys: keys).first(where: { $0.start == 0 && $0.end == keys.count })?.entry)
        // A spelling the gazetteer does not list joins an entry by transliteration, of a
        // compatible type only (`كيم` is not the city `قم`).
        var surfaceKeysMade: TransliterationKey.Keys?
        func surfaceKeys() -> TransliterationKey.Keys {
            if let surfaceKeysMade { return surfaceKeysMade }
            let keys = TransliterationKey.rememberedKeys(surface)
            surfaceKeysMade = keys
            return keys
        }
        let transliterated = exact != nil ? nil : gazetteer.entry(transliterationKey: surfaceKeys().lookup, name: surface).flatMap { index in
            Self.compatible(gazetteer.entries[index].type, mention.type) ? index : nil
        }
        // A place the tagger found that the gazetteer does not know may be a town of the region,
        // written as listed (its proclitic peeled as the span's).
        let regional = exact != nil || transliterated != nil || (mention.type != "GPE" && mention.type != "LOC") ? nil
            : EntityGazetteer.regionalPlaces.matches(keys: keys).first { $0.start == 0 && $0.end == keys.count && $0.peeled == peeled }
        if let index = exact ?? transliterated {
            let entry = gazetteer.entries[index]
            mention.entity = entry.entity
            mention.type = entry.type
            mention.canonical = entry.canonical
            mention.canonicalAr = entry.canonicalAr
        } else if let regional {
            let entry = EntityGazetteer.regionalPlaces.entries[regional.entry]
            mention.entity = entry.entity
            mention.type = entry.type
            mention.canonical = entry.canonical
            mention.canonicalAr = entry.canonicalAr
        } else if mention.type == "PER", let earlier = personsByPart[.init(text: surfaceKeys().identity)] {
            mention.entity = earlier.entity
            mention.canonical = earlier.canonical
            mention.canonicalAr = earlier.canonicalAr
        } else {
            mention.entity = TransliterationKey.identifier(key: surfaceKeys().identity, type: mention.type)
            if mention.type == "PER" { mention.canonicalAr = surface }
        }
        if mention.type == "PER" {
            // The title before a person, and whose title it is.
            if let (role, country) = Self.role(before: first, in: text) {
                mention.role = role
                mention.roleCountry = country
            }
            // Each part of a full name that stands for the person alone (`سيرغي`, `لافروف`) will
            // find this person again.
            if tokens.count > 1 {
                for part in Self.nameParts(tokens, in: text) {
                    personsByPart[.init(text: identityKey(text.text(text[part.lowerBound].start, text[part.upperBound - 1].end)))] = mention
                }
            }
            personsByPart[.init(text: surfaceKeys().identity)] = mention
        }
        return mention
    }

    /// The identity key of a name, made once per process.
    private func identityKey(_ name: String) -> String { TransliterationKey.rememberedKeys(name).identity }

    /// The parts of a person's name that a later mention may use alone, as token ranges. A
    /// parent's name is not the person: in `سلطان بن فهد بن ناصر` the parts are `سلطان` and
    /// `بن فهد` (as `بن لادن` is used), never `فهد` or `ناصر`; a house after `آل` (`آل سعود`) is
    /// many people. A compound (`عبد الرحمن`, `أبو بكر`) is one part, not two (`بكر` alone is
    /// someone else). Any other word is a part: `سيرغي`, `لافروف`, the family name after a
    /// lineage (`الغامدي` in `خالد بن مشعل الغامدي`).
    static func nameParts(_ tokens: Range<Int>, in text: GrammarText) -> [Range<Int>] {
        /// The length of the name starting at `index`: two words for a compound, else one.
        func nameLength(at index: Int) -> Int {
            compoundHeads.contains(text[index].key) && index + 1 < tokens.upperBound ? 2 : 1
        }
        var parts: [Range<Int>] = []
        var index = tokens.lowerBound
        var lineageSeen = false
        while index < tokens.upperBound {
            let key = text[index].key
            if lineageMarkers.contains(key) || key == "ال" {
                guard index + 1 < tokens.upperBound else { break }
                let end = index + 1 + nameLength(at: index + 1)
                // The first lineage names the person (`بن فهد`); later ones and houses do not.
                if key != "ال", !lineageSeen { parts.append(index..<end) }
                lineageSeen = lineageSeen || key != "ال"
                index = end
                continue
            }
            let length = nameLength(at: index)
            parts.append(index..<(index + length))
            index += length
        }
        return parts
    }

    /// `بن`, `ابن`, `بنت`: the name of a parent follows.
    static let lineageMarkers: Set<WordKey> = ["بن", "ابن", "بنت"]
    /// `عبد`, `ابو`, `ابي`, `ام`: the first word of a two-word name (`عبد الله`, `أبو بكر`).
    static let compoundHeads: Set<WordKey> = ["عبد", "ابو", "ابي", "ام"]

    /// Whether a gazetteer type fits a tagged one (places are places, whatever their kind).
    static func compatible(_ gazetteerType: String, _ taggedType: String) -> Bool {
        gazetteerType == taggedType || (["GPE", "LOC"].contains(gazetteerType) && ["GPE", "LOC"].contains(taggedType))
    }

    /// ANERcorp's `LOC` is mostly countries and cities: the contract's `GPE` (the gazetteer
    /// overrides it for seas, rivers and mountains).
    static func contractType(_ tagged: String) -> String {
        tagged == "LOC" ? "GPE" : tagged
    }

    /// Letters of a proclitic (`و ف ب ل ك`, `وب`, `لل`) on a name's first word, when the word without
    /// it is the more common one (`لروسيا` → `روسيا`, but `بوتين` stays whole).
    /// `gazetteerMatch`: the gazetteer spelling that starts at this word, when already looked up
    /// (`.some(nil)`: none does).
    func proclitic(of key: WordKey, gazetteerMatch: EntityGazetteer.Match?? = nil) -> Int {
        // A gazetteer spelling after a proclitic (`بروسيا`) loses it; a known name otherwise keeps
        // its first letter (`بوتين`, `بيونغ`).
        if let match = gazetteerMatch ?? gazetteer.matches(keys: [key]).first {
            return match.peeled
        }
        if PersonNameTokens.classes[key] != nil { return 0 }
        // `للولايات` is `ل` + `الولايات`.
        if key.hasPrefix("لل"), key.length > 4 { return 1 }
        let fullCount = KnownWords.shared.count(ofScalars: key.scalars) ?? 0
        let conjunction = key.has("و", at: 0) || key.has("ف", at: 0)
        let preposition: (Int) -> Bool = { key.has("ب", at: $0) || key.has("ل", at: $0) || key.has("ك", at: $0) }
        for letters in [2, 1] where key.length > letters + 2 {
            guard letters == 2 ? conjunction && preposition(1) : conjunction || preposition(0) else { continue }
            let rest = key.dropping(letters)
            let restCount = KnownWords.shared.count(ofScalars: rest.scalars) ?? 0
            // The rest must be far the likelier word (`وادي` stays whole though `ادي` is common).
            if restCount >= 8 * max(fullCount, 1) || gazetteer.startsSpelling(rest) {
                return letters
            }
        }
        return 0
    }

    /// The title phrase right before a person's name: back from the name over at most six words
    /// to a title word (`الرئيس`, `وزير`, `المتحدث`), with nothing but words between
    /// (`وزير الخارجية الروسي`, `المتحدث باسم الكرملين`), and the country a nationality adjective in
    /// it names (`russia`).
    static func role(before index: Int, in text: GrammarText) -> (role: String, country: String?)? {
        var position = index - 1
        var head: Int?
        while position >= 0, index - position <= 6, text[position].kind == .word, !text[position].lineBreakBefore || position == index - 1 {
            // Any reading of the word will do: `وزير` is a title whole, though `و` could be a
            // conjunction (`زير`).
            if text[position].peeledForms.contains(where: { NERTriggers.trigger(key: $0.key) == 0x31 }) {
                head = position
            }
            position -= 1
        }
        guard let head else { return nil }
        let start = text.rawStart(of: head, peeling: text[head].peeledForms.first { NERTriggers.trigger(key: $0.key) == 0x31 }?.letters ?? 0)
        // A nationality adjective in it says whose the title is.
        let country = NationalityAdjectives.country(in: ((head + 1)..<index).map { text[$0].key })
        return (text.text(start, text[index - 1].end), country)
    }
}
