import Foundation

/// Bytes read in chunks, so a multi-gigabyte input streams in flat memory.
public protocol ByteSource {
    /// Appends up to `maxCount` bytes to `buffer` and returns how many; 0 means the end.
    mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int
}

/// Bytes already in memory (tests, small inputs).
public struct InMemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        self.bytes = Array(bytes)
    }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        let count = min(maxCount, bytes.count - offset)
        buffer.append(contentsOf: bytes[offset..<(offset + count)])
        offset += count
        return count
    }
}

/// An open file or standard input.
public struct FileByteSource: ByteSource {
    private let handle: FileHandle

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        guard let chunk = try handle.read(upToCount: maxCount), !chunk.isEmpty else { return 0 }
        buffer.append(contentsOf: chunk)
        return chunk.count
    }
}
