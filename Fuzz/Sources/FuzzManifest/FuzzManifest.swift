import AccreditCore
import Foundation

/// The catalogue is loaded once; each input becomes a package's manifest.xml.
nonisolated(unsafe) let catalogue = try! CatalogueLoader().load([
    ProcessInfo.processInfo.environment["ACCREDIT_FUZZ_RULES"] ?? "../Tests/Fixtures/mini",
])
let folder = NSTemporaryDirectory() + "accredit-fuzz-manifest-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: folder + "/manifest.xml", contents: Data(bytes: data, count: size))
    if let loaded = try? PackageLoader().load(folder) {
        _ = try? Evaluator(catalogue: catalogue).evaluate(loaded)
    }
    return 0
}
