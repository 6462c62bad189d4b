import Foundation

/// Reads a file or stream line by line in fixed-size chunks, so a JSON Lines corpus of any size
/// streams in flat memory. A line longer than `limit` bytes is skipped whole and reported.
struct ChunkedLineReader {
    enum Line {
        case line(number: Int, bytes: ArraySlice<UInt8>)
        case tooLong(number: Int, bytes: Int)
    }

    private let handle: FileHandle
    private let limit: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private var lineNumber = 0
    private let chunkSize = 1 << 20
    /// Set by the owner once the stream is exhausted or failed.
    var isDone = false

    init(handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }

    mutating func next() throws -> Line? {
        var oversized = 0
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let bytes = buffer[position..<newline]
                position = newline + 1
                if oversized > 0 || bytes.count > limit {
                    return .tooLong(number: lineNumber, bytes: oversized + bytes.count)
                }
                return .line(number: lineNumber, bytes: trimCR(bytes))
            }
            if finished {
                guard position < buffer.count || oversized > 0 else { return nil }
                lineNumber += 1
                let bytes = buffer[position...]
                position = buffer.count
                if oversized > 0 || bytes.count > limit {
                    return .tooLong(number: lineNumber, bytes: oversized + bytes.count)
                }
                return .line(number: lineNumber, bytes: trimCR(bytes))
            }
            // Keep the unfinished line, drop what was consumed, read more.
            if buffer.count - position > limit {
                oversized += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.removeSubrange(0..<position)
            }
            position = 0
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func trimCR(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.last == 0x0D ? bytes.dropLast() : bytes
    }
}
