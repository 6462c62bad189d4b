/// The documents of a WARC file: one per `response` record whose HTTP payload is an HTML page
/// with a 2xx status (and per `resource` record holding HTML), its article extracted. Requests,
/// metadata, revisits, redirects and non-HTML responses are passed over in silence. A record that
/// cannot become a document is reported as `name:record N` and the file goes on.
///
/// The document's id is the `WARC-Record-ID` (`urn:uuid:…`), else the target address; its `url`
/// is `WARC-Target-URI`. `WARC-Date` is when the page was crawled, not published, and is not used.
public struct WARCDocumentReader<Source: ByteSource> {
    private var records: WARCRecordReader<Source>
    private let name: String
    private let idStem: String
    private let maxDocumentBytes: Int
    private var finished = false

    /// `name` names the file in messages; `idStem` makes an id for a record without one.
    public init(_ source: Source, name: String, idStem: String, maxDocumentBytes: Int) {
        records = WARCRecordReader(source, maxBlockBytes: maxDocumentBytes)
        self.name = name
        self.idStem = idStem
        self.maxDocumentBytes = maxDocumentBytes
    }

    public mutating func next() -> Result<DocumentInput, InputError>? {
        while !finished {
            let outcome: WARCRecordReader<Source>.Outcome?
            do {
                outcome = try records.next()
            } catch {
                finished = true
                return .failure(InputError(name, .unreadable("\(error)")))
            }
            switch outcome {
            case nil:
                finished = true
            case .bad(let number, let reason)?:
                return .failure(InputError("\(name):record \(number)", reason))
            case .record(let record)?:
                if let result = document(from: record) { return result }
            }
        }
        return nil
    }

    /// The record's document, its failure, or nil for a record that holds no page.
    func document(from record: WARCRecord) -> Result<DocumentInput, InputError>? {
        let location = "\(name):record \(record.number)"
        let html: [UInt8]
        var declaredCharset: String?
        switch record.type {
        case "response":
            guard let response = HTTPResponse(record.block) else {
                return .failure(InputError(location, .malformed("the response record holds no HTTP response")))
            }
            guard (200..<300).contains(response.status) else { return nil }
            if let type = response.mediaType {
                guard type.contains("html") else { return nil }
            } else if !MarkupDecoding.looksLikeHTML(response.payload) {
                return nil
            }
            switch response.decodedPayload(limit: maxDocumentBytes) {
            case .failed(let reason): return .failure(InputError(location, reason))
            case .bytes(let bytes): html = bytes
            }
            declaredCharset = response.charset
        case "resource":
            let type = record.fields["content-type"]?.lowercased() ?? ""
            guard type.contains("html") else { return nil }
            html = record.block
            declaredCharset = HTTPResponse.charset(inContentType: type)
        default:
            return nil
        }
        let article: ExtractedArticle
        switch MarkupDecoding.article(html, location: location, declaredCharset: declaredCharset) {
        case .failure(let error): return .failure(error)
        case .success(let extracted): article = extracted
        }
        let id = record.recordID ?? record.targetURI ?? "\(idStem)#\(record.number)"
        return .success(DocumentInput(id: id, article: article, url: record.targetURI))
    }
}
