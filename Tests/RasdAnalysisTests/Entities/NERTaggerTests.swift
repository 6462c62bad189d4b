import Foundation
import RasdText
import Testing
@testable import RasdAnalysis

/// The entity tagger's machinery: BIO tags and spans, CoNLL reading, training that learns, the
/// model file's round trip.
struct NERTaggerTests {
    static func tags(_ names: String...) -> [Int] { names.map { NERTags.index(of: $0)! } }

    @Test("ANERcorp's PERS is PER; unknown tags are refused")
    func tagNames() {
        #expect(NERTags.index(of: "B-PERS") == NERTags.index(of: "B-PER"))
        #expect(NERTags.index(of: "B-GPE") == nil)
        #expect(NERTags.type(of: NERTags.index(of: "I-ORG")!) == "ORG")
    }

    @Test("Spans of a tag sequence; a stray I- starts a span, as CoNLL reads it")
    func spans() {
        let spans = NERTags.spans(Self.tags("B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"))
        #expect(spans.map { "\($0.start)-\($0.end)-\($0.type)" } == ["0-2-PER", "3-4-LOC", "4-5-ORG", "5-6-ORG"])
    }

    @Test("BIO: I-X follows only B-X or I-X, and never starts a sentence")
    func bioConstraint() {
        let bPer = NERTags.index(of: "B-PER")!, iPer = NERTags.index(of: "I-PER")!, iOrg = NERTags.index(of: "I-ORG")!
        #expect(NERTags.mayFollow(iPer, after: bPer))
        #expect(NERTags.mayFollow(iPer, after: iPer))
        #expect(!NERTags.mayFollow(iOrg, after: bPer))
        #expect(!NERTags.mayFollow(iPer, after: 0))
        #expect(!NERTags.mayFollow(iPer, after: nil))
    }

    @Test("A CoNLL file: sentences split at blank lines; a bad tag names its line")
    func conll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-conll-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("good.conll")
        try "قال\tO\nلافروف\tB-PERS\n\nفي\tO\nموسكو\tB-LOC\n".write(to: good, atomically: true, encoding: .utf8)
        let corpus = try CoNLLCorpus(contentsOf: good.path)
        #expect(corpus.sentences.count == 2)
        #expect(corpus.sentences[0].tokens == ["قال", "لافروف"])
        #expect(corpus.tokenCount == 4)
        let bad = folder.appendingPathComponent("bad.conll")
        try "قال\tO\nلافروف\tB-NAME\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: CoNLLCorpus.ReadError.self) { try CoNLLCorpus(contentsOf: bad.path) }
    }

    /// A small invented training set: names after `قال` and titles, places after `في`.
    static let tinyCorpus = CoNLLCorpus(sentences: [
        ("قال الرئيس سامر خليل إن الاجتماع انتهى", ["O", "O", "B-PER", "I-PER", "O", "O", "O"]),
        ("وصل الوزير رامي حداد إلى عمان", ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
        ("قال الرئيس نادر سليم في بيروت", ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
        ("عقد الوزير فادي منصور مؤتمرا في دمشق", ["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC"]),
    ].map { CoNLLCorpus.Sentence(tokens: $0.0.split(separator: " ").map(String.init), tags: $0.1.map { NERTags.index(of: $0)! }) })

    @Test("Training learns its data: every training span comes back")
    func trainingLearns() {
        let model = NERTrainer(buckets: 1 << 12, epochs: 10).train(Self.tinyCorpus)
        let score = NERScore.evaluate(model, on: Self.tinyCorpus)
        #expect(score.scores().f1 == 1.0)
    }

    @Test("CRF training learns its data too, and its model decodes like the perceptron's")
    func crfLearns() throws {
        let model = CRFTrainer(buckets: 1 << 12, epochs: 15, l2: 1e-4, step: 0.5).train(Self.tinyCorpus)
        #expect(NERScore.evaluate(model, on: Self.tinyCorpus).scores().f1 == 1.0)
        let copy = try NERModel(serialized: model.serialized())
        #expect(NERTagger(model: copy).tag(Self.tinyCorpus.sentences[0].tokens) == Self.tinyCorpus.sentences[0].tags)
    }

    @Test("The tagger's kept word sums give the tags the training decoder gives, first time and from memory")
    func taggerMatchesDecoder() {
        let model = NERTrainer(buckets: 1 << 12, epochs: 4).train(Self.tinyCorpus)
        let tagger = NERTagger(model: model)
        let sentences = Self.tinyCorpus.sentences.map(\.tokens) + [["وصل", "الرئيس", "نادر", "حداد", "إلى", "بيروت"], ["في"]]
        for tokens in sentences {
            let expected = model.decode(model.features.features(of: tokens))
            #expect(tagger.tag(tokens) == expected)
            #expect(tagger.tag(tokens) == expected)
        }
    }

    @Test("A word's matching key or its text give the tagger the same word")
    func keysAndTexts() {
        let model = NERTrainer(buckets: 1 << 12, epochs: 4).train(Self.tinyCorpus)
        let tokens = ["قال", "الرئيسُ", "سامر", "خليل", "إنّ", "الاجتماع", "انتهى"]
        let keys = tokens.map { NERTagger.Token.key(WordKey(ArabicNormalizer.matchingKey($0))) }
        #expect(NERTagger(model: model).tag(keys) == NERTagger(model: model).tag(tokens))
    }

    @Test("The model file round-trips (weights as Float16) and a damaged file is refused")
    func modelFile() throws {
        let model = NERTrainer(buckets: 1 << 10, epochs: 3).train(Self.tinyCorpus)
        let copy = try NERModel(serialized: model.serialized())
        for sentence in Self.tinyCorpus.sentences {
            #expect(copy.tag(sentence.tokens) == model.tag(sentence.tokens))
        }
        #expect(throws: NERModel.LoadError.self) { try NERModel(serialized: Data("not a model".utf8)) }
        #expect(throws: NERModel.LoadError.self) { try NERModel(serialized: model.serialized().dropLast(2)) }
    }

    @Test("Exact-span scores: a span with the wrong end or type is both a miss and a false alarm")
    func scores() {
        var score = NERScore()
        score.add(gold: Self.tags("B-PER", "I-PER", "O", "B-LOC"), predicted: Self.tags("B-PER", "O", "O", "B-LOC"))
        let micro = score.scores()
        #expect(micro.precision == 0.5)
        #expect(micro.recall == 0.5)
        #expect(score.scores("LOC").f1 == 1.0)
    }
}

/// `rasd train ner --seeds`: the mean of several models.
struct NERModelAveragingTests {
    @Test("The mean of models is their weights' mean, transitions and starts included")
    func mean() {
        let first = NERTrainer(buckets: 1 << 10, epochs: 2, seed: 1).train(NERTaggerTests.tinyCorpus)
        let second = NERTrainer(buckets: 1 << 10, epochs: 2, seed: 2).train(NERTaggerTests.tinyCorpus)
        let mean = NERModel.averaging([first, second])
        for index in [0, 5, 100, 1000, first.weights.count - 1] {
            #expect(mean.weights[index] == (first.weights[index] + second.weights[index]) / 2)
        }
        #expect(mean.transitions == zip(first.transitions, second.transitions).map { ($0 + $1) / 2 })
        #expect(mean.starts == zip(first.starts, second.starts).map { ($0 + $1) / 2 })
        #expect(NERModel.averaging([first]).weights == first.weights)
    }
}
