import Foundation

/// Streams the browsable HTML report to a file: header first, one section per document as it is
/// analyzed, footer at the end. Creates the file's folder if needed.
final class HTMLPageWriter {
    private let output: OutputWriter

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            output = OutputWriter(handle: try FileHandle(forWritingTo: url))
        } catch {
            throw ValidationErrorMessage("cannot write the HTML report to \(path): \(error.localizedDescription)")
        }
        output.write(HTMLReport.header(title: "رصد — تحليل \(url.lastPathComponent)"))
    }

    func write(_ section: Data) { output.write(section) }

    func finish(count: Int) {
        output.write(HTMLReport.footer(count: count))
        output.flush()
    }
}

/// An error whose description is a message for the user.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
