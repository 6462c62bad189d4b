/// The visible text of a page as it is read, in one byte buffer: white space collapsed to one
/// space within a line, block boundaries as one line feed, NUL bytes dropped. Elements remember
/// where their text starts and ends in it, so any element's text is a slice, never a copy per
/// element.
struct TextCollector {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Arabic scalars (U+0600–U+06FF) and letters of any script (for pages without Arabic) of the
    /// last `append`.
    private(set) var lastArabic = 0
    private(set) var lastLetters = 0

    var count: Int { bytes.count }

    /// Appends decoded text; counts its Arabic scalars and letters into `lastArabic`/`lastLetters`.
    /// Runs of visible bytes are copied whole.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        var arabic = 0, letters = 0
        var index = 0
        let count = text.count
        while index < count {
            let runStart = index
            while index < count {
                let byte = text[index]
                if byte <= 0x20 {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0 { break }
                } else if byte >= 0xD8 && byte <= 0xDB {
                    arabic += 1
                } else if byte == 0xC2, index + 1 < count, text[index + 1] == 0xA0 {   // no-break space
                    break
                } else if byte >= 0xC3 && byte < 0xF5 || ASCII.isLetter(byte) {
                    letters += 1
                }
                index += 1
            }
            if index > runStart {
                if pendingSpace {
                    if let last = bytes.last, last != ASCII.newline { bytes.append(ASCII.space) }
                    pendingSpace = false
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            }
            guard index < count else { break }
            let separator = text[index]
            if separator == 0xC2 {
                pendingSpace = true
                index += 2
            } else {
                if separator != 0 { pendingSpace = true }
                index += 1
            }
        }
        lastArabic = arabic
        lastLetters = letters + arabic
    }

    /// Ends the current line.
    mutating func appendBreak() {
        pendingSpace = false
        if let last = bytes.last, last != ASCII.newline { bytes.append(ASCII.newline) }
    }

    /// The text of `range`: lines trimmed, empty lines dropped, joined by `\n`.
    func text(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var lineStart = range.lowerBound
        var index = range.lowerBound
        func flush(_ end: Int) {
            var start = lineStart, stop = end
            while start < stop, bytes[start] == ASCII.space { start += 1 }
            while stop > start, bytes[stop - 1] == ASCII.space { stop -= 1 }
            guard start < stop else { return }
            if !out.isEmpty { out.append(ASCII.newline) }
            out.append(contentsOf: bytes[start..<stop])
        }
        while index < range.upperBound {
            if bytes[index] == ASCII.newline {
                flush(index)
                lineStart = index + 1
            }
            index += 1
        }
        flush(range.upperBound)
        return String(decoding: out, as: UTF8.self)
    }

    /// Collapses white space in a short string (a title, a meta value): one line, trimmed.
    static func singleLine(_ text: String) -> String? {
        var collector = TextCollector()
        var copy = text
        copy.withUTF8 { collector.append($0) }
        let line = String(decoding: collector.bytes.map { $0 == ASCII.newline ? ASCII.space : $0 }, as: UTF8.self)
        return line.isEmpty ? nil : line
    }
}
