/// Splits text into sentences: after `.` `!` `?` (and runs like `؟!` `...`) and at every line break,
/// but not inside `2.5`, after abbreviations (`د.` `ق.م.` `U.S.` `Mr.`) or inside a quotation.
///
///     let view = ArabicNormalizer.normalize(SourceText("قال د. أحمد: «الوضع خطير. سنرد». ثم غادر."), level: .clean)
///     SentenceSplitter.sentences(in: view)   // [0, 32) …«…سنرد». and [33, 41) ثم غادر.
///
/// Spans are raw, trimmed of whitespace, in order and never empty; fragments with no letter or digit
/// (a lone `***` line) are not sentences.
public enum SentenceSplitter {
    /// A quotation longer than this (in scalars) does not hold its sentences together: a speech
    /// quoted whole is split like any text, its closing mark still going with its last sentence.
    public static let longestHeldQuotation = 600

    /// The sentences of a clean-level view, as raw spans. Give the `source` the view was made from
    /// when you have it: the raw quotation marks (`“ «` open, `” »` close) settle glued quotes.
    public static func sentences(in view: NormalizedView, source: SourceText? = nil) -> [TextSpan] {
        precondition(source == nil || source!.count == view.rawCount, "source is not the text of this view")
        return view.scalars.withUnsafeBufferPointer { text in
            var scan = Scan(text: text, view: view, raw: source?.scalars)
            scan.run()
            return scan.sentences
        }
    }

    /// `span` without leading and trailing whitespace (empty at its start when it is all whitespace).
    public static func trimmingWhitespace(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, isWhitespace(scalars[start].value) { start += 1 }
        while end > start, isWhitespace(scalars[end - 1].value) { end -= 1 }
        return TextSpan(start: start, end: end)
    }

    /// Whether a span holds a letter or a digit: what separates a sentence from stray punctuation.
    public static func hasContent(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
        scalars[span.range].contains { isContent($0) }
    }
}

extension SentenceSplitter {
    /// One pass over a view notes each line's quotation marks and stops; then each line is cut at
    /// the stops that end a sentence, touching the text again only around them.
    private struct Scan {
        let text: UnsafeBufferPointer<Unicode.Scalar>
        let view: NormalizedView
        let raw: [Unicode.Scalar]?
        var sentences: [TextSpan] = []
        /// Per line, reused: positions of `"` and of `.` `!` `?`.
        private var quotes: [Int] = []
        private var stops: [Int] = []
        /// Per line, reused: the outermost matched quotations, the openers waiting for a closer, every
        /// matched pair, and the opening positions of matched pairs, sorted (a `"` there never ends a sentence).
        private var pairs: [(open: Int, close: Int)] = []
        private var openers: [(position: Int, plain: Bool)] = []
        private var matched: [(open: Int, close: Int)] = []
        private var pairOpens: [Int] = []

        init(text: UnsafeBufferPointer<Unicode.Scalar>, view: NormalizedView, raw: [Unicode.Scalar]?) {
            self.text = text
            self.view = view
            self.raw = raw
        }

        mutating func run() {
            var lineStart = 0
            var index = 0
            let count = text.count
            while index < count {
                let value = text[index].value
                // Everything this pass looks for is below `@` except three line terminators.
                if value > 0x3F, value != 0x85, value | 1 != 0x2029 {
                    index += 1
                    continue
                }
                switch value {
                case 0x22:
                    quotes.append(index)
                case 0x2E, 0x21, 0x3F:
                    stops.append(index)
                case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                    split(line: lineStart..<index)
                    lineStart = index + 1
                default:
                    break
                }
                index += 1
            }
            split(line: lineStart..<count)
        }

        // MARK: Lines

        private mutating func split(line: Range<Int>) {
            defer {
                quotes.removeAll(keepingCapacity: true)
                stops.removeAll(keepingCapacity: true)
            }
            guard !line.isEmpty else { return }
            matchQuotes(in: line)
            var sentenceStart = line.lowerBound
            var content = ContentSearch(from: sentenceStart)
            var pairCursor = 0
            var stopIndex = 0
            while stopIndex < stops.count {
                let stop = stops[stopIndex]
                var runEnd = stop + 1
                while runEnd < line.upperBound, isTerminator(text[runEnd].value) { runEnd += 1 }
                while stopIndex < stops.count, stops[stopIndex] < runEnd { stopIndex += 1 }
                guard stop >= sentenceStart, content.found(before: stop, in: text),
                      let end = sentenceEnd(run: stop..<runEnd, line: line, sentenceStart: sentenceStart)
                else { continue }
                while pairCursor < pairs.count, pairs[pairCursor].close < stop { pairCursor += 1 }
                if pairCursor < pairs.count, pairs[pairCursor].open < stop, end <= pairs[pairCursor].close {
                    continue  // inside a quotation that goes on: «…خطير. سنرد»
                }
                emit(sentenceStart..<end)
                sentenceStart = end
                content = ContentSearch(from: end)
            }
            if content.found(before: line.upperBound, in: text) { emit(sentenceStart..<line.upperBound) }
        }

