import CLibXML2
import CXMLSupport

/// A parsed XML document. Owns the libxml2 tree; confined to the task that parsed it
/// (libxml2 trees are not safe to share), so it is deliberately not `Sendable`.
public final class XMLDocument {
    let pointer: xmlDocPtr
    /// The name used in diagnostics (a path relative to something the user knows).
    public let name: String

    private init(pointer: xmlDocPtr, name: String) {
        self.pointer = pointer
        self.name = name
    }

    deinit { xmlFreeDoc(pointer) }

    /// Options for every document we read: no network, no entity substitution, no DTD loading,
    /// no stderr output, exact lines. HUGE is never set, so libxml2's own limits (depth 256,
    /// 10 MB text nodes, entity amplification) stay on.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Parses `bytes` safely: DOCTYPEs are refused before any entity can be declared, every
    /// external resource is refused, and errors are collected rather than printed.
    /// The caller bounds the size (`bytes.count` must fit in Int32).
    public static func parse(_ bytes: [UInt8], name: String) throws(XMLParseError) -> XMLDocument {
        let ctxt = try LibXML.parserContext(for: bytes)
        defer { xmlFreeParserCtxt(ctxt) }
        let sink = DiagnosticSink()
        let doc: xmlDocPtr? = withThreadErrorSink(sink) {
            acx_ctxt_set_error_handler(ctxt, parserErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
            acx_ctxt_refuse_doctype(ctxt)
            acx_ctxt_track_lines(ctxt)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), name, nil, options)
                }
            }
        }
        ctxt.pointee._private = nil
        if acx_ctxt_doctype_refused(ctxt) != 0 {
            if let doc { xmlFreeDoc(doc) }
            let line = Int(ctxt.pointee.input?.pointee.line ?? 0)
            throw XMLParseError(
                reason: .doctypeRefused,
                diagnostics: [
                    XMLDiagnostic(severity: .fatal, message: "DOCTYPE is not allowed", line: line)
                ])
        }
        guard let doc, ctxt.pointee.wellFormed != 0 else {
            if let doc { xmlFreeDoc(doc) }
            var diagnostics = sink.items.filter { $0.severity != .warning }
            if diagnostics.isEmpty {
                diagnostics = [XMLDiagnostic(severity: .fatal, message: "not well-formed XML", line: 0)]
            }
            throw XMLParseError(reason: .malformed, diagnostics: diagnostics)
        }
        return XMLDocument(pointer: doc, name: name)
    }

    /// The document element.
    public var root: XMLElement? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return XMLElement(node: node, document: self)
    }
}
