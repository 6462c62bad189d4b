import RasdText
import Synchronization

/// A trained `NERModel` ready to tag text fast. Most of a token's features read one word only
/// (`NERFeatures.unarySlots`), so the tagger adds up each word type's weights once — as the word
/// itself and as each neighbour — and keeps the sums; tagging a sentence then costs a few vector
/// additions per token, the handful of features that pair neighbours, and Viterbi.
///
///     let tagger = NERTagger(model: model)
///     tagger.tag(["قال", "وزير", "الخارجية", "سيرغي", "لافروف"])   // [0, 0, 0, 1, 2]
public final class NERTagger: Sendable {
    public let model: NERModel

    /// A token to tag: a word's matching key (as `GrammarText` holds it), or its text.
    enum Token: Sendable {
        case text(String)
        case key(WordKey)
    }

    /// Word types whose sums are kept, at most (about 300 bytes each, reserved as address space
    /// once and filled as words come).
    static let cacheLimit = 120_000

    private static let tags = NERModel.tags
    private static let groups = NERFeatures.offsets.count
    /// Scores of a missing neighbour, per edge offset.
    private let edges: [Float]
    /// The model's start and transition scores with BIO's forbidden ones at -inf, for Viterbi.
    private let starts: [Float]
    private let transitions: [Float]
    /// For each word-feature offset, its place among the edge offsets (nil: no edge feature).
    private static let edgeOfGroup: [Int?] = NERFeatures.offsets.map { NERFeatures.edgeOffsets.firstIndex(of: $0) }
    /// Which word types have records, and how many there are: guarded, since threads add to it.
    private let cache = Mutex(WordCache())
    /// The records themselves: written once under `cache`'s lock, then read without it.
    private let records = KeptWordRecords(capacity: cacheLimit, floats: groups * tags)

    struct WordCache {
        var entries = WordIndex()
        var count = 0
    }

    public init(model: NERModel) {
        self.model = model
        var edges = [Float](repeating: 0, count: NERFeatures.edgeOffsets.count * Self.tags)
        var sink = model.features.sink()
        for (group, offset) in NERFeatures.edgeOffsets.enumerated() {
            sink.slots.removeAll(keepingCapacity: true)
            model.features.edgeSlots(offset: offset, into: &sink)
            model.addRows(sink.slots, to: &edges, at: group * Self.tags)
        }
        self.edges = edges
        starts = model.allowedStarts
        transitions = model.allowedTransitions
    }

    /// The best tag sequence of a sentence's tokens.
    public func tag(_ tokens: [String]) -> [Int] {
        tag(tokens.map(Token.text))
    }

    /// The best tag sequence of a sentence's tokens (matching keys where the caller has them),
    /// given the shared gazetteer's matches over them when the caller has those too.
    func tag(_ tokens: [Token], gazetteerMatches: [EntityGazetteer.Match]? = nil) -> [Int] {
        var workspace = Workspace()
        return tag(tokens, gazetteerMatches: gazetteerMatches, workspace: &workspace)
    }

    /// Buffers one tagging reuses for the next, so that a document's sentences allocate them once.
    struct Workspace {
        var keys: [WordKey] = []
        /// Each token's record in `KeptWordRecords`, or -1.
        var entries: [Int32] = []
        /// The sums of tokens without a record.
        var sums: [Float] = []
        var contexts: [NERFeatures.Context] = []
        var emissions: [Float] = []
        var slots: [Int32] = []
        var ends: [Int] = []
        var viterbi: [Float] = []
        /// What `KeptWordRecords.touch` read (kept so that the reads stay).
        var touched: UInt32 = 0

