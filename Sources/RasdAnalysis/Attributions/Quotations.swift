import RasdText

/// A quotation: the tokens of its opening and closing marks.
struct Quotation: Sendable, Equatable {
    let open: Int
    let close: Int

    /// The quoted tokens.
    var inner: Range<Int> { (open + 1)..<close }
}

/// Pairs the quotation marks of a text. `« »` pair by direction. `“ ” " „` pair by what touches
/// them, because pages use them either way round and leave some unclosed: a mark with a space
/// before it and a word glued after opens (and drops an unclosed one before it), one glued to the
/// word before and not to a word after closes (or is dropped if nothing is open), and any other
/// (`و”تقنيات متطورة”`, `بسلام "،`) opens or closes in turn. A quotation never crosses a paragraph: a mark left
/// open at a line break is dropped.
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
                let spaceBefore = index == 0 || token.spaceBefore
                let wordAfter = index + 1 < text.count && !text[index + 1].spaceBefore
                    && (text[index + 1].isWord || text[index + 1].kind == .number)
                let opens = spaceBefore && wordAfter, closes = !spaceBefore && !wordAfter
                if let opened = open {
                    guard !opened.guillemet else { break }
                    if opens {
                        open = (index, false)
                    } else {
                        quotations.append(Quotation(open: opened.index, close: index))
                        open = nil
                    }
                } else if !closes {
                    open = (index, false)
                }
            default:
                break
            }
        }
        return quotations.filter { $0.close > $0.open + 1 }
    }
}
