import CLibXML2
import CXMLSupport

/// Why a schema could not be read.
public struct XMLSchemaError: Error, Sendable {
    public var name: String
    public var diagnostics: [XMLDiagnostic]
}

/// A compiled W3C XML Schema. Read-only after compilation, which libxml2 allows to share
/// between threads; that is the one audited `@unchecked Sendable` in this module.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles an XSD held in memory. Imports and includes are refused (schemas are self-contained).
    public init(_ bytes: [UInt8], name: String) throws(XMLSchemaError) {
        LibXML.initialize()
        let sink = DiagnosticSink()
        let compiled: xmlSchemaPtr? = withThreadErrorSink(sink) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars -> xmlSchemaPtr? in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, sinkErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
                    return xmlSchemaParse(parser)
                }
            }
        }
        guard let compiled else { throw XMLSchemaError(name: name, diagnostics: sink.items) }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates a document; an empty result means valid.
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLDiagnostic(severity: .fatal, message: "out of memory", line: 0)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let sink = DiagnosticSink()
        let status: Int32 = withThreadErrorSink(sink) {
            xmlSchemaSetValidStructuredErrors(context, sinkErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        if status != 0 && sink.items.isEmpty {
            return [XMLDiagnostic(severity: .error, message: "schema validation failed (\(status))", line: 0)]
        }
        return sink.items
    }
}
