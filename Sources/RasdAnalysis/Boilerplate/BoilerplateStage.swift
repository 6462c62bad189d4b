import RasdText

/// Finds a scraped page's site chrome — menus, read-also blocks, share and comment lines, footers,
/// metadata lines, junk — from each line's features and cues and its place around the article body.
public struct BoilerplateStage: Stage {
    // Layout rules (PageLayout), beyond what a line says on its own:
    // - the body runs from the first to the last body paragraph (12+ words, or 5+ words ending a
    //   sentence, with no chrome cue); the header comes before it, the footer after it. The body's
    //   paragraphs are never marked.
    // - in the header and footer, short lines that are not the title (a site name such as
    //   `Political Keys`, a credit) are `metadata`, and weak cues (a byline without its colon) count.
    // - a related marker right after the article's footer (`المصدر:`, tags, copyright, the site's
    //   description, share or comment lines) or after the last body paragraph opens a `related`
    //   block to the end of the text: another article appended to the page. The controls, share
    //   and copyright lines that close the page stay their own kinds.
    // - a related marker inside the body covers its own line, plus up to three short headline
    //   lines right after it when the marker stands alone (`اقرأ أيضًا:`).
    // - a line repeated right after itself (a title printed twice) is `navigation` the second
    //   time: the copy is the page's breadcrumb or header repeating the headline, not article text.
    // - adjacent lines of one kind, with only blank lines between them, make one block.
    public let name = "boilerplate"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let layout = PageLayout(source: analysis.source, lines: analysis.lines, matching: analysis.matching)
        analysis.lineFeatures = layout.features
        analysis.boilerplate = layout.blocks(in: analysis.source)
    }
}
