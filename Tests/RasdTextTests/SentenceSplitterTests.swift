import Foundation
import RasdText
import Testing

/// One input and the sentences it must split into, as raw text.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let sentences: [String]

    init(_ name: String, _ text: String, _ sentences: [String]) {
        self.name = name
        self.text = text
        self.sentences = sentences
    }

    var testDescription: String { name }
}

private func sentenceSpans(_ text: String) -> (source: SourceText, spans: [TextSpan]) {
    let source = SourceText(text)
    let view = ArabicNormalizer.normalize(source, level: .clean)
    return (source, SentenceSplitter.sentences(in: view, source: source))
}

private func sentenceTexts(_ text: String) -> [String] {
    let (source, spans) = sentenceSpans(text)
    return spans.map { source[$0] }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("Sentence ends: . ؟ ! and their runs", arguments: [
        SentenceCase("full stop", "وصل الوفد إلى الرياض. وبدأت المحادثات صباح اليوم.",
                     ["وصل الوفد إلى الرياض.", "وبدأت المحادثات صباح اليوم."]),
        SentenceCase("Arabic question mark and exclamation", "هل تنجح الوساطة؟ لا أحد يعرف! لكن الأمل قائم.",
                     ["هل تنجح الوساطة؟", "لا أحد يعرف!", "لكن الأمل قائم."]),
        SentenceCase("run ؟!", "أهذا معقول؟! قالها الوزير غاضبًا.", ["أهذا معقول؟!", "قالها الوزير غاضبًا."]),
        SentenceCase("three dots", "وانتظر الجميع... ثم جاء الرد.", ["وانتظر الجميع...", "ثم جاء الرد."]),
        SentenceCase("ellipsis character inside a line", "ارتفعت الأسعار… والمواطن يدفع الثمن.",
                     ["ارتفعت الأسعار… والمواطن يدفع الثمن."]),
        SentenceCase("ellipsis character before a line break", "انتظروا طويلًا…\nثم عادوا.",
                     ["انتظروا طويلًا…", "ثم عادوا."]),
        SentenceCase("ellipsis character after a question mark", "ماذا بعد؟… لا أحد يعرف.",
                     ["ماذا بعد؟…", "لا أحد يعرف."]),
        SentenceCase("no space after the stop", "انتهى الاجتماع.وبدأ المؤتمر الصحفي",
                     ["انتهى الاجتماع.", "وبدأ المؤتمر الصحفي"]),
        SentenceCase("no final stop", "وصل الوفد. والمحادثات مستمرة", ["وصل الوفد.", "والمحادثات مستمرة"]),
        SentenceCase("closing bracket goes with the sentence", "(وقد نفت الوزارة ذلك.) وعاد الهدوء.",
                     ["(وقد نفت الوزارة ذلك.)", "وعاد الهدوء."]),
    ])
    func sentenceEnds(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("Numbers: a stop between digits is not an end", arguments: [
        SentenceCase("decimal", "بلغ النمو 2.5 في المئة هذا العام. وتراجع التضخم.",
                     ["بلغ النمو 2.5 في المئة هذا العام.", "وتراجع التضخم."]),
        SentenceCase("thousands", "انتشر 1.200 جندي على الحدود. وعاد الباقون.",
                     ["انتشر 1.200 جندي على الحدود.", "وعاد الباقون."]),
        SentenceCase("Arabic-Indic digits with ٫", "بلغ النمو ٢٫٥ في المئة. وتراجع التضخم إلى ٣٫١ في المئة.",
                     ["بلغ النمو ٢٫٥ في المئة.", "وتراجع التضخم إلى ٣٫١ في المئة."]),
        SentenceCase("number at the end of a sentence", "وكان ذلك في عام 2015. ثم تغير كل شيء.",
                     ["وكان ذلك في عام 2015.", "ثم تغير كل شيء."]),
        SentenceCase("list number", "1. ارتفاع الأسعار\n2. تراجع الطلب", ["1. ارتفاع الأسعار", "2. تراجع الطلب"]),
        SentenceCase("era letter after a year ends the sentence", "تأسست المدينة عام 1932م. وتوسعت لاحقًا.",
                     ["تأسست المدينة عام 1932م.", "وتوسعت لاحقًا."]),
        SentenceCase("Hijri era with tatweel", "صدر القرار عام 1436 هـ. وبدأ تطبيقه فورًا.",
                     ["صدر القرار عام 1436 هـ.", "وبدأ تطبيقه فورًا."]),
        SentenceCase("web address", "زوروا موقع www.spa.gov.sa للمزيد. والتسجيل مجاني.",
                     ["زوروا موقع www.spa.gov.sa للمزيد.", "والتسجيل مجاني."]),
    ])
    func numbers(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("Abbreviations keep their stop", arguments: [
        SentenceCase("doctor", "استقبل د. محمد العلي الوفد. ثم عقد مؤتمرًا صحفيًا.",
                     ["استقبل د. محمد العلي الوفد.", "ثم عقد مؤتمرًا صحفيًا."]),
        SentenceCase("engineer and professor", "وحضر م. خالد السالم و أ.د. سارة الأحمد الافتتاح.",
                     ["وحضر م. خالد السالم و أ.د. سارة الأحمد الافتتاح."]),
        SentenceCase("P.O. box", "للتواصل: ص.ب. 1234 الرياض. أو عبر الهاتف.",
                     ["للتواصل: ص.ب. 1234 الرياض.", "أو عبر الهاتف."]),
        SentenceCase("before Christ", "بُني المعبد نحو عام 300 ق.م. على ضفاف النيل.",
                     ["بُني المعبد نحو عام 300 ق.م. على ضفاف النيل."]),
        SentenceCase("abbreviation glued to the name", "وقال د.سامي إن الوضع مستقر.", ["وقال د.سامي إن الوضع مستقر."]),
        SentenceCase("Latin initials", "وصف J. Smith الاتفاق بأنه تاريخي. ورحب به آخرون.",
                     ["وصف J. Smith الاتفاق بأنه تاريخي.", "ورحب به آخرون."]),
        SentenceCase("Latin abbreviations", "وقال Mr. Brown إن U.S. forces ستبقى. ولم يحدد موعدًا.",
                     ["وقال Mr. Brown إن U.S. forces ستبقى.", "ولم يحدد موعدًا."]),
        SentenceCase("e.g. and No.", "راجع الملحق No. 4 (e.g. الجدول الثاني) للتفاصيل.",
                     ["راجع الملحق No. 4 (e.g. الجدول الثاني) للتفاصيل."]),
    ])
    func abbreviations(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("Quotations hold their sentences together", arguments: [
        SentenceCase("curly quotes over two sentences",
                     "قال الوزير: “الوضع خطير. لن نقف مكتوفي الأيدي.” وغادر القاعة.",
                     ["قال الوزير: “الوضع خطير. لن نقف مكتوفي الأيدي.”", "وغادر القاعة."]),
        SentenceCase("guillemets, stop after the quote",
                     "وأضاف: «نريد السلام. لكننا مستعدون للدفاع عن أنفسنا». وانتهى اللقاء.",
                     ["وأضاف: «نريد السلام. لكننا مستعدون للدفاع عن أنفسنا».", "وانتهى اللقاء."]),
        SentenceCase("straight quotes",
                     "وكتب على حسابه: \"انتهت الجولة الأولى. والثانية غدًا.\" ثم أغلق هاتفه.",
                     ["وكتب على حسابه: \"انتهت الجولة الأولى. والثانية غدًا.\"", "ثم أغلق هاتفه."]),
        SentenceCase("closing quote right after the stop",
                     "ووصف الهجوم بأنه “التصعيد الخطير.” ودعا إلى التهدئة.",
                     ["ووصف الهجوم بأنه “التصعيد الخطير.”", "ودعا إلى التهدئة."]),
        SentenceCase("question inside a quotation",
                     "وتساءل: «هل نترك الأمور هكذا؟ لا أظن». ثم صمت.",
                     ["وتساءل: «هل نترك الأمور هكذا؟ لا أظن».", "ثم صمت."]),
        SentenceCase("quotes written the other way round",
                     "قال الوزير: ”الوضع خطير. سنرد.“ وغادر.",
                     ["قال الوزير: ”الوضع خطير. سنرد.“", "وغادر."]),
        SentenceCase("quote glued to the next word", "ندد بالسياسات “الخطيرة”للولايات المتحدة. وطالب بالتهدئة.",
                     ["ندد بالسياسات “الخطيرة”للولايات المتحدة.", "وطالب بالتهدئة."]),
        SentenceCase("quote after a tatweel", "وانضم لـ\"داعش\". ثم عاد إلى بلده.",
                     ["وانضم لـ\"داعش\".", "ثم عاد إلى بلده."]),
        SentenceCase("nested quotation",
                     "قال: «وصفه بأنه \"خطير جدًا.\" ثم صمت». وانتهى.",
                     ["قال: «وصفه بأنه \"خطير جدًا.\" ثم صمت».", "وانتهى."]),
        SentenceCase("two quotations in one sentence", "وصف “الاتفاق” بأنه “تاريخي”. ورحب به.",
                     ["وصف “الاتفاق” بأنه “تاريخي”.", "ورحب به."]),
    ])
    func quotations(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("An unclosed quotation does not swallow the text after it", arguments: [
        SentenceCase("unclosed at the line break",
                     "قال المتحدث: “لن نتراجع. هذا قرارنا\nوفي سياق آخر، ارتفعت الأسعار. وتراجع الطلب.",
                     ["قال المتحدث: “لن نتراجع.", "هذا قرارنا", "وفي سياق آخر، ارتفعت الأسعار.", "وتراجع الطلب."]),
        SentenceCase("closed on the next line does not count",
                     "قال: «سنرد. بقوة\nوأضاف». ثم غادر.",
                     ["قال: «سنرد.", "بقوة", "وأضاف».", "ثم غادر."]),
        SentenceCase("straight quote reopened before it closed",
                     "تقول \"إن الزبائن يشتكون. \"السبب هو العرض الطويل.\" وأضافت أمرًا.",
                     ["تقول \"إن الزبائن يشتكون. \"السبب هو العرض الطويل.\"", "وأضافت أمرًا."]),
        SentenceCase("unclosed after a closed one",
                     "وصف “الاتفاق” بأنه “تاريخي. ورحب به. وغادر",
                     ["وصف “الاتفاق” بأنه “تاريخي.", "ورحب به.", "وغادر"]),
    ])
    func unclosedQuotation(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("A long quoted speech is split like any text, its closing mark kept")
    func longQuotation() {
        let sentence = "نحن ملتزمون بالسلام والاستقرار في المنطقة."
        let count = SentenceSplitter.longestHeldQuotation / sentence.unicodeScalars.count + 2
        let speech = Array(repeating: sentence, count: count).joined(separator: " ")
        let expected = ["وقال الرئيس: «" + sentence] + Array(repeating: sentence, count: count - 2)
            + [sentence + "»", "ثم غادر."]
        #expect(sentenceTexts("وقال الرئيس: «" + speech + "» ثم غادر.") == expected)
    }

    @Test("Line breaks end sentences", arguments: [
        SentenceCase("headline, dateline and paragraph", "عنوان الخبر\nالرياض - وصل الوفد.\n\nوبدأت المحادثات",
                     ["عنوان الخبر", "الرياض - وصل الوفد.", "وبدأت المحادثات"]),
        SentenceCase("CRLF", "السطر الأول\r\nالسطر الثاني\r\n", ["السطر الأول", "السطر الثاني"]),
        SentenceCase("paragraph separator", "الفقرة الأولى\u{2029}الفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]),
        SentenceCase("line of punctuation only", "وصل الوفد.\n***\nوبدأت المحادثات.", ["وصل الوفد.", "وبدأت المحادثات."]),
        SentenceCase("blank and space-only lines", "\n \n\t\nوصل الوفد.\n\n", ["وصل الوفد."]),
        SentenceCase("empty text", "", []),
    ])
    func lineBreaks(_ example: SentenceCase) {
        #expect(sentenceTexts(example.text) == example.sentences)
    }

    @Test("Spans are raw offsets, trimmed")
    func exactSpans() {
        #expect(sentenceSpans("وصل الوفد. وبدأت المحادثات.").spans == [TextSpan(start: 0, end: 10), TextSpan(start: 11, end: 27)])
        #expect(sentenceSpans("  وصل الوفد.   وبدأت المحادثات.  \n").spans
                == [TextSpan(start: 2, end: 12), TextSpan(start: 15, end: 31)])
        // Bidi marks at the edges fall outside the span.
        #expect(sentenceSpans("\u{200F}وصل الوفد.\u{200F}").spans == [TextSpan(start: 1, end: 11)])
        #expect(sentenceSpans("قال د. أحمد: «الوضع خطير. سنرد». ثم غادر.").spans
                == [TextSpan(start: 0, end: 32), TextSpan(start: 33, end: 41)])
    }

    @Test("Without the source, straight quotes still pair by context")
    func withoutSource() {
        let source = SourceText("قال: \"انتهت الجولة. والثانية غدًا.\" ثم غادر.")
        let view = ArabicNormalizer.normalize(source, level: .clean)
        #expect(SentenceSplitter.sentences(in: view).map { source[$0] }
                == ["قال: \"انتهت الجولة. والثانية غدًا.\"", "ثم غادر."])
    }

    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/seeds").standardizedFileURL
    static let seedsExist = FileManager.default.fileExists(atPath: seedsFolder.path)

    @Test("Every sentence of the seed articles is in bounds, trimmed, non-empty and in order",
          .enabled(if: seedsExist, "needs ../shared/corpus/seeds beside the repository"))
    func seeds() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.seedsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(!files.isEmpty)
        for file in files {
            let (source, spans) = sentenceSpans(try String(contentsOf: file, encoding: .utf8))
            #expect(!spans.isEmpty, "\(file.lastPathComponent): no sentences")
            var previousEnd = 0
            for span in spans {
                let place = "\(file.lastPathComponent) \(span)"
                #expect(span.start >= previousEnd && span.end <= source.count, "\(place): out of order or bounds")
                #expect(!span.isEmpty, "\(place): empty")
                #expect(!source.scalars[span.start].properties.isWhitespace, "\(place): leading whitespace")
                #expect(!source.scalars[span.end - 1].properties.isWhitespace, "\(place): trailing whitespace")
                #expect(!source[span].unicodeScalars.contains { LineScanner.isLineTerminator($0) },
                        "\(place): crosses a line break")
                previousEnd = span.end
            }
        }
    }
}
