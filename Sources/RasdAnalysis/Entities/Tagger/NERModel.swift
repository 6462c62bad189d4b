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

    /// The best tag sequence of a sentence.
    public func tag(_ tokens: [String]) -> [Int] {
        decode(features.features(of: tokens))
    }

    /// Viterbi over the emission scores of precomputed feature slots.
    func decode(_ slots: [[Int32]]) -> [Int] {
        let count = slots.count
        guard count > 0 else { return [] }
        let tags = Self.tags
        var emissions = [Float](repeating: 0, count: count * tags)
        weights.withUnsafeBufferPointer { weights in
            for position in 0..<count {
                let base = position * tags
                for slot in slots[position] {
                    let row = Int(slot) * tags
                    for tag in 0..<tags { emissions[base + tag] += weights[row + tag] }
                }
            }
        }
        var scores = [Float](repeating: -.infinity, count: count * tags)
        var back = [Int8](repeating: 0, count: count * tags)
        for tag in 0..<tags where NERTags.mayFollow(tag, after: nil) {
            scores[tag] = starts[tag] + emissions[tag]
        }
        for position in 1..<max(1, count) {
            for tag in 0..<tags {
                var best: Float = -.infinity
                var bestPrevious = 0
                for previous in 0..<tags where NERTags.mayFollow(tag, after: previous) {
                    let score = scores[(position - 1) * tags + previous] + transitions[previous * tags + tag]
                    if score > best {
                        best = score
                        bestPrevious = previous
                    }
                }
                scores[position * tags + tag] = best + emissions[position * tags + tag]
                back[position * tags + tag] = Int8(bestPrevious)
            }
        }
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
            path[position - 1] = Int(back[position * tags + path[position]])
            position -= 1
        }
        return path
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
