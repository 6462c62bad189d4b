import RasdAnalysis

/// A self-contained, browsable static HTML page of analyzed documents, written in three parts so a
/// caller can stream documents as they are analyzed:
///
///     out.write(HTMLReport.header(title: "Rasd"))
///     for (i, document) in documents.enumerated() { out.write(HTMLReport.section(document, index: i + 1)) }
///     out.write(HTMLReport.footer(count: documents.count))
///
/// The page is Arabic first (`dir="rtl"`), uses inline CSS only, and has no script at all: the
/// "hide boilerplate" and "plain text" toggles are CSS checkboxes, and a Content-Security-Policy
/// forbids scripts and every network request, as a second wall behind the escaping.
///
/// The table of contents sits at the top although its rows are only known as sections arrive:
/// each section writes its own row next to its article, and the page's flex layout (`order`) draws
/// every row above every article, in input order.
///
/// Everything taken from a document is escaped; anchors are built from `index`, never from ids;
/// a URL becomes a link only when it starts with `http://` or `https://`. Span offsets are Unicode
/// scalar offsets into `text` (docs/SCHEMA.md) and are clamped, so bad spans never crash the page.
enum HTMLReport {
    // MARK: - The three parts

    /// The page's head, styles, legend, toggles and the table of contents' heading.
    static func header(title: String) -> String {
        var out = String()
        out.reserveCapacity(8_192)
        out += "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        out += "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"rasd\">\n"
        out += "<title>"
        appendEscaped(title, to: &out)
        out += "</title>\n<style>\n"
        out += css
        out += "</style>\n</head>\n<body>\n<header class=\"page-head\">\n<h1>"
        appendEscaped(title, to: &out)
        out += "</h1>\n<p class=\"sub\">تقرير رصد — النص الأصلي لكل وثيقة مع ما وجده التحليل فيه. "
        out += "مرّر المؤشر فوق أي تظليل لرؤية قيمته.</p>\n</header>\n"
        // The toggles' checkboxes must be siblings that precede <main> for the CSS to reach it.
        out += "<input type=\"checkbox\" id=\"tg-bp\" class=\"tg\">\n"
        out += "<input type=\"checkbox\" id=\"tg-hl\" class=\"tg\">\n"
        out += "<div class=\"bar\">\n<div class=\"toggles\">"
        out += "<label for=\"tg-bp\" class=\"tgl tgl-bp\">إخفاء النصوص الهامشية</label>"
        out += "<label for=\"tg-hl\" class=\"tgl tgl-hl\">إيقاف التظليل</label></div>\n"
        out += legend
        out += "</div>\n<main class=\"report\">\n"
        out += "<h2 class=\"toc-head\" id=\"toc\">المحتويات</h2>\n"
        out += "<div class=\"toc-row toc-cols\" aria-hidden=\"true\"><span class=\"c-n\">#</span>"
        out += "<span class=\"c-id\">المعرّف</span><span class=\"c-t\">العنوان</span>"
        out += "<span class=\"c-o\">المصدر</span><span class=\"c-p\">النشر</span></div>\n"
        return out
    }

    /// One document: its row in the table of contents, then its article (metadata, counts, the
    /// original text with highlights in place, and collapsible tables of what was found).
    static func section(_ document: AnalyzedDocument, index: Int) -> String {
        let scalars = ScalarText(document.text)
        var out = String()
        out.reserveCapacity(document.text.utf8.count * 2 + 4_096)
        let anchor = "doc-\(index)"

        // Table-of-contents row (drawn at the top of the page by the flex `order`).
        out += "<a class=\"toc-row\" href=\"#\(anchor)\"><span class=\"c-n\">\(index)</span><span class=\"c-id\"><bdi>"
        appendEscaped(clip(document.id, 40), to: &out)
        out += "</bdi></span><span class=\"c-t\">"
        appendEscaped(clip(displayTitle(document, scalars), 110), to: &out)
        out += "</span>"
        appendTOCCell("c-o", document.outlet, to: &out)
        appendTOCCell("c-p", document.published, to: &out)
        out += "</a>\n"

        out += "<article class=\"doc\" id=\"\(anchor)\">\n<header class=\"doc-head\">\n"
        out += "<h2><span class=\"num\">\(index)</span> "
        appendEscaped(document.title ?? displayTitle(document, scalars), to: &out)
        out += "</h2>\n<dl class=\"meta\">"
        appendField("المعرّف", document.id, isolate: true, to: &out)
        appendField("المصدر", document.outlet, to: &out)
        appendField("الكاتب", document.author, to: &out)
        appendField("النشر", document.published, isolate: true, to: &out)
        appendField("اللغة", document.language, isolate: true, to: &out)
        out += "<div><dt>الرابط</dt><dd>"
        appendURL(document.url, to: &out)
        out += "</dd></div></dl>\n"
        appendCounts(document, scalarCount: scalars.count, to: &out)
        out += "</header>\n<div class=\"text\" lang=\""
        appendEscaped(document.language, to: &out)
        // Arabic text is laid out right to left even when it opens with Latin chrome.
        out += document.language == "ar" ? "\" dir=\"rtl\">" : "\" dir=\"auto\">"
        if scalars.count == 0 {
            out += "<span class=\"empty\">(نص فارغ)</span>"
        } else {
            appendHighlightedText(scalars, marks: marks(for: document), to: &out)
        }
        out += "</div>\n"
        appendDetails(document, to: &out)
        out += "<p class=\"up\"><a href=\"#toc\">↑ المحتويات</a></p>\n</article>\n"
        return out
    }

