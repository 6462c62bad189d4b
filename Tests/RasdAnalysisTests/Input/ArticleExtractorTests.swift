import Testing
@testable import RasdAnalysis

/// The article extractor as a specification: invented pages, written by the team, and the exact
/// text and fields that come out of them.
@Suite("Article extractor")
struct ArticleExtractorTests {
    static let headline = "خطة لزراعة مليون شجرة في المحافظات الجنوبية"
    static let paragraph1 = "أعلنت وزارة الزراعة صباح اليوم عن خطة لزراعة مليون شجرة في المحافظات الجنوبية خلال عامين."
    static let paragraph2 = "وقال المتحدث باسم الوزارة إن المرحلة الأولى تبدأ الشهر المقبل بمشاركة المتطوعين."
    static let paragraph3 = "وتشمل الخطة أشجار الزيتون والنخيل والسدر، وتتولى البلديات سقايتها في الصيف."

    /// A news page with every kind of chrome around one article.
    static let page = """
    <!DOCTYPE html>
    <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>\(headline) - أخبار الريف</title>
    <style>.x { content: "لا يظهر"; }</style><script>var menu = "<p>لا يظهر</p>";</script></head>
    <body>
    <header><a href="/">أخبار الريف</a><nav><ul><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav></header>
    <div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/agri">زراعة</a></div>
    <main>
      <article>
        <h1>\(headline)</h1>
        <div class="share-buttons"><a>فيسبوك</a><a>واتساب</a></div>
        <p>\(paragraph1)</p>
        <!-- <p>تعليق في الشيفرة لا يظهر</p> -->
        <p>\(paragraph2)
           <script>document.write("لا يظهر")</script></p>
        <div class="ad-slot">إعلان ممول</div>
        <p>\(paragraph3)</p>
        <section id="comments"><h3>التعليقات</h3><p>تعليق من قارئ لا يظهر</p></section>
      </article>
      <aside><h3>الأكثر قراءة</h3><p>خبر جانبي لا يظهر في النص</p></aside>
    </main>
    <footer><p>جميع الحقوق محفوظة © 2025 أخبار الريف</p></footer>
    </body></html>
    """

    @Test("The article's text, one line per heading and paragraph, with all the chrome dropped")
    func boilerplateRemoved() {
        let article = ArticleExtractor.extract(Self.page)
        #expect(article.text == [Self.headline, Self.paragraph1, Self.paragraph2, Self.paragraph3].joined(separator: "\n"))
    }

