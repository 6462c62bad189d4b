import RasdText

/// Institutions and places named after a person: `مركز الملك سلمان للإغاثة`, `مطار الملك خالد`,
/// `مستشفى الملك فهد`, `جامعة الأمير سلطان`, `شارع الملك فهد`. The name there is the
/// institution's or the street's, not a mention of the person: the relief centre's spokesman is
/// not King Salman's, and a patient taken to King Fahd's hospital tells nothing of King Fahd.
enum Eponyms {
    /// Head words that take a person's name as their own, at matching level, with what the whole
    /// names: `ORG` for an institution or a facility (a mention of it is kept), nil for a street,
    /// road, square or quarter (the person's mention is dropped, and nothing put in its place).
    static let heads: [WordKey: String?] = [
        "مركز": "ORG", "جامعه": "ORG", "مستشفي": "ORG", "مستوصف": "ORG", "كرسي": "ORG", "جايزه": "ORG",
        "موسسه": "ORG", "مجمع": "ORG", "مكتبه": "ORG", "معهد": "ORG", "كليه": "ORG", "مدرسه": "ORG",
        "داره": "ORG", "مطار": "ORG", "ميناء": "ORG", "قاعده": "ORG", "ملعب": "ORG", "استاد": "ORG",
        "ستاد": "ORG", "مسجد": "ORG", "جسر": "ORG", "قاعه": "ORG", "مدينه": "ORG",
        "شارع": nil, "طريق": nil, "ميدان": nil, "حي": nil, "دوار": nil,
    ]

    /// The head word before a person's span that starts at token `start` — right before it, or
    /// before one title word (`مطار الملك خالد`, where the span is `خالد`) — with what it names,
    /// or nil. `first` is the sentence's first token. A proclitic on the head is allowed (`لمركز`):
    /// `peeled` is how many letters it has.
    static func head(before start: Int, from first: Int, in text: GrammarText) -> (index: Int, peeled: Int, type: String?)? {
        var position = start - 1
        for _ in 0..<2 {
            guard position >= first, text[position].kind == .word else { return nil }
            for form in text[position].peeledForms {
                if let type = heads[form.key] { return (position, form.letters, type) }
            }
            // A title between the head and the name (`الملك`, `الأمير`, `الشيخ`).
            guard text[position].peeledForms.contains(where: { NERTriggers.trigger(key: $0.key) == 0x31 }) else { return nil }
            position -= 1
        }
        return nil
    }
}