    /// Closes the table of contents with the document count, then the page.
    static func footer(count: Int) -> String {
        var out = "<div class=\"toc-row toc-foot\">"
        out += count == 0 ? "لا توجد وثائق" : "عدد الوثائق: \(count)"
        out += "</div>\n</main>\n<footer class=\"page-foot\">أُنشئ بواسطة رصد (Rasd). "
        out += "الإزاحات بنقاط يونيكود في النص الأصلي.</footer>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Highlighting

    /// A highlight over `start..<end` (Unicode scalar offsets), on one layer. `openFirst` opens the
    /// piece that begins at `start`; `openRest` re-opens the span after a cut.
    private struct Mark {
        var start: Int
        var end: Int
        var layer: Int
        var openFirst: String
        var openRest: String
    }

    /// Layers from outermost to innermost: nesting order of the wrapped spans.
    private enum Layer {
        static let sentence = 0, boilerplate = 1, content = 2, cue = 3, speaker = 4, via = 5
        static let event = 6, entity = 7, date = 8, quantity = 9
        static let count = 10
    }

    /// At most this many spans of one layer are open at any point: honest input overlaps little,
    /// and the cap keeps a hostile pile of overlapping spans linear.
    private static let maxOpenPerLayer = 3

    private static func mark(_ start: Int, _ end: Int, layer: Int, classes: String, title: String?,
                             firstExtra: String = "") -> Mark {
        var rest = "<span class=\"\(classes)\""
        if let title {
            rest += " title=\""
            appendEscaped(title, to: &rest)
            rest += "\""
        }
        let first = firstExtra.isEmpty ? rest + ">" : rest + " " + firstExtra + ">"
        return Mark(start: start, end: end, layer: layer, openFirst: first, openRest: rest + ">")
    }

    private static func marks(for document: AnalyzedDocument) -> [Mark] {
        var marks: [Mark] = []
        marks.reserveCapacity(document.sentences.count + document.boilerplate.count + document.entities.count
                              + document.dates.count + document.quantities.count + document.durations.count
                              + document.attributions.count * 4 + document.events.count)
        for (i, sentence) in document.sentences.enumerated() {
            marks.append(mark(sentence.start, sentence.end, layer: Layer.sentence,
                              classes: i % 2 == 0 ? "s s0" : "s s1", title: nil))
        }
        for block in document.boilerplate {
            let label = boilerplateLabel(block.kind)
            var extra = "data-k=\""
            appendEscaped(label, to: &extra)
            extra += "\""
            marks.append(mark(block.start, block.end, layer: Layer.boilerplate, classes: "bp",
                              title: "نص هامشي: \(label) (\(block.kind.rawValue))", firstExtra: extra))
        }
        for attribution in document.attributions {
            let speakerName = attribution.speaker.map { reference in
                reference.entity.map { "\(reference.text) [\($0)]" } ?? reference.text
            } ?? "—"
            let chain = attribution.via.map { reference in
                reference.entity.map { "\(reference.text) [\($0)]" } ?? reference.text
            }.joined(separator: " ← ")
            var summary = "المتحدث: \(speakerName)"
            if !chain.isEmpty { summary += "\nعبر: \(chain)" }
            summary += "\n\(attribution.stance == "deny" ? "نفي" : "تأكيد") (\(attribution.stance))"
            summary += attribution.direct ? " · اقتباس مباشر" : " · نقل غير مباشر"
            marks.append(mark(attribution.content.start, attribution.content.end, layer: Layer.content,
                              classes: attribution.stance == "deny" ? "hl say deny" : "hl say",
                              title: "مضمون التصريح\n" + summary))
            marks.append(mark(attribution.cue.start, attribution.cue.end, layer: Layer.cue,
                              classes: "hl cue", title: "فعل القول\n" + summary))
            if let speaker = attribution.speaker {
                marks.append(mark(speaker.start, speaker.end, layer: Layer.speaker,
                                  classes: "hl spk", title: summary))
            }
            for (depth, via) in attribution.via.enumerated() {
                let id = via.entity.map { " [\($0)]" } ?? ""
                marks.append(mark(via.start, via.end, layer: Layer.via, classes: "hl via",
                                  title: "عبر (\(depth + 1)): \(via.text)\(id)\nالسلسلة: \(chain)\nالمتحدث: \(speakerName)"))
            }
        }
        for event in document.events {
            var title = "حدث: \(event.type)"
            if !event.participants.isEmpty { title += "\nالمشاركون: " + event.participants.joined(separator: "، ") }
            if let place = event.place { title += "\nالمكان: \(place)" }
            if let date = event.date { title += "\nالتاريخ: \(date)" }
            marks.append(mark(event.trigger.start, event.trigger.end, layer: Layer.event,
                              classes: "hl evt", title: title))
        }
        for entity in document.entities {
            marks.append(mark(entity.start, entity.end, layer: Layer.entity,
                              classes: "hl ent ent-\(entityClass(entity.type))", title: entityTitle(entity)))
        }
        for date in document.dates {
            marks.append(mark(date.start, date.end, layer: Layer.date, classes: "hl dat", title: dateTitle(date)))
        }
        for quantity in document.quantities {
            marks.append(mark(quantity.start, quantity.end, layer: Layer.quantity, classes: "hl qty",
                              title: quantityTitle(quantity)))
        }
        for duration in document.durations {
            marks.append(mark(duration.start, duration.end, layer: Layer.date, classes: "hl dur",
                              title: "مدة: \(number(duration.value)) \(duration.unit)"))
        }
        return marks
    }

    /// Writes `scalars` with every mark in place. The text is cut at every span boundary; each
    /// piece is wrapped in the spans covering it, nested by layer, and only the spans that change
    /// between neighbouring pieces are closed and re-opened, so overlaps always yield well-formed
    /// HTML. Offsets are clamped to the text; empty and inverted spans are dropped.
    private static func appendHighlightedText(_ scalars: ScalarText, marks input: [Mark], to out: inout String) {
        let n = scalars.count
        var marks: [Mark] = []
        marks.reserveCapacity(input.count)
        for var m in input {
            guard m.start < m.end, m.end > 0, m.start < n, m.layer >= 0, m.layer < Layer.count else { continue }
            m.start = max(0, m.start)
            m.end = min(n, m.end)
            marks.append(m)
        }
        // By start; at one start, outer layers first, longer first.
        marks.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.layer != b.layer { return a.layer < b.layer }
            return a.end > b.end
        }
        var points: [Int] = [0, n]
        points.reserveCapacity(marks.count * 2 + 2)
        for m in marks {
            points.append(m.start)
            points.append(m.end)
        }
        points.sort()

        var active: [Int] = []      // marks covering the current piece, in nesting order
        var open: [Int] = []        // the spans open in the output, in nesting order
        var openPerLayer = [Int](repeating: 0, count: Layer.count)
        var next = 0
        var previous = -1
        for (k, a) in points.enumerated() where a != previous && a < n {
            previous = a
            // The next distinct boundary after a.
            var j = k + 1
            while j < points.count && points[j] == a { j += 1 }
            let b = j < points.count ? points[j] : n

            var changed = false
            if active.contains(where: { marks[$0].end <= a }) {
                active.removeAll { index in
                    guard marks[index].end <= a else { return false }
                    openPerLayer[marks[index].layer] -= 1
                    return true
                }
                changed = true
            }
            while next < marks.count && marks[next].start <= a {
                let m = marks[next]
                if m.end > a && openPerLayer[m.layer] < maxOpenPerLayer {
                    active.append(next)
                    openPerLayer[m.layer] += 1
                    changed = true
                }
                next += 1
            }
            if changed {
                active.sort { x, y in
                    let mx = marks[x], my = marks[y]
                    if mx.layer != my.layer { return mx.layer < my.layer }
                    if mx.start != my.start { return mx.start < my.start }
                    if mx.end != my.end { return mx.end > my.end }
                    return x < y
                }
                var common = 0
                while common < open.count && common < active.count && open[common] == active[common] { common += 1 }
                for _ in common..<open.count { out += "</span>" }
                for index in active[common...] {
                    out += marks[index].start == a ? marks[index].openFirst : marks[index].openRest
                }
                open = active
            }
            appendEscaped(scalars.slice(a, b), to: &out)
        }
        for _ in open { out += "</span>" }
    }

