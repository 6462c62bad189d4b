import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL server for the tests, from the binaries of Debian's `postgresql`
/// (`/usr/lib/postgresql/*/bin`, else `initdb` on the PATH): `initdb` into a temporary folder,
/// `pg_ctl start` on a free port of 127.0.0.1 (its socket in the same folder), one database per
/// test (`createDatabase`). initdb refuses to run as root, so as root (CI, this machine) every
/// server command runs as the `postgres` user (`runuser`, else `su`) and the folder is theirs.
/// The server is started once per test process (`shared`), on first use, and stopped and deleted
/// when the process exits. Where there are no binaries or the server does not start, `shared` is
/// nil and says why on standard error; the suites are then skipped, not failed.
public final class TestPostgresServer: Sendable {
    let port: Int
    let folder: String
    let bin: String
    let runAs: String?

    /// The server of this test process, or nil (with a message printed) where none can start.
    public static let shared: TestPostgresServer? = {
        do {
            let server = try start()
            atexit { TestPostgresServer.shared?.stop() }
            return server
        } catch {
            FileHandle.standardError.write(Data("PostgreSQL tests: skipped, no PostgreSQL server could start: \(error)\n".utf8))
            return nil
        }
    }()

    private init(port: Int, folder: String, bin: String, runAs: String?) {
        self.port = port
        self.folder = folder
        self.bin = bin
        self.runAs = runAs
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The folder of the newest installed version's binaries.
    static func binaries() throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .filter { FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") }
            .sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        if let newest = versions.last { return "\(root)/\(newest)/bin" }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") && FileManager.default.isExecutableFile(atPath: "\(folder)/pg_ctl") {
            return String(folder)
        }
        throw Failure(description: "no initdb in /usr/lib/postgresql/*/bin nor on the PATH (Debian: apt-get install postgresql)")
    }

    static func start() throws -> TestPostgresServer {
        let bin = try binaries()
        var runAs: String?
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 {
            guard let user = getpwnam("postgres") else {
                throw Failure(description: "running as root and there is no postgres user to run initdb as")
            }
            guard chown(folder, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw Failure(description: "cannot give \(folder) to the postgres user")
            }
            runAs = "postgres"
        }
        let port = try freePort()
        let server = TestPostgresServer(port: port, folder: folder, bin: bin, runAs: runAs)
        do {
            try server.command("initdb", ["-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"])
            try server.command("pg_ctl", ["-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-t", "60",
                                          "-o", "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
        } catch {
            let log = (try? String(contentsOfFile: "\(folder)/server.log", encoding: .utf8)) ?? ""
            server.stop()
            throw Failure(description: "\(error)\(log.isEmpty ? "" : "\n" + log)")
        }
        return server
    }

    /// A new empty database; its URL.
    public func createDatabase() throws -> String {
        let name = "rasd_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try command("createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", String(name)])
        return "postgres://postgres@127.0.0.1:\(port)/\(name)"
    }

    /// psql's answer to one query on `database` (unaligned, no headers), for the tests that read
    /// the tables as an analyst would.
    public func psql(_ database: String, _ sql: String) throws -> String {
        try command("psql", ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres",
                             "-d", database, "-c", sql])
    }

    func stop() {
        _ = try? command("pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs one of the server's binaries (as `runAs` when set); its standard output.
    @discardableResult
    func command(_ name: String, _ arguments: [String]) throws -> String {
        // Through bash, which closes every descriptor but 0, 1 and 2 first: Foundation's `Process`
        // learns that its child ended when a socket the child inherits closes, and the server that
        // `pg_ctl start` leaves running would otherwise hold it open for as long as it runs.
        let closing = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$@""#
        let line = ["/bin/bash", "-c", closing, "rasd-pg", "\(bin)/\(name)"] + arguments
        let process = Process()
        if let runAs {
            let runuser = ["/usr/sbin/runuser", "/sbin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            if let runuser {
                process.executableURL = URL(fileURLWithPath: runuser)
                process.arguments = ["-u", runAs, "--"] + line
            } else {
                process.executableURL = URL(fileURLWithPath: "/bin/su")
                let quoted = line.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
                process.arguments = [runAs, "-s", "/bin/sh", "-c", quoted.joined(separator: " ")]
            }
        } else {
            process.executableURL = URL(fileURLWithPath: line[0])
            process.arguments = Array(line.dropFirst())
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        // Files, not pipes: the server that `pg_ctl start` leaves running must hold no pipe of
        // ours open, or reading it to its end would wait for the server to stop.
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("rasd-pg-command-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputs.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: outputs.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outputs.path + ".out")
            try? FileManager.default.removeItem(atPath: outputs.path + ".err")
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs.path + ".out"))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: outputs.path + ".err"))
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? output.close()
        try? errors.close()
        let printed = (try? Data(contentsOf: URL(fileURLWithPath: outputs.path + ".out"))) ?? Data()
        let complained = (try? Data(contentsOf: URL(fileURLWithPath: outputs.path + ".err"))) ?? Data()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(name) exited with \(process.terminationStatus): \(String(decoding: complained, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// A port of 127.0.0.1 that nothing listens on now (the kernel's pick).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "cannot bind a port of 127.0.0.1") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