        /// Finds the first letter or digit after a sentence start, lazily and once: the text before
        /// a stop is searched only when the stop could end a sentence.
        private struct ContentSearch {
            var searched: Int
            var hasContent = false

            init(from start: Int) { searched = start }

            mutating func found(before limit: Int, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
                while !hasContent, searched < limit {
                    hasContent = isContent(text[searched])
                    searched += 1
                }
                return hasContent
            }
        }

        private mutating func emit(_ range: Range<Int>) {
            var start = range.lowerBound
            var end = range.upperBound
            while start < end, isWhitespace(text[start].value) { start += 1 }
            while end > start, isWhitespace(text[end - 1].value) { end -= 1 }
            guard start < end else { return }
            sentences.append(view.rawSpan(ofNormalized: start..<end))
        }

        // MARK: Sentence ends

        /// Where a sentence ends if the terminator run `run` ends it (closing quotes, brackets and
        /// an ellipsis after it included: `؟…`), or `nil` when it does not: `2.5`, `د.`, `U.S.`, `example.com`.
        private func sentenceEnd(run: Range<Int>, line: Range<Int>, sentenceStart: Int) -> Int? {
            if run.count == 1, text[run.lowerBound].value == 0x2E {
                if isAbbreviation(dot: run.lowerBound, line: line) { return nil }
                if isListNumber(dot: run.lowerBound, sentenceStart: sentenceStart) { return nil }
            }
            if run.upperBound < line.upperBound, isASCIIAlphanumeric(text[run.upperBound].value) {
                return nil  // 2.5, 1.200, www.spa.gov.sa, ?id=3
            }
            var end = run.upperBound
            while end < line.upperBound {
                switch text[end].value {
                case 0x29, 0x5D, 0x7D, 0x27, 0x2026:  // ) ] } ' …
                    end += 1
                case 0x22 where !isPairOpen(end):
                    end += 1
                default:
                    return end
                }
            }
            return end
        }

        /// Whether the `.` at `dot` closes an abbreviation: a single letter (`د.` `م.` `J.`), a chain of
        /// them (`ق.م.` `ص.ب.` `U.S.` `e.g.`), or a listed Latin word (`Mr.` `No.`). An era letter
        /// right after a number (`2015م.` `1436 هـ.`) is not one: the year may end the sentence.
        private func isAbbreviation(dot: Int, line: Range<Int>) -> Bool {
            var start = dot
            while start > line.lowerBound, isArabicMark(text[start - 1].value) { start -= 1 }
            let wordEnd = start
            var letters = 0
            var ascii = true
            while start > line.lowerBound {
                let value = text[start - 1].value
                if isArabicMark(value) {
                    start -= 1
                } else if isLetter(value) {
                    letters += 1
                    ascii = ascii && value < 0x80
                    start -= 1
                } else {
                    break
                }
            }
            guard letters > 0 else { return false }
            if letters > 1 {
                guard ascii, let key = Abbreviations.packedKey(text[start..<wordEnd]) else { return false }
                return Abbreviations.latinWords.contains(key)
            }
            // A single letter: extend over a chain of single letters and dots before it.
            var chainStart = start
            while chainStart - 2 >= line.lowerBound, text[chainStart - 1].value == 0x2E,
                  isLetter(text[chainStart - 2].value),
                  chainStart - 2 == line.lowerBound || !isLetter(text[chainStart - 3].value) {
                chainStart -= 2
            }
            var before = chainStart
            if before > line.lowerBound, text[before - 1].value == 0x20 { before -= 1 }
            if before > line.lowerBound, isDigit(text[before - 1].value),
               let key = Abbreviations.packedKey(text[chainStart..<wordEnd]),
               Abbreviations.eraMarkers.contains(key) {
                return false
            }
            return true
        }

