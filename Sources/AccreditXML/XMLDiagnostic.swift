import CLibXML2
import CXMLSupport

/// One message from libxml2 (parser, XPath or schema), copied out of C into a plain value.
public struct XMLDiagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable { case warning, error, fatal }
    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int

    public init(severity: Severity, message: String, line: Int, column: Int = 0) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
    }

    init(_ error: xmlError) {
        switch error.level {
        case XML_ERR_WARNING: severity = .warning
        case XML_ERR_FATAL: severity = .fatal
        default: severity = .error
        }
        var text = error.message.map { String(cString: $0) } ?? ""
        text = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingTrailingWhitespace()
        if error.domain == Int32(XML_FROM_XPATH.rawValue) || text.isEmpty {
            // libxml2 2.9 leaves XPath messages empty; name the problem ourselves.
            let expression = error.str1.map { String(cString: $0) }
            text = XPathErrorText.describe(code: Int(error.code), expression: expression, offset: Int(error.int1))
        } else if error.domain == Int32(XML_FROM_IO.rawValue), let url = error.str1 {
            text += " (\(String(cString: url)))"
        }
        message = text
        if let node = error.node {
            line = acx_node_line(node.assumingMemoryBound(to: xmlNode.self))
        } else {
            line = Int(error.line)
        }
        column = Int(error.int2)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Collects diagnostics during one synchronous libxml2 call. Lives on the caller's stack frame
/// and reaches C callbacks as an unretained pointer.
final class DiagnosticSink {
    var items: [XMLDiagnostic] = []
    /// Caps what a hostile input can make us store.
    let limit = 100
    func append(_ diagnostic: XMLDiagnostic) {
        if items.count < limit { items.append(diagnostic) }
    }
}

/// For contexts whose user data is the sink itself (XPath, schema, per-thread handler).
let sinkErrorHandler: xmlStructuredErrorFunc = { data, error in
    guard let data, let error else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(data).takeUnretainedValue().append(XMLDiagnostic(error.pointee))
}

/// For parser contexts: libxml2 passes the context; the sink sits in its `_private`.
let parserErrorHandler: xmlStructuredErrorFunc = { data, error in
    guard let data, let error else { return }
    let ctxt = data.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let sink = ctxt.pointee._private else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(sink).takeUnretainedValue().append(XMLDiagnostic(error.pointee))
}

/// Errors with no context (I/O) only reach the per-thread handler. Only used around
/// synchronous code, which cannot change threads.
func withThreadErrorSink<R>(_ sink: DiagnosticSink, _ body: () throws -> R) rethrows -> R {
    let saved = acx_push_thread_handler(sinkErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
    defer { acx_pop_thread_handler(saved) }
    return try withExtendedLifetime(sink) { try body() }
}
