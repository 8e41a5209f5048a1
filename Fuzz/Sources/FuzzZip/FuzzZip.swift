import AccreditCore
import Foundation

/// Each input is opened as a zip package.
let folder = NSTemporaryDirectory() + "accredit-fuzz-zip-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/package.zip"
    FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    var limits = PackageLimits()
    limits.maxArchiveBytes = 64 << 20
    _ = try? PackageOpener(limits: limits).withPackage(path) { $0.package.claims.count }
    return 0
}
