import Foundation
import Testing

@Suite("rasd analyze --html")
struct HTMLReportTests {
    @Test("the report escapes everything from an article: script and markup stay inert text")
    func hostileArticleIsInert() throws {
        let folder = try RasdProcess.scratchFolder()
        let article = folder.appendingPathComponent("hostile.txt")
        let text = """
        عنوان <script>alert(1)</script> الخبر
        قال المتحدث "><img src=x onerror=alert(1)> إن الاجتماع انتهى.</textarea><!--
        """
        try text.write(to: article, atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("report/page.html")

        let output = try RasdProcess.rasd("analyze", "--html", page.path, article.path)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("wrote \(page.path)"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("dir=\"rtl\""))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("</textarea><!--"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("onerror=alert(1)"))  // present, but only as escaped text
        #expect(!html.contains("http://") || html.contains("rel=\"noopener noreferrer\""))
    }

    @Test("the report makes no network request: no external URLs in src or href")
    func selfContained() throws {
        let page = try RasdProcess.scratchFolder().appendingPathComponent("examples.html")
        let output = try RasdProcess.rasd("analyze", "--html", page.path, "Examples/articles")
        #expect(output.status == 0, "\(output.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(html.contains("01-lavrov-pyongyang-rail-protocol"))
    }
}
