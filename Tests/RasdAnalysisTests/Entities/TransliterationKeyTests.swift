import Testing
@testable import RasdAnalysis

/// One identity per name across spellings: the spellings news sites really use for one name make one
/// key, different names keep different keys, and an entity the gazetteer does not know gets one
/// identifier under all its spellings.
@Suite("Transliteration key: one identity per name across spellings")
struct TransliterationKeyTests {
    /// Spellings of one name, and the fold that joins them.
    struct Spellings: Sendable, CustomTestStringConvertible {
        let fold: String
        let names: [String]
        init(_ fold: String, _ names: String...) {
            self.fold = fold
            self.names = names
        }
        var testDescription: String { "\(fold): " + names.joined(separator: " = ") }
    }

    static let sameName: [Spellings] = [
        // g written غ, ج, ق, ك, گ
        .init("g", "سيرغي لافروف", "سيرجي لافروف", "سيرگي لافروف"),
        .init("g and spacing", "بيونغ يانغ", "بيونج يانج", "بيونغيانغ", "بيونغ-يانغ"),
        .init("g and hamza", "كيم جونغ أون", "كيم جونج أون", "كيم جونغ اون", "كيم جونغ-أون"),
        .init("g", "شويغو", "شويجو"),
        .init("g and v", "فاغنر", "فاجنر", "ڤاغنر"),
        .init("g and the article", "البنتاغون", "البنتاجون", "بنتاغون"),
        .init("g written ق", "كيم يونغ تشول", "كيم يونج تشول", "كيم يونق تشول"),
        .init("g, k and q", "رمضان قديروف", "رمضان كاديروف", "رمزان قاديروف"),
        .init("g and long vowels", "مارغريت ثاتشر", "مارجريت تاتشر"),
        // long vowels written or not
        .init("long vowels", "ديمتري بيسكوف", "دميتري بيسكوف"),
        .init("long vowels", "نتنياهو", "نتانياهو"),
        .init("long vowels", "زيلينسكي", "زيلنسكي"),
        .init("long vowels", "ترامب", "ترمب"),
        .init("long vowels", "بايدن", "بايدين"),
        .init("long vowels", "أنتوني بلينكن", "انتوني بلينكين"),
        .init("long vowels", "لويد أوستن", "لويد اوستين"),
        .init("long vowels", "كييف", "كيف"),
        .init("long vowels and g", "بكين", "بيجين"),
        .init("the article and a long vowel after it", "أليكسي نافالني", "ألكسي نافالني", "اليكسي نافالني"),
        .init("the article and a long vowel after it", "ألكسندر", "أليكسندر", "الكساندر"),
        // hamza forms
        .init("hamza on alef", "أردوغان", "اردوغان", "إردوغان"),
        .init("hamza on yeh", "إسرائيل", "اسرائيل", "إسراييل"),
        .init("hamza on yeh, alef maqsura", "إبراهيم رئيسي", "ابراهيم رئيسى", "إبراهيم رييسي"),
        .init("hamza on the line", "صنعاء", "صنعا"),
        // ta marbuta, final -a, alef maqsura
        .init("ta marbuta", "غزة", "غزه"),
        .init("ta marbuta is -a", "سورية", "سوريا"),
        .init("ta marbuta is -a", "أنقرة", "انقره", "أنقرا"),
        .init("alef maqsura", "مصطفى", "مصطفي"),
        .init("alef maqsura", "سيرجى", "سيرجي"),
        // the emphatics and their plain letters
        .init("t and ط, diacritics, tatweel", "بوتين", "بوطين", "بُوتِين", "بوتـــين"),
        .init("s and ص", "سيول", "صيول"),
        .init("s and ص", "صوفيا", "سوفيا"),
        .init("z and ذ", "أذربيجان", "أزربيجان"),
        .init("z and ظ", "جواد ظريف", "جواد زريف"),
        .init("z, ظ and ض, spacing", "أبو ظبي", "أبوظبي", "أبو ضبي"),
        // p, ch
        .init("p", "بومبيو", "پومپيو"),
        .init("ch", "ديك تشيني", "ديك شيني"),
        // spacing, doubling, the article
        .init("spacing", "نيويورك", "نيو يورك"),
        .init("spacing", "عبد الله", "عبدالله"),
        .init("spacing", "حزب الله", "حزبالله"),
        .init("spacing and ابن", "محمد بن سلمان", "محمد ابن سلمان"),
        .init("Persian spacing", "خامنئي", "خامنه‌ای", "خامنه ای"),
        .init("doubled letter", "تيلرسون", "تيللرسون"),
        .init("doubled letter and g", "غوغل", "جوجل", "قوقل", "جوغل"),
        .init("the article", "الكرملين", "كرملين"),
        .init("Latin case and dots", "NATO", "nato", "N.A.T.O"),
    ]

