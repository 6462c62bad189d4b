import RasdText

/// A quotation: the tokens of its opening and closing marks.
struct Quotation: Sendable, Equatable {
    let open: Int
    let close: Int

    /// The quoted tokens.
    var inner: Range<Int> { (open + 1)..<close }
}

/// Pairs the quotation marks of a text. `« »` pair by direction; `“ ” " „` alternate, because pages
/// use them either way round (`و”تقنيات متطورة”`). A quotation never crosses a paragraph: a mark
/// left open at a line break is dropped.
enum Quotations {
    static func find(in text: GrammarText) -> [Quotation] {
        var quotations: [Quotation] = []
        var open: (index: Int, guillemet: Bool)?
        let scalars = text.source.scalars
        for index in 0..<text.count {
            let token = text[index]
            if token.lineBreakBefore { open = nil }
            guard token.kind == .punctuation || token.kind == .symbol, token.start < scalars.count else { continue }
            let mark = scalars[token.start]
            switch mark {
            case "«":
                if open == nil { open = (index, true) }
            case "»":
                if let opened = open, opened.guillemet {
                    quotations.append(Quotation(open: opened.index, close: index))
                    open = nil
                }
            case "“", "”", "\"", "„", "″", "＂":
                if let opened = open {
                    if !opened.guillemet {
                        quotations.append(Quotation(open: opened.index, close: index))
                        open = nil
                    }
                } else {
                    open = (index, false)
                }
            default:
                break
            }
        }
        return quotations.filter { $0.close > $0.open + 1 }
    }
}