    @Test("<title> gives the title, without the site name after it")
    func documentTitle() {
        let article = ArticleExtractor.extract(
            #"<html><head><title> \#(Self.headline) | أخبار الريف </title><meta property="og:site_name" content="أخبار الريف"></head><body><p>\#(Self.paragraph1)</p></body></html>"#)
        #expect(article.title == Self.headline)
        #expect(article.outlet == "أخبار الريف")
    }

    @Test("Open Graph, article: and author meta tags and the canonical link fill the fields")
    func metaTags() {
        let html = """
        <html><head>
        <meta property="og:title" content="\(Self.headline)">
        <meta property="og:site_name" content="أخبار الريف">
        <meta property="article:published_time" content="2025-02-11T08:45:00+03:00">
        <meta property="article:author" content="https://social.example/profile/123">
        <meta name="author" content="ليلى الحسيني">
        <link rel="canonical" href="https://rif.example/agri/2025/02/trees">
        </head><body><article><p>\(Self.paragraph1)</p></article></body></html>
        """
        let article = ArticleExtractor.extract(html)
        #expect(article == ExtractedArticle(text: Self.paragraph1, title: Self.headline,
                                            url: "https://rif.example/agri/2025/02/trees", outlet: "أخبار الريف",
                                            author: "ليلى الحسيني", published: "2025-02-11T08:45:00"))
    }

    @Test("og:url wins over the canonical link")
    func ogURL() {
        let html = #"<head><link rel="canonical" href="https://a.example/1"><meta property="og:url" content="https://a.example/og"></head><p>\#(Self.paragraph1)</p>"#
        #expect(ArticleExtractor.extract(html).url == "https://a.example/og")
    }

    @Test("JSON-LD in an @graph: headline, datePublished, authors as an array, publisher name")
    func jsonLDGraph() {
        let html = """
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "موقع آخر"},
          {"@type": "NewsArticle", "headline": "\(Self.headline)", "datePublished": "2025-02-11T08:45:00Z",
           "author": [{"@type": "Person", "name": "ليلى الحسيني"}, "سامي يوسف"],
           "publisher": {"@type": "Organization", "name": "أخبار الريف"}}]}
        </script></head><body><p>\(Self.paragraph1)</p></body></html>
        """
        let article = ArticleExtractor.extract(html)
        #expect(article.title == Self.headline)
        #expect(article.published == "2025-02-11T08:45:00")
        #expect(article.author == "ليلى الحسيني، سامي يوسف")
        #expect(article.outlet == "أخبار الريف")
    }

    @Test("JSON-LD as an array with an author object; a broken JSON-LD block is ignored")
    func jsonLDArray() {
        let html = """
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <script type="application/ld+json">[{"@type": ["ReportageNewsArticle"], "datePublished": "2025-02-10",
          "author": {"@type": "Person", "name": "سامي يوسف"}}]</script>
        <p>\(Self.paragraph1)</p>
        """
        let article = ArticleExtractor.extract(html)
        #expect(article.published == "2025-02-10")
        #expect(article.author == "سامي يوسف")
    }

    @Test("itemprop=articleBody is the body even when another block holds more text")
    func articleBodyWins() {
        let html = """
        <div><p>\(Self.paragraph2)</p><p>\(Self.paragraph3)</p><p>\(Self.paragraph2)</p></div>
        <div itemprop="articleBody"><p>\(Self.paragraph1)</p></div>
        """
        #expect(ArticleExtractor.extract(html).text == Self.paragraph1)
    }

    @Test("Without article markup, the container holding the page's Arabic text is the body")
    func densityChoosesTheContainer() {
        let html = """
        <body><div id="top"><a href="/">الرئيسية</a> <a href="/w">العالم</a> <span>الطقس: مشمس</span></div>
        <div id="wrap"><div id="story"><h2>\(Self.headline)</h2><p>\(Self.paragraph1)</p><p>\(Self.paragraph2)</p>
        <p>\(Self.paragraph3)</p></div></div>
        <div id="bottom">روابط: <a href="/a">من نحن</a></div></body>
        """
        #expect(ArticleExtractor.extract(html).text
                == [Self.headline, Self.paragraph1, Self.paragraph2, Self.paragraph3].joined(separator: "\n"))
    }

    @Test("The <h1> before the body becomes its first line")
    func headlineBeforeTheBody() {
        let html = "<h1>\(Self.headline)</h1><div class=\"story-meta\">بقلم ليلى</div><div itemprop=\"articleBody\"><p>\(Self.paragraph1)</p></div>"
        #expect(ArticleExtractor.extract(html).text == Self.headline + "\n" + Self.paragraph1)
    }

    @Test("Line breaks: <br>, list items, table cells; white space collapsed within a line")
    func lineBreaks() {
        let html = "<div>السطر   الأول<br>السطر\n\tالثاني<ul><li>بند أول</li><li>بند&nbsp;ثان</ul><table><tr><td>خلية</td><td>أخرى</td></tr></table></div>"
        #expect(HTMLText.text(html) == "السطر الأول\nالسطر الثاني\nبند أول\nبند ثان\nخلية\nأخرى")
    }

    @Test("Inline elements do not break the line; spaces around them are kept once")
    func inlineElements() {
        #expect(HTMLText.text("<p>قال <b>الوزير</b> <a href='#'>أمس</a>: <em>نعم</em>.</p>") == "قال الوزير أمس: نعم.")
    }

    @Test("A class or id only condemned the whole page: it is read again without that rule")
    func chromeClassFallback() {
        let html = "<div class=\"comments-open\"><p>\(Self.paragraph1)</p></div>"
        #expect(ArticleExtractor.extract(html).text == Self.paragraph1)
    }

    @Test("Hidden elements are dropped")
    func hidden() {
        let html = "<p>\(Self.paragraph1)</p><p hidden>مخفي</p><div style=\"display: none\">مخفي</div><span aria-hidden=\"true\">مخفي</span>"
        #expect(HTMLText.text(html) == Self.paragraph1)
    }

    @Test("Chrome words in class and id match whole words, any case, camel case split", arguments: [
        ("share-buttons", true), ("post_comments", true), ("topAd", true), ("SIDEBAR", true), ("main-nav", true),
        ("breadcrumb", true), ("related-posts", true), ("footer", true), ("head", false), ("shared", false),
        ("address", false), ("download", false), ("article-body", false), ("header", false), ("readmore", false),
    ])
    func chromeNames(value: String, isChrome: Bool) {
        #expect(ChromeNames.isChrome(value) == isChrome)
    }
}