    @Test("Spellings of one name make one key", arguments: sameName)
    func oneKey(_ spellings: Spellings) {
        let keys = spellings.names.map(TransliterationKey.key)
        #expect(Set(keys).count == 1, "\(zip(spellings.names, keys).map { "\($0) → \($1)" })")
    }

    /// Spellings of a three-consonant name that differ in a long vowel: one key, so the gazetteer
    /// joins them to a listed entry, but two identifiers, since an identifier keeps the vowels of
    /// short names (`identityKey`), where they tell `حسن` from `حسين` and `جون` from `جان`.
    static let vowelsInShortNames: Set<String> = ["بايدن", "بكين"]

    @Test("Spellings of one name get one identifier", arguments: sameName.filter { !vowelsInShortNames.contains($0.names[0]) })
    func oneIdentifier(_ spellings: Spellings) {
        let identifiers = spellings.names.map { TransliterationKey.identifier($0, type: "PER") }
        #expect(Set(identifiers).count == 1, "\(identifiers)")
    }

    /// Different names, many of them a letter or a vowel apart.
    static let differentNames: [(String, String)] = [
        ("لافروف", "بوتين"),
        ("كيم", "كيري"),
        ("جون كيربي", "جون كيري"),
        ("جونغ", "جون"),
        ("كيم جونغ أون", "كيم جونغ إيل"),
        ("كيم جونغ أون", "كيم يو جونغ"),
        ("سيرغي لافروف", "سيرغي شويغو"),
        ("بايدن", "بوتين"),
        ("ماكرون", "ميركل"),
        ("بلينكن", "بكين"),
        ("جيك سوليفان", "جي سوليفان"),
        ("وانغ يي", "وانغ"),
        ("حمدان", "همدان"),
        ("سيول", "كييف"),
        ("موسكو", "مسقط"),
        ("ليبيا", "لبنان"),
        ("إيران", "العراق"),
        ("إيران", "أرمينيا"),
        ("سوريا", "صور"),
        ("بيرو", "بيروت"),
        ("غزة", "قطر"),
        ("الرياض", "الأردن"),
        ("اليمن", "اليابان"),
        ("دمشق", "دمياط"),
        ("حلب", "حماة"),
        ("طرابلس", "طرطوس"),
        ("النمسا", "الهند"),
        ("الصين", "السنغال"),
        ("أوكرانيا", "أمريكا"),
        ("روسيا", "رواندا"),
        ("تركيا", "ترامب"),
        ("نيويورك", "نيودلهي"),
        ("مصر", "مسقط"),
    ]

    @Test("Different names keep different keys", arguments: differentNames)
    func differentKeys(_ first: String, _ second: String) {
        #expect(TransliterationKey.key(first) != TransliterationKey.key(second))
    }

    /// Names that only a vowel or a shadda tells apart merge; the type parts those of different
    /// types, and the gazetteer (asked first) knows the famous ones.
    static let acceptedCollisions: [(String, String)] = [
        ("عمان", "عمّان"),   // Oman and Amman: only the shadda differs
        ("كيم", "قم"),       // Kim (PER) and Qom (GPE)
        ("حماس", "حمص"),     // Hamas (ORG) and Homs (GPE)
        ("كيري", "كوري"),    // Kerry and Corey
        ("جون", "جوان"),     // John and Joan
        ("وانغ", "ونغ"),     // a long vowel inside
    ]

    @Test("Accepted collisions: names only vowels tell apart", arguments: acceptedCollisions)
    func acceptedCollision(_ first: String, _ second: String) {
        #expect(TransliterationKey.key(first) == TransliterationKey.key(second))
    }

    @Test("Identifiers keep apart short and Arabic names that only vowels tell apart", arguments: [
        ("كيري", "كوري"), ("جون", "جوان"), ("وانغ", "ونغ"), ("حسن", "حسين"), ("محمد", "محمود"), ("سعد", "سعيد"),
        ("سعد", "سعود"), ("صالح", "صلاح"), ("جمال", "جميل"), ("محمد بن نايف", "محمد بن نواف"),
    ])
    func identitiesPartVowels(_ first: String, _ second: String) {
        #expect(TransliterationKey.key(first) == TransliterationKey.key(second))
        #expect(TransliterationKey.identifier(first, type: "PER") != TransliterationKey.identifier(second, type: "PER"))
    }

