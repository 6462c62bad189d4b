import RasdAnalysis

/// `rasd-benchmark reporting --input FILE.jsonl [--passes N] [--documents N]`: the speed of the
/// attribution, event and claim stages together on one core. Every stage they read (chrome,
/// metadata, sentences, entities, dates, quantities) runs before the clock starts. Prints one JSON
/// line: words/s and documents/s (median of the passes), the fastest pass, and what was found.
enum ReportingBenchmark {
    static func run(_ arguments: [String]) {
        let options = StageBenchmark.options(arguments, usage: "usage: rasd-benchmark reporting --input FILE.jsonl [--passes N] [--documents N]")
        let measured: [any Stage] = [AttributionStage(), EventStage(), ClaimStage()]
        let prepare = AnalysisPipeline(stages: AnalysisPipeline.standard.stages.filter { stage in
            !measured.contains { type(of: $0) == type(of: stage) }
        })
        let prepared = TimeBenchmark.readDocuments(options.input).prefix(options.limit).map { prepare.run($0) }
        let timed = StageBenchmark.time(measured, over: prepared, passes: options.passes) { analysis in
            ["attributions": analysis.attributions.count, "events": analysis.events.count, "claims": analysis.claims.count]
        }
        StageBenchmark.report(mode: "reporting", documents: prepared, passes: options.passes, seconds: timed.seconds, counts: timed.counts)
    }
}
