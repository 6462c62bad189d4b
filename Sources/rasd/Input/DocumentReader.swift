import Foundation
import RasdAnalysis

/// Turns input paths into documents one at a time, in input order: a text file is one document,
/// a JSON Lines file one per non-blank line. Failures come out in sequence as well, so a batch
/// reports each bad file or line and goes on.
struct DocumentReader {
    enum Item {
        case document(DocumentInput)
        case failure(InputError)
        case warning(String)
    }

    let paths: [Result<String, InputError>]
    let forcedFormat: InputFormat?
    let fallbackPublished: String?
    let maxDocumentBytes: Int

    private var pathIndex = 0
    private var lines: ChunkedLineReader?
    private var linesPath = ""
    private var linesHandle: FileHandle?
    private var recordCount = 0
    private var pendingWarnings: [String] = []

    init(paths: [Result<String, InputError>], forcedFormat: InputFormat?, fallbackPublished: String?,
         maxDocumentBytes: Int) {
        self.paths = paths
        self.forcedFormat = forcedFormat
        self.fallbackPublished = fallbackPublished
        self.maxDocumentBytes = maxDocumentBytes
    }

    mutating func next() -> Item? {
        if !pendingWarnings.isEmpty { return .warning(pendingWarnings.removeFirst()) }
        if lines != nil, let item = nextRecord() { return item }
        guard pathIndex < paths.count else { return nil }
        defer { pathIndex += 1 }
        switch paths[pathIndex] {
        case .failure(let error):
            return .failure(error)
        case .success(let path):
            return open(path)
        }
    }

    private var displayName: (String) -> String = { $0 == "-" ? "<stdin>" : $0 }

    private mutating func open(_ path: String) -> Item? {
        let name = displayName(path)
        let format = forcedFormat ?? (path == "-" ? .text : InputFormat.forFileName(path))
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                return .failure(InputError(name, .unreadable(FileManager.default.isReadableFile(atPath: path)
                                                             ? "cannot open it" : "permission denied")))
            }
            handle = opened
        }
        switch format {
        case .html:
            return .failure(InputError(name, .unsupportedFormat(
                "HTML input is not read yet (it comes with the corpus issue); extract the text, or pass it as .txt")))
        case .jsonl:
            lines = ChunkedLineReader(handle: handle, limit: maxDocumentBytes)
            linesHandle = handle
            linesPath = path
            recordCount = 0
            return nextRecord() ?? next()
        case .text:
            defer { if path != "-" { try? handle.close() } }
            let bytes: Data
            do {
                bytes = try handle.readToEnd() ?? Data()
            } catch {
                return .failure(InputError(name, .unreadable(error.localizedDescription)))
            }
            if bytes.count > maxDocumentBytes {
                return .failure(InputError(name, .tooLarge(bytes: bytes.count, limit: maxDocumentBytes)))
            }
            switch TextDecoding.decode(bytes, location: name) {
            case .failure(let error): return .failure(error)
            case .success(let text):
                let id = path == "-" ? "stdin" : documentID(forPath: path)
                return .document(DocumentInput(id: id, text: text, fallbackPublished: fallbackPublished))
            }
        }
    }

    /// The next record of the JSON Lines file being read, or nil when it is done.
    private mutating func nextRecord() -> Item? {
        guard var reader = lines else { return nil }
        defer { lines = reader.isDone ? nil : reader }
        let name = displayName(linesPath)
        while true {
            let line: ChunkedLineReader.Line?
            do {
                line = try reader.next()
            } catch {
                reader.isDone = true
                closeLines()
                return .failure(InputError(name, .unreadable(error.localizedDescription)))
            }
            switch line {
            case nil:
                reader.isDone = true
                closeLines()
                return nil
            case .tooLong(let number, let bytes)?:
                recordCount += 1
                return .failure(InputError("\(name):\(number)", .tooLarge(bytes: bytes, limit: maxDocumentBytes)))
            case .line(let number, let bytes)?:
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                recordCount += 1
                let location = "\(name):\(number)"
                let stem = linesPath == "-" ? "stdin" : documentID(forPath: linesPath)
                switch TextDecoding.decode(bytes, location: location) {
                case .failure(let error): return .failure(error)
                case .success:
                    var warnings: [String] = []
                    let result = JSONLinesRecord.decode(bytes, location: location,
                                                        fallbackID: "\(stem)#\(recordCount)", warnings: &warnings)
                    pendingWarnings.append(contentsOf: warnings)
                    switch result {
                    case .failure(let error): return .failure(error)
                    case .success(var document):
                        document.fallbackPublished = fallbackPublished
                        return .document(document)
                    }
                }
            }
        }
    }

    private mutating func closeLines() {
        if linesPath != "-" { try? linesHandle?.close() }
        linesHandle = nil
    }
}
