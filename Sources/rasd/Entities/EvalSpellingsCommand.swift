import ArgumentParser
import Foundation
import RasdAnalysis

/// `rasd eval spellings`: how the gazetteer's transliteration fallback tells another spelling of a
/// listed name from a different name with the same key, and how identifiers of unknown names do.
struct EvalSpellingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spellings",
        abstract: "How often a spelling the gazetteer does not list joins the entry whose transliteration key it has, rightly and wrongly.",
        discussion: """
        Right joins: another spelling of the same name (two spellings of one gazetteer entry, or of one \
        GeoNames city, that share a key; each read while only the other is listed). Wrong joins: the \
        Arabic name of a GeoNames city whose key is a listed spelling of something else (an entry whose \
        Latin name is not the city's, nor within two letters of it), and a word of --words that is no \
        name (tagged O wherever it occurs) whose key is a listed spelling's. The key alone joins them all.

        Then the identifiers of names the gazetteer does not know: how many of the variant pairs share \
        one, and how many pairs of different GeoNames cities' names with one key get two.

        Example:
          rasd eval spellings --cities ../shared/data/places_geonames/cities15000_ar.tsv \
              --words ../shared/data/anercorp/train.conll --errors 20
        """
    )

    @Option(help: "GeoNames cities with Arabic names (TSV with a header; column 3 the Latin name, column 9 the Arabic ones, |-separated).")
    var cities: String
    @Option(help: "Annotated words, CoNLL (word<TAB>tag): those tagged O wherever they occur are no name.")
    var words: String?
    @Option(help: "Also print this many variants not joined and other names joined.") var errors: Int = 0

    func run() throws {
        guard let data = FileManager.default.contents(atPath: cities), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read \(cities)")
        }
        var annotated = ""
        if let words {
            guard let data = FileManager.default.contents(atPath: words), let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("cannot read \(words)")
            }
            annotated = text
        }
        let score = SpellingJoinEvaluation.evaluate(cities: text, words: annotated)
        func line(_ label: String, _ part: Int, _ whole: Int) -> String {
            label + String(format: "%6d of %6d  %6.2f %%", part, whole, whole == 0 ? 0 : Double(part) / Double(whole) * 100)
        }
        print("spellings whose transliteration key is a listed entry's")
        print(line("another spelling of it, joined (recall)      ", score.joinedVariants, score.variants.count))
        print(line("another place's name, kept apart             ", score.others.count - score.joinedOthers, score.others.count))
        if words != nil {
            print(line("a word that is no name, kept apart           ", score.words.count - score.joinedWords, score.words.count))
        }
        let joined = score.joinedVariants + score.joinedOthers + score.joinedWords
        print(line("joins that are right (precision)             ", score.joinedVariants, joined))
        let cases = score.variants.count + score.others.count + score.words.count
        print(line("the key alone: joins that are right          ", score.variants.count, cases))
        print("identifiers of names the gazetteer does not know (the key alone: one identifier for every pair)")
        print(line("two spellings of one name, one identifier    ", score.variantsWithOneIdentifier, score.variants.count))
        print(line("two cities' names with one key, two          ", score.namesakesApart, score.namesakes.count))
        guard errors > 0 else { return }
        for error in score.variants.filter({ !$0.joined }).prefix(errors) {
            print("not joined  \(error.name)  ≠  \(error.listed)  (\(error.entity))")
        }
        for error in (score.others + score.words).filter(\.joined).prefix(errors) {
            print("joined      \(error.name)  →  \(error.listed)  (\(error.entity))")
        }
        for error in score.namesakes.filter(\.oneIdentifier).prefix(errors) {
            print("one id      \(error.name)  =  \(error.listed)  (\(error.entity))")
        }
    }
}
