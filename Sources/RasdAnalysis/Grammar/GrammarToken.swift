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
    let key: WordKey
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
    /// The key with its proclitics peeled, longest first (made once per token).
    let peeledForms: PeeledForms

    var isWord: Bool { kind == .word || kind == .latin }
}

/// A word's key with its proclitics peeled one at a time (`وبالأمس` → `بالامس` → `الامس`), each with
/// how many letters were peeled: what a lexicon lookup tries, longest form first.
struct PeeledForm: Sendable {
    let key: WordKey
    let letters: Int
}

extension PeeledForm {
    /// `و`/`ف`, then `ب`/`ل`/`ك`, each only when at least two letters remain; `لل` also gives `ال`.
    static func forms(of key: WordKey, kind: GrammarToken.Kind) -> PeeledForms {
        var forms = PeeledForms(PeeledForm(key: key, letters: 0))
        guard kind == .word, key.isRepresentable else { return forms }
        var rest = key
        var letters = 0
        if rest.count > 2, rest.has("و", at: 0) || rest.has("ف", at: 0) {
            rest = rest.dropping(1)
            letters += 1
            forms.append(PeeledForm(key: rest, letters: letters))
        }
        if rest.count > 2, rest.has("ب", at: 0) || rest.has("ل", at: 0) || rest.has("ك", at: 0) {
            if rest.has("ل", at: 0), rest.has("ل", at: 1) {
                forms.append(PeeledForm(key: rest.dropping(1).prepending("ا"), letters: letters + 1))
            }
            rest = rest.dropping(1)
            letters += 1
            forms.append(PeeledForm(key: rest, letters: letters))
        }
        return forms
    }
}

/// A token's peeled forms, at most four, held inline (no allocation per token).
struct PeeledForms: RandomAccessCollection, Sendable {
    private var first: PeeledForm
    private var second: PeeledForm?
    private var third: PeeledForm?
    private var fourth: PeeledForm?
    private(set) var endIndex = 1

    init(_ form: PeeledForm) { first = form }

    var startIndex: Int { 0 }

    subscript(position: Int) -> PeeledForm {
        switch position {
        case 0: first
        case 1: second!
        case 2: third!
        default: fourth!
        }
    }

    mutating func append(_ form: PeeledForm) {
        switch endIndex {
        case 1: second = form
        case 2: third = form
        case 3: fourth = form
        default: return
        }
        endIndex += 1
    }
}
