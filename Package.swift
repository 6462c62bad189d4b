// swift-tools-version: 6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Rasd",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "RasdText", targets: ["RasdText"]),
        .library(name: "RasdAnalysis", targets: ["RasdAnalysis"]),
        .library(name: "RasdCorpus", targets: ["RasdCorpus"]),
        .library(name: "RasdPostgres", targets: ["RasdPostgres"]),
        .executable(name: "rasd", targets: ["rasd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Arabic text primitives: normalization with offset maps, tokens, clitics, sentences, phrase matching.
        .target(
            name: "RasdText",
            exclude: ["Lexicons"],
            swiftSettings: strictness
        ),
        // zlib from the system (Debian: zlib1g-dev), for .warc.gz and gzip-encoded HTTP payloads.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // One document in, one AnalyzedDocument out (docs/SCHEMA.md), as a pipeline of stages;
        // and its inputs: HTML pages, WARC records, feed items.
        .target(
            name: "RasdAnalysis",
            dependencies: ["RasdText", "CZlib"],
            exclude: ["Lexicons"],
            // The entity tagger's weights (`rasd train ner`), read once per process.
            resources: [.copy("Models/ner.model")],
            swiftSettings: strictness
        ),
        // Many documents: the store (SQLite through GRDB), ingest, and what the corpus knows.
        .target(
            name: "RasdCorpus",
            dependencies: ["RasdAnalysis", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness
        ),
        // The corpus store in PostgreSQL (postgres-nio): the same protocol and records as SQLite's,
        // in a target of its own so that SQLite users need none of it.
        .target(
            name: "RasdPostgres",
            dependencies: [
                "RasdAnalysis", "RasdCorpus",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictness
        ),
        // The analyst's desk: the HTTP API (Hummingbird 2) and the web UI it serves, over a store.
        .target(
            name: "RasdServer",
            dependencies: [
                "RasdAnalysis", "RasdCorpus",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Web")],
            swiftSettings: strictness
        ),
        // The command-line tool: a thin shell over the libraries.
        .executableTarget(
            name: "rasd",
            dependencies: [
                "RasdAnalysis",
                "RasdCorpus",
                "RasdPostgres",
                "RasdServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        // Throughput of the text core, for Benchmarks/run-text-benchmark.
        .executableTarget(
            name: "rasd-benchmark",
            dependencies: ["RasdAnalysis", "RasdCorpus", "RasdPostgres"],
            path: "Benchmarks/Sources/rasd-benchmark",
            swiftSettings: strictness
        ),
        .testTarget(name: "RasdTextTests", dependencies: ["RasdText", "RasdTestSupport"], swiftSettings: strictness),
        .testTarget(name: "RasdAnalysisTests", dependencies: ["RasdAnalysis", "RasdTestSupport"], exclude: ["Gold"], swiftSettings: strictness),
        .testTarget(name: "RasdCorpusTests", dependencies: ["RasdCorpus", "RasdTestSupport"], swiftSettings: strictness),
        // A throwaway PostgreSQL server (Debian's binaries) per suite; skipped with a message when none starts.
        .testTarget(name: "RasdPostgresTests", dependencies: ["RasdPostgres", "RasdAnalysis", "RasdCorpus", "RasdTestSupport"], swiftSettings: strictness),
        .testTarget(name: "RasdServerTests", dependencies: ["RasdServer", "RasdAnalysis", "RasdCorpus", "RasdPostgres", "RasdTestSupport"],
                    swiftSettings: strictness),
        // Deterministic random text for the property tests of both libraries.
        .target(name: "RasdTestSupport", path: "Tests/RasdTestSupport", swiftSettings: strictness),
        // Runs the built `rasd` binary as a user would: inputs, errors, exit codes, the contract.
        .testTarget(name: "RasdCommandLineTests", dependencies: ["rasd"], swiftSettings: strictness),
    ]
)
