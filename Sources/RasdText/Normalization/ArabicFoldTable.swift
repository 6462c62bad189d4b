/// Every fold Rasd's normalizer applies, in one table. A fold maps one raw scalar to nothing, one
/// scalar or (presentation-form ligatures only) several, so every normalized scalar comes from
/// exactly one raw scalar and the offset map stays exact. Folds of a level apply at every higher
/// level too; a fold's output is folded again by the folds of higher levels (`ﺃ` → `أ` → `ا`).
public enum ArabicFoldTable {
    public enum Action: Sendable, Equatable {
        /// Remove the scalar from the normalized view.
        case drop
        /// Replace it with one scalar.
        case replace(Unicode.Scalar)
        /// Replace a run `first...` with the run starting at `target` (digit systems, case).
        case shiftRange(to: Unicode.Scalar)
        /// Unicode compatibility decomposition (NFKC) of the scalar: presentation forms.
        case compatibility
    }

    public struct Fold: Sendable {
        public let scalars: ClosedRange<UInt32>
        public let level: NormalizationLevel
        public let action: Action
        public let why: String
    }

    private static func fold(_ first: UInt32, _ last: UInt32? = nil, _ level: NormalizationLevel,
                             _ action: Action, _ why: String) -> Fold {
        Fold(scalars: first...(last ?? first), level: level, action: action, why: why)
    }

