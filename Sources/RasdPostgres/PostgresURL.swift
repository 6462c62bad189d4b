import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: `postgres://user[:password]@host[:port]/database` (or
/// `postgresql://`), as libpq writes it. A host that is a folder (written percent-encoded,
/// `postgres://rasd@%2Fvar%2Frun%2Fpostgresql/news`, or as `?host=/var/run/postgresql`) is the
/// folder of the server's unix socket (`.s.PGSQL.PORT`). Without a user, `$PGUSER`, else `$USER`,
/// else `postgres`; without a password, `$PGPASSWORD`; without a port, 5432; without a database,
/// the user's name. No TLS: use a loopback address or a unix socket.
public struct PostgresURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    /// A host name or address, or the folder of a unix socket.
    public var host: String
    public var port: Int
    public var database: String

    public init(user: String, password: String? = nil, host: String = "127.0.0.1", port: Int = 5432, database: String) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
    }

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    public static func parse(_ text: String) throws -> PostgresURL {
        guard isPostgres(text), let components = URLComponents(string: text) else {
            throw PostgresStoreError(message: "not a PostgreSQL URL (postgres://user[:password]@host[:port]/database): \(redacted(text))")
        }
        let environment = ProcessInfo.processInfo.environment
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let user = components.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? query["user"] ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let password = components.password.flatMap { $0.removingPercentEncoding } ?? query["password"] ?? environment["PGPASSWORD"]
        let host = (components.percentEncodedHost?.removingPercentEncoding).flatMap { $0.isEmpty ? nil : $0 }
            ?? query["host"] ?? "127.0.0.1"
        let port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        guard (1...65535).contains(port) else { throw PostgresStoreError(message: "bad port \(port) in \(redacted(text))") }
        return PostgresURL(user: user, password: password, host: host, port: port, database: database)
    }

    /// The server's unix socket when `host` is a folder (`FOLDER/.s.PGSQL.PORT`), else nil.
    public var unixSocketPath: String? {
        host.hasPrefix("/") ? (host as NSString).appendingPathComponent(".s.PGSQL.\(port)") : nil
    }

    /// The connection's settings for postgres-nio.
    public var configuration: PostgresConnection.Configuration {
        if let socket = unixSocketPath {
            return PostgresConnection.Configuration(unixSocketPath: socket, username: user, password: password, database: database)
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// The URL with its password, if any, replaced by `***` (for messages).
    public static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
