/// A name written after the preposition `ل` loses its article's alif: `للسعودية` is `ل` +
/// `السعودية`, and its span (the proclitic left out) reads `لسعودية`. The stores count such a
/// spelling under the spelling with the article whenever the entity is seen with that one too, so
/// that its spellings read `السعودية`, while a name that starts with `ل` (`لندن`, `لبنان`, which no
/// one writes `الندن`) keeps its own.
///
/// SQLite's store applies the rule alias by alias as it inserts (`withArticle`, `elided`: a
/// lookup only for spellings that start with `ل` or `ال`); PostgreSQL's runs `foldStatements` once
/// per batch, as both migrations do for an older store. Running the statements after every
/// document in SQLite gave the same rows but cost 6–9 % more ingest CPU, since they walk every
/// alias of each entity a document names.
public enum ArticleSpelling {
    /// `لسعودية` → `السعودية`: the spelling this one is counted under when the entity has it;
    /// nil for a spelling that does not start with `ل`.
    static func withArticle(_ alias: String) -> String? {
        alias.unicodeScalars.first == "ل" ? "ا" + alias : nil
    }

    /// `السعودية` → `لسعودية`: the spelling that is folded into this one; nil for a spelling
    /// without the article.
    static func elided(_ alias: String) -> String? {
        alias.hasPrefix("ال") && alias.unicodeScalars.count > 2 ? String(alias.unicodeScalars.dropFirst()) : nil
    }

    /// Folds, in SQL, every elided spelling of an entity into its spelling with the article (counts
    /// added, the elided row removed): the same statements on SQLite and PostgreSQL. `entities`: a
    /// placeholder for an array of the entities to fold (PostgreSQL's `ANY`), else all of them.
    public static func foldStatements(entities: String? = nil) -> [String] {
        let only = entities.map { " AND aliases.entity = ANY(\($0))" } ?? ""
        return [
            """
            UPDATE aliases SET count = count + (SELECT e.count FROM aliases e WHERE e.entity = aliases.entity AND e.alias = substr(aliases.alias, 2))
            WHERE alias LIKE 'ال%' AND EXISTS (SELECT 1 FROM aliases e WHERE e.entity = aliases.entity AND e.alias = substr(aliases.alias, 2))
            """ + only,
            """
            DELETE FROM aliases WHERE alias LIKE 'ل%' AND EXISTS (SELECT 1 FROM aliases a WHERE a.entity = aliases.entity AND a.alias = 'ا' || aliases.alias)
            """ + only,
        ]
    }
}
