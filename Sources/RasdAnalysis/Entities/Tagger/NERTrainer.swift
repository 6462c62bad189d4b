/// Trains an `NERModel` as an averaged perceptron (Collins 2002): decode each training sentence
/// with the current weights, and where the best path differs from the gold one move the weights
/// of the gold path's features up and the predicted path's down; the model keeps the average of
/// the weights over all steps, which generalizes far better than the last ones.
public struct NERTrainer {
    public var buckets: Int
    public var epochs: Int
    public var seed: UInt64

    public init(buckets: Int = 1 << 18, epochs: Int = 7, seed: UInt64 = 7) {
        self.buckets = buckets
        self.epochs = epochs
        self.seed = seed
    }

    /// The averaged model after `epochs` passes; `report` sees each epoch's number and the model
    /// averaged so far (for a dev score).
    public func train(_ corpus: CoNLLCorpus, report: (Int, NERModel) -> Void = { _, _ in }) -> NERModel {
        var model = NERModel(buckets: buckets)
        let tags = NERModel.tags
        let sentences = corpus.sentences.map { (slots: model.features.features(of: $0.tokens), gold: $0.tags) }
        // Sums of step × update, for the averaged weights w − u / c.
        var weightUpdates = [Float](repeating: 0, count: model.weights.count)
        var transitionUpdates = [Float](repeating: 0, count: model.transitions.count)
        var startUpdates = [Float](repeating: 0, count: model.starts.count)
        var step: Float = 1
        var order = Array(sentences.indices)
        var random = seed

        for epoch in 1...epochs {
            Self.shuffle(&order, random: &random)
            for sentenceIndex in order {
                let (slots, gold) = sentences[sentenceIndex]
                let predicted = model.decode(slots)
                if predicted != gold {
                    for position in gold.indices where predicted[position] != gold[position] {
                        for slot in slots[position] {
                            let row = Int(slot) * tags
                            model.weights[row + gold[position]] += 1
                            weightUpdates[row + gold[position]] += step
                            model.weights[row + predicted[position]] -= 1
                            weightUpdates[row + predicted[position]] -= step
                        }
                    }
                    for position in gold.indices {
                        let goldPrevious = position > 0 ? gold[position - 1] : nil
                        let predictedPrevious = position > 0 ? predicted[position - 1] : nil
                        guard goldPrevious != predictedPrevious || gold[position] != predicted[position] else { continue }
                        if let goldPrevious, let predictedPrevious {
                            model.transitions[goldPrevious * tags + gold[position]] += 1
                            transitionUpdates[goldPrevious * tags + gold[position]] += step
                            model.transitions[predictedPrevious * tags + predicted[position]] -= 1
                            transitionUpdates[predictedPrevious * tags + predicted[position]] -= step
                        } else {
                            model.starts[gold[position]] += 1
                            startUpdates[gold[position]] += step
                            model.starts[predicted[position]] -= 1
                            startUpdates[predicted[position]] -= step
                        }
                    }
                }
                step += 1
            }
            report(epoch, Self.averaged(model, weightUpdates, transitionUpdates, startUpdates, step))
        }
        return Self.averaged(model, weightUpdates, transitionUpdates, startUpdates, step)
    }

    /// Fisher–Yates with a fixed-seed generator, so that training is reproducible.
    static func shuffle(_ order: inout [Int], random: inout UInt64) {
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            order.swapAt(index, Int((random >> 33) % UInt64(index + 1)))
        }
    }

    private static func averaged(_ model: NERModel, _ weights: [Float], _ transitions: [Float], _ starts: [Float],
                                 _ step: Float) -> NERModel {
        var averaged = model
        for index in averaged.weights.indices { averaged.weights[index] -= weights[index] / step }
        for index in averaged.transitions.indices { averaged.transitions[index] -= transitions[index] / step }
        for index in averaged.starts.indices { averaged.starts[index] -= starts[index] / step }
        return averaged
    }
}

/// CoNLL exact-span scores: a predicted entity counts when its first token, last token and type
/// all match a gold one.
public struct NERScore: Sendable {
    public var truePositives: [String: Int] = [:]
    public var predicted: [String: Int] = [:]
    public var gold: [String: Int] = [:]

    public init() {}

    public mutating func add(gold goldTags: [Int], predicted predictedTags: [Int]) {
        let goldSpans = NERTags.spans(goldTags)
        let predictedSpans = NERTags.spans(predictedTags)
        for span in goldSpans { gold[span.type, default: 0] += 1 }
        for span in predictedSpans {
            predicted[span.type, default: 0] += 1
            if goldSpans.contains(where: { $0.start == span.start && $0.end == span.end && $0.type == span.type }) {
                truePositives[span.type, default: 0] += 1
            }
        }
    }

    /// Precision, recall and F1 of one type, or of all together when `type` is nil (micro).
    public func scores(_ type: String? = nil) -> (precision: Double, recall: Double, f1: Double) {
        func total(_ table: [String: Int]) -> Int { type.map { table[$0] ?? 0 } ?? table.values.reduce(0, +) }
        let tp = Double(total(truePositives)), p = Double(total(predicted)), g = Double(total(gold))
        let precision = p == 0 ? 0 : tp / p
        let recall = g == 0 ? 0 : tp / g
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    /// Scores a model on a corpus.
    public static func evaluate(_ model: NERModel, on corpus: CoNLLCorpus) -> NERScore {
        evaluate(NERTagger(model: model), on: corpus)
    }

    /// Scores a tagger on a corpus: alone, or completed by the gazetteer as the entity stage
    /// completes it (`EntitySpans`), its places read as CoNLL's `LOC`.
    public static func evaluate(_ tagger: NERTagger, on corpus: CoNLLCorpus, withGazetteer: Bool = false) -> NERScore {
        var score = NERScore()
        for sentence in corpus.sentences {
            score.add(gold: sentence.tags, predicted: withGazetteer ? tagger.tagWithGazetteer(sentence.tokens) : tagger.tag(sentence.tokens))
        }
        return score
    }
}
