// swift-tools-version:6.0
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Qonun",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qonun", targets: ["qonun"]),
        .executable(name: "qonun-bench", targets: ["QonunBench"]),
        .library(name: "AkomaNtoso", targets: ["AkomaNtoso"]),
        .library(name: "LibXML", targets: ["LibXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libexslt",
            providers: [.apt(["libxml2-dev", "libxslt1-dev"]), .brew(["libxml2", "libxslt"])]
        ),
        .target(name: "CQonunMemory"),
        .target(name: "LibXML", dependencies: ["CLibXML2", "CQonunMemory"], swiftSettings: upcoming),
        .target(name: "AkomaNtoso", dependencies: ["LibXML"], swiftSettings: upcoming),
        .target(name: "TextImport", swiftSettings: upcoming),
        .target(
            name: "Registry",
            dependencies: [
                "AkomaNtoso", "LibXML",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "qonun",
            dependencies: [
                "AkomaNtoso", "LibXML", "Registry", "TextImport", "Publisher", "Consultation", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "Consultation",
            dependencies: [
                "AkomaNtoso", "Registry",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "Server",
            dependencies: [
                "Consultation", "Registry",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "Publisher",
            dependencies: ["AkomaNtoso", "LibXML", "Registry", "Consultation", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "QonunBench",
            dependencies: ["AkomaNtoso", "LibXML", "Registry", "TextImport"],
            swiftSettings: upcoming
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: upcoming),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML", "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "AkomaNtosoTests", dependencies: ["AkomaNtoso", "LibXML", "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "TextImportTests", dependencies: ["TextImport", "LibXML"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(name: "RegistryTests", dependencies: ["Registry", "AkomaNtoso", "LibXML", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: upcoming),
        .testTarget(name: "FuzzTests", dependencies: ["AkomaNtoso", "LibXML", "Registry", "TextImport", "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "PublisherTests", dependencies: ["Publisher", "Registry", "Consultation", "LibXML", "TestSupport"], swiftSettings: upcoming),
        .testTarget(name: "ConsultationTests", dependencies: ["Consultation", "Registry", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: upcoming),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Consultation", "Registry", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "QonunCLITests", dependencies: ["qonun", "TestSupport"], swiftSettings: upcoming),
    ]
)
