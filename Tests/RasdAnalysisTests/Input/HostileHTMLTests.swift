import Foundation
import Testing
@testable import RasdAnalysis

/// Pages made to break an extractor: they must come out as inert text or nothing, quickly.
@Suite("Hostile HTML")
struct HostileHTMLTests {
    static let paragraph = ArticleExtractorTests.paragraph1

    @Test("An escaped script in the text stays inert text; a real one is dropped")
    func scriptInText() {
        let html = "<p>كتب أحدهم &lt;script&gt;alert(1)&lt;/script&gt; في التعليق</p><script>alert(2)</script>"
        #expect(HTMLText.text(html) == "كتب أحدهم <script>alert(1)</script> في التعليق")
    }

    @Test("An attribute-breaking payload in the text leaves only its inert part")
    func attributeBreakout() {
        let html = #"<p>العنوان: "><img src=x onerror=alert(1)> انتهى</p>"#
        #expect(HTMLText.text(html) == #"العنوان: "> انتهى"#)
    }

    @Test("Unclosed tags everywhere still give the text in order")
    func unclosedTags() {
        let html = "<html><body><div><p>\(Self.paragraph)<p>الفقرة الثانية<div><span><b>الثالثة"
        #expect(ArticleExtractor.extract(html).text == "\(Self.paragraph)\nالفقرة الثانية\nالثالثة")
    }

    @Test("Stray end tags are ignored")
    func strayEndTags() {
        #expect(HTMLText.text("</div></span>أ</p>ب</table></br>ج") == "أ\nب\nج")
    }

    @Test("NUL bytes are dropped, invalid UTF-8 becomes U+FFFD")
    func nulAndInvalidBytes() {
        var bytes = Array("<p>سل\u{0}ام</p><p>".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("</p>".utf8)
        #expect(ArticleExtractor.extract(utf8: bytes).text == "سلام\n\u{FFFD}\u{FFFD}")
    }

    @Test("A page of 200,000 nested elements is read without recursion")
    func deepNesting() {
        let depth = 200_000
        let html = String(repeating: "<div><span>", count: depth) + Self.paragraph + String(repeating: "</span></div>", count: depth / 2)
        #expect(ArticleExtractor.extract(html).text == Self.paragraph)
    }

    @Test("Many end tags without their start tags stay linear")
    func manyStrayEndTags() {
        let html = String(repeating: "<div>", count: 50_000) + String(repeating: "</span>", count: 50_000) + "<p>أ</p>"
        #expect(HTMLText.text(html) == "أ")
    }

    @Test("A tag with a million attributes keeps the first 64")
    func manyAttributes() {
        let html = "<p " + String(repeating: "a=1 ", count: 1_000_000) + ">نص</p>"
        #expect(HTMLText.text(html) == "نص")
        let tokens = HTMLTokenizerTests.tokens("<p " + String(repeating: "a=1 ", count: 100) + ">")
        if case .startTag(let tag)? = tokens.first { #expect(tag.attributes.count == 64) } else { Issue.record("no tag") }
    }

    @Test("A 4 MB page on one line, an unclosed comment and an unclosed attribute value finish")
    func hugeLine() {
        let line = String(repeating: "<span class=\"x\">كلمة</span> ", count: 140_000)   // about 4 MB
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = HTMLText.text("<p>" + line + "</p>") }
        #expect(text.count == 140_000 * 5 - 1)
        #expect(elapsed < .seconds(60))
        #expect(HTMLText.text("<p>أ</p><!--" + String(repeating: "-", count: 1_000_000)) == "أ")
        #expect(HTMLText.text("<p>أ</p><a title=\"" + String(repeating: "> ", count: 1_000_000)) == "أ")
    }
}
