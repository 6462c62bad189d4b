import Foundation

/// The entity tagger's weights: one row of tag scores per feature slot, and tag-to-tag transition
/// scores, decoded with Viterbi under the BIO constraint (`I-X` only after `B-X`/`I-X`). Trained
/// by `NERTrainer` (an averaged perceptron), stored as Float16 in a small binary file.
public struct NERModel: Sendable {
    public let features: NERFeatures
    /// `weights[slot * tags + tag]`.
    var weights: [Float]
    /// `transitions[previous * tags + tag]`; `starts[tag]` for the first token.
    var transitions: [Float]
    var starts: [Float]

    static let tags = NERTags.count

    public init(buckets: Int) {
        features = NERFeatures(buckets: buckets)
        weights = [Float](repeating: 0, count: buckets * Self.tags)
        transitions = [Float](repeating: 0, count: Self.tags * Self.tags)
        starts = [Float](repeating: 0, count: Self.tags)
    }

    /// The best tag sequence of a sentence (through a fresh `NERTagger`; keep one to tag much).
    public func tag(_ tokens: [String]) -> [Int] {
        NERTagger(model: self).tag(tokens)
    }

    /// Adds the weights of features `slots` to the tag scores at `scores[base...]`.
    func addRows(_ slots: [Int32], to scores: inout [Float], at base: Int) {
        addRows(slots, ending: [slots.count], to: &scores, at: base)
    }

