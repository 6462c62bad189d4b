import RasdText

/// Finds the site chrome of a scraped article — navigation, related-article blocks, share and
/// comment lines, copyright, the site's self-description, page controls, tag lists, metadata lines
/// and junk — line by line, from each line's features and cues and from where it stands on the page
/// relative to the article body. The body's own paragraphs are never marked.
///
/// Layout rules, beyond what a line says on its own:
/// - the body is the run from the first to the last body paragraph (a line of 12+ words, or 5+
///   words ending a sentence, that carries no chrome cue); the header is what comes before it, the
///   footer what comes after;
/// - in the header and footer, short lines that are not the title (a site name such as
///   `Political Keys`, a credit) are `metadata`, and weak cues (no colon) count;
/// - a related marker after the article's footer (after `المصدر:`, tags, copyright, the site's
///   description) or after the last body paragraph opens a `related` block to the end of the text,
///   less the page controls, share and copyright lines that close the page;
/// - a related marker inside the body covers its own line, plus up to three short headline lines
///   right after it when the marker stands alone (`اقرأ أيضًا:`);
/// - a line repeated right after itself (a title printed twice) is `navigation` the second time:
///   the copy comes from the page's breadcrumb or header, not from the article.
///
/// Adjacent lines of one kind, with only blank lines between them, make one block.
public struct BoilerplateStage: Stage {
    public let name = "boilerplate"

    public init() {}

    public func run(_ analysis: inout DocumentAnalysis) {
        let page = PageLayout(source: analysis.source, lines: analysis.lines)
        analysis.boilerplate = page.blocks(in: analysis.source)
    }
}
