/// A report together with the package it was made from, as `PackageCheck.checkKeepingContents`
/// gives it: the contents are plain values, valid after the package's files are gone.
public struct CheckedPackage: Sendable {
    public var report: Report
    public var contents: EvaluationPackage
}