    /// The table. Order matters only where ranges overlap: the first fold that covers a scalar wins.
    public static let folds: [Fold] = [
        // clean: invisible characters that scraping and word processors leave inside words.
        fold(0x0640, nil, .clean, .drop, "tatweel ـ (kashida), stretches a word: الـرئيس = الرئيس"),
        fold(0x200B, 0x200D, .clean, .drop, "zero-width space, non-joiner, joiner"),
        fold(0x2060, nil, .clean, .drop, "word joiner"),
        fold(0xFEFF, nil, .clean, .drop, "byte-order mark / zero-width no-break space"),
        fold(0x200E, 0x200F, .clean, .drop, "left-to-right and right-to-left marks"),
        fold(0x061C, nil, .clean, .drop, "Arabic letter mark (bidi)"),
        fold(0x202A, 0x202E, .clean, .drop, "bidi embeddings and overrides"),
        fold(0x2066, 0x2069, .clean, .drop, "bidi isolates"),
        fold(0x00AD, nil, .clean, .drop, "soft hyphen"),
        fold(0x034F, nil, .clean, .drop, "combining grapheme joiner"),
        // clean: presentation forms (contextual glyphs some PDFs and old sites emit) to letters.
        fold(0xFB50, 0xFDFF, .clean, .compatibility, "Arabic presentation forms-A: ﻻ ﷲ and contextual glyphs"),
        fold(0xFE70, 0xFEFC, .clean, .compatibility, "Arabic presentation forms-B: ﺍ ﺃ ﻼ …"),
        // clean: Persian and Urdu letters that Arabic pages carry from other keyboards.
        fold(0x06A9, nil, .clean, .replace("\u{0643}"), "Persian keheh ک → kaf ك"),
        fold(0x06CC, nil, .clean, .replace("\u{064A}"), "Farsi yeh ی → yeh ي"),
        fold(0x06D0, nil, .clean, .replace("\u{064A}"), "Pashto/Uyghur yeh ې → yeh ي"),
        fold(0x06CD, nil, .clean, .replace("\u{064A}"), "yeh with tail ۍ → yeh ي"),
        fold(0x06C1, nil, .clean, .replace("\u{0647}"), "Urdu heh goal ہ → heh ه"),
        fold(0x06BE, nil, .clean, .replace("\u{0647}"), "Urdu heh doachashmee ھ → heh ه"),
        fold(0x06C0, nil, .clean, .replace("\u{0647}"), "heh with yeh above ۀ → heh ه"),
        // clean: digits of every Arabic-script system to ASCII, so numbers parse one way.
        fold(0x0660, 0x0669, .clean, .shiftRange(to: "0"), "Arabic-Indic digits ٠–٩ → 0–9"),
        fold(0x06F0, 0x06F9, .clean, .shiftRange(to: "0"), "Persian digits ۰–۹ → 0–9"),
        fold(0xFF10, 0xFF19, .clean, .shiftRange(to: "0"), "full-width digits → 0–9"),
        // clean: punctuation unified for detection (sentence ends, quotations, numbers).
        fold(0x060C, nil, .clean, .replace(","), "Arabic comma ، → ,"),
        fold(0x061B, nil, .clean, .replace(";"), "Arabic semicolon ؛ → ;"),
        fold(0x061F, nil, .clean, .replace("?"), "Arabic question mark ؟ → ?"),
        fold(0x06D4, nil, .clean, .replace("."), "Arabic full stop ۔ → ."),
        fold(0x066A, nil, .clean, .replace("%"), "Arabic percent sign ٪ → %"),
        fold(0x066B, nil, .clean, .replace("."), "Arabic decimal separator ٫ → ."),
        fold(0x066C, nil, .clean, .replace(","), "Arabic thousands separator ٬ → ,"),
        fold(0x201C, 0x201F, .clean, .replace("\""), "double quotation marks “ ” „ ‟ → \""),
        fold(0x00AB, nil, .clean, .replace("\""), "left guillemet « → \""),
        fold(0x00BB, nil, .clean, .replace("\""), "right guillemet » → \""),
        fold(0x301D, 0x301E, .clean, .replace("\""), "double prime quotation marks 〝 〞 → \""),
        fold(0xFF02, nil, .clean, .replace("\""), "full-width quotation mark ＂ → \""),
        fold(0x2018, 0x201B, .clean, .replace("'"), "single quotation marks ‘ ’ ‚ ‛ → '"),
        fold(0x2039, 0x203A, .clean, .replace("'"), "single guillemets ‹ › → '"),
        // clean: exotic spaces to a plain space.
        fold(0x00A0, nil, .clean, .replace(" "), "no-break space → space"),
        fold(0x2000, 0x200A, .clean, .replace(" "), "en/em/thin/hair spaces → space"),
        fold(0x202F, nil, .clean, .replace(" "), "narrow no-break space → space"),
        fold(0x205F, nil, .clean, .replace(" "), "medium mathematical space → space"),
        fold(0x3000, nil, .clean, .replace(" "), "ideographic space → space"),
        // matching: diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks).
        fold(0x064B, 0x065F, .matching, .drop, "harakat, tanween, shadda, sukun, hamza marks: مُحَمَّد = محمد"),
        fold(0x0670, nil, .matching, .drop, "superscript (dagger) alef"),
        fold(0x06D6, 0x06DC, .matching, .drop, "Quranic annotation marks"),
        fold(0x06DF, 0x06E8, .matching, .drop, "Quranic annotation marks"),
        fold(0x06EA, 0x06ED, .matching, .drop, "Quranic annotation marks"),
        // matching: letters writers use interchangeably.
        fold(0x0622, 0x0623, .matching, .replace("\u{0627}"), "alef with madda آ, with hamza above أ → alef ا"),
        fold(0x0625, nil, .matching, .replace("\u{0627}"), "alef with hamza below إ → alef ا"),
        fold(0x0671, nil, .matching, .replace("\u{0627}"), "alef wasla ٱ → alef ا"),
        fold(0x0649, nil, .matching, .replace("\u{064A}"), "alef maqsura ى → yeh ي"),
        fold(0x0629, nil, .matching, .replace("\u{0647}"), "ta marbuta ة → heh ه"),
        fold(0x0624, nil, .matching, .replace("\u{0648}"), "waw with hamza ؤ → waw و"),
        fold(0x0626, nil, .matching, .replace("\u{064A}"), "yeh with hamza ئ → yeh ي"),
        // matching: Latin case, so `KCNA` and `kcna` are one lexicon key.
        fold(0x0041, 0x005A, .matching, .shiftRange(to: "a"), "Latin capitals A–Z → a–z"),
    ]
}
