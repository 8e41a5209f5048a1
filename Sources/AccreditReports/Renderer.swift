import AccreditCore

/// Renders one kind of subject (a report, a batch summary, lint results, …) in one format.
///
/// Every output accredit writes goes through a renderer of this one shape, so every front end
/// (the command line, a server, the tests) treats them alike: pick a renderer from the
/// subject's format enum, render, write the bytes. A renderer is pure: the same subject and
/// language give the same bytes, with no clock, environment or file system, and stable order.
/// Each subject has a protocol refining this one (`Reporter` for reports, `LintRenderer` for
/// lint results, …), so a format enum can hand out `any LintRenderer` without the runtime
/// support for `any Renderer<Subject>`, which older Apple platforms lack.
public protocol Renderer<Subject>: Sendable {
    /// The value this renderer renders.
    associatedtype Subject

    /// The subject as text in `language`.
    func render(_ subject: Subject, language: Language) -> String

    /// The same text as UTF-8 bytes, for writing to a file. Renderers whose output can be large
    /// write bytes directly instead of building a String first.
    func renderUTF8(_ subject: Subject, language: Language) -> [UInt8]

    /// The same bytes handed to `output` in consecutive pieces, which written one after another
    /// give the file. Renderers whose output can be large hand pieces over while they render the
    /// rest, so the whole output need never be in memory at once. An error thrown by `output`
    /// ends the rendering and is rethrown.
    func render(_ subject: Subject, language: Language, into output: ([UInt8]) throws -> Void) rethrows
}

extension Renderer {
    /// The text's UTF-8 bytes: right for every renderer whose output is small.
    public func renderUTF8(_ subject: Subject, language: Language) -> [UInt8] {
        Array(render(subject, language: language).utf8)
    }

    /// All the bytes in one piece: right for every renderer whose output is small.
    public func render(_ subject: Subject, language: Language, into output: ([UInt8]) throws -> Void) rethrows {
        try output(renderUTF8(subject, language: language))
    }
}
