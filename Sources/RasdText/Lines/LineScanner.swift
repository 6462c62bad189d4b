/// Finds the lines of a text: spans between line terminators (`\n`, `\r\n`, `\r`, U+2028, U+2029,
/// U+0085), terminators excluded. Scraped articles keep their page structure in lines, so
/// boilerplate and metadata work line by line.
public enum LineScanner {
    public static func lines(in scalars: [Unicode.Scalar]) -> [TextSpan] {
        var lines: [TextSpan] = []
        var start = 0
        var index = 0
        let count = scalars.count
        while index < count {
            switch scalars[index].value {
            case 0x0A, 0x0085, 0x2028, 0x2029:
                lines.append(TextSpan(start: start, end: index))
                index += 1
                start = index
            case 0x0D:
                lines.append(TextSpan(start: start, end: index))
                index += (index + 1 < count && scalars[index + 1].value == 0x0A) ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        if start < count { lines.append(TextSpan(start: start, end: count)) }
        return lines
    }

    /// Whether a scalar ends a line.
    @inline(__always)
    public static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x0085, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
