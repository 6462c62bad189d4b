import Foundation
import RasdAnalysis

/// Turns input paths into documents one at a time, in input order: a text or HTML file is one
/// document, a JSON Lines file one per non-blank line, a WARC file one per HTML response record,
/// a feed one per item. Failures come out in sequence as well, so a batch reports each bad file,
/// line, record or item and goes on.
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

    /// The file that yields many documents, while it is being read.
    private enum Open {
        case lines(ChunkedLineReader, path: String, handle: FileHandle, records: Int)
        case warc(WARCDocumentReader<WARCFileSource>, handle: FileHandle, isStandardInput: Bool)
        case items(ArraySlice<Result<DocumentInput, InputError>>)
    }

    private var pathIndex = 0
    private var current: Open?
    private var pendingWarnings: [String] = []
    /// How far through its inputs the reader is, shared with whoever draws a progress bar.
    let progress: ReadProgress
    /// `startOffsets[i]`: the bytes of the files before path `i` (sizes read once, at the start).
    private let startOffsets: [Int64]

    init(paths: [Result<String, InputError>], forcedFormat: InputFormat?, fallbackPublished: String?,
         maxDocumentBytes: Int) {
        self.paths = paths
        self.forcedFormat = forcedFormat
        self.fallbackPublished = fallbackPublished
        self.maxDocumentBytes = maxDocumentBytes
        var offsets: [Int64] = [0]
        var fromStandardInput = false
        for entry in paths {
            var size: Int64 = 0
            if case .success(let path) = entry {
                if path == "-" { fromStandardInput = true }
                size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.int64Value ?? 0
            }
            offsets.append(offsets.last! + size)
        }
        startOffsets = offsets
        progress = ReadProgress(total: fromStandardInput ? nil : offsets.last!)
    }

    mutating func next() -> Item? {
        defer { if progress.isShown { progress.read = bytesRead() } }
        while true {
            if !pendingWarnings.isEmpty { return .warning(pendingWarnings.removeFirst()) }
            if current != nil, let item = nextFromCurrent() { return item }
            guard pathIndex < paths.count else { return nil }
            let entry = paths[pathIndex]
            pathIndex += 1
            switch entry {
            case .failure(let error):
                return .failure(error)
            case .success(let path):
                if let item = open(path) { return item }
            }
        }
    }

    private func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// The bytes of the inputs read so far: the files before the current one, and how far into it.
    private func bytesRead() -> Int64 {
        let opened = startOffsets[pathIndex]
        let handle: FileHandle
        switch current {
        case .lines(_, _, let open, _)?: handle = open
        case .warc(_, let open, _)?: handle = open
        default: return opened
        }
        guard let offset = try? handle.offset() else { return opened }
        return min(opened, startOffsets[pathIndex - 1] + Int64(offset))
    }

    /// Opens a file: returns its one document or failure, or nil once a many-document file is
    /// ready to be read through `nextFromCurrent`.
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
        let stem = path == "-" ? "stdin" : documentID(forPath: path)
        switch format {
        case .jsonl:
            current = .lines(ChunkedLineReader(handle: handle, limit: maxDocumentBytes), path: path, handle: handle, records: 0)
            return nil
        case .warc:
            do {
                let source = try WARCFileSource(handle: handle)
                current = .warc(WARCDocumentReader(source, name: name, idStem: stem, maxDocumentBytes: maxDocumentBytes),
                                handle: handle, isStandardInput: path == "-")
                return nil
            } catch {
                if path != "-" { try? handle.close() }
                return .failure(InputError(name, .unreadable("\(error)")))
            }
        case .text, .html, .feed:
            let bytes: Data
            do {
                defer { if path != "-" { try? handle.close() } }
                bytes = try handle.readToEnd() ?? Data()
            } catch {
                return .failure(InputError(name, .unreadable(error.localizedDescription)))
            }
            if bytes.count > maxDocumentBytes {
                return .failure(InputError(name, .tooLarge(bytes: bytes.count, limit: maxDocumentBytes)))
            }
            switch format {
            case .html:
                if bytes.isEmpty { return .failure(InputError(name, .empty)) }
                switch MarkupDecoding.article(Array(bytes), location: name) {
                case .failure(let error): return .failure(error)
                case .success(let article):
                    return .document(DocumentInput(id: stem, article: article, fallbackPublished: fallbackPublished))
                }
            case .feed:
                if bytes.isEmpty { return .failure(InputError(name, .empty)) }
                switch FeedReader.read(Array(bytes), location: name, idStem: stem) {
                case .failure(let error): return .failure(error)
                case .success(let contents):
                    pendingWarnings.append(contentsOf: contents.warnings)
                    let items = contents.items.map { result in
                        result.map { document in
                            var document = document
                            document.fallbackPublished = fallbackPublished
                            return document
                        }
                    }
                    current = .items(items[...])
                    return nil
                }
            default:
                switch TextDecoding.decode(bytes, location: name) {
                case .failure(let error): return .failure(error)
                case .success(let text):
                    return .document(DocumentInput(id: stem, text: text, fallbackPublished: fallbackPublished))
                }
            }
        }
    }

    /// The next document or failure of the file being read, or nil when it is done.
    private mutating func nextFromCurrent() -> Item? {
        guard let open = current else { return nil }
        current = nil   // so the state below is mutated without a copy, and stays nil once done
        switch open {
        case .items(var items):
            guard let first = items.popFirst() else { return nil }
            current = .items(items)
            switch first {
            case .success(let document): return .document(document)
            case .failure(let error): return .failure(error)
            }
        case .warc(var reader, let handle, let isStandardInput):
            guard let result = reader.next() else {
                if !isStandardInput { try? handle.close() }
                return nil
            }
            current = .warc(reader, handle: handle, isStandardInput: isStandardInput)
            switch result {
            case .success(var document):
                document.fallbackPublished = fallbackPublished
                return .document(document)
            case .failure(let error):
                return .failure(error)
            }
        case .lines(var reader, let path, let handle, var records):
            let item = nextRecord(&reader, path: path, records: &records)
            if reader.isDone {
                if path != "-" { try? handle.close() }
            } else {
                current = .lines(reader, path: path, handle: handle, records: records)
            }
            return item
        }
    }

    /// The next record of a JSON Lines file, or nil when it is done.
    private mutating func nextRecord(_ reader: inout ChunkedLineReader, path: String, records: inout Int) -> Item? {
        let name = displayName(path)
        while true {
            let line: ChunkedLineReader.Line?
            do {
                line = try reader.next()
            } catch {
                reader.isDone = true
                return .failure(InputError(name, .unreadable(error.localizedDescription)))
            }
            switch line {
            case nil:
                reader.isDone = true
                return nil
            case .tooLong(let number, let bytes)?:
                records += 1
                return .failure(InputError("\(name):\(number)", .tooLarge(bytes: bytes, limit: maxDocumentBytes)))
            case .line(let number, let bytes)?:
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                records += 1
                let location = "\(name):\(number)"
                let stem = path == "-" ? "stdin" : documentID(forPath: path)
                switch TextDecoding.decode(bytes, location: location) {
                case .failure(let error): return .failure(error)
                case .success:
                    var warnings: [String] = []
                    let result = JSONLinesRecord.decode(bytes, location: location,
                                                        fallbackID: "\(stem)#\(records)", warnings: &warnings)
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
}

/// How many bytes of its inputs a `DocumentReader` has read, and of how many (nil when reading
/// standard input): what a progress bar shows.
final class ReadProgress {
    let total: Int64?
    var read: Int64 = 0
    /// Whether anyone draws it: only then is the position looked up (a system call) per document.
    var isShown = false

    init(total: Int64?) { self.total = total }
}
