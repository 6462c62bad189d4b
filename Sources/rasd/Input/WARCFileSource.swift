import Foundation
import RasdAnalysis

/// A WARC file as bytes: plain, or gzip-compressed (`.warc.gz`, or any file that starts with the
/// gzip magic bytes), read in chunks either way.
struct WARCFileSource: ByteSource {
    // One of the two is set; each is mutated in place (no copy of its buffers per read).
    private var plain: PrefixedSource?
    private var gzip: GzipByteSource<PrefixedSource>?

    init(handle: FileHandle) throws {
        let head = try handle.read(upToCount: 1 << 16) ?? Data()
        let source = PrefixedSource(prefix: Array(head), rest: FileByteSource(handle))
        if head.count >= 2, head[head.startIndex] == 0x1F, head[head.startIndex + 1] == 0x8B {
            gzip = try GzipByteSource(source)
        } else {
            plain = source
        }
    }

    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        if gzip != nil { return try gzip!.read(into: &buffer, maxCount: maxCount) }
        return try plain!.read(into: &buffer, maxCount: maxCount)
    }
}

/// Bytes already read from the start of a file, then the rest of it.
struct PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private var rest: FileByteSource

    init(prefix: [UInt8], rest: FileByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        guard offset < prefix.count else { return try rest.read(into: &buffer, maxCount: maxCount) }
        let count = min(maxCount, prefix.count - offset)
        buffer.append(contentsOf: prefix[offset..<(offset + count)])
        offset += count
        return count
    }
}
