import Foundation

extension NERModel {
    /// The entity model shipped with Rasd (`Models/ner.model`, trained by `rasd train ner` on
    /// ANERcorp's train split), loaded once per process; nil when the resource is missing.
    public static let bundled: NERModel? = {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? NERModel(serialized: data)
    }()
}

extension NERTagger {
    /// A tagger over the shipped model, shared by the whole process so that its word sums are
    /// made once.
    public static let bundled: NERTagger? = NERModel.bundled.map(NERTagger.init)
}
