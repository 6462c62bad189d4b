import RasdText

/// Finds what happened: meetings, visits, agreements, transfers and deployments from their
/// triggers, with participants (entity identifiers), place and date; and each attributed
/// statement as a `statement` event of its speaker. Fills `events`.
public struct EventStage: Stage {
    public let name = "events"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let mentions = analysis.sharedMentionIndex()
        let text = mentions.text
        let reader = EventReader(mentions: mentions, dates: analysis.dates, quantities: analysis.quantities,
                                 attributions: analysis.attributions)
        var events: [(start: Int, event: Event)] = []
        for found in reader.read(sentences: mentions.sentences) {
            let start = text.rawStart(of: found.trigger, peeling: found.peeled)
            let end = text[found.trigger].end
            events.append((start, Event(type: found.type, trigger: SpanText(start: start, end: end, text: text.text(start, end)),
                                        participants: found.participants, place: found.place, date: found.date)))
        }
        for attribution in analysis.attributions {
            guard let speaker = attribution.speaker?.entity else { continue }
            let sentence = mentions.sentence(containing: attribution.cue.start)
            events.append((attribution.cue.start, Event(type: "statement", trigger: attribution.cue, participants: [speaker],
                                                        place: nil, date: sentence.flatMap(reader.date(in:)))))
        }
        analysis.events = events.sorted { $0.start < $1.start }.map(\.event)
    }
}
