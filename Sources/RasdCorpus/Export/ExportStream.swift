import Foundation

/// Where an export writes: bytes in order, gathered in a buffer and handed on in large pieces,
/// so a corpus of any size goes out with flat memory.
///
/// ```swift
/// let out = try ExportStream.file(atPath: "corpus.jsonl")
/// try store.exportJSONL(to: out)
/// try out.flush()
/// ```
public final class ExportStream {
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let sink: ([UInt8]) throws -> Void

    /// A stream that hands each full buffer (and the rest on `flush()`) to `sink`.
    public init(capacity: Int = 1 << 16, _ sink: @escaping ([UInt8]) throws -> Void) {
        self.capacity = max(1, capacity)
        self.sink = sink
        buffer.reserveCapacity(self.capacity)
    }

    /// Standard output.
    public static func standardOutput() -> ExportStream {
        ExportStream { try FileHandle.standardOutput.write(contentsOf: $0) }
    }

    /// A file, created or emptied.
    public static func file(atPath path: String) throws -> ExportStream {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        return ExportStream { try handle.write(contentsOf: $0) }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    public func write(bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Hands on what is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
