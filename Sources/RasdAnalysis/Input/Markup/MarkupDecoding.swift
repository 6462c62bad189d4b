/// From the bytes of a page to its article, or a message that says why not: gzip data, bytes
/// that are neither UTF-8 nor a declared Arabic 8-bit set (`LegacyCharset`), a page without text.
/// NUL bytes, which browsers ignore in a page, are dropped.
public enum MarkupDecoding {
    public static func article(_ bytes: [UInt8], location: String, declaredCharset: String? = nil)
    -> Result<ExtractedArticle, InputError> {
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            return .failure(InputError(location, .unsupportedFormat("gzip-compressed, not HTML; decompress it first")))
        }
        var utf8 = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
        if String(validating: utf8, as: UTF8.self) == nil {
            let declared = declaredCharset ?? metaCharset(utf8)
            if let legacy = declared.flatMap(LegacyCharset.init(label:)) {
                utf8 = legacy.utf8(utf8)
            } else if case .failure(var error) = TextDecoding.decode(utf8, location: location) {
                if let declared, declared != "utf-8", declared != "utf8", case .invalidUTF8 = error.reason {
                    error.reason = .unsupportedFormat(
                        "not UTF-8 (the page declares \(declared)); convert it to UTF-8 first, e.g. iconv -f \(declared) -t utf-8")
                }
                return .failure(error)
            }
        }
        if utf8.isEmpty { return .failure(InputError(location, .empty)) }
        let article = ArticleExtractor.extract(utf8: utf8)
        if article.text.isEmpty { return .failure(InputError(location, .noText("no article text found in the page"))) }
        return .success(article)
    }

    /// The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB declares.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096))
        return head.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(buffer)
            while let token = tokenizer.next() {
                guard case .startTag(let tag) = token, tag.name == "meta" else { continue }
                if let charset = tag.attribute("charset") { return charset.trimmingSpaces.lowercased() }
                if tag.attribute("http-equiv")?.lowercased() == "content-type",
                   let content = tag.attribute("content"), let charset = HTTPResponse.charset(inContentType: content) {
                    return charset
                }
            }
            return nil
        }
    }

    /// A payload without a media type: does it start like a page?
    static func looksLikeHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>")
    }
}
