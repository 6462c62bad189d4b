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
