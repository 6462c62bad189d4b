import CZlib

/// Decompresses a gzip (or zlib) stream as it is read, member after member: a `.warc.gz` file
/// from a crawl is one gzip member per record, and the concatenation is one stream.
public struct GzipByteSource<Base: ByteSource>: ByteSource {
    public enum Failure: Error, CustomStringConvertible {
        case corrupt(String)
        case truncated
        case setup(Int32)

        public var description: String {
            switch self {
            case .corrupt(let why): "the gzip data is corrupt (\(why))"
            case .truncated: "the gzip data ends in the middle of a member"
            case .setup(let code): "zlib could not start (code \(code))"
            }
        }
    }

    private var base: Base
    private let stream: ZStream
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var baseEnded = false
    private var inMember = false
    private var finished = false
    private let chunkSize = 1 << 16

    public init(_ base: Base) throws {
        self.base = base
        stream = try ZStream()
    }

    public mutating func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        guard !finished, maxCount > 0 else { return 0 }
        while true {
            if inputOffset == input.count {
                input.removeAll(keepingCapacity: true)
                inputOffset = 0
                if !baseEnded, try base.read(into: &input, maxCount: chunkSize) == 0 { baseEnded = true }
                if input.isEmpty {
                    finished = true
                    if inMember { throw Failure.truncated }
                    return 0
                }
            }
            if !inMember {
                // Between members: what is not a gzip header (zero padding, say) ends the stream.
                guard input.count - inputOffset >= 2 || baseEnded else {
                    input.removeSubrange(0..<inputOffset)
                    inputOffset = 0
                    if try base.read(into: &input, maxCount: chunkSize) == 0 { baseEnded = true }
                    continue
                }
                let magic = input.count - inputOffset >= 2 && input[inputOffset] == 0x1F && input[inputOffset + 1] == 0x8B
                let zlibHeader = input.count - inputOffset >= 2 && input[inputOffset] & 0x0F == 8
                    && (UInt16(input[inputOffset]) << 8 | UInt16(input[inputOffset + 1])) % 31 == 0
                guard magic || zlibHeader else { finished = true; return 0 }
                inMember = true
            }
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: maxCount))
            var produced = 0
            var status: Int32 = Z_OK
            let offset = inputOffset
            let z = stream.pointer
            let consumed: Int = input.withUnsafeMutableBufferPointer { inBytes in
                buffer.withUnsafeMutableBufferPointer { outBytes in
                    z.pointee.next_in = inBytes.baseAddress! + offset
                    z.pointee.avail_in = UInt32(inBytes.count - offset)
                    z.pointee.next_out = outBytes.baseAddress! + start
                    z.pointee.avail_out = UInt32(maxCount)
                    status = inflate(z, Z_NO_FLUSH)
                    produced = maxCount - Int(z.pointee.avail_out)
                    let left = Int(z.pointee.avail_in)
                    z.pointee.next_in = nil
                    z.pointee.next_out = nil
                    return inBytes.count - offset - left
                }
            }
            buffer.removeLast(maxCount - produced)
            inputOffset += consumed
            switch status {
            case Z_STREAM_END:
                inMember = false
                inflateReset(stream.pointer)
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                let message = stream.pointer.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                finished = true
                throw Failure.corrupt(message)
            }
            if produced > 0 { return produced }
        }
    }
}

/// A zlib inflate stream at a fixed address (zlib keeps a pointer back to it).
final class ZStream {
    let pointer: UnsafeMutablePointer<z_stream>

    init() throws {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: z_stream())
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        let status = inflateInit2_(pointer, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            pointer.deallocate()
            throw GzipByteSource<InMemoryByteSource>.Failure.setup(status)
        }
    }

    deinit {
        inflateEnd(pointer)
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    /// All of `bytes` inflated (an HTTP payload with `Content-Encoding: gzip`), or nil if corrupt
    /// or over `limit` bytes.
    static func inflateAll(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        guard var source = try? GzipByteSource(InMemoryByteSource(bytes)) else { return nil }
        var out: [UInt8] = []
        do {
            while try source.read(into: &out, maxCount: 1 << 16) > 0 {
                if out.count > limit { return nil }
            }
        } catch {
            return nil
        }
        return out
    }
}