    /// Adds the weights of each position's features to its tag scores: the slots of position `p`
    /// run up to `ends[p]`, and its scores are at `scores[base + p * tags...]`. The sums stay in
    /// registers (eight tags in one SIMD vector, the ninth beside it), so the rows' loads — mostly
    /// cache misses — overlap.
    func addRows(_ slots: [Int32], ending ends: [Int], to scores: inout [Float], at base: Int = 0) {
        let tags = Self.tags
        precondition(tags == 9 && base >= 0 && base + ends.count * tags <= scores.count && (ends.last ?? 0) <= slots.count)
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                slots.withUnsafeBufferPointer { slots in
                    let rows = UnsafeRawPointer(weights.baseAddress!)
                    var index = 0
                    for (position, end) in ends.enumerated() {
                        let target = scores.baseAddress! + base + position * tags
                        var eight = UnsafeRawPointer(target).loadUnaligned(as: SIMD8<Float>.self)
                        var ninth = target[8]
                        while index < end {
                            let row = rows + Int(slots[index]) * tags * MemoryLayout<Float>.stride
                            eight += row.loadUnaligned(as: SIMD8<Float>.self)
                            ninth += row.load(fromByteOffset: 8 * MemoryLayout<Float>.stride, as: Float.self)
                            index += 1
                        }
                        UnsafeMutableRawPointer(target).storeBytes(of: eight, as: SIMD8<Float>.self)
                        target[8] = ninth
                    }
                }
            }
        }
    }

    /// Viterbi over the emission scores of precomputed feature slots (what training decodes).
    func decode(_ slots: [[Int32]]) -> [Int] {
        let tags = Self.tags
        var emissions = [Float](repeating: 0, count: slots.count * tags)
        for position in slots.indices { addRows(slots[position], to: &emissions, at: position * tags) }
        return viterbi(emissions, count: slots.count)
    }

    /// The best BIO-valid tag path for `count` tokens, given each token's tag scores
    /// (`emissions[position * tags + tag]`).
    func viterbi(_ emissions: [Float], count: Int) -> [Int] {
        var scores: [Float] = []
        return Self.viterbi(emissions, count: count, starts: allowedStarts, transitions: allowedTransitions, scores: &scores)
    }

    /// `transitions`, with -inf where BIO forbids the pair (`I-X` after anything but `B-X` or `I-X`).
    var allowedTransitions: [Float] {
        (0..<(Self.tags * Self.tags)).map { pair in
            NERTags.mayFollow(pair % Self.tags, after: pair / Self.tags) ? transitions[pair] : -.infinity
        }
    }

    /// `starts`, with -inf for the tags no sentence starts with (`I-X`).
    var allowedStarts: [Float] {
        (0..<Self.tags).map { NERTags.mayFollow($0, after: nil) ? starts[$0] : -.infinity }
    }

    /// Viterbi with the BIO constraint already in the scores (`allowedStarts`, `allowedTransitions`),
    /// `scores` a buffer kept between calls.
    static func viterbi(_ emissions: [Float], count: Int, starts: [Float], transitions allowed: [Float], scores: inout [Float]) -> [Int] {
        guard count > 0 else { return [] }
        let tags = 9
        precondition(Self.tags == tags && emissions.count >= count * tags && starts.count == tags && allowed.count == tags * tags)
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(-.infinity, count: count * tags))
        for tag in 0..<tags { scores[tag] = starts[tag] + emissions[tag] }
        // Forward, best scores only: for each earlier tag, all nine tags at once (nine independent
        // maxima, no chain of compares); the path is recovered afterwards.
        scores.withUnsafeMutableBufferPointer { scores in
            emissions.withUnsafeBufferPointer { emissions in
                allowed.withUnsafeBufferPointer { allowed in
                    for position in 1..<max(1, count) {
                        let previous = scores.baseAddress! + (position - 1) * tags
                        let target = scores.baseAddress! + position * tags
                        for candidate in 0..<tags {
                            let score = previous[candidate]
                            let row = allowed.baseAddress! + candidate * tags
                            for tag in 0..<tags { target[tag] = Swift.max(target[tag], score + row[tag]) }
                        }
                        for tag in 0..<tags { target[tag] += emissions[position * tags + tag] }
                    }
                }
            }
        }
        // Backward: each tag's predecessor is the first, in tag order, with the best score, as a
        // forward pass that kept back-pointers with a strict comparison would have chosen.
        var last = 0
        var bestScore: Float = -.infinity
        for tag in 0..<tags where scores[(count - 1) * tags + tag] > bestScore {
            bestScore = scores[(count - 1) * tags + tag]
            last = tag
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = last
        var position = count - 1
        while position > 0 {
            let tag = path[position]
            var best = -Float.infinity
            var from = 0
            for candidate in 0..<tags {
                let score = scores[(position - 1) * tags + candidate] + allowed[candidate * tags + tag]
                if score > best {
                    best = score
                    from = candidate
                }
            }
            path[position - 1] = from
            position -= 1
        }
        return path
    }

    /// The mean of models of one size (trained on differently shuffled data): steadier than any
    /// one of them.
    public static func averaging(_ models: [NERModel]) -> NERModel {
        precondition(!models.isEmpty && models.allSatisfy { $0.weights.count == models[0].weights.count })
        var mean = models[0]
        guard models.count > 1 else { return mean }
        let share = 1 / Float(models.count)
        for index in mean.weights.indices { mean.weights[index] = models.reduce(0) { $0 + $1.weights[index] } * share }
        for index in mean.transitions.indices { mean.transitions[index] = models.reduce(0) { $0 + $1.transitions[index] } * share }
        for index in mean.starts.indices { mean.starts[index] = models.reduce(0) { $0 + $1.starts[index] } * share }
        return mean
    }

    // MARK: Storage

    static let magic: [UInt8] = Array("RASDNER1".utf8)

    /// The model as bytes: magic, bucket count, tag count, then weights, transitions and starts as
    /// little-endian Float16.
    public func serialized() -> Data {
        var data = Data(Self.magic)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt32(features.buckets))
        append(UInt32(Self.tags))
        for array in [weights, transitions, starts] {
            for value in array {
                withUnsafeBytes(of: Float16(value).bitPattern.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        return data
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notAModel(String)
        public var description: String {
            switch self { case .notAModel(let why): "not a Rasd entity model: \(why)" }
        }
    }

    public init(serialized data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw LoadError.notAModel("bad header") }
        func read(_ offset: Int) -> UInt32 {
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }
        let buckets = Int(read(8))
        let tags = Int(read(12))
        guard tags == Self.tags, buckets > 0, buckets & (buckets - 1) == 0 else { throw LoadError.notAModel("bad sizes") }
        let total = buckets * tags + tags * tags + tags
        guard bytes.count == 16 + total * 2 else { throw LoadError.notAModel("truncated") }
        var values = [Float](repeating: 0, count: total)
        for index in 0..<total {
            let offset = 16 + index * 2
            values[index] = Float(Float16(bitPattern: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8))
        }
        features = NERFeatures(buckets: buckets)
        weights = Array(values[0..<(buckets * tags)])
        transitions = Array(values[(buckets * tags)..<(buckets * tags + tags * tags)])
        starts = Array(values[(buckets * tags + tags * tags)...])
    }
}
