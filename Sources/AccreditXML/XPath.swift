import CLibXML2
import CXMLSupport

/// Why an XPath expression could not be compiled or evaluated.
public struct XPathError: Error, Sendable, Equatable {
    public var expression: String
    public var diagnostics: [XMLDiagnostic]
    public var summary: String { diagnostics.first?.message ?? "invalid XPath expression '\(expression)'" }

    public init(expression: String, diagnostics: [XMLDiagnostic]) {
        self.expression = expression
        self.diagnostics = diagnostics
    }
}

/// A compiled XPath 1.0 expression. Compile once per task and reuse; libxml2 writes a cache
/// into the compiled form on first use, so it is not shared across tasks.
public final class XPathExpression {
    let compiled: xmlXPathCompExprPtr
    public let source: String

    /// Compiles `source` with the given prefix → namespace bindings.
    public init(_ source: String, namespaces: [String: String]) throws(XPathError) {
        LibXML.initialize()
        self.source = source
        guard let context = xmlXPathNewContext(nil) else {
            throw XPathError(expression: source, diagnostics: [])
        }
        defer { xmlXPathFreeContext(context) }
        let sink = DiagnosticSink()
        let result: xmlXPathCompExprPtr? = withThreadErrorSink(sink) {
            context.pointee.error = sinkErrorHandler
            context.pointee.userData = Unmanaged.passUnretained(sink).toOpaque()
            for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
                xmlXPathRegisterNs(context, prefix, uri)
            }
            return xmlXPathCtxtCompile(context, source)
        }
        guard let result else {
            throw XPathError(expression: source, diagnostics: sink.items)
        }
        compiled = result
    }

    deinit { xmlXPathFreeCompExpr(compiled) }
}

/// Evaluates compiled expressions against one document, with string variables.
public final class XPathEvaluator {
    private let context: xmlXPathContextPtr
    private let document: XMLDocument
    private let sink = DiagnosticSink()

    public init(document: XMLDocument, namespaces: [String: String]) {
        LibXML.initialize()
        self.document = document
        context = xmlXPathNewContext(document.pointer)
        context.pointee.error = sinkErrorHandler
        context.pointee.userData = Unmanaged.passUnretained(sink).toOpaque()
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            xmlXPathRegisterNs(context, prefix, uri)
        }
    }

    deinit { xmlXPathFreeContext(context) }

    /// The boolean value of `expression` (XPath's `boolean()` conversion) with `node` as the
    /// context node (the document element when nil) and `variables` bound as strings.
    public func boolean(
        _ expression: XPathExpression, at node: XMLElement? = nil,
        variables: [String: String] = [:]
    ) throws(XPathError) -> Bool {
        sink.items.removeAll(keepingCapacity: true)
        for (name, value) in variables {
            xmlXPathRegisterVariable(context, name, xmlXPathNewString(value))
        }
        defer {
            for name in variables.keys { xmlXPathRegisterVariable(context, name, nil) }
        }
        context.pointee.node = node?.node ?? xmlDocGetRootElement(document.pointer)
        let result: Int32 = withExtendedLifetime(sink) {
            withThreadErrorSink(sink) { xmlXPathCompiledEvalToBoolean(expression.compiled, context) }
        }
        if result < 0 || !sink.items.filter({ $0.severity != .warning }).isEmpty {
            throw XPathError(expression: expression.source, diagnostics: sink.items)
        }
        return result == 1
    }
}
