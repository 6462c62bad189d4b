import Foundation
import Testing

/// `rasd analyze` on the inputs beyond text and JSON Lines: HTML pages, WARC files, feeds, patterns.
@Suite("rasd analyze: HTML, WARC, feeds, patterns")
struct InputFormatTests {
    static func page(_ title: String, _ body: String) -> String {
        """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>\(title) - أخبار الريف</title>
        <meta property="og:site_name" content="أخبار الريف">
        <meta property="article:published_time" content="2025-02-11T08:45:00+03:00">
        <link rel="canonical" href="https://rif.example/agri/trees"></head>
        <body><nav><a href="/">الرئيسية</a><a href="/s">رياضة</a></nav>
        <article><h1>\(title)</h1><p>\(body)</p><div class="share">شارك</div></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """
    }

    static func warcRecord(id: String, uri: String, html: [UInt8]) -> [UInt8] {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8) + html
        let header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Target-URI: \(uri)\r\n"
            + "WARC-Date: 2025-03-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    @Test("An HTML page: the article's text, the page's title, outlet, address and date")
    func htmlPage() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("trees.html")
        try Self.page("خطة لزراعة مليون شجرة", "أعلنت وزارة الزراعة اليوم عن خطة لزراعة مليون شجرة.")
            .write(to: path, atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", path.path)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try RasdProcess.documents(output.stdout).first)
        #expect(document["id"] as? String == "trees")
        #expect(document["text"] as? String == "خطة لزراعة مليون شجرة\nأعلنت وزارة الزراعة اليوم عن خطة لزراعة مليون شجرة.")
        #expect(document["title"] as? String == "خطة لزراعة مليون شجرة")
        #expect(document["outlet"] as? String == "أخبار الريف")
        #expect(document["url"] as? String == "https://rif.example/agri/trees")
        #expect(document["published"] as? String == "2025-02-11T08:45:00")
    }