    // MARK: - Titles and labels

    private static func entityClass(_ type: String) -> String {
        switch type {
        case "PER": "per"
        case "ORG": "org"
        case "GPE": "gpe"
        case "LOC": "loc"
        default: "misc"
        }
    }

    private static func entityTitle(_ entity: EntityMention) -> String {
        var title = "\(entity.type) — \(entity.canonical ?? entity.text)"
        if let arabic = entity.canonicalAr { title += "\n\(arabic)" }
        if let role = entity.role { title += "\nالصفة: \(role)" }
        title += "\nid: \(entity.entity)"
        return title
    }

    private static func dateTitle(_ date: DateMention) -> String {
        var title = "تاريخ: \(date.value ?? "غير محدد (null)")"
        if let end = date.endValue { title += " → \(end)" }
        title += "\nالدقة: \(date.grain ?? "—")"
        if date.relative { title += "\nنسبي، محسوب من تاريخ النشر" }
        if let hijri = date.hijri { title += "\nهجري: \(hijri)" }
        return title
    }

    private static func quantityTitle(_ quantity: QuantityMention) -> String {
        var title = "كمية: \(qualifierLabel(quantity.qualifier)) \(number(quantity.value))"
        if let max = quantity.valueMax { title += " – \(number(max))" }
        if let unit = quantity.unit { title += " \(unit)" }
        if let lemma = quantity.unitLemma, lemma != quantity.unit { title += " (\(lemma))" }
        if let per = quantity.per { title += " / \(per)" }
        title += "\nqualifier: \(quantity.qualifier)"
        return title
    }

