import Testing
@testable import RasdAnalysis

@Suite("HTML tokenizer")
struct HTMLTokenizerTests {
    /// The tokens of `html`, with text and raw text shown as strings.
    static func tokens(_ html: String, xml: Bool = false) -> [HTMLToken] {
        var copy = html
        return copy.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes, xml: xml)
            var tokens: [HTMLToken] = []
            while let token = tokenizer.next() { tokens.append(token) }
            return tokens
        }
    }

    static func texts(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        return tokens(html).compactMap {
            switch $0 {
            case .text(let range), .rawText(let range, _), .cdata(let range): String(decoding: bytes[range], as: UTF8.self)
            default: nil
            }
        }
    }

    @Test("Attributes: quoted with > inside, single-quoted, unquoted, bare; names lower-cased")
    func attributes() {
        let tokens = Self.tokens(#"<DIV Class="a > b" data-x='ق"ول' id=main hidden>نص</div>"#)
        #expect(tokens.first == .startTag(HTMLTag(name: "div", attributes: [
            HTMLAttribute(name: "class", value: "a > b"), HTMLAttribute(name: "data-x", value: "ق\"ول"),
            HTMLAttribute(name: "id", value: "main"), HTMLAttribute(name: "hidden", value: ""),
        ])))
        #expect(Self.texts(#"<DIV Class="a > b">نص</div>"#) == ["نص"])
    }

    @Test("A < that starts no tag is text")
    func lessThanAsText() {
        #expect(Self.texts("أ < ب و 3<5 و <> و <=") == ["أ < ب و 3<5 و <> و <="])
    }

    @Test("Comments, declarations and processing instructions are not text; an unclosed comment runs to the end")
    func comments() {
        #expect(Self.texts("<!DOCTYPE html><?xml version=\"1.0\"?>أ<!-- ب -->ج<!-->د<!-- لا نهاية <p>هـ") == ["أ", "ج", "د"])
    }

    @Test("Script content is raw text up to its end tag, whatever it holds")
    func scriptRawText() {
        let html = "<script>if (a < b && c > d) { s = '</p><b>'; }</script>بعد"
        #expect(Self.texts(html) == ["if (a < b && c > d) { s = '</p><b>'; }", "بعد"])
        #expect(Self.tokens(html).contains(.endTag("script")))
    }

    @Test("A script without an end tag runs to the end of the input")
    func unclosedScript() {
        #expect(Self.texts("قبل<script>alert(1)<p>بعد</p>") == ["قبل", "alert(1)<p>بعد</p>"])
    }

    @Test("A tag still open at the end of the input is dropped")
    func unclosedTag() {
        #expect(Self.texts("نص <a href=\"x") == ["نص "])
        #expect(Self.texts("نص <div class=a") == ["نص "])
    }

    @Test("XML mode: CDATA sections, and no raw-text elements")
    func xmlMode() {
        let tokens = Self.tokens("<title><![CDATA[عنوان & <b>]]></title>", xml: true)
        #expect(tokens.count == 3)
        #expect(tokens.first == .startTag(HTMLTag(name: "title")))
        if case .cdata(let range) = tokens[1] {
            #expect(String(decoding: Array("<title><![CDATA[عنوان & <b>]]></title>".utf8)[range], as: UTF8.self) == "عنوان & <b>")
        } else {
            Issue.record("expected CDATA, got \(tokens[1])")
        }
    }
}
