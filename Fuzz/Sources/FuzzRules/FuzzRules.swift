import AccreditCore
import Foundation

/// Each input is one rule or standard file loaded together with the mini catalogue's files.
let folder = NSTemporaryDirectory() + "accredit-fuzz-rules-\(getpid())"
let base = ProcessInfo.processInfo.environment["ACCREDIT_FUZZ_RULES"] ?? "../Tests/Fixtures/mini"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: folder + "/input.xml", contents: Data(bytes: data, count: size))
    _ = try? CatalogueLoader().load([base, folder + "/input.xml"])
    return 0
}
