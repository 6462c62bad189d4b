import Foundation

/// Buffered writing to standard output, so streaming thousands of documents costs few syscalls.
final class OutputWriter {
    private var buffer = Data()
    private let handle: FileHandle
    private let flushThreshold = 1 << 16

    init(handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= flushThreshold { flush() }
    }

    func write(_ string: String) { write(Data(string.utf8)) }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One line on standard error, written at once.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
