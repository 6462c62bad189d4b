import Testing
@testable import RasdAnalysis

/// RSS and Atom feeds written by the team, and the documents they become.
@Suite("Feed reader")
struct FeedReaderTests {
    static func documents(_ xml: String, name: String = "feed.xml") -> [Result<DocumentInput, InputError>] {
        switch FeedReader.read(Array(xml.utf8), location: name, idStem: "feed") {
        case .success(let contents): return contents.items
        case .failure(let error): return [.failure(error)]
        }
    }

    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel>
      <title>أخبار الريف</title>
      <link>https://rif.example/</link>
      <item>
        <title>افتتاح سوق للمزارعين في الساحة القديمة</title>
        <link>https://rif.example/news/market</link>
        <guid isPermaLink="false">rif-1001</guid>
        <pubDate>Tue, 11 Feb 2025 08:45:00 +0300</pubDate>
        <dc:creator>ليلى الحسيني</dc:creator>
        <description>ملخص قصير</description>
        <content:encoded><![CDATA[<p>افتتحت البلدية صباح اليوم سوقا أسبوعية للمزارعين.</p><script>x()</script><p>ويستمر السوق حتى المساء.</p>]]></content:encoded>
      </item>
      <item>
        <title>ارتفاع منسوب النهر بعد الأمطار</title>
        <link>https://rif.example/news/river</link>
        <pubDate>12 Feb 25 06:00 GMT</pubDate>
        <author>desk@rif.example (سامي يوسف)</author>
        <description>&lt;p&gt;ارتفع منسوب النهر &amp;amp; حذرت الدفاع المدني.&lt;/p&gt;</description>
      </item>
    </channel></rss>
    """

    @Test("RSS items: title line then the content as text; link, guid, RFC 822 date, dc:creator, channel title as outlet")
    func rssItems() throws {
        let items = Self.documents(Self.rss)
        #expect(items.count == 2)
        let first = try items[0].get()
        #expect(first == DocumentInput(
            id: "rif-1001",
            text: "افتتاح سوق للمزارعين في الساحة القديمة\nافتتحت البلدية صباح اليوم سوقا أسبوعية للمزارعين.\nويستمر السوق حتى المساء.",
            title: "افتتاح سوق للمزارعين في الساحة القديمة", url: "https://rif.example/news/market", outlet: "أخبار الريف",
            author: "ليلى الحسيني", published: "2025-02-11T08:45:00"))
    }

    @Test("RSS description with escaped HTML; author as e-mail (name); a two-digit year without seconds")
    func rssEscapedDescription() throws {
        let second = try Self.documents(Self.rss)[1].get()
        #expect(second.text == "ارتفاع منسوب النهر بعد الأمطار\nارتفع منسوب النهر & حذرت الدفاع المدني.")
        #expect(second.author == "سامي يوسف")
        #expect(second.published == "2025-02-12T06:00")
        #expect(second.id == "https://rif.example/news/river")
    }

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title type="text">نشرة الساحل</title>
      <entry>
        <id>tag:sahel.example,2025:42</id>
        <title>وصول أول شحنة من القمح إلى الميناء</title>
        <link rel="self" href="https://sahel.example/api/42"/>
        <link rel="alternate" href="https://sahel.example/2025/02/wheat"/>
        <published>2025-02-13T10:20:00+01:00</published>
        <updated>2025-02-13T12:00:00+01:00</updated>
        <author><name>نادية بن علي</name></author>
        <content type="html">&lt;p&gt;رست السفينة فجر الخميس.&lt;/p&gt;&lt;p&gt;وتحمل ثلاثين ألف طن.&lt;/p&gt;</content>
      </entry>
      <entry>
        <id>tag:sahel.example,2025:43</id>
        <title>مهرجان الشعر</title>
        <updated>2025-02-14</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>يفتتح المهرجان <b>مساء السبت</b>.</p></div></content>
      </entry>
      <entry><id>tag:sahel.example,2025:44</id><summary type="text">سطر أول
         سطر ثان</summary></entry>
    </feed>
    """

    @Test("Atom entries: alternate link, published over updated, author name, HTML content")
    func atomEntry() throws {
        let entry = try Self.documents(Self.atom)[0].get()
        #expect(entry == DocumentInput(
            id: "tag:sahel.example,2025:42",
            text: "وصول أول شحنة من القمح إلى الميناء\nرست السفينة فجر الخميس.\nوتحمل ثلاثين ألف طن.",
            title: "وصول أول شحنة من القمح إلى الميناء", url: "https://sahel.example/2025/02/wheat",
            outlet: "نشرة الساحل", author: "نادية بن علي", published: "2025-02-13T10:20:00"))
    }

    @Test("Atom xhtml content and text summaries; updated when nothing is published")
    func atomContentTypes() throws {
        let items = Self.documents(Self.atom)
        let second = try items[1].get()
        #expect(second.text == "مهرجان الشعر\nيفتتح المهرجان مساء السبت.")
        #expect(second.published == "2025-02-14")
        #expect(try items[2].get().text == "سطر أول\nسطر ثان")
    }

    @Test("An item with neither title nor content is reported by its number; the others are read")
    func emptyItem() {
        let xml = "<rss><channel><item><title>أ</title></item><item><link>https://x.example/</link></item><item><title>ب</title></item></channel></rss>"
        let items = Self.documents(xml)
        #expect(items.count == 3)
        #expect((try? items[0].get().text) == "أ")
        #expect(items[1] == .failure(InputError("feed.xml:item 2", .noText("the item has no title and no content"))))
        #expect((try? items[2].get().text) == "ب")
    }

    @Test("Broken XML is still read: a bare ampersand, an HTML entity, an unclosed element")
    func brokenXML() throws {
        let xml = "<rss><channel><item><title>القمح & الشعير&nbsp;اليوم</title><description>نص <b>غير مغلق</description></item></channel>"
        let item = try Self.documents(xml)[0].get()
        #expect(item.title == "القمح & الشعير اليوم")
        #expect(item.text == "القمح & الشعير اليوم\nنص غير مغلق")
    }

    @Test("XML that is not a feed is refused with its root element")
    func notAFeed() {
        let items = Self.documents("<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>", name: "map.xml")
        #expect(items == [.failure(InputError("map.xml", .unsupportedFormat("not an RSS or Atom feed (its root element is <urlset>)")))])
    }

    @Test("RFC 822 dates", arguments: [
        ("Tue, 11 Feb 2025 08:45:00 +0300", "2025-02-11T08:45:00"),
        ("11 Feb 2025 08:45 GMT", "2025-02-11T08:45"),
        ("Tue, 11 February 2025", "2025-02-11"),
        ("Sat, 1 Mar 99 23:59:59 EST", "1999-03-01T23:59:59"),
    ])
    func rfc822(input: String, expected: String) {
        #expect(RFC822Date.normalize(input) == expected)
    }

    @Test("Not RFC 822 dates", arguments: ["2025-02-11", "31 Feb 2025", "Tue, 11 Foo 2025", "11 Feb 2025 25:00", "أمس"])
    func notRFC822(input: String) {
        #expect(RFC822Date.normalize(input) == nil)
    }
}
