// swift-tools-version:6.1
// Benchmarks of accredit's core steps with ordo-one/benchmark; run them with run.sh.
// A package of its own so that the tool itself does not depend on the benchmark framework.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, lowercased; the repository may be checked
/// out under any name, so the identity is read from where this manifest lies instead of being
/// written into it (which would need a template, as Fuzz/ does).
let accredit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "accredit-benchmarks",
    platforms: [.macOS(.v13)],  // the oldest Benchmark supports
    dependencies: [
        .package(path: ".."),
        // MallocInterposer gives the malloc counts without jemalloc; the other default trait
        // (RuntimeInterposer, ARC counting on Linux) is left out, as no ARC metric is measured.
        // Needs a Swift 6.3 or later toolchain: older ones read benchmark's 6.2 manifest, which
        // has no such trait and counts mallocs with jemalloc instead.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // Hashes the evidence of the hashing input; the same range as accredit's, so both share one version.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "AccreditBenchmarks",
            dependencies: [
                .product(name: "AccreditCore", package: accredit),
                .product(name: "AccreditReports", package: accredit),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/AccreditBenchmarks",  // the plugin finds benchmarks under Benchmarks/
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