    @Test("A type parts colliding names of different kinds")
    func typeParts() {
        #expect(TransliterationKey.identifier("كيم", type: "PER") != TransliterationKey.identifier("قم", type: "GPE"))
        #expect(TransliterationKey.identifier("حماس", type: "ORG") != TransliterationKey.identifier("حمص", type: "GPE"))
    }

    /// Spellings the key does not join, by choice: each would merge more names than it joins.
    static let keptApart: [(String, String)] = [
        ("شولتس", "شولتز"),      // س and ز stay apart (`زيد` is not `سيد`)
        ("هيون", "حيون"),        // ه and ح stay apart (`همدان` is not `حمدان`)
        ("الإمارات", "إمارات"),  // the article takes the long vowel after it
        ("ابن سلمان", "بن سلمان"),  // a name's first letter stays
        ("موسى", "موسا"),        // ى is ي before the key sees it
    ]

    @Test("Spellings kept apart on purpose", arguments: keptApart)
    func spellingsKeptApart(_ first: String, _ second: String) {
        #expect(TransliterationKey.key(first) != TransliterationKey.key(second))
    }

    /// The keys themselves: consonants, the first and last vowel, one letter per class.
    static let keys: [(String, String)] = [
        ("سيرجي لافروف", "سرغلفرف"),
        ("بيونج يانج", "بنغنغ"),
        ("كيم جونغ أون", "غمغنغن"),
        ("البنتاجون", "بنتغن"),
        ("سورية", "سرا"),
        ("إيران", "ارن"),
        ("شويغو", "شغو"),
        ("كيري", "غري"),
        ("مارغريت ثاتشر", "مرغرتشر"),
        ("إف-16", "اف16"),
        ("NATO", "nato"),
        ("ء", ""),
        ("", ""),
    ]

    @Test("Keys", arguments: keys)
    func keyOf(_ name: String, _ expected: String) {
        #expect(TransliterationKey.key(name) == expected)
    }

    /// Identifiers: the type lower-cased, a colon and the identity key in ASCII (the key, with
    /// the vowels of a short or Arabic name kept).
    static let identifiers: [(String, String, String)] = [
        ("سيرغي لافروف", "PER", "per:srglfrf"),
        ("بيونغ يانغ", "GPE", "gpe:bngng"),
        ("كيم جونج اون", "PER", "per:gmgngn"),
        ("البنتاغون", "ORG", "org:bntgn"),
        ("حزب الله", "ORG", "org:7zbala"),
        ("العراق", "GPE", "gpe:3rag"),
        ("إيران", "GPE", "gpe:airan"),
        ("واشنطن", "GPE", "gpe:wshntn"),
        ("يونغ", "PER", "per:yong"),
        ("شويجو", "PER", "per:shoigo"),
        ("كيري", "PER", "per:giri"),
        ("خامنئي", "PER", "per:khamni"),
        ("سهيل", "PER", "per:s-hil"),
        ("حسن", "PER", "per:7sn"),
        ("حسين", "PER", "per:7sin"),
        ("محمد بن سلمان", "PER", "per:m7mdbnslman"),
        ("شل", "ORG", "org:shl"),
        ("إف-16", "MISC", "misc:af-16"),
        ("فرانس 24", "ORG", "org:frns-24"),
        ("سوخوي 35 ع", "MISC", "misc:sokhoi-35-3"),
        ("", "PER", "per:-"),
        ("بوتين", "", "ent:botin"),
    ]

    @Test("Identifiers", arguments: identifiers)
    func identifierOf(_ name: String, _ type: String, _ expected: String) {
        #expect(TransliterationKey.identifier(name, type: type) == expected)
        // From a key already made, the same identifier.
        #expect(TransliterationKey.identifier(key: TransliterationKey.identityKey(name), type: type) == expected)
    }

    /// Every name in these tables.
    static var allNames: [String] {
        sameName.flatMap(\.names) + differentNames.flatMap { [$0.0, $0.1] }
            + acceptedCollisions.flatMap { [$0.0, $0.1] } + keptApart.flatMap { [$0.0, $0.1] }
            + keys.map(\.0) + identifiers.map(\.0)
    }

