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
/// Vowels are what tell short names and Arabic names apart, so dropping them merges some: `عمان` =
/// `عمّان` (Oman and Amman), `كيم` = `قم`, `حماس` = `حمص`, `كيري` = `كوري`, `جون` = `جوان`, `حسن` =
/// `حسين`. The gazetteer, which is asked first, knows the famous ones, and a spelling it does not
/// list joins one of its entries only as a variant of it (`isVariant`). The identifier of an
/// entity it does not know is made of `identityKey`, which keeps the vowels of short and Arabic
/// names (`per:7sn` for `حسن`, `per:7sin` for `حسين`), and a type (`per:gim`, `gpe:gm`).
enum TransliterationKey {
    /// The key of a name: its folded consonant skeleton, without spaces (table above).
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(skeleton(of: name)))
    }

    /// The key that names an entity the gazetteer does not know: `key(_:)`, but with the long
    /// vowels of an Arabic name kept, since in Arabic names they are what tell names apart and are
    /// not spelled otherwise (`حسن` and `حسين`, `محمد` and `محمود`, `سعد`, `سعود` and `سعيد` are
    /// different people). A name is Arabic for this when it has `ح` or `ع`, or three consonants
    /// or fewer (`جمال`, `جميل`; `خالد`, `خلود`; also `جون`, John, and `جان`, Jean); the key's
    /// vowel folding stays for the rest, where transliterations differ (`ديمتري ميدفيديف` =
    /// `دميتري مدفيديف`).
    ///
    ///     TransliterationKey.identityKey("حسين")            // "حسين"
    ///     TransliterationKey.identityKey("سيرجي لافروف")    // "سرغلفرف", as key(_:)
    static func identityKey(_ name: String) -> String {
        String(String.UnicodeScalarView(skeleton(of: name, keepingArabicVowels: true)))
    }

    /// `key(_:)` and `identityKey(_:)`, remembered for the process: news names the same people
    /// again and again.
    static func rememberedKeys(_ name: String) -> Keys {
        let spelling = Spelling(text: name)
        if let keys = remembered.withLock({ $0[spelling] }) { return keys }
        let spelled = spelled(name)
        let keys = Keys(lookup: String(String.UnicodeScalarView(skeleton(of: spelled, keepingArabicVowels: false))),
                        identity: String(String.UnicodeScalarView(skeleton(of: spelled, keepingArabicVowels: true))))
        remembered.withLock { table in
            if table.count >= 200_000 { table.removeAll(keepingCapacity: true) }
            table[spelling] = keys
        }
        return keys
    }

    /// A name's two keys: the one the gazetteer is searched by, and the one its identifier is made of.
    struct Keys: Sendable {
        let lookup: String
        let identity: String
    }

    private static let remembered = Mutex<[Spelling: Keys]>([:])

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
    /// identity key (`identityKey(_:)`) romanized, `[a-z0-9:-]` only. Every spelling of a name gets
    /// the same identifier, two keys without Latin letters never share one (Latin is copied, so
    /// `BND` meets `بند`), and the colon keeps it apart from the gazetteer's own (`sergey-lavrov`).
    ///
    ///     TransliterationKey.identifier("سيرغي لافروف", type: "PER")   // "per:srglfrf"
    ///     TransliterationKey.identifier("حزب الله", type: "ORG")      // "org:7zbala"
    static func identifier(_ name: String, type: String) -> String {
        typePrefix(type) + ":" + romanized(skeleton(of: name, keepingArabicVowels: true))
    }

    /// The identifier of a name whose identity key (`identityKey(_:)`) is already made.
    static func identifier(key: String, type: String) -> String {
        typePrefix(type) + ":" + romanized(Array(key.unicodeScalars))
    }

    // MARK: - The key

    /// The key as scalars; with `keepingArabicVowels`, the identity key (`identityKey(_:)`).
    static func skeleton(of name: String, keepingArabicVowels: Bool = false) -> [Unicode.Scalar] {
        skeleton(of: spelled(name), keepingArabicVowels: keepingArabicVowels)
    }

    /// The key of a name already spelled (`spelled(_:)`), as scalars.
    static func skeleton(of spelled: SpelledName, keepingArabicVowels: Bool) -> [Unicode.Scalar] {
        let letters = spelled.folded
        if keepingArabicVowels, spelled.inArabicWord.contains(true) || letters.count { !isLongVowel($0) } <= 3 {
            return letters
        }
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(letters.count)
        for (index, letter) in letters.enumerated() {
            if isLongVowel(letter) {
                let isFirst = index == 0 && !spelled.startsWithArticle
                guard isFirst || index == letters.count - 1 else { continue }
            }
            key.append(letter)
        }
        return key
    }

    /// A name's letters as the key reads them, before the long vowels inside it are dropped: the
    /// article opening it gone, `تش` as `ش`, final `ه` as `ا`, a doubled letter once; each letter
    /// as written (matching level) and as folded, and whether its word has `ح` or `ع` (an Arabic
    /// word, whose vowels tell names apart: `محمد`, `محمود`).
    struct SpelledName: Sendable, Equatable {
        var written: [Unicode.Scalar] = []
        var folded: [Unicode.Scalar] = []
        var inArabicWord: [Bool] = []
        var startsWithArticle = false
        var words = 0
        /// Every letter as written (matching level), the article and doubled letters too, without
        /// the hamza on the line: what a short name is compared by.
        var plain: [Unicode.Scalar] = []
    }

    /// A letter as written (matching level) and as the key folds it.
    typealias WrittenLetter = (written: Unicode.Scalar, folded: Unicode.Scalar)

    static func spelled(_ name: String) -> SpelledName {
        // Persian parts `خامنه‌ای` with a zero-width non-joiner, which the normalizer drops: a space here.
        let spaced = name.unicodeScalars.map { $0 == "\u{200C}" ? " " : $0 }
        let matching = Array(ArabicNormalizer.matchingKey(spaced).unicodeScalars)
        var spelled = SpelledName()
        var words = matching.split(whereSeparator: { !isWordScalar($0) })
        // Persian `ـه ای` (`خامنه‌ای`) is Arabic `ـئي` (`خامنئي`).
        for index in words.indices.dropFirst() where words[index].elementsEqual("اي".unicodeScalars) && words[index - 1].last == "ه" {
            words[index - 1] = words[index - 1].dropLast()
            words[index] = words[index].dropFirst()
        }
        for (index, written) in words.enumerated() {
            // `ابن` inside a name is `بن` (`محمد ابن سلمان`).
            let written = index > 0 && written.elementsEqual("ابن".unicodeScalars) ? written.dropFirst() : written
            spelled.words += 1
            spelled.plain += written.filter { $0 != "ء" }
            var word: [WrittenLetter] = written.compactMap { letter in foldedLetter(letter).map { (letter, $0) } }
            if index == 0, word.count >= 4, word[0].folded == "ا", word[1].folded == "ل" {
                word.removeFirst(2)
                spelled.startsWithArticle = true
            }
            word = foldingCh(word)
            if word.count >= 2, word[word.count - 1].folded == "ه" { word[word.count - 1] = ("ا", "ا") }
            // A letter written twice is written once (`تيللرسون`); spaces do not part them, so a name
            // spaced and joined agree. Letters a dropped vowel parts stay two (`جيك` is not `جي`).
            let isArabic = word.contains { $0.written == "ح" || $0.written == "ع" }
            for letter in word where letter.folded != spelled.folded.last {
                spelled.written.append(letter.written)
                spelled.folded.append(letter.folded)
                spelled.inArabicWord.append(isArabic)
            }
        }
        return spelled
    }

    /// Whether a name the gazetteer does not list can be another spelling of one it lists with the
    /// same key, whose Latin name is `latin`. The key folds letters and drops long vowels, so it also
    /// joins native names to foreign ones they are not (`جازان` to Kazan's `قازان`, `الجبيل` to
    /// Kabul's `كابول`, `سامي` to Sumy's `سومي`). A variant spelling:
    ///
    /// - writes g as `غ`, `ج`, `ق` or `ك` where the listed one writes another of them only in a name
    ///   with a g (`انكلترا` = `انجلترا`, England; `جازان` is not `قازان`, Kazan; `غدا` is not `جدة`);
    /// - differs in long vowels and the article by at most one in a name of six to eight letters
    ///   (`نتانياهو`), two in nine to twelve (`بيرمنجهام`), and so on; it may be spaced otherwise
    ///   (`بيونغيانغ`, `عبد الفتاح`);
    /// - changes no vowel in a word with `ح` or `ع`, whose vowels tell Arabic names apart (`محمد
    ///   عباس` is not `محمود عباس`; `ميشال عون` is `ميشيل عون`);
    /// - in a name of five letters or fewer, is the same letters, spaced the same, but for letters
    ///   Arabic lacks (`ڤ` `گ` `پ` `چ`) and a g as `غ` or `ج` (`ريغا` = `ريجا`, Riga): a vowel, a
    ///   doubled letter or `ص` for `س` is another word there (`هاني` is not Hanoi's `هانوي`, `كيف`
    ///   not Kyiv's `كييف`, `سيدة` not Sidon's `صيدا`), and so is the article (`السيول`, floods,
    ///   is not Seoul's `سيول`).
    static func isVariant(_ surface: SpelledName, of listed: SpelledName, latin: String) -> Bool {
        let hasG = latin.lowercased().contains("g")
        if surface.folded.count <= 5 {
            return surface.words == listed.words && surface.plain.count == listed.plain.count
                && zip(surface.plain, listed.plain).allSatisfy { one, other in
                    one == other || ((isExtended(one) || isExtended(other)) && foldedLetter(one) == foldedLetter(other))
                        || (hasG && isGLetter(one) && isGLetter(other))
                }
        }
        guard let vowels = vowelDistance(surface, listed, gSpelledFreely: hasG) else { return false }
        let article = surface.startsWithArticle == listed.startsWithArticle ? 0 : 1
        return vowels + article <= (surface.folded.count - 1) / 4
    }

    /// `ڤ` `ڥ` `گ` `ڨ` `ڭ` `ݣ` `پ` `چ` `ژ`: letters for sounds Arabic lacks, which Arabic letters stand in for.
    private static func isExtended(_ letter: Unicode.Scalar) -> Bool {
        ["ڤ", "ڥ", "گ", "ڨ", "ڭ", "ݣ", "پ", "چ", "ژ"].contains(letter)
    }

    /// `غ` `ج` and the extended g letters, which write a foreign g (and `ج` j): not k or q.
    private static func isGLetter(_ letter: Unicode.Scalar) -> Bool {
        ["غ", "ج", "گ", "ڨ", "ڭ", "ݣ"].contains(letter)
    }

    /// How many long vowels are written, dropped or changed between two spellings with the same
    /// key; nil when they differ in anything else, change a vowel of a word with `ح` or `ع`, or
    /// write one key letter as `غ`/`ج` and as another letter unless `gSpelledFreely`.
    static func vowelDistance(_ one: SpelledName, _ other: SpelledName, gSpelledFreely: Bool) -> Int? {
        let a = one, b = other
        let impossible = Int.max / 4
        /// Costs add up to `impossible` at most.
        func plus(_ x: Int, _ y: Int) -> Int { min(x + y, impossible) }
        func substitution(_ i: Int, _ j: Int) -> Int {
            if a.folded[i] == b.folded[j] {
                let same = a.written[i] == b.written[j] || gSpelledFreely || !(isGLetter(a.written[i]) || isGLetter(b.written[j]))
                return same ? 0 : impossible
            }
            return isLongVowel(a.folded[i]) && isLongVowel(b.folded[j]) && !a.inArabicWord[i] && !b.inArabicWord[j] ? 1 : impossible
        }
        /// The cost of a vowel one spelling has and the other lacks.
        func gap(_ letter: Unicode.Scalar, inArabicWord: Bool) -> Int {
            isLongVowel(letter) && !inArabicWord ? 1 : impossible
        }
        var previous = [Int](repeating: impossible, count: b.folded.count + 1)
        previous[0] = 0
        for j in 0..<b.folded.count { previous[j + 1] = plus(previous[j], gap(b.folded[j], inArabicWord: b.inArabicWord[j])) }
        var current = previous
        for i in 0..<a.folded.count {
            current[0] = plus(previous[0], gap(a.folded[i], inArabicWord: a.inArabicWord[i]))
            for j in 0..<b.folded.count {
                current[j + 1] = min(plus(previous[j], substitution(i, j)),
                                     plus(previous[j + 1], gap(a.folded[i], inArabicWord: a.inArabicWord[i])),
                                     plus(current[j], gap(b.folded[j], inArabicWord: b.inArabicWord[j])))
            }
            swap(&previous, &current)
        }
        let distance = previous[b.folded.count]
        return distance >= impossible ? nil : distance
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
    private static func foldingCh(_ word: [WrittenLetter]) -> [WrittenLetter] {
        guard word.count >= 2 else { return word }
        var folded: [WrittenLetter] = []
        folded.reserveCapacity(word.count)
        for (index, letter) in word.enumerated() {
            if letter.folded == "ت", index + 1 < word.count, word[index + 1].folded == "ش" { continue }
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
