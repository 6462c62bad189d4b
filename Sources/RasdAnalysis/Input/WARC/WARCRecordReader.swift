/// Reads WARC records (ISO 28500, WARC/1.0 and 1.1) one at a time from a byte stream, holding
/// only the current record. A record over `maxBlockBytes` is skipped without being held; a
/// record whose header is not WARC is reported and the reader moves on to the next line that
/// starts `WARC/`; a record cut short ends the file.
public struct WARCRecordReader<Source: ByteSource> {
    public enum Outcome {
        case record(WARCRecord)
        /// A record that could not be read, with its number and why.
        case bad(number: Int, InputError.Reason)
    }

    private var source: Source
    private var buffer: [UInt8] = []
    private var offset = 0
    private var ended = false
    private var number = 0
    private let maxBlockBytes: Int
    private let chunkSize = 1 << 16
    private static var maxHeaderBytes: Int { 1 << 20 }

    public init(_ source: Source, maxBlockBytes: Int) {
        self.source = source
        self.maxBlockBytes = maxBlockBytes
    }

    /// The next record, nil at the end; throws what the source throws (I/O, corrupt gzip).
    public mutating func next() throws -> Outcome? {
        // Blank lines between records (the block's closing CRLF CRLF) are skipped.
        while true {
            guard let line = try readLine(limit: Self.maxHeaderBytes) else { return nil }
            if line.isEmpty { continue }
            number += 1
            guard line.starts(with: Array("WARC/".utf8)) else {
                try skipToNextRecord()
                return .bad(number: number, .malformed("not a WARC record (its first line is not a WARC/1.x version)"))
            }
            break
        }
        var fields: [String: String] = [:]
        var headerBytes = 0
        while true {
            guard let line = try readLine(limit: Self.maxHeaderBytes) else {
                discardRest()
                return .bad(number: number, .malformed("the file ends inside the record's header"))
            }
            if line.isEmpty { break }
            headerBytes += line.count
            if headerBytes > Self.maxHeaderBytes {
                try skipToNextRecord()
                return .bad(number: number, .malformed("the record's header is over 1 MiB"))
            }
            guard let colon = line.firstIndex(of: 0x3A) else { continue }   // a continuation or junk line
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces
            if fields[name] == nil { fields[name] = value }
        }
        guard let lengthField = fields["content-length"], let length = Int(lengthField), length >= 0 else {
            try skipToNextRecord()
            return .bad(number: number, .malformed("the record has no valid Content-Length"))
        }
        if length > maxBlockBytes {
            let skipped = try skip(length)
            guard skipped == length else {
                discardRest()
                return .bad(number: number, .malformed("the file ends inside the record"))
            }
            return .bad(number: number, .tooLarge(bytes: length, limit: maxBlockBytes))
        }
        guard let block = try readExactly(length) else {
            discardRest()
            return .bad(number: number, .malformed("the file ends inside the record (Content-Length \(length))"))
        }
        return .record(WARCRecord(number: number, fields: fields, block: block))
    }

    // MARK: - Buffered reading

    /// After a record cut short, nothing more is read from the file.
    private mutating func discardRest() {
        buffer.removeAll()
        offset = 0
        ended = true
    }

    /// Makes sure `count` bytes past `offset` are buffered, or as many as remain.
    private mutating func fill(_ count: Int) throws {
        while buffer.count - offset < count && !ended {
            if offset > 0 && offset >= buffer.count / 2 {
                buffer.removeSubrange(0..<offset)
                offset = 0
            }
            if try source.read(into: &buffer, maxCount: max(chunkSize, count - (buffer.count - offset))) == 0 { ended = true }
        }
    }

    /// One line without its CR LF (or LF); nil at the end of the input. A line over `limit` bytes
    /// is cut there.
    private mutating func readLine(limit: Int) throws -> ArraySlice<UInt8>? {
        var searched = 0
        while true {
            if let newline = buffer[(offset + searched)...].firstIndex(of: 0x0A) {
                var line = buffer[offset..<newline]
                offset = newline + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            searched = buffer.count - offset
            if ended || searched >= limit {
                guard searched > 0 else { return nil }
                let line = buffer[offset...]
                offset = buffer.count
                return line
            }
            try fill(searched + chunkSize)
            searched = min(searched, buffer.count - offset)
        }
    }

    private mutating func readExactly(_ count: Int) throws -> [UInt8]? {
        try fill(count)
        guard buffer.count - offset >= count else { return nil }
        let bytes = Array(buffer[offset..<(offset + count)])
        offset += count
        return bytes
    }

    /// Discards `count` bytes without holding them; returns how many there were.
    private mutating func skip(_ count: Int) throws -> Int {
        var left = count
        while left > 0 {
            if buffer.count == offset {
                buffer.removeAll(keepingCapacity: true)
                offset = 0
                try fill(min(left, chunkSize))
                if buffer.isEmpty { break }
            }
            let step = min(left, buffer.count - offset)
            offset += step
            left -= step
        }
        return count - left
    }

    /// Moves to the next line that starts with `WARC/`, leaving it unread.
    private mutating func skipToNextRecord() throws {
        let marker = Array("WARC/".utf8)
        while true {
            try fill(marker.count)
            if buffer.count - offset < marker.count { offset = buffer.count; return }
            if buffer[offset..<(offset + marker.count)].elementsEqual(marker) { return }
            guard try readLine(limit: Self.maxHeaderBytes) != nil else { return }
        }
    }
}
