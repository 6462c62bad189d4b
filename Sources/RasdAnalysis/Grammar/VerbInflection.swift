/// The third-person forms of a verb that news writes, from its masculine singular past and
/// present: the lexicons of reporting cues and event triggers list two forms per verb and read
/// every inflection, each with how it agrees with its subject.
enum VerbInflection {
    /// `قال` → قال قالت قالوا قالا قالتا; `نفى` → نفى نفت نفوا نفيا نفتا.
    static func pastForms(_ past: String) -> [(String, Agreement)] {
        if past.hasSuffix("ى") {
            let stem = String(past.dropLast())
            return [(past, .masculine), (stem + "ت", .feminine), (stem + "وا", .plural), (stem + "يا", .dual), (stem + "تا", .dual)]
        }
        return [(past, .masculine), (past + "ت", .feminine), (past + "وا", .plural), (past + "ا", .dual), (past + "تا", .dual)]
    }

    /// `يقول` → يقول تقول يقولون يقولان; `ينفي` → ينفي تنفي ينفون ينفيان; `يرى` → يرى ترى يرون يريان.
    static func presentForms(_ present: String) -> [(String, Agreement)] {
        let feminine = "ت" + present.dropFirst()
        if present.hasSuffix("ي") || present.hasSuffix("ى") {
            let stem = String(present.dropLast())
            return [(present, .masculine), (feminine, .feminine), (stem + "ون", .plural), (stem + "يان", .dual)]
        }
        return [(present, .masculine), (feminine, .feminine), (present + "ون", .plural), (present + "ان", .dual)]
    }
}
