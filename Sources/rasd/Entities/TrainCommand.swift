import ArgumentParser
import Foundation
import RasdAnalysis

/// `rasd train ner`: trains the entity tagger on CoNLL files.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Rasd's statistical models.",
        subcommands: [TrainNERCommand.self]
    )
}

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (an averaged perceptron over BIO tags) on CoNLL files.",
        discussion: """
        Reads token<TAB>tag files with a blank line between sentences (the ANERcorp splits in \
        ../shared/data/anercorp/), trains --seeds models on differently shuffled data for --epochs \
        passes each (printing the dev scores after each pass), and writes the mean of their \
        averaged weights to --out.

        Example:
          rasd train ner --train ../shared/data/anercorp/train.conll \\
                         --dev ../shared/data/anercorp/dev.conll --out ner.model
        """
    )

    @Option(help: "Training data, CoNLL; repeat to train on several files. (Adding WikiFANE to ANERcorp lowered the dev F1.)")
    var train: [String]
    @Option(help: "Development data, CoNLL: scored after each pass.") var dev: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Passes over the training data (7 scores best on the ANERcorp dev split).") var epochs: Int = 7
    @Option(help: "Feature hash slots (a power of two); the model holds 9 Float16 weights per slot.")
    var buckets: Int = 1 << 18
    enum Algorithm: String, ExpressibleByArgument, CaseIterable {
        case perceptron, crf
    }

    @Option(help: "perceptron (averaged) or crf (linear-chain CRF, stochastic gradient with L2).")
    var algorithm: Algorithm = .perceptron
    @Option(help: "CRF only: L2 weight per sentence.") var l2: Double = 1e-4
    @Option(help: "CRF only: initial step size.") var step: Double = 0.1
    @Option(help: "Train this many models on differently shuffled data and average their weights (5: dev F1 +1.1 over one model's mean, and steadier).") var seeds: Int = 5

    func validate() throws {
        guard buckets > 0, buckets & (buckets - 1) == 0 else { throw ValidationError("--buckets must be a power of two") }
        guard epochs > 0 else { throw ValidationError("--epochs must be at least 1") }
        guard seeds > 0 else { throw ValidationError("--seeds must be at least 1") }
    }

    func run() throws {
        let trainCorpus = CoNLLCorpus(sentences: try train.flatMap { try CoNLLCorpus(contentsOf: $0).sentences })
        let devCorpus = try dev.map { try CoNLLCorpus(contentsOf: $0) }
        printError("training on \(trainCorpus.sentences.count) sentences (\(trainCorpus.tokenCount) tokens), \(epochs) passes")
        let clock = ContinuousClock()
        let start = clock.now
        func reportDev(_ label: String, _ model: NERModel) {
            guard let devCorpus else {
                printError("\(label) done")
                return
            }
            let micro = NERScore.evaluate(model, on: devCorpus).scores()
            printError(String(format: "%@: dev P %.2f R %.2f F1 %.2f", label, micro.precision * 100, micro.recall * 100, micro.f1 * 100))
        }
        let report: (Int, NERModel) -> Void = { epoch, model in reportDev(String(format: "pass %2d", epoch), model) }
        var models: [NERModel] = []
        for seed in 0..<seeds {
            let seedValue = UInt64(7 + seed * 1000)
            models.append(algorithm == .crf
                ? CRFTrainer(buckets: buckets, epochs: epochs, l2: l2, step: step, seed: seedValue).train(trainCorpus, report: report)
                : NERTrainer(buckets: buckets, epochs: epochs, seed: seedValue).train(trainCorpus, report: report))
        }
        let model = NERModel.averaging(models)
        if seeds > 1 { reportDev("average of \(seeds)", model) }
        let data = model.serialized()
        guard FileManager.default.createFile(atPath: out, contents: data) else {
            throw ValidationError("cannot write \(out)")
        }
        printError("wrote \(out) (\(data.count) bytes) in \(clock.now - start)")
    }
}