    private static func qualifierLabel(_ qualifier: String) -> String {
        switch qualifier {
        case "exact": ""
        case "approx": "نحو"
        case "more_than": "أكثر من"
        case "less_than": "أقل من"
        case "at_least": "على الأقل"
        case "at_most": "على الأكثر"
        case "range": "بين"
        default: qualifier
        }
    }

    private static let boilerplateLabels: [BoilerplateKind: String] = [
        .navigation: "تنقّل", .related: "مقالات ذات صلة", .share: "مشاركة", .comments: "تعليقات",
        .copyright: "حقوق", .siteDescription: "وصف الموقع", .control: "أزرار", .keywords: "كلمات دلالية",
        .metadata: "بيانات وصفية", .junk: "شوائب",
    ]

    private static func boilerplateLabel(_ kind: BoilerplateKind) -> String {
        boilerplateLabels[kind] ?? kind.rawValue
    }

    /// A number as the contract means it: integral values without a fraction.
    private static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    // MARK: - Metadata, counts, details

    private static func displayTitle(_ document: AnalyzedDocument, _ scalars: ScalarText) -> String {
        if let title = document.title, !title.allSatisfy(\.isWhitespace) { return title }
        // The first sentence outside boilerplate, else the start of the text.
        let chrome = document.boilerplate
        for sentence in document.sentences.prefix(64) {
            let inChrome = chrome.prefix(256).contains { $0.start <= sentence.start && sentence.end <= $0.end }
            let text = scalars.slice(sentence.start, min(sentence.end, sentence.start + 400))
            if !inChrome, !text.allSatisfy(\.isWhitespace) {
                return firstWords(text)
            }
        }
        let words = firstWords(scalars.slice(0, 400))
        return words.isEmpty ? "(بلا عنوان)" : words
    }

