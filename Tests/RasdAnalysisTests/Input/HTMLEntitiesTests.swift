import Testing
@testable import RasdAnalysis

@Suite("HTML character references")
struct HTMLEntitiesTests {
    @Test("Named, decimal and hexadecimal references", arguments: [
        ("الأرز &amp; القمح", "الأرز & القمح"),
        ("&lt;b&gt; &quot;قال&quot; &apos;نعم&apos;", "<b> \"قال\" 'نعم'"),
        ("أ&nbsp;ب", "أ\u{00A0}ب"),
        ("&laquo;اتفاق&raquo; &ndash; &mdash; &hellip; &lsquo;x&rsquo; &ldquo;y&rdquo;", "«اتفاق» – — … ‘x’ “y”"),
        ("&copy; 2025 &euro;5 &times;3 &zwnj;", "© 2025 €5 ×3 \u{200C}"),
        ("&#1587;&#1604;&#1575;&#1605;", "سلام"),
        ("&#x633;&#X644;&#x627;&#x645;", "سلام"),
        ("&#150;", "–"),
    ])
    func decodes(input: String, expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }

    @Test("Invalid numeric references become U+FFFD", arguments: ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;"])
    func invalidNumeric(input: String) {
        #expect(HTMLEntities.decode(input) == "\u{FFFD}")
    }

    @Test("Unknown names, a bare ampersand and a reference without digits stay as written", arguments: [
        "&notaname;", "سعر & كمية", "&#;", "&#x;", "&", "ينتهي ب&",
    ])
    func keptAsWritten(input: String) {
        #expect(HTMLEntities.decode(input) == input)
    }

    @Test("Legacy references without a semicolon decode in text, not before = or a letter in an attribute")
    func legacyWithoutSemicolon() {
        #expect(HTMLEntities.decode("أ &amp ب") == "أ & ب")
        let tag = HTMLTokenizerTests.tokens(#"<a href="/p?a=1&copy=2&amp;b=3">"#).first
        #expect(tag == .startTag(HTMLTag(name: "a", attributes: [HTMLAttribute(name: "href", value: "/p?a=1&copy=2&b=3")])))
    }
}
