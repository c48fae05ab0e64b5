// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "sangkien",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "sangkien", targets: ["sangkien"]),
    .library(name: "SangKienCLI", targets: ["SangKienCLI"]),
    // For the fuzz targets of Tests/Fuzz (a package of their own).
    .library(name: "SangKienWorkflow", targets: ["SangKienWorkflow"]),
    .library(name: "SangKienInterchange", targets: ["SangKienInterchange"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    // NIOHTTPTypes: the request parts Hummingbird's channel carries, for the server's own
    // request-head timeout (the package Hummingbird itself builds on).
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    // The server's mail sender is a service of its service group (Hummingbird's own).
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    // `swift package generate-documentation`: the manual's DocC catalogues.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // The executable wires the two front ends; neither depends on the other.
    .executableTarget(name: "sangkien", dependencies: ["SangKienCLI", "SangKienWeb"]),
    .executableTarget(
      name: "sangkien-bench",
      dependencies: [
        "SangKienAssignment", "SangKienModel", "SangKienWorkflow", "SangKienStorage",
        "SangKienInterchange",
        // Its HTTP/1 client drives `sangkien-bench serve`.
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        // `intake`'s probe: another writer on the file, timing its wait for the write lock.
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]),
    .target(name: "SangKienModel"),
    // libcurl, for SMTP: a system library as libsqlite3 is (Debian libcurl4-openssl-dev).
    .systemLibrary(
      name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    // Mail to the deployment's relay through libcurl's SMTP: settings, MIME, the transport.
    .target(name: "SangKienMail", dependencies: ["CCurl", "SangKienModel"]),
    .target(
      name: "SangKienStorage",
      dependencies: [
        "SangKienModel", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's incremental blob I/O, for dossier files streamed in and out.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(name: "SangKienScoring", dependencies: ["SangKienModel"]),
    .target(
      name: "SangKienAssignment",
      dependencies: ["SangKienModel", .product(name: "HeapModule", package: "swift-collections")]
    ),
    .target(
      name: "SangKienInterchange",
      dependencies: [
        "SangKienModel", "SangKienScoring", .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(
      name: "SangKienWorkflow",
      dependencies: [
        "SangKienModel", "SangKienStorage", "SangKienScoring", "SangKienAssignment",
        "SangKienInterchange",
      ]
    ),
    .target(
      name: "SangKienWeb",
      dependencies: [
        // The front ends see the workflow and the model, never the storage.
        "SangKienModel", "SangKienWorkflow", "SangKienInterchange", "SangKienScoring",
        "SangKienAssignment",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
        "SangKienMail",
      ],
      // Templates, the style sheet, the script and the OpenAPI document, as files.
      resources: [.copy("Resources")]
    ),
    .target(
      name: "SangKienCLI",
      dependencies: [
        "SangKienModel", "SangKienWorkflow", "SangKienScoring", "SangKienAssignment",
        "SangKienInterchange", "SangKienMail",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "SangKienModelTests", dependencies: ["SangKienModel"]),
    .testTarget(
      name: "SangKienWorkflowTests",
      dependencies: [
        "SangKienWorkflow", "SangKienStorage", "SangKienInterchange", "SangKienModel",
        "SangKienScoring", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "SangKienStorageTests",
      dependencies: [
        "SangKienStorage", "SangKienModel", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "SangKienInterchangeTests", dependencies: ["SangKienInterchange", "SangKienModel"]),
    .testTarget(
      name: "SangKienScoringTests", dependencies: ["SangKienScoring", "SangKienModel"]),
    .testTarget(
      name: "SangKienAssignmentTests", dependencies: ["SangKienAssignment", "SangKienModel"]),
    .testTarget(
      name: "SangKienWebTests",
      dependencies: [
        "SangKienWeb", "SangKienWorkflow", "SangKienStorage", "SangKienModel", "SangKienInterchange",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
      ],
      // Golden pages are read by path beside the tests, not bundled.
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "SangKienCLITests",
      dependencies: [
        "SangKienCLI", "sangkien", "SangKienWorkflow", "SangKienStorage", "SangKienModel",
        "SangKienInterchange", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Golden files are read by path beside the tests, not bundled.
      exclude: ["Golden"]),
  ]
)
