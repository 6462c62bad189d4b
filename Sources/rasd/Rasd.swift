import ArgumentParser

@main
struct Rasd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rasd",
        abstract: "Rasd (رصد): a sourced record of who, when, how many and who said what in Arabic news.",
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, IngestCommand.self, ReanalyzeCommand.self, SearchCommand.self, EntitiesCommand.self, EntityCommand.self, GraphCommand.self, ClaimsCommand.self, TimelineCommand.self, DuplicatesCommand.self, ExportCommand.self, ServeCommand.self, TrainCommand.self, EvalCommand.self]
    )
}
