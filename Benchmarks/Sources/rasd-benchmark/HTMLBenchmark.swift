import Foundation
import RasdAnalysis

/// `rasd-benchmark html [--input FILE.html] [--megabytes N] [--passes N]`: the article
/// extractor's throughput on one core — tokenizing, dropping chrome, choosing the body, reading
/// the metadata — over one page: the given file, or a synthetic news page of N MB (8 by default)
/// with navigation, scripts, share and comment blocks around many paragraphs of Arabic text in
/// nested markup. Reports the median pass as one JSON line (MB = 10^6 bytes of HTML).
enum HTMLBenchmark {
    static func run(_ arguments: [String]) {
        var input: String?
        var megabytes = 8
        var passes = 5
        var index = 2
        while index + 1 < arguments.count {
            switch arguments[index] {
            case "--input": input = arguments[index + 1]
            case "--megabytes": megabytes = Int(arguments[index + 1]) ?? megabytes
            case "--passes": passes = max(1, Int(arguments[index + 1]) ?? passes)
            default:
                FileHandle.standardError.write(Data("usage: rasd-benchmark html [--input FILE.html] [--megabytes N] [--passes N]\n".utf8))
                exit(2)
            }
            index += 2
        }
        let page: [UInt8]
        if let input {
            guard let data = FileManager.default.contents(atPath: input) else {
                FileHandle.standardError.write(Data("rasd-benchmark: cannot read \(input)\n".utf8))
                exit(1)
            }
            page = Array(data)
        } else {
            page = synthetic(bytes: megabytes * 1_000_000)
        }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var textScalars = 0
        for _ in 0..<passes {
            var article = ExtractedArticle(text: "")
            let elapsed = clock.measure { article = ArticleExtractor.extract(utf8: page) }
            textScalars = article.text.unicodeScalars.count
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        seconds.sort()
        let median = seconds[seconds.count / 2]
        let megabytesRead = Double(page.count) / 1e6
        print(#"{"benchmark":"html","bytes":\#(page.count),"text_scalars":\#(textScalars),"passes":\#(passes),"#
              + #""median_s":\#(String(format: "%.4f", median)),"fastest_s":\#(String(format: "%.4f", seconds.first!)),"#
              + #""slowest_s":\#(String(format: "%.4f", seconds.last!)),"mb_per_s":\#(String(format: "%.1f", megabytesRead / median))}"#)
    }

    /// A news page of about `bytes` bytes, written for the benchmark.
    static func synthetic(bytes: Int) -> [UInt8] {
        let sentences = [
            "أعلنت وزارة الزراعة صباح اليوم عن خطة لزراعة مليون شجرة في المحافظات الجنوبية خلال عامين.",
            "وقال المتحدث باسم الوزارة إن المرحلة الأولى تبدأ الشهر المقبل بمشاركة المتطوعين &amp; الجمعيات.",
            "وتشمل الخطة أشجار الزيتون والنخيل والسدر، وتتولى البلديات سقايتها في الصيف &#8211; بحسب البيان.",
        ]
        var html = """
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة لزراعة مليون شجرة - أخبار الريف</title>
        <meta property="og:site_name" content="أخبار الريف"><meta property="article:published_time" content="2025-02-11T08:45:00+03:00">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"خطة لزراعة مليون شجرة","author":{"name":"ليلى الحسيني"}}</script>
        <style>.a{color:red}</style></head><body><header><nav><ul>
        """
        for section in ["سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات"] { html += "<li><a href=\"/\(section)\">\(section)</a></li>" }
        html += "</ul></nav></header><main><div class=\"container\"><article><h1>خطة لزراعة مليون شجرة</h1>"
        var paragraph = 0
        while html.utf8.count < bytes - 2_000 {
            paragraph += 1
            html += "<div class=\"row\"><p data-index=\"\(paragraph)\">"
            for (index, sentence) in sentences.enumerated() {
                html += index == 1 ? "<span class=\"quote\"><b>\(sentence)</b></span> " : "\(sentence) "
            }
            html += "<a href=\"/tag/\(paragraph)\">وسم \(paragraph)</a></p></div>\n"
            if paragraph % 20 == 0 {
                html += "<div class=\"share-buttons\"><a href=\"#\">فيسبوك</a><a href=\"#\">واتساب</a></div>"
                html += "<script>window.slot\(paragraph) = '<div>إعلان</div>';</script><!-- فاصل -->\n"
            }
        }
        html += "</article><aside class=\"sidebar\"><h3>الأكثر قراءة</h3><p>خبر جانبي</p></aside></div></main>"
        html += "<footer><p>جميع الحقوق محفوظة</p></footer></body></html>"
        return Array(html.utf8)
    }
}
