import Foundation
import Testing
@testable import RasdAnalysis

/// Small WARC files written in the test, read as a crawl's would be.
@Suite("WARC reader")
struct WARCReaderTests {
    static func page(_ title: String, _ body: String, published: String? = nil) -> String {
        let meta = published.map { "<meta property=\"article:published_time\" content=\"\($0)\">" } ?? ""
        return "<html><head><title>\(title)</title>\(meta)</head><body><nav>الرئيسية</nav><article><h1>\(title)</h1><p>\(body)</p></article></body></html>"
    }

    /// One WARC record; `block` is written as is, with its length.
    static func record(_ type: String, id: String, uri: String? = nil, contentType: String = "application/http; msgtype=response",
                       block: [UInt8], extraFields: String = "") -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2025-03-01T00:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\n\(extraFields)Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(id: String, uri: String, status: String = "200 OK", contentType: String = "text/html; charset=utf-8",
                         headers: String = "", body: [UInt8]) -> [UInt8] {
        let http = Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(headers)\r\n".utf8) + body
        return record("response", id: id, uri: uri, block: http)
    }

    static func documents(_ bytes: [UInt8], chunk: Int = 1 << 16, limit: Int = 1 << 20) -> [Result<DocumentInput, InputError>] {
        var reader = WARCDocumentReader(ChunkedSource(bytes: bytes, chunk: chunk), name: "crawl.warc", idStem: "crawl",
                                        maxDocumentBytes: limit)
        var results: [Result<DocumentInput, InputError>] = []
        while let result = reader.next() { results.append(result) }
        return results
    }

    /// Hands out at most `chunk` bytes a read, to cross every buffer boundary.
    struct ChunkedSource: ByteSource {
        let bytes: [UInt8]
        let chunk: Int
        var offset = 0

        mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
            let count = min(chunk, maxCount, bytes.count - offset)
            buffer.append(contentsOf: bytes[offset..<(offset + count)])
            offset += count
            return count
        }
    }

    static let crawl: [UInt8] =
        record("warcinfo", id: "0000", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8))
        + record("request", id: "0001", uri: "https://rif.example/a", contentType: "application/http; msgtype=request",
                 block: Array("GET /a HTTP/1.1\r\nHost: rif.example\r\n\r\n".utf8))
        + response(id: "0002", uri: "https://rif.example/a",
                   body: Array(page("افتتاح سوق للمزارعين", "افتتحت البلدية سوقا أسبوعية.", published: "2025-02-11").utf8))
        + response(id: "0003", uri: "https://rif.example/logo.png", contentType: "image/png", body: [0x89, 0x50, 0x4E, 0x47])
        + response(id: "0004", uri: "https://rif.example/old", status: "301 Moved Permanently", body: Array("<p>نقل</p>".utf8))
        + record("metadata", id: "0005", uri: "https://rif.example/a", contentType: "application/warc-fields",
                 block: Array("via: x\r\n".utf8))
        + response(id: "0006", uri: "https://rif.example/b", body: Array(page("ارتفاع منسوب النهر", "حذر الدفاع المدني السكان.").utf8))

    @Test("HTML responses become documents: id from WARC-Record-ID, url from WARC-Target-URI; other records pass")
    func responses() throws {
        let results = Self.documents(Self.crawl)
        #expect(results.count == 2)
        let first = try results[0].get()
        #expect(first.id == "urn:uuid:0002")
        #expect(first.url == "https://rif.example/a")
        #expect(first.text == "افتتاح سوق للمزارعين\nافتتحت البلدية سوقا أسبوعية.")
        #expect(first.title == "افتتاح سوق للمزارعين")
        #expect(try results[1].get().id == "urn:uuid:0006")
    }

    @Test("The page's date is the published date; WARC-Date (the crawl's) never is")
    func publishedNotCrawlDate() throws {
        let results = Self.documents(Self.crawl)
        #expect(try results[0].get().published == "2025-02-11")
        #expect(try results[1].get().published == nil)
    }

    @Test("Read seven bytes at a time, the records come out the same")
    func smallChunks() {
        #expect(Self.documents(Self.crawl, chunk: 7) == Self.documents(Self.crawl))
    }

    @Test("A bad record in the middle is reported as file:record N and the next one is read")
    func badRecordInTheMiddle() throws {
        let bad = Self.response(id: "0101", uri: "https://rif.example/bad", body: [0x3C, 0x70, 0x3E, 0xD9, 0xFF, 0x3C])
        let noLength = Array("WARC/1.0\r\nWARC-Type: response\r\n\r\nشيء ما\r\n\r\n".utf8)
        let good = Self.response(id: "0102", uri: "https://rif.example/c", body: Array(Self.page("عنوان", "نص الخبر.").utf8))
        let results = Self.documents(bad + noLength + good)
        #expect(results.count == 3)
        #expect(results[0] == .failure(InputError("crawl.warc:record 1", .invalidUTF8(byteOffset: 3))))
        #expect(results[1] == .failure(InputError("crawl.warc:record 2", .malformed("the record has no valid Content-Length"))))
        #expect(try results[2].get().id == "urn:uuid:0102")
    }

    @Test("A record cut short at the end of the file is reported")
    func truncated() {
        let whole = Self.response(id: "0201", uri: "https://rif.example/d", body: Array(Self.page("عنوان", "نص.").utf8))
        let results = Self.documents(Array(whole.prefix(whole.count - 30)))
        #expect(results.count == 1)
        if case .failure(let error) = results.first {
            #expect(error.location == "crawl.warc:record 1")
            #expect(error.description.contains("ends inside the record"))
        } else {
            Issue.record("expected a failure, got \(results)")
        }
    }

    @Test("A record over the size limit is skipped without being held; the next is read")
    func oversized() throws {
        let big = Self.response(id: "0301", uri: "https://rif.example/big",
                                body: Array(Self.page("كبير", String(repeating: "كلمة ", count: 5_000)).utf8))
        let small = Self.response(id: "0302", uri: "https://rif.example/small", body: Array(Self.page("صغير", "نص.").utf8))
        let results = Self.documents(big + small, chunk: 1000, limit: 10_000)
        #expect(results.count == 2)
        if case .failure(let error) = results[0] { #expect(error.location == "crawl.warc:record 1") }
        else { Issue.record("expected a failure") }
        #expect(try results[1].get().id == "urn:uuid:0302")
    }

    @Test("A chunked, gzip-encoded HTTP payload is de-chunked and inflated")
    func chunkedGzipPayload() throws {
        let html = Array(Self.page("مضغوط", "نص مضغوط ومقطع.").utf8)
        let gzipped = try Gzip.compress(html)
        let half = gzipped.count / 2
        var chunked = Array(String(half, radix: 16).utf8) + [0x0D, 0x0A] + gzipped[..<half] + [0x0D, 0x0A]
        chunked += Array(String(gzipped.count - half, radix: 16).utf8) + [0x0D, 0x0A] + gzipped[half...] + [0x0D, 0x0A]
        chunked += Array("0\r\n\r\n".utf8)
        let record = Self.response(id: "0401", uri: "https://rif.example/z",
                                   headers: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", body: chunked)
        let document = try #require(Self.documents(record).first).get()
        #expect(document.text == "مضغوط\nنص مضغوط ومقطع.")
    }

    @Test("A .warc.gz of one gzip member per record reads like the plain file")
    func gzipMembers() throws {
        var members: [UInt8] = []
        var offset = 0
        // Cut the plain crawl at record boundaries: each record ends with CRLF CRLF before "WARC/".
        let plain = Self.crawl
        let marker = Array("\r\n\r\nWARC/".utf8)
        var cuts: [Int] = []
        var index = 0
        while index + marker.count <= plain.count {
            if plain[index..<(index + marker.count)].elementsEqual(marker) { cuts.append(index + 4) }
            index += 1
        }
        for cut in cuts + [plain.count] {
            members += try Gzip.compress(Array(plain[offset..<cut]))
            offset = cut
        }
        var reader = WARCDocumentReader(try GzipByteSource(ChunkedSource(bytes: members, chunk: 100)), name: "crawl.warc.gz",
                                        idStem: "crawl", maxDocumentBytes: 1 << 20)
        var ids: [String] = []
        while let result = reader.next() { ids.append(try result.get().id) }
        #expect(cuts.count == 6)
        #expect(ids == ["urn:uuid:0002", "urn:uuid:0006"])
    }

    @Test("A Windows-1256 page that says so is converted; an undeclared one is invalid UTF-8")
    func legacyCharset() throws {
        // "سوق" in Windows-1256.
        let body = Array("<p>".utf8) + [0xD3, 0xE6, 0xDE] + Array("</p>".utf8)
        let declared = Self.response(id: "0501", uri: "https://rif.example/w", contentType: "text/html; charset=windows-1256", body: body)
        #expect(try Self.documents(declared)[0].get().text == "سوق")
        let undeclared = Self.response(id: "0502", uri: "https://rif.example/u", contentType: "text/html", body: body)
        #expect(Self.documents(undeclared) == [.failure(InputError("crawl.warc:record 1", .invalidUTF8(byteOffset: 3)))])
    }
}

/// gzip by the system's `gzip`, for writing test inputs.
enum Gzip {
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-gzip-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -c -n \"$0\"", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