    @Test("A WARC with a bad record in the middle: the others are analyzed, the bad one named, exit status 1")
    func warcWithBadRecord() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("crawl.warc")
        let first = Self.warcRecord(id: "a1", uri: "https://rif.example/1", html: Array(Self.page("سوق المزارعين", "افتتحت البلدية سوقا.").utf8))
        let bad = Self.warcRecord(id: "a2", uri: "https://rif.example/2", html: [0x3C, 0x70, 0x3E, 0xFF, 0xFE])
        let third = Self.warcRecord(id: "a3", uri: "https://rif.example/3", html: Array(Self.page("منسوب النهر", "ارتفع منسوب النهر.").utf8))
        try Data(first + bad + third).write(to: path)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", path.path)
        #expect(output.status == 1)
        let documents = try RasdProcess.documents(output.stdout)
        #expect(documents.compactMap { $0["id"] as? String } == ["urn:uuid:a1", "urn:uuid:a3"])
        #expect(documents.first?["url"] as? String == "https://rif.example/1")
        #expect(output.stderr.contains("\(path.path):record 2: not valid UTF-8 at byte 3"))
        #expect(output.stderr.contains("2 documents analyzed, 1 inputs failed"))
    }

    @Test("A .warc.gz of gzip members, one per record")
    func warcGzip() throws {
        let folder = try RasdProcess.scratchFolder()
        let plain = folder.appendingPathComponent("one.warc")
        let record = Self.warcRecord(id: "g1", uri: "https://rif.example/g", html: Array(Self.page("مضغوط", "نص الخبر.").utf8))
        try Data(record + record).write(to: plain)
        let gzip = try RasdProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -c \"$0\" > \"$0.gz\"", plain.path])
        #expect(gzip.status == 0)
        try FileManager.default.removeItem(at: plain)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", folder.path)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String } == ["urn:uuid:g1", "urn:uuid:g1"])
    }

    @Test("An RSS feed: one document per item, a bad item named by its number")
    func feed() throws {
        let folder = try RasdProcess.scratchFolder()
        let path = folder.appendingPathComponent("news.rss")
        try """
        <rss version="2.0"><channel><title>أخبار الريف</title>
        <item><title>افتتاح السوق</title><guid>rif-1</guid><pubDate>Tue, 11 Feb 2025 08:45:00 +0300</pubDate>
        <description>&lt;p&gt;افتتحت البلدية سوقا للمزارعين.&lt;/p&gt;</description></item>
        <item><link>https://rif.example/empty</link></item>
        <item><title>منسوب النهر</title><guid>rif-3</guid><description>ارتفع منسوب النهر.</description></item>
        </channel></rss>
        """.write(to: path, atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", path.path)
        #expect(output.status == 1)
        let documents = try RasdProcess.documents(output.stdout)
        #expect(documents.compactMap { $0["id"] as? String } == ["rif-1", "rif-3"])
        #expect(documents.first?["text"] as? String == "افتتاح السوق\nافتتحت البلدية سوقا للمزارعين.")
        #expect(documents.first?["published"] as? String == "2025-02-11T08:45:00")
        #expect(documents.first?["outlet"] as? String == "أخبار الريف")
        #expect(output.stderr.contains("\(path.path):item 2: the item has no title and no content"))
    }

    @Test("A quoted pattern with ** is expanded; one that matches nothing is an error")
    func glob() throws {
        let folder = try RasdProcess.scratchFolder()
        for (name, title) in [("a.html", "الأول"), ("sub/b.html", "الثاني"), ("sub/deeper/c.html", "الثالث")] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.page(title, "نص الخبر \(title).").write(to: url, atomically: true, encoding: .utf8)
        }
        try "نص عادي".write(to: folder.appendingPathComponent("sub/notes.txt"), atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", "\(folder.path)/**/*.html", "\(folder.path)/*.warc")
        #expect(output.status == 1)
        #expect(try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String } == ["a", "b", "c"])
        #expect(output.stderr.contains("\(folder.path)/*.warc: cannot be read: no file matches this pattern"))
    }

    @Test("A folder is walked for the new kinds; an .xml file that is not a feed is passed over")
    func folderWalk() throws {
        let folder = try RasdProcess.scratchFolder()
        try Self.page("صفحة", "نص الصفحة.").write(to: folder.appendingPathComponent("page.htm"), atomically: true, encoding: .utf8)
        try "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>e1</id><title>مدخل</title></entry></feed>"
            .write(to: folder.appendingPathComponent("feed.xml"), atomically: true, encoding: .utf8)
        try "<urlset><url><loc>https://x.example/</loc></url></urlset>"
            .write(to: folder.appendingPathComponent("sitemap.xml"), atomically: true, encoding: .utf8)
        let output = try RasdProcess.rasd("analyze", "--format", "jsonl", folder.path)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try RasdProcess.documents(output.stdout).compactMap { $0["id"] as? String } == ["e1", "page"])
    }

    @Test("rasd ingest reads a page, a feed and a WARC through the same reader, twice without duplicates")
    func ingest() throws {
        let folder = try RasdProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.sqlite").path
        let first = try RasdProcess.rasd("ingest", "--db", store, "Examples/inputs")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("5 documents added, 0 already stored"))
        let second = try RasdProcess.rasd("ingest", "--db", store, "Examples/inputs/*.warc", "Examples/inputs/coast-news.rss")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("0 documents added, 4 already stored"))
    }

    @Test("--input-format takes the new kinds, and its message lists them")
    func inputFormatOption() throws {
        let page = try RasdProcess.rasd("analyze", "--format", "jsonl", "--input-format", "html", "-",
                                        stdin: Data(Self.page("من المدخل", "نص من المدخل القياسي.").utf8))
        #expect(page.status == 0, "\(page.stderr)")
        #expect(try RasdProcess.documents(page.stdout).first?["title"] as? String == "من المدخل")
        let wrong = try RasdProcess.rasd("analyze", "--input-format", "pdf", "x.pdf")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--input-format must be text, jsonl, html, warc or feed, not 'pdf'"))
        let help = try RasdProcess.rasd("analyze", "--help")
        #expect(help.stdout.contains(".warc.gz"))
    }
}
