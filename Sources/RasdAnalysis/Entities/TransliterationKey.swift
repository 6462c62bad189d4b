import RasdText
import Synchronization

/// One key per name however Arabic transliterates it, and the stable identifier of an entity the
/// gazetteer does not know. `سيرغي لافروف` and `سيرجي لافروف`, `بيونغ يانغ` and `بيونج يانج`, `كيم جونغ
/// أون` and `كيم جونج اون` each make one key; `لافروف` and `بوتين`, `جون كيري` and `جون كيربي` do not.
///
///     TransliterationKey.key("سيرجي لافروف")                 // "سرغلفرف"
///     TransliterationKey.identifier("بيونغ يانغ", type: "GPE")  // "gpe:bngng"
///
/// The key starts from the matching level (`ArabicNormalizer.matchingKey`: diacritics dropped,
/// `أ إ آ ٱ → ا`, `ى → ي`, `ة → ه`, `ؤ → و`, `ئ → ي`, Latin lower-cased), then:
///
/// | Fold | Key | Why | Example |
/// |---|---|---|---|
/// | `غ ج ك ق گ ڨ ڭ ݣ ژ` | `غ` | g is written with all of them (Egyptian ج, Gulf ق, Maghrebi ڨ, Persian گ) | `سيرغي` = `سيرجي` = `سيرگي` |
/// | `ف ڤ ڥ` | `ف` | v | `ڤاغنر` = `فاغنر` |
/// | `پ` | `ب` | p | `پوتين` = `بوتين` |
/// | `ت ط ث` | `ت` | t, and th | `بوتين` = `بوطين`, `ثاتشر` = `تاتشر` |
/// | `س ص` | `س` | s | `سيول` = `صيول` |
/// | `ز ذ ظ ض` | `ز` | z; Persian says z for all four; `ض`/`ظ` are confused | `أذربيجان` = `أزربيجان`, `رمضان` = `رمزان` |
/// | `چ`, `تش` | `ش` | ch | `تشيني` = `شيني` |
/// | `ء` | — | hamza on the line, written or not | `صنعاء` = `صنعا` |
/// | `ال` opening a name | — | the article, and a long vowel after it (`ال` also opens `أليكسي`) | `البنتاغون` = `بنتاغون`, `أليكسي` = `ألكسي` |
/// | `ه` (`ة`) ending a word | `ا` | final -a | `سورية` = `سوريا` |
/// | `ا و ي` inside a name | — | long vowels are written or not (`يونغ` = `يونج` = `يونق`, `ديمتري` = `دميتري`) | `نتانياهو` = `نتنياهو` |
/// | `ا و ي` first or last | kept | the only trace of an initial or final vowel: `إيران` is not `ران`, `كيري` not `كير` | `سيرجى` = `سيرجي` |
/// | spaces, hyphens, dots, zero-width non-joiner | — | names are spaced and joined freely | `بيونغ يانغ` = `بيونغيانغ`, `خامنه‌ای` = `خامنئي` |
/// | a letter twice in a row | once | doubling is written or not | `تيلرسون` = `تيللرسون`, `غوغل` = `جوجل` = `جوغل` |
///
/// Not folded, on purpose: `ه ح خ` stay three letters (foreign h is `ه`; `ح` and `خ` mark Arabic names:
/// `حمدان` is not `همدان`), `ع` stays (`يعالون`), `د` is not `ز`, `س` is not `ز` (so `شولتس` and
/// `شولتز` stay two keys), `ش` is not `س`. The article is dropped only at the start of a name, so a
/// compound spaced or joined keeps one key (`عبد الله` = `عبدالله`, `حزب الله` = `حزبالله`).
///
/// Vowels are what tell short names apart, so dropping them merges a few: `عمان` = `عمّان` (Oman and
/// Amman), `كيم` = `قم`, `حماس` = `حمص`, `كيري` = `كوري`, `جون` = `جوان`. The type in the identifier
/// parts most of them (`per:gm`, `gpe:gm`); the gazetteer, which is asked first, knows the rest.
enum TransliterationKey {
    /// The key of a name: its folded consonant skeleton, without spaces (table above).
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(skeleton(of: name)))
    }

    /// `key(_:)`, remembered for the process: news names the same people again and again.
    static func rememberedKey(_ name: String) -> String {
        let spelling = Spelling(text: name)
        if let key = remembered.withLock({ $0[spelling] }) { return key }
        let key = key(name)
        remembered.withLock { table in
            if table.count >= 200_000 { table.removeAll(keepingCapacity: true) }
            table[spelling] = key
        }
        return key
    }

    private static let remembered = Mutex<[Spelling: String]>([:])

    /// A name or key as its UTF-8 bytes: hashed and compared without the Unicode normalization a
    /// `String` key costs on every lookup. Keys are made at one normalization (matching level), and
    /// a name remembered twice in two normalizations is harmless.
    struct Spelling: Hashable, Sendable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (left: Spelling, right: Spelling) -> Bool {
            left.text.utf8.elementsEqual(right.text.utf8)
        }
    }

    /// The identifier of an entity the gazetteer does not know: the lower-cased type, a colon and the
    /// key romanized, `[a-z0-9:-]` only. Every spelling of a name gets the same identifier, two keys
    /// without Latin letters never share one (Latin is copied, so `BND` meets `بند`), and the colon
    /// keeps it apart from the gazetteer's own (`sergey-lavrov`).
    ///
    ///     TransliterationKey.identifier("سيرغي لافروف", type: "PER")   // "per:srglfrf"
    ///     TransliterationKey.identifier("حزب الله", type: "ORG")      // "org:7zbla"
    static func identifier(_ name: String, type: String) -> String {
        typePrefix(type) + ":" + romanized(skeleton(of: name))
    }

    /// The identifier of a name whose key (`key(_:)`) is already made.
    static func identifier(key: String, type: String) -> String {
        typePrefix(type) + ":" + romanized(Array(key.unicodeScalars))
    }

    // MARK: - The key

    /// The key as scalars.
    static func skeleton(of name: String) -> [Unicode.Scalar] {
        // Persian parts `خامنه‌ای` with a zero-width non-joiner, which the normalizer drops: a space here.
        let spaced = name.unicodeScalars.map { $0 == "\u{200C}" ? " " : $0 }
        let matching = Array(ArabicNormalizer.matchingKey(spaced).unicodeScalars)
        var letters: [Unicode.Scalar] = []
        var startsWithArticle = false
        for (index, written) in matching.split(whereSeparator: { !isWordScalar($0) }).enumerated() {
            var word = written.compactMap(foldedLetter)
            if index == 0, word.count >= 4, word[0] == "ا", word[1] == "ل" {
                word.removeFirst(2)
                startsWithArticle = true
            }
            word = foldingCh(word)
            if word.count >= 2, word.last == "ه" { word[word.count - 1] = "ا" }
            // A letter written twice is written once (`تيللرسون`); spaces do not part them, so a name
            // spaced and joined agree. Letters a dropped vowel parts stay two (`جيك` is not `جي`).
            for letter in word where letter != letters.last { letters.append(letter) }
        }
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(letters.count)
        for (index, letter) in letters.enumerated() {
            if isLongVowel(letter) {
                let isFirst = index == 0 && !startsWithArticle
                guard isFirst || index == letters.count - 1 else { continue }
            }
            key.append(letter)
        }
        return key
    }

    /// The key letter of a matching-level letter (the letter itself when no fold names it), or nil for
    /// the hamza on the line.
    static func foldedLetter(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
        switch letter {
        case "غ", "ج", "ك", "ق", "گ", "ڨ", "ڭ", "ݣ", "ژ": "غ"
        case "ف", "ڤ", "ڥ": "ف"
        case "پ": "ب"
        case "ت", "ط", "ث": "ت"
        case "س", "ص": "س"
        case "ز", "ذ", "ظ", "ض": "ز"
        case "چ": "ش"
        case "ء": nil
        default: letter
        }
    }

    /// `تش` (ch) is `ش`: `تشيني` = `شيني`, `تاتشر` = `تاشر`.
    private static func foldingCh(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard word.count >= 2 else { return word }
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(word.count)
        for (index, letter) in word.enumerated() {
            if letter == "ت", index + 1 < word.count, word[index + 1] == "ش" { continue }
            folded.append(letter)
        }
        return folded
    }

    private static func isLongVowel(_ letter: Unicode.Scalar) -> Bool {
        letter == "ا" || letter == "و" || letter == "ي"
    }

    /// Letters and digits make words; everything else (spaces, hyphens, dots, quotes) parts them.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch ScalarKind(scalar) {
        case .arabicLetter, .latinLetter, .otherLetter, .digit: true
        default: false
        }
    }

    // MARK: - The identifier

    /// The key in ASCII, one code per key letter, as Arabic chat writes it:
    ///
    /// | Key | ASCII | | Key | ASCII | | Key | ASCII |
    /// |---|---|---|---|---|---|---|---|
    /// | `ا` | `a` | | `د` | `d` | | `غ` | `g` |
    /// | `و` | `w` first, `o` last | | `ر` | `r` | | `ف` | `f` |
    /// | `ي` | `y` first, `i` last | | `ز` | `z` | | `ل م ن` | `l m n` |
    /// | `ب` | `b` | | `س` | `s` | | `ه` | `h` |
    /// | `ت` | `t` | | `ش` | `sh` | | Latin | itself |
    /// | `ح` | `7` | | `ع` | `3` | | digits | `-` and the digits |
    /// | `خ` | `kh` | | | | | other | `u` and its hex code |
    ///
    /// A hyphen keeps the reading unique: it opens a number and closes it before a letter
    /// (`إف 16` → `af-16`, so `16` is never `ع` or `ح`), closes an `u` code, and parts `س` from a
    /// following `ه` (`s-h`, which is not `sh`). An empty key is `-`.
    static func romanized(_ key: [Unicode.Scalar]) -> String {
        guard !key.isEmpty else { return "-" }
        var ascii = ""
        var closeBeforeNext = false
        var previous: Unicode.Scalar?
        for (index, letter) in key.enumerated() {
            defer { previous = letter }
            if ("0"..."9").contains(letter) {
                if previous.map({ ("0"..."9").contains($0) }) != true { ascii += "-" }
                ascii.unicodeScalars.append(letter)
                closeBeforeNext = true
                continue
            }
            if closeBeforeNext || (letter == "ه" && previous == "س") { ascii += "-" }
            closeBeforeNext = false
            if let code = asciiCode(of: letter, first: index == 0) {
                ascii += code
            } else {
                ascii += "u" + String(letter.value, radix: 16)
                closeBeforeNext = true
            }
        }
        return ascii
    }

    private static func asciiCode(of letter: Unicode.Scalar, first: Bool) -> String? {
        switch letter {
        case "ا": "a"
        case "و": first ? "w" : "o"
        case "ي": first ? "y" : "i"
        case "ب": "b"
        case "ت": "t"
        case "ح": "7"
        case "خ": "kh"
        case "د": "d"
        case "ر": "r"
        case "ز": "z"
        case "س": "s"
        case "ش": "sh"
        case "ع": "3"
        case "غ": "g"
        case "ف": "f"
        case "ل": "l"
        case "م": "m"
        case "ن": "n"
        case "ه": "h"
        case "a"..."z": String(letter)
        default: nil
        }
    }

    /// `PER` → `per`: ASCII letters lower-cased, digits and hyphens kept, the rest dropped; `ent`
    /// when nothing is left.
    private static func typePrefix(_ type: String) -> String {
        var prefix = String.UnicodeScalarView()
        for scalar in type.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-": prefix.append(scalar)
            case "A"..."Z": prefix.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            default: continue
            }
        }
        return prefix.isEmpty ? "ent" : String(prefix)
    }
}
