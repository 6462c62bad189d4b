import Foundation

/// Trains an `NERModel` as a linear-chain CRF: stochastic gradient ascent on each sentence's
/// log-likelihood (forward–backward under the BIO constraint gives the expected feature counts),
/// with L2 regularization kept as one running scale factor so that a step touches only the
/// sentence's features (Bottou's CRF-SGD). Unlike the perceptron, it learns from every sentence,
/// not only from mistakes, and the penalty keeps many weak features from overfitting. Decoding is
/// the same Viterbi.
public struct CRFTrainer {
    public var buckets: Int
    public var epochs: Int
    /// L2 weight per training sentence (λ in λ/2‖w‖² + mean loss).
    public var l2: Double
    /// Initial step size, decayed as η₀ / (1 + t / sentences).
    public var step: Double
    public var seed: UInt64

    public init(buckets: Int = 1 << 18, epochs: Int = 10, l2: Double = 1e-4, step: Double = 0.1, seed: UInt64 = 7) {
        self.buckets = buckets
        self.epochs = epochs
        self.l2 = l2
        self.step = step
        self.seed = seed
    }

    public func train(_ corpus: CoNLLCorpus, report: (Int, NERModel) -> Void = { _, _ in }) -> NERModel {
        var model = NERModel(buckets: buckets)
        let tags = NERModel.tags
        let sentences = corpus.sentences.map { (slots: model.features.features(of: $0.tokens), gold: $0.tags) }
        // Weights are `scale × stored`; decay multiplies `scale` only.
        var scale = 1.0
        var order = Array(sentences.indices)
        var random = seed
        var t = 0.0
        let count = Double(max(1, sentences.count))
        let allowed = (0..<tags).map { tag in (0..<tags).map { NERTags.mayFollow(tag, after: $0) } }
        let startAllowed = (0..<tags).map { NERTags.mayFollow($0, after: nil) }

        func current() -> NERModel {
            var result = model
            let factor = Float(scale)
            for index in result.weights.indices { result.weights[index] *= factor }
            for index in result.transitions.indices { result.transitions[index] *= factor }
            for index in result.starts.indices { result.starts[index] *= factor }
            return result
        }

        for epoch in 1...epochs {
            NERTrainer.shuffle(&order, random: &random)
            for sentenceIndex in order {
                let (slots, gold) = sentences[sentenceIndex]
                let n = slots.count
                guard n > 0 else { continue }
                let eta = step / (1 + t / count)
                t += 1
                // Scores under the current weights.
                var emissions = [Float](repeating: 0, count: n * tags)
                for position in 0..<n { model.addRows(slots[position], to: &emissions, at: position * tags) }
                let factor = Float(scale)
                for index in emissions.indices { emissions[index] *= factor }
                let transitions = model.transitions.map { $0 * factor }
                // Forward and backward, in log space.
                var alpha = [Float](repeating: -.infinity, count: n * tags)
                var beta = [Float](repeating: 0, count: n * tags)
                for tag in 0..<tags where startAllowed[tag] { alpha[tag] = model.starts[tag] * factor + emissions[tag] }
                for position in 1..<max(1, n) {
                    for tag in 0..<tags {
                        var terms: [Float] = []
                        for previous in 0..<tags where allowed[tag][previous] {
                            terms.append(alpha[(position - 1) * tags + previous] + transitions[previous * tags + tag])
                        }
                        alpha[position * tags + tag] = Self.logSumExp(terms) + emissions[position * tags + tag]
                    }
                }
                for position in stride(from: n - 2, through: 0, by: -1) {
                    for tag in 0..<tags {
                        var terms: [Float] = []
                        for next in 0..<tags where allowed[next][tag] {
                            terms.append(transitions[tag * tags + next] + emissions[(position + 1) * tags + next] + beta[(position + 1) * tags + next])
                        }
                        beta[position * tags + tag] = Self.logSumExp(terms)
                    }
                }
                let logZ = Self.logSumExp(Array(alpha[((n - 1) * tags)..<(n * tags)]))
                guard logZ.isFinite else { continue }
                // Decay, then the gradient step (observed minus expected counts).
                scale *= 1 - eta * l2
                let gain = Float(eta / scale)
                for position in 0..<n {
                    var delta = [Float](repeating: 0, count: tags)
                    for tag in 0..<tags {
                        let marginal = exp(alpha[position * tags + tag] + beta[position * tags + tag] - logZ)
                        delta[tag] = gain * ((gold[position] == tag ? 1 : 0) - marginal)
                    }
                    for slot in slots[position] {
                        let row = Int(slot) * tags
                        for tag in 0..<tags { model.weights[row + tag] += delta[tag] }
                    }
                    if position == 0 {
                        for tag in 0..<tags where startAllowed[tag] { model.starts[tag] += delta[tag] }
                        continue
                    }
                    for previous in 0..<tags {
                        for tag in 0..<tags where allowed[tag][previous] {
                            let pair = exp(alpha[(position - 1) * tags + previous] + transitions[previous * tags + tag]
                                + emissions[position * tags + tag] + beta[position * tags + tag] - logZ)
                            let observed: Float = gold[position - 1] == previous && gold[position] == tag ? 1 : 0
                            model.transitions[previous * tags + tag] += gain * (observed - pair)
                        }
                    }
                }
                // Keep the stored numbers in range.
                if scale < 1e-6 {
                    model = current()
                    scale = 1
                }
            }
            report(epoch, current())
        }
        return current()
    }

    static func logSumExp(_ values: [Float]) -> Float {
        guard let largest = values.max(), largest.isFinite else { return -.infinity }
        var sum: Float = 0
        for value in values { sum += exp(value - largest) }
        return largest + log(sum)
    }
}
