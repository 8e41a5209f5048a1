// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "accredit",
    products: [
        .library(name: "AccreditCore", targets: ["AccreditCore"]),
        .library(name: "AccreditAuthoring", targets: ["AccreditAuthoring"]),
        .library(name: "AccreditReports", targets: ["AccreditReports"]),
        .library(name: "AccreditServer", targets: ["AccreditServer"]),
        .executable(name: "accredit", targets: ["accredit"]),
        .executable(name: "accredit-server", targets: ["accredit-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // The web application (accredit serve): HTTP, sessions and bcrypt, templates, and its two
        // stores, SQLite embedded and PostgreSQL shared.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // multipart/form-data, for evidence files uploaded from the self-evaluation form.
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // Only for `swift package generate-documentation`; nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // libxml2 as found by pkg-config; the header only includes libxml2 (see CLibXML2.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"]), .brew(["libxml2"])]
        ),
        // libxlsxwriter as found by pkg-config, for the xlsx report; wrapped once, in XLSXWorkbook.
        .systemLibrary(
            name: "CLibXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev", "pkg-config"]), .brew(["libxlsxwriter"])]
        ),
        // C helpers that must touch libxml2 internals (error routing, DOCTYPE refusal, exact lines).
        .target(name: "CXMLSupport", dependencies: ["CLibXML2"]),
        // glibc allocator settings for a process that runs one check and exits (see ThreadHeap).
        .target(name: "CAllocator"),
        // The only Swift module that sees libxml2 pointers.
        .target(name: "AccreditXML", dependencies: ["CLibXML2", "CXMLSupport"]),
        // Loads standards, rules and packages; evaluates; returns a Report value. Never prints.
        .target(
            name: "AccreditCore",
            dependencies: [
                "AccreditXML", "CAllocator",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // For rule authors and concern coordinators, on top of the core: lint, rule tests, explain,
        // init, overlap matrix, resolve, catalogue diff, and the KKiK indicator comparison.
        .target(
            name: "AccreditAuthoring",
            dependencies: ["AccreditCore", "AccreditXML", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Every renderer: reports, batch summaries, comparisons, lint and rule-test results, diffs,
        // in Danish or English.
        .target(name: "AccreditReports", dependencies: ["AccreditCore", "AccreditAuthoring", "CLibXLSXWriter"]),
        // The thin command-line front end.
        .executableTarget(
            name: "accredit",
            dependencies: [
                "AccreditCore", "AccreditAuthoring", "AccreditReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web application and its REST API: units, runs, users, on SQLite or PostgreSQL. Calls the
        // same use case (PackageCheck) and reporters as the command line.
        .target(
            name: "AccreditServer",
            dependencies: [
                "AccreditCore", "AccreditAuthoring", "AccreditReports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        // `accredit serve` and `accredit admin` run this program, kept apart so that the checking
        // command stays small and quick to start.
        .executableTarget(
            name: "accredit-server",
            dependencies: [
                "AccreditServer", "AccreditCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "AccreditTestSupport", dependencies: ["AccreditCore"], path: "Tests/AccreditTestSupport"),
        .testTarget(name: "AccreditXMLTests", dependencies: ["AccreditXML"]),
        .testTarget(name: "AccreditCoreTests", dependencies: ["AccreditCore", "AccreditTestSupport"]),
        .testTarget(name: "AccreditAuthoringTests", dependencies: ["AccreditAuthoring", "AccreditTestSupport"]),
        .testTarget(
            name: "AccreditReportsTests",
            dependencies: [
                "AccreditReports", "AccreditAuthoring", "AccreditTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "AccreditServerTests",
            dependencies: [
                "AccreditServer", "AccreditTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(name: "AccreditEndToEndTests", dependencies: ["accredit", "AccreditTestSupport"]),
    ]
)