        /// `array` as `count` copies of `value`, keeping its storage.
        static func reset<T>(_ array: inout [T], to value: T, count: Int) {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: count))
        }
    }

    func tag(_ tokens: [Token], gazetteerMatches: [EntityGazetteer.Match]?, workspace: inout Workspace) -> [Int] {
        let count = tokens.count
        guard count > 0 else { return [] }
        let tags = Self.tags, groups = Self.groups, width = groups * tags
        precondition(tags == 9)
        // Each token's cache key: a representable matching key (words are a pure function of it).
        Workspace.reset(&workspace.keys, to: WordKey(), count: count)
        var keys = workspace.keys
        workspace.keys = []
        defer { workspace.keys = keys }
        var texts: [Int: String] = [:]
        for (index, token) in tokens.enumerated() {
            switch token {
            case .key(let key):
                keys[index] = key
            case .text(let text):
                keys[index] = WordKey(ArabicNormalizer.matchingKey(text))
                texts[index] = text
            }
        }
        // Each token's kept record, where there is one; the others' sums are made here.
        var entries = workspace.entries, sums = workspace.sums, contexts = workspace.contexts
        workspace.entries = []
        workspace.sums = []
        workspace.contexts = []
        defer {
            workspace.entries = entries
            workspace.sums = sums
            workspace.contexts = contexts
        }
        Workspace.reset(&entries, to: -1, count: count)
        var missing = false
        cache.withLock { cache in
            for index in 0..<count where keys[index].isRepresentable {
                if let entry = cache.entries[keys[index]] { entries[index] = Int32(entry) } else { missing = true }
            }
        }
        Workspace.reset(&contexts, to: NERFeatures.Context(frequency: 0, name: 0, cluster: 0, stemHash: 0, stem: WordKey()), count: count)
        Workspace.reset(&sums, to: 0, count: entries.contains(-1) ? count * width : 0)
        var sink = model.features.sink()
        for index in 0..<count where entries[index] >= 0 {
            contexts[index] = records.context(Int(entries[index]))
            workspace.touched ^= records.touch(Int(entries[index]))
        }
        for index in 0..<count where entries[index] < 0 {
            let word = keys[index].isRepresentable || texts[index] == nil
                ? NERFeatures.word(keys[index].description) : NERFeatures.word(texts[index]!)
            contexts[index] = word.context
            for (group, offset) in NERFeatures.offsets.enumerated() {
                sink.slots.removeAll(keepingCapacity: true)
                model.features.unarySlots(of: word, offset: offset, into: &sink)
                model.addRows(sink.slots, to: &sums, at: index * width + group * tags)
            }
        }
        if missing {
            cache.withLock { cache in
                for index in 0..<count where entries[index] < 0 && keys[index].isRepresentable {
                    if let entry = cache.entries[keys[index]] {
                        entries[index] = Int32(entry)
                        continue
                    }
                    guard cache.count < Self.cacheLimit else { break }
                    sums.withUnsafeBufferPointer { sums in
                        records.write(cache.count, context: contexts[index], sums: sums.baseAddress! + index * width)
                    }
                    cache.entries.insert(keys[index], cache.count)
                    entries[index] = Int32(cache.count)
                    cache.count += 1
                }
            }
        }
        // Emissions: each token's own sums, its neighbours' as seen from it, the sentence's edges,
        // then the features that combine neighbours.
        var emissions = workspace.emissions
        workspace.emissions = []
        defer { workspace.emissions = emissions }
        Workspace.reset(&emissions, to: 0, count: count * tags)
        let gazetteer = gazetteerMatches.map { NERFeatures.gazetteerCodes($0, count: count) } ?? NERFeatures.gazetteerCodes(keys)
        sink = SlotSink(mask: UInt64(model.features.buckets - 1), slots: workspace.slots)
        workspace.slots = []
        sink.slots.removeAll(keepingCapacity: true)
        defer { workspace.slots = sink.slots }
        emissions.withUnsafeMutableBufferPointer { emissions in
            sums.withUnsafeBufferPointer { sums in
                edges.withUnsafeBufferPointer { edges in
                    for position in 0..<count {
                        // Eight tags in one SIMD vector, the ninth beside it.
                        var eight = SIMD8<Float>.zero, ninth: Float = 0
                        defer {
                            let target = emissions.baseAddress! + position * tags
                            UnsafeMutableRawPointer(target).storeBytes(of: eight, as: SIMD8<Float>.self)
                            target[8] = ninth
                        }
                        for group in 0..<groups {
                            let other = position + NERFeatures.offsets[group]
                            let source: UnsafePointer<Float>
                            if other >= 0, other < count {
                                source = (entries[other] >= 0 ? records.sums(Int(entries[other])) : sums.baseAddress! + other * width)
                                    + group * tags
                            } else if let edge = Self.edgeOfGroup[group] {
                                source = edges.baseAddress! + edge * tags
                            } else {
                                continue
                            }
                            eight += UnsafeRawPointer(source).loadUnaligned(as: SIMD8<Float>.self)
                            ninth += source[8]
                        }
                    }
                }
            }
        }
        // All the sentence's context slots first, then their rows: the rows' loads (mostly cache
        // misses) then overlap instead of waiting on each feature's hashing.
        var ends = workspace.ends
        workspace.ends = []
        defer { workspace.ends = ends }
        ends.removeAll(keepingCapacity: true)
        for position in 0..<count {
            model.features.contextSlots(contexts, at: position, gazetteer: gazetteer, into: &sink)
            ends.append(sink.slots.count)
        }
        model.addRows(sink.slots, ending: ends, to: &emissions)
        return NERModel.viterbi(emissions, count: count, starts: starts, transitions: transitions, scores: &workspace.viterbi)
    }
}