    private static func firstWords(_ text: Substring, _ count: Int = 14) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace }).prefix(count + 1)
        let joined = words.prefix(count).joined(separator: " ")
        return words.count > count ? joined + "…" : joined
    }

    /// The first `limit` characters of `text` on one line, with an ellipsis when cut; O(limit).
    private static func clip(_ text: String, _ limit: Int) -> String {
        var cut = text[...]
        var clipped = false
        if let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex {
            cut = text[..<end]
            clipped = true
        }
        var result = cut.contains(where: \.isNewline)
            ? cut.split(whereSeparator: \.isNewline).joined(separator: " ") : String(cut)
        if clipped { result += "…" }
        return result
    }

    private static func appendTOCCell(_ cls: String, _ value: String?, to out: inout String) {
        guard let value, !value.allSatisfy(\.isWhitespace) else {
            out += "<span class=\"\(cls) none\">—</span>"
            return
        }
        out += "<span class=\"\(cls)\"><bdi>"
        appendEscaped(clip(value, 60), to: &out)
        out += "</bdi></span>"
    }

    private static func appendField(_ label: String, _ value: String?, isolate: Bool = false, to out: inout String) {
        out += "<div><dt>\(label)</dt><dd>"
        if let value, !value.isEmpty {
            if isolate { out += "<bdi>" }
            appendEscaped(value, to: &out)
            if isolate { out += "</bdi>" }
        } else {
            out += "<span class=\"none\">—</span>"
        }
        out += "</dd></div>"
    }

    /// The URL as text; a link only for http(s), which cannot run script.
    private static func appendURL(_ url: String?, to out: inout String) {
        guard let url, !url.isEmpty else {
            out += "<span class=\"none\">—</span>"
            return
        }
        let lower = url.prefix(8).lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            out += "<a class=\"url\" dir=\"ltr\" href=\""
            appendEscaped(url, to: &out)
            out += "\" rel=\"noopener noreferrer\" target=\"_blank\">"
            appendEscaped(url, to: &out)
            out += "</a>"
        } else {
            out += "<span class=\"url\" dir=\"ltr\">"
            appendEscaped(url, to: &out)
            out += "</span>"
        }
    }

    private static func appendCounts(_ document: AnalyzedDocument, scalarCount: Int, to out: inout String) {
        func chip(_ label: String, _ count: Int, _ cls: String = "") {
            out += "<li class=\"chip\(cls.isEmpty ? "" : " " + cls)\(count == 0 ? " zero" : "")\">"
            out += "\(label) <b>\(count)</b></li>"
        }
        out += "<ul class=\"counts\">"
        chip("حروف", scalarCount)
        chip("جمل", document.sentences.count)
        chip("كيانات", document.entities.count, "k-ent")
        chip("تواريخ", document.dates.count, "k-dat")
        chip("كميات", document.quantities.count, "k-qty")
        chip("مدد", document.durations.count, "k-dur")
        chip("تصريحات", document.attributions.count, "k-say")
        chip("أحداث", document.events.count, "k-evt")
        chip("ادعاءات", document.claims.count)
        chip("نصوص هامشية", document.boilerplate.count, "k-bp")
        out += "</ul>\n"
        if !document.boilerplate.isEmpty {
            var byKind: [BoilerplateKind: Int] = [:]
            for block in document.boilerplate { byKind[block.kind, default: 0] += 1 }
            out += "<ul class=\"counts bp-kinds\">"
            for kind in BoilerplateKind.allCases {
                guard let count = byKind[kind] else { continue }
                out += "<li class=\"chip k-bp\" title=\"\(kind.rawValue)\">"
                appendEscaped(boilerplateLabel(kind), to: &out)
                out += " <b>\(count)</b></li>"
            }
            out += "</ul>\n"
        }
    }

    /// Rows shown per table; the JSON output has them all.
    private static let maxTableRows = 500

    /// Tables of everything found, collapsed; the same facts as the hover titles, readable on a phone.
    private static func appendDetails(_ document: AnalyzedDocument, to out: inout String) {
        let total = document.entities.count + document.dates.count + document.quantities.count
            + document.durations.count + document.attributions.count + document.events.count + document.claims.count
        guard total > 0 else { return }
        out += "<details class=\"found\"><summary>ما وجده التحليل (\(total))</summary>\n"

        func table(_ caption: String, _ headers: [String], _ rows: [[String?]]) {
            guard !rows.isEmpty else { return }
            out += "<div class=\"tw\"><table><caption>\(caption) (\(rows.count))</caption><thead><tr>"
            for header in headers { out += "<th>\(header)</th>" }
            out += "</tr></thead><tbody>"
            for row in rows.prefix(maxTableRows) {
                out += "<tr>"
                for cell in row {
                    out += "<td>"
                    if let cell, !cell.isEmpty { appendEscaped(clip(cell, 240), to: &out) } else { out += "—" }
                    out += "</td>"
                }
                out += "</tr>"
            }
            out += "</tbody></table>"
            if rows.count > maxTableRows { out += "<p class=\"more\">… و\(rows.count - maxTableRows) أخرى</p>" }
            out += "</div>\n"
        }

        table("الكيانات", ["النص", "النوع", "الاسم المعتمد", "المعرّف", "الصفة"], document.entities.map {
            [$0.text, $0.type, [$0.canonical, $0.canonicalAr].compactMap { $0 }.joined(separator: " · "), $0.entity, $0.role]
        })
        table("التواريخ", ["النص", "القيمة", "الدقة", "نسبي"], document.dates.map {
            [$0.text, ($0.value ?? "null") + ($0.endValue.map { " → \($0)" } ?? ""), $0.grain, $0.relative ? "نعم" : "لا"]
        })
        table("الكميات", ["النص", "القيمة", "الوحدة", "الصيغة", "المعدل"], document.quantities.map {
            [$0.text, number($0.value) + ($0.valueMax.map { " – \(number($0))" } ?? ""), $0.unit, $0.qualifier, $0.per]
        })
        table("المدد", ["النص", "الطول", "الوحدة"], document.durations.map {
            [$0.text, number($0.value), $0.unit]
        })
        table("التصريحات", ["المتحدث", "الفعل", "عبر", "الموقف", "المضمون"], document.attributions.map { a in
            [a.speaker.map { s in s.entity.map { "\(s.text) [\($0)]" } ?? s.text }, a.cue.text,
             a.via.map { v in v.entity.map { "\(v.text) [\($0)]" } ?? v.text }.joined(separator: " ← "),
             a.stance + (a.direct ? " · مباشر" : ""), a.content.text]
        })
        table("الأحداث", ["النوع", "الكلمة", "المشاركون", "المكان", "التاريخ"], document.events.map {
            [$0.type, $0.trigger.text, $0.participants.joined(separator: "، "), $0.place, $0.date]
        })
        table("الادعاءات", ["المصدر", "الفاعل", "المسند", "المفعول", "القيمة", "التاريخ", "الدليل"], document.claims.map { claim in
            let value = claim.value.map { v in (claim.qualifier.map { "\($0) " } ?? "") + number(v) }
            return [claim.source, claim.subject, claim.predicate, claim.object, value, claim.date, claim.evidence.text]
        })
        out += "</details>\n"
    }

    // MARK: - Escaping

    /// Appends `text` escaped for HTML text and quoted attribute values alike: `& < > " '` become
    /// references and NUL becomes U+FFFD. The characters escaped are ASCII, so the text is scanned
    /// as UTF-8 and copied in runs between them.
    static func appendEscaped(_ text: String, to out: inout String) {
        appendEscaped(text[...], to: &out)
    }

    static func appendEscaped(_ text: Substring, to out: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let replacement: String?
            switch utf8[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            case 0: replacement = "\u{FFFD}"
            default: replacement = nil
            }
            let after = utf8.index(after: i)
            if let replacement {
                if runStart != i { out += text[runStart..<i] }
                out += replacement
                runStart = after
            }
            i = after
        }
        if runStart != utf8.endIndex { out += text[runStart..<utf8.endIndex] }
    }

    static func escape(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &out)
        return out
    }

    /// A text addressed by Unicode scalar offsets, as every span in the contract is: the offsets
    /// index the text's Unicode scalars (never its Characters), and are clamped to the text.
    private struct ScalarText {
        let text: String
        /// The index of every Unicode scalar, then `endIndex`.
        let indices: [String.Index]

        init(_ text: String) {
            self.text = text
            var indices: [String.Index] = []
            indices.reserveCapacity(text.utf8.count + 1)
            var i = text.unicodeScalars.startIndex
            while i != text.unicodeScalars.endIndex {
                indices.append(i)
                i = text.unicodeScalars.index(after: i)
            }
            indices.append(text.endIndex)
            self.indices = indices
        }

        var count: Int { indices.count - 1 }

        /// The scalars `start..<end`, clamped; empty when the range is empty or inverted.
        func slice(_ start: Int, _ end: Int) -> Substring {
            let s = max(0, min(start, count)), e = max(s, min(end, count))
            return Substring(text.unicodeScalars[indices[s]..<indices[e]])
        }
    }

    // MARK: - Page furniture

    private static let legend = """
    <div class="legend" aria-label="دليل الألوان"><span class="lg">دليل الألوان:</span>\
    <span class="hl ent ent-per">شخص</span>\
    <span class="hl ent ent-org">منظمة</span>\
    <span class="hl ent ent-gpe">دولة/مدينة</span>\
    <span class="hl ent ent-loc">مكان</span>\
    <span class="hl ent ent-misc">أخرى</span>\
    <span class="hl dat">تاريخ</span>\
    <span class="hl qty">كمية</span>\
    <span class="hl dur">مدة</span>\
    <span class="hl spk">متحدث</span>\
    <span class="hl cue">فعل القول</span>\
    <span class="hl say">مضمون التصريح</span>\
    <span class="hl say deny">نفي</span>\
    <span class="hl via">عبر وكالة</span>\
    <span class="hl evt">حدث</span>\
    <span class="bp lg-bp" data-k="هامش">نص هامشي</span>\
    <span class="s s1 lg-s">جملة</span>
    </div>

    """

    private static let css = """
    :root{color-scheme:light;--fg:#1d2330;--muted:#6b7280;--line:#e3e6eb;--card:#fff;--bg:#f3f4f6;--accent:#1e5aa8}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.7 system-ui,"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,"Arial",sans-serif}
    a{color:var(--accent)}
    bdi{unicode-bidi:isolate}
    .page-head,.bar,.report,.page-foot{max-width:62rem;margin-inline:auto;padding-inline:1rem}
    .page-head h1{margin:1.2rem 0 .2rem;font-size:1.6rem}
    .sub{margin:0 0 .6rem;color:var(--muted);font-size:.9rem}
    .tg{position:absolute;opacity:0;pointer-events:none}
    .bar{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);padding-block:.4rem}
    .toggles{display:flex;flex-wrap:wrap;gap:.4rem;margin-bottom:.3rem}
    .tgl{cursor:pointer;user-select:none;font-size:.85rem;border:1px solid var(--line);background:#fff;border-radius:999px;padding:.1rem .7rem}
    .tgl::before{content:"☐ "}
    #tg-bp:checked~.bar .tgl-bp::before,#tg-hl:checked~.bar .tgl-hl::before{content:"☑ "}
    #tg-bp:checked~.bar .tgl-bp,#tg-hl:checked~.bar .tgl-hl{background:#e8f0fb;border-color:#b6cbe9}
    #tg-bp:focus-visible~.bar .tgl-bp,#tg-hl:focus-visible~.bar .tgl-hl{outline:2px solid var(--accent)}
    .legend{display:flex;flex-wrap:wrap;gap:.3rem .5rem;font-size:.8rem;line-height:1.9;align-items:center}
    .lg{color:var(--muted)}
    .report{display:flex;flex-direction:column;padding-block:1rem}
    .toc-head{order:1;margin:.2rem 0 .4rem;font-size:1.15rem}
    .toc-row{order:2;display:grid;grid-template-columns:2.2rem minmax(5rem,9rem) 1fr minmax(5rem,10rem) 6.5rem;gap:.6rem;
      padding:.35rem .7rem;background:var(--card);border-inline:1px solid var(--line);border-bottom:1px solid var(--line);
      text-decoration:none;color:inherit;font-size:.9rem;align-items:baseline}
    a.toc-row:hover{background:#eef3fb}
    .toc-cols{border-top:1px solid var(--line);border-radius:8px 8px 0 0;color:var(--muted);font-size:.8rem;font-weight:600}
    .toc-foot{order:3;display:block;border-radius:0 0 8px 8px;color:var(--muted);font-size:.85rem;margin-bottom:1.2rem}
    .toc-row>span{overflow:hidden;text-overflow:ellipsis;min-width:0}
    .c-n{color:var(--muted)}
    .c-id{direction:ltr;text-align:right;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;white-space:nowrap}
    .c-p{direction:ltr;text-align:right;font-size:.82rem;white-space:nowrap;color:var(--muted)}
    .doc{order:4;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.2rem;margin-bottom:1.4rem;scroll-margin-top:6rem}
    .doc-head h2{margin:0 0 .5rem;font-size:1.25rem;line-height:1.5}
    .num{display:inline-block;min-width:1.8rem;text-align:center;background:#e8f0fb;color:var(--accent);border-radius:6px;font-size:.9rem;padding:0 .3rem}
    .meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.15rem 1rem;margin:0 0 .6rem;font-size:.88rem}
    .meta div{display:flex;gap:.5rem;min-width:0}
    .meta dt{color:var(--muted);flex:none}
    .meta dd{margin:0;min-width:0;overflow-wrap:anywhere}
    .url{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere}
    .none{color:#aab}
    .counts{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;margin:0 0 .4rem;padding:0;font-size:.8rem}
    .chip{border:1px solid var(--line);border-radius:999px;padding:0 .6rem;background:#fafbfc}
    .chip.zero{color:#a0a6b0}
    .chip.k-bp{background:#f1f1f1}
    .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.08rem;line-height:2.05;border-top:1px solid var(--line);padding-top:.7rem;margin-top:.5rem}
    .empty{color:var(--muted)}
    .s{-webkit-box-decoration-break:clone;box-decoration-break:clone}
    .s1{background:#f3f5f8}
    .hl{border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
    .ent-per{background:#dbe8ff;box-shadow:inset 0 -2px #6d9be8}
    .ent-org{background:#daf5e2;box-shadow:inset 0 -2px #55b97a}
    .ent-gpe{background:#ffe7cf;box-shadow:inset 0 -2px #e59a4f}
    .ent-loc{background:#f6f0c4;box-shadow:inset 0 -2px #c9b53c}
    .ent-misc{background:#ece6f5;box-shadow:inset 0 -2px #a290c4}
    .dat{background:#d6f3f5;box-shadow:inset 0 -2px #2fa7b3}
    .qty{background:#fde1ee;box-shadow:inset 0 -2px #d9609a}
    .dur{box-shadow:inset 0 -2px #2fa7b3;text-decoration:underline dotted #2fa7b3}
    .say{background:#f6f0ff}
    .say.deny{background:#fff0ee}
    .spk{box-shadow:inset 0 -3px #7b4fd6;font-weight:600}
    .cue{color:#6a3fc4;font-weight:600;text-decoration:underline dotted}
    .via{box-shadow:inset 0 -2px #178b7a;text-decoration:underline dashed #178b7a}
    .evt{text-decoration:underline wavy #c0392b;text-underline-offset:4px}
    .bp{color:#8a8f98;font-size:.84em}
    .bp[data-k]::before{content:attr(data-k);display:inline-block;font-size:.72rem;line-height:1.4;color:#666;background:#ececec;
      border:1px solid #ddd;border-radius:4px;padding:0 .3rem;margin-inline-end:.3rem;vertical-align:.1em;font-weight:400;white-space:nowrap}
    .legend .hl,.legend .bp,.legend .s{padding:0 .3rem}
    .legend .lg-bp::before{margin-inline-end:.2rem}
    #tg-bp:checked~.report .doc .bp{display:none}
    #tg-hl:checked~.report .doc .hl{background:none;box-shadow:none;text-decoration:none;font-weight:inherit;color:inherit}
    #tg-hl:checked~.report .doc .s1{background:none}
    .found{margin-top:.8rem;font-size:.88rem}
    .found summary{cursor:pointer;color:var(--accent)}
    .tw{overflow-x:auto;margin:.5rem 0}
    table{border-collapse:collapse;width:100%}
    caption{text-align:start;font-weight:600;padding:.2rem 0}
    th,td{border:1px solid var(--line);padding:.2rem .4rem;text-align:start;vertical-align:top}
    th{background:#f6f7f9;font-weight:600;white-space:nowrap}
    .more{color:var(--muted);margin:.2rem 0}
    .up{margin:.6rem 0 0;font-size:.8rem}
    .page-foot{color:var(--muted);font-size:.8rem;padding-block:1rem 2rem}
    @media (max-width:640px){
      body{font-size:15px}
      .toc-row{display:flex;flex-wrap:wrap;gap:0 .7rem;align-items:baseline}
      .toc-cols{display:none}
      .toc-cols+.toc-row{border-top:1px solid var(--line);border-radius:8px 8px 0 0}
      .toc-row .c-n{flex:none;width:1.6rem}
      .toc-row .c-t{flex:1 1 calc(100% - 2.6rem);order:1}
      .toc-row .c-id{margin-inline-start:2.3rem;order:2}
      .toc-row .c-o{order:3}
      .toc-row .c-p{order:4}
      .toc-row .c-id,.toc-row .c-o,.toc-row .c-p{font-size:.78rem;color:var(--muted)}
      .toc-row .none{display:none}
      .doc{padding:.8rem .8rem;border-radius:8px}
      .text{font-size:1.02rem;line-height:1.95}
      .bar{position:static}
    }
    @media print{.bar,.tg,.up{display:none}.doc{break-inside:auto;border:0}}

    """
}
