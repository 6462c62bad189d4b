import RasdText

/// One token as the date and quantity grammars read it: its matching key, its raw span and how it
/// is separated from the token before it.
struct GrammarToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case latin
        case number
        case punctuation
        case symbol
        case other
    }

    let kind: Kind
    /// Matching key of a word (`ألفًا` → `الفا`), the clean digits of a number (`٢٫٥` → `2.5`), the
    /// scalar of punctuation.
    let key: String
    /// Raw span of the whole token, proclitics included.
    let start: Int
    let end: Int
    /// Where the token starts in the clean view (to map a stripped proclitic to raw offsets).
    let normalizedStart: Int
    /// Whether white space separates it from the previous token; a line break, whether that space
    /// holds one.
    let spaceBefore: Bool
    let lineBreakBefore: Bool
    /// Inside page chrome (navigation, share, comments…): grammars start nothing here.
    let isChrome: Bool

    var isWord: Bool { kind == .word || kind == .latin }
}

/// A word's key with its proclitics peeled one at a time (`وبالأمس` → `بالامس` → `الامس`), each with
/// how many letters were peeled: what a lexicon lookup tries, longest form first.
struct PeeledForm: Sendable {
    let key: String
    let letters: Int
}

extension GrammarToken {
    /// `و`/`ف`, then `ب`/`ل`/`ك`, each only when at least two letters remain; `لل` also gives `ال`.
    var peeledForms: [PeeledForm] {
        guard kind == .word else { return [PeeledForm(key: key, letters: 0)] }
        var forms = [PeeledForm(key: key, letters: 0)]
        var scalars = Array(key.unicodeScalars)
        var letters = 0
        if scalars.count > 2, scalars[0] == "و" || scalars[0] == "ف" {
            scalars.removeFirst()
            letters += 1
            forms.append(PeeledForm(key: SourceText.string(from: scalars), letters: letters))
        }
        if scalars.count > 2, scalars[0] == "ب" || scalars[0] == "ل" || scalars[0] == "ك" {
            if scalars[0] == "ل", scalars[1] == "ل" {
                forms.append(PeeledForm(key: "ا" + SourceText.string(from: scalars.dropFirst()), letters: letters + 1))
            }
            scalars.removeFirst()
            letters += 1
            forms.append(PeeledForm(key: SourceText.string(from: scalars), letters: letters))
        }
        return forms
    }
}
