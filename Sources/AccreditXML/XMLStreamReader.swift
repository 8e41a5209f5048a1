import CLibXML2
import CXMLSupport
import Glibc

/// Reads a document without building a tree: the root element's start tag, then each child
/// of the root as a detached `XMLElementValue`, one at a time.
///
/// Manifests are long, flat lists of small entries. Building libxml2's tree for them costs
/// several times the parse itself and holds every node until the end; streaming keeps only
/// the entry being read. The security settings are those of `XMLDocument.parse`: DOCTYPEs
/// are refused before any entity can be declared, every external resource is refused, and
/// libxml2's own depth and size limits stay on.
public enum XMLStreamReader {
    /// What the caller wants after an entry.
    public enum Next { case `continue`, stop }

    /// Parses `bytes` (shown in diagnostics as `name`), calling `root` once with the document
    /// element (without children or text) and then `entry` for each of its child elements.
    /// Text directly inside the root is ignored. Returning `.stop` ends the parse early
    /// without an error. An entry with more than `maxEntryElements` elements (itself and its
    /// descendants) ends the parse with `.entryTooLarge`: an entry is held in memory whole, so
    /// this bounds what one entry can cost.
    public static func read(_ bytes: [UInt8], name: String, maxEntryElements: Int = 1_000,
                            root: (XMLElementValue) -> Void,
                            entry: (XMLElementValue) -> Next) throws(XMLParseError) {
        let ctxt = try LibXML.parserContext(for: bytes)
        defer { xmlFreeParserCtxt(ctxt) }
        let sink = DiagnosticSink()
        let (stopped, oversizedEntryLine): (Bool, Int?) = withoutActuallyEscaping(root) { root in
            withoutActuallyEscaping(entry) { entry in
                let builder = StreamBuilder(ctxt: ctxt, maxEntryElements: maxEntryElements, root: root, entry: entry)
                var callbacks = acx_stream_callbacks(
                    start: streamStart, end: streamEnd, characters: streamCharacters,
                    context: Unmanaged.passUnretained(builder).toOpaque())
                withThreadErrorSink(sink) {
                    acx_ctxt_set_error_handler(ctxt, parserErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
                    acx_ctxt_refuse_doctype(ctxt)
                    withUnsafePointer(to: &callbacks) { acx_ctxt_stream(ctxt, $0) }
                    let doc = bytes.withUnsafeBufferPointer { buffer in
                        buffer.withMemoryRebound(to: CChar.self) { chars in
                            xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), name, nil, XMLDocument.options)
                        }
                    }
                    if let doc { xmlFreeDoc(doc) }
                }
                withExtendedLifetime(callbacks) {}
                return (builder.stopped, builder.oversizedEntryLine)
            }
        }
        ctxt.pointee._private = nil
        ctxt.pointee.sax.pointee._private = nil
        if acx_ctxt_doctype_refused(ctxt) != 0 {
            let line = Int(ctxt.pointee.input?.pointee.line ?? 0)
            throw XMLParseError(reason: .doctypeRefused, diagnostics: [
                XMLDiagnostic(severity: .fatal, message: "DOCTYPE is not allowed", line: line),
            ])
        }
        if let line = oversizedEntryLine {
            throw XMLParseError(reason: .entryTooLarge, diagnostics: [
                XMLDiagnostic(severity: .fatal, message: "an entry has more than \(maxEntryElements) elements", line: line),
            ])
        }
        if stopped { return }
        guard ctxt.pointee.wellFormed != 0 else {
            var diagnostics = sink.items.filter { $0.severity != .warning }
            if diagnostics.isEmpty {
                diagnostics = [XMLDiagnostic(severity: .fatal, message: "not well-formed XML", line: 0)]
            }
            throw XMLParseError(reason: .malformed, diagnostics: diagnostics)
        }
    }
}

/// Collects the open elements below the root and hands each finished entry to the caller.
private final class StreamBuilder {
    let ctxt: xmlParserCtxtPtr
    let root: (XMLElementValue) -> Void
    let entry: (XMLElementValue) -> XMLStreamReader.Next
    let maxEntryElements: Int
    /// Open elements below the root, outermost first.
    var open: [XMLElementValue] = []
    var depth = 0
    var stopped = false
    /// Elements in the entry being read.
    var entryElements = 0
    /// Where the entry that broke `maxEntryElements` starts, if one did.
    var oversizedEntryLine: Int?

    init(ctxt: xmlParserCtxtPtr, maxEntryElements: Int, root: @escaping (XMLElementValue) -> Void,
         entry: @escaping (XMLElementValue) -> XMLStreamReader.Next) {
        self.ctxt = ctxt
        self.maxEntryElements = maxEntryElements
        self.root = root
        self.entry = entry
    }

    func start(_ element: XMLElementValue) {
        depth += 1
        if depth == 1 {
            root(element)
            return
        }
        entryElements = depth == 2 ? 1 : entryElements + 1
        if entryElements > maxEntryElements, oversizedEntryLine == nil {
            oversizedEntryLine = open.first?.line ?? element.line
            stopped = true
            acx_stop_parser(ctxt)
        }
        open.append(element)
    }

    func end() {
        depth -= 1
        guard depth >= 1, let finished = open.popLast() else { return }
        if depth == 1 {
            if entry(finished) == .stop {
                stopped = true
                acx_stop_parser(ctxt)
            }
        } else {
            open[open.count - 1].text += finished.text
            open[open.count - 1].children.append(finished)
        }
    }

    func characters(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += text
    }
}

private func builder(_ context: UnsafeMutableRawPointer?) -> StreamBuilder {
    Unmanaged<StreamBuilder>.fromOpaque(context!).takeUnretainedValue()
}

private func string(_ start: UnsafePointer<xmlChar>, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
}

private let streamStart: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?,
                                         Int32, UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int) -> Void = {
    context, localname, uri, count, attributes, line in
    var values: [XMLElementValue.Attribute] = []
    if let attributes, count > 0 {
        values.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let base = index * 5  // localname, prefix, URI, value, end
            guard let name = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else { continue }
            var value = string(start, end - start)
            // Without entity substitution libxml2 hands over an escaped ampersand as "&#38;"
            // (its tree builder decodes it later); nothing else can remain escaped here.
            if memchr(start, 0x26, end - start) != nil { value = value.replacing("&#38;", with: "&") }
            values.append(XMLElementValue.Attribute(
                name: String(cString: name), namespaceURI: attributes[base + 2].map { String(cString: $0) }, value: value))
        }
    }
    builder(context).start(XMLElementValue(
        name: localname.map { String(cString: $0) } ?? "", namespaceURI: uri.map { String(cString: $0) },
        line: line, allAttributes: values, text: "", children: []))
}

private let streamEnd: @convention(c) (UnsafeMutableRawPointer?) -> Void = { context in
    builder(context).end()
}

private let streamCharacters: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<xmlChar>?, Int32) -> Void = {
    context, characters, count in
    guard let characters, count > 0 else { return }
    builder(context).characters(string(characters, Int(count)))
}