    @Test("Identifiers are lower-case ASCII letters, digits, colon and hyphen only")
    func allowedCharacters() {
        for name in Self.allNames + ["Ünal", "習近平", "ٮ"] {
            let identifier = TransliterationKey.identifier(name, type: "PER")
            let allowed = identifier.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == ":" || $0 == "-"
            }
            #expect(allowed, "\(name) → \(identifier)")
            #expect(identifier.hasPrefix("per:"))
        }
    }

    @Test("Different identity keys never share an identifier")
    func identifiersPartKeys() {
        var byIdentifier: [String: String] = [:]
        for name in Self.allNames {
            let key = TransliterationKey.identityKey(name)
            let identifier = TransliterationKey.identifier(name, type: "PER")
            if let other = byIdentifier[identifier] {
                #expect(other == key, "\(identifier): \(other) and \(key)")
            }
            byIdentifier[identifier] = key
        }
    }

    @Test("The same name gives the same identifier every time, whatever the type's case")
    func stable() {
        let first = TransliterationKey.identifier("سيرغي لافروف", type: "PER")
        #expect(TransliterationKey.identifier("سيرغي لافروف", type: "per") == first)
        #expect(TransliterationKey.identifier("سيرجي  لافروف", type: "PER") == first)
    }
}

/// The key joins more than spellings of one name: Arabic's own names and words collide with foreign
/// ones in it. A spelling the gazetteer does not list joins an entry only as a variant of one of its
/// spellings (`TransliterationKey.isVariant`).
@Suite("Variant spellings: what the key joins that is another spelling, and what is another name")
struct TransliterationVariantTests {
    /// A spelling read in text, a listed one with the same key, and the listed entity's Latin name.
    struct Pair: Sendable, CustomTestStringConvertible {
        let written: String
        let listed: String
        let latin: String
        init(_ written: String, _ listed: String, _ latin: String) {
            self.written = written
            self.listed = listed
            self.latin = latin
        }
        var testDescription: String { "\(written) / \(listed) (\(latin))" }
    }

    static func isVariant(_ pair: Pair) -> Bool {
        #expect(TransliterationKey.key(pair.written) == TransliterationKey.key(pair.listed), "not one key: the pair tests nothing")
        return TransliterationKey.isVariant(.init(pair.written), of: .init(pair.listed), latin: pair.latin)
    }

    @Test("Another spelling of a listed name joins it", arguments: [
        Pair("نتانياهو", "نتنياهو", "Benjamin Netanyahu"),                 // a long vowel
        Pair("بيرمنجهام", "برمنغهام", "Birmingham"),                      // g as ج, two vowels in nine letters
        Pair("انكلترا", "انجلترا", "England"),                            // k for a g, in a name with a g
        Pair("ريجا", "ريغا", "Riga"),                                     // a short name's g
        Pair("ميشيل عون", "ميشال عون", "Michel Aoun"),                    // a vowel outside the word with ع
        Pair("عبد الفتاح السيسي", "عبدالفتاح السيسي", "Abdel Fattah el-Sisi"), // spacing
        Pair("ڤيينا", "فيينا", "Vienna"),                                 // a letter Arabic lacks
    ])
    func variant(_ pair: Pair) { #expect(Self.isVariant(pair)) }

    @Test("A different name with the same key does not", arguments: [
        Pair("جازان", "قازان", "Kazan"),                  // ج for k: Jizan is not Kazan
        Pair("غدا", "جدة", "Jeddah"),                     // tomorrow: غ for a j
        Pair("الجبيل", "كابول", "Kabul"),                 // Jubail: the article and other vowels
        Pair("الجوف", "كييف", "Kyiv"),
        Pair("هاني", "هانوي", "Hanoi"),                   // a short name's vowel
        Pair("كيف", "كييف", "Kyiv"),                      // how: a short name's doubled letter
        Pair("سيدة", "صيدا", "Sidon"),                    // lady: ص for س in a short name
        Pair("السيول", "سيول", "Seoul"),                  // floods: the article on a short name
        Pair("محمد عباس", "محمود عباس", "Mahmoud Abbas"), // a vowel in a word with ح
        Pair("كريستيان", "كريستون", "Creston"),           // Christian: two vowels in eight letters
    ])
    func otherName(_ pair: Pair) { #expect(!Self.isVariant(pair)) }
}