        /// Whether the `.` at `dot` numbers a list item: only digits before it in the sentence (`1. …`).
        private func isListNumber(dot: Int, sentenceStart: Int) -> Bool {
            var index = dot
            while index > sentenceStart, isDigit(text[index - 1].value) { index -= 1 }
            guard index < dot else { return false }
            while index > sentenceStart, isWhitespace(text[index - 1].value) { index -= 1 }
            return index == sentenceStart
        }

        // MARK: Quotations

        /// Pairs the line's `"` marks into quotations. A directional mark (`“ «` or `” »` in the raw
        /// text) goes by context first (after a space it opens, before a space it closes), then by its
        /// direction. A plain `"` never nests in another plain one: inside such a quotation it closes,
        /// outside it opens unless only its context says close. Marks unclosed at the line's end are ignored.
        private mutating func matchQuotes(in line: Range<Int>) {
            pairs.removeAll(keepingCapacity: true)
            pairOpens.removeAll(keepingCapacity: true)
            guard !quotes.isEmpty else { return }
            openers.removeAll(keepingCapacity: true)
            matched.removeAll(keepingCapacity: true)
            for position in quotes {
                let mark = Mark(raw: raw.map { $0[view.rawOffset(ofNormalized: position)] })
                let before = position > line.lowerBound ? text[position - 1].value : 0x20
                let after = position + 1 < line.upperBound ? text[position + 1].value : 0x20
                let openContext = isWhitespace(before) || isOpeningContext(before)
                let closeContext = isWhitespace(after) || isClosingContext(after)
                let opens: Bool
                switch mark {
                case .plain:
                    opens = openers.last?.plain == true ? false : !(closeContext && !openContext)
                case .opening, .closing:
                    opens = openContext != closeContext ? openContext : mark == .opening
                }
                if opens {
                    openers.append((position, mark == .plain))
                } else if let open = openers.popLast() {
                    matched.append((open.position, position))
                }
            }
            guard !matched.isEmpty else { return }
            matched.sort { $0.open < $1.open }
            for pair in matched {
                pairOpens.append(pair.open)
                if let last = pairs.last, pair.open < last.close { continue }  // nested in the last one
                if pair.close - pair.open > longestHeldQuotation { continue }
                pairs.append(pair)
            }
        }

        /// What the raw text wrote where the clean view has `"`.
        private enum Mark {
            case plain, opening, closing

            init(raw: Unicode.Scalar?) {
                switch raw?.value {
                case 0x201C, 0x201E, 0x00AB, 0x301D: self = .opening  // “ „ « 〝
                case 0x201D, 0x201F, 0x00BB, 0x301E: self = .closing  // ” ‟ » 〞
                default: self = .plain
                }
            }
        }

        private func isPairOpen(_ position: Int) -> Bool {
            var low = 0
            var high = pairOpens.count
            while low < high {
                let middle = (low + high) / 2
                if pairOpens[middle] < position { low = middle + 1 } else { high = middle }
            }
            return low < pairOpens.count && pairOpens[low] == position
        }
    }
}

// MARK: Scalar classes

extension SentenceSplitter {
    @inline(__always)
    static func isTerminator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F  // . ! ?
    }

    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

    @inline(__always)
    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        isDigit(value) || (value | 0x20) &- 0x61 < 26
    }

    /// Arabic letters (hamza to yeh and the extended letters) and Latin letters.
    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,
             0x0620...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x06FA...0x06FF:
            return true
        default:
            return false
        }
    }

    /// Harakat, tanween, shadda, sukun, dagger alef and Quranic marks: part of the letter before.
    @inline(__always)
    static func isArabicMark(_ value: UInt32) -> Bool {
        (0x064B...0x065F).contains(value) || value == 0x0670 || (0x06D6...0x06ED).contains(value)
    }

    /// Where a `"` after it opens a quotation: `قال: "`, `("`, `،"`.
    @inline(__always)
    static func isOpeningContext(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x5B, 0x7B, 0x3A, 0x2C, 0x3B: return true  // ( [ { : , ;
        default: return false
        }
    }

    /// Where a `"` before it closes a quotation: `"،`, `".`, `")`.
    @inline(__always)
    static func isClosingContext(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2026: return true  // . , ; : ! ? ) ] } …
        default: return false
        }
    }

    /// A letter or digit of any script: what makes a run of text a sentence.
    @inline(__always)
    static func isContent(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return isASCIIAlphanumeric(value) }
        if value < 0x0700 {
            if value >= 0x0600 { return isLetter(value) || (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value) }
            if value < 0x0250 { return isLetter(value) }
        }
        if isWhitespace(value) || (0x2000...0x206F).contains(value) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
