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
/// libxml2's depth limit stays on. libxml2's bound on one text node belongs to its tree
/// builder, so this reader bounds each entry itself: its elements, its depth and its text.
public enum XMLStreamReader {
    /// What the caller wants after an entry.
    public enum Next { case `continue`, stop }

    /// How much one entry may hold; an entry is kept in memory whole until it is handed over.
    public struct EntryBounds: Sendable {
        /// Elements in the entry, itself included.
        public var elements = 1_000
        /// Levels of elements below the entry.
        public var depth = 8
        /// Bytes of text in the entry and its descendants.
        public var textBytes = 1 << 20

        public init() {}
    }

    /// Parses `bytes` (shown in diagnostics as `name`), calling `root` once with the document
    /// element (without children or text) and then `entry` for each of its child elements.
    /// Text directly inside the root is ignored. Returning `.stop` ends the parse early
    /// without an error. An entry beyond `bounds` ends the parse with `.entryTooLarge`.
    public static func read(
        _ bytes: [UInt8], name: String, bounds: EntryBounds = EntryBounds(),
        root: (XMLElementValue) -> Void,
        entry: (XMLElementValue) -> Next
    ) throws(XMLParseError) {
        let ctxt = try LibXML.parserContext(for: bytes)
        defer { xmlFreeParserCtxt(ctxt) }
        let sink = DiagnosticSink()
        let outcome: (stopped: Bool, oversized: XMLDiagnostic?) = withoutActuallyEscaping(root) { root in
            withoutActuallyEscaping(entry) { entry in
                let builder = StreamBuilder(ctxt: ctxt, bounds: bounds, root: root, entry: entry)
                // libxml2 keeps a pointer to the callbacks for the whole parse, so they live in
                // memory of their own rather than behind a temporary pointer to a Swift value.
                let callbacks = UnsafeMutablePointer<acx_stream_callbacks>.allocate(capacity: 1)
                callbacks.initialize(
                    to: acx_stream_callbacks(
                        start: streamStart, end: streamEnd, characters: streamCharacters,
                        context: Unmanaged.passUnretained(builder).toOpaque()))
                defer {
                    ctxt.pointee.sax.pointee._private = nil
                    callbacks.deinitialize(count: 1)
                    callbacks.deallocate()
                }
                withExtendedLifetime(builder) {
                    withThreadErrorSink(sink) {
                        acx_ctxt_set_error_handler(ctxt, parserErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
                        acx_ctxt_refuse_doctype(ctxt)
                        acx_ctxt_stream(ctxt, callbacks)
                        let doc = bytes.withUnsafeBufferPointer { buffer in
                            buffer.withMemoryRebound(to: CChar.self) { chars in
                                xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(chars.count), name, nil, XMLDocument.options)
                            }
                        }
                        if let doc { xmlFreeDoc(doc) }
                    }
                }
                return (builder.stopped, builder.oversized)
            }
        }
        ctxt.pointee._private = nil
        if acx_ctxt_doctype_refused(ctxt) != 0 {
            let line = Int(ctxt.pointee.input?.pointee.line ?? 0)
            throw XMLParseError(
                reason: .doctypeRefused,
                diagnostics: [
                    XMLDiagnostic(severity: .fatal, message: "DOCTYPE is not allowed", line: line)
                ])
        }
        if let oversized = outcome.oversized {
            throw XMLParseError(reason: .entryTooLarge, diagnostics: [oversized])
        }
        if outcome.stopped { return }
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
    let bounds: XMLStreamReader.EntryBounds
    /// Open elements below the root, outermost first.
    var open: [XMLElementValue] = []
    var depth = 0
    var stopped = false
    /// Elements and text bytes in the entry being read.
    var entryElements = 0
    var entryTextBytes = 0
    /// Why the parse was stopped for an entry beyond the bounds, if it was.
    var oversized: XMLDiagnostic?
    /// The last namespace URI seen, as libxml2 handed it over and as a String: a manifest
    /// names the same one for every element, and building it anew costs an allocation each.
    private var lastNamespace: (pointer: UnsafePointer<xmlChar>, string: String)?

    func namespace(_ uri: UnsafePointer<xmlChar>?) -> String? {
        guard let uri else { return nil }
        // The bytes are compared as well as the pointer, so the answer is right whether or
        // not libxml2 interns its names.
        if let last = lastNamespace, last.pointer == uri,
            last.string.withCString({ strcmp($0, UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)) == 0 })
        {
            return last.string
        }
        let string = String(cString: uri)
        lastNamespace = (uri, string)
        return string
    }

    /// Element and attribute names already made into strings, by libxml2's pointer: a
    /// manifest has a handful of names, each repeated on every entry. The SAX2 parser hands
    /// over local names from its dictionary, where one name has one address until the parse
    /// ends, and a builder lives for one parse, so the address alone identifies the name.
    /// An open-addressing table in memory of its own: this runs for every element and
    /// attribute, and a Swift collection in a class would check exclusive access each time.
    private static let nameSlots = 256
    private let namePointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?> = {
        let table = UnsafeMutablePointer<UnsafePointer<xmlChar>?>.allocate(capacity: nameSlots)
        table.initialize(repeating: nil, count: nameSlots)
        return table
    }()
    private let nameStrings = UnsafeMutablePointer<String>.allocate(capacity: nameSlots)
    private var namesKept = 0

    func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        let mask = Self.nameSlots - 1
        // Dictionary strings are packed without alignment: the address is mixed, not shifted.
        var slot = Int(truncatingIfNeeded: (UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15) >> 56) & mask
        while let kept = namePointers[slot] {
            if kept == pointer { return nameStrings[slot] }
            slot = (slot + 1) & mask
        }
        let string = String(cString: pointer)
        // At most half full, so a search always ends at an empty slot; names beyond that
        // (a hostile document's) are made anew each time.
        if namesKept < Self.nameSlots / 2 {
            namePointers[slot] = pointer
            (nameStrings + slot).initialize(to: string)
            namesKept += 1
        }
        return string
    }

    deinit {
        for slot in 0..<Self.nameSlots where namePointers[slot] != nil {
            (nameStrings + slot).deinitialize(count: 1)
        }
        nameStrings.deallocate()
        namePointers.deinitialize(count: Self.nameSlots)
        namePointers.deallocate()
    }

    init(
        ctxt: xmlParserCtxtPtr, bounds: XMLStreamReader.EntryBounds, root: @escaping (XMLElementValue) -> Void,
        entry: @escaping (XMLElementValue) -> XMLStreamReader.Next
    ) {
        self.ctxt = ctxt
        self.bounds = bounds
        self.root = root
        self.entry = entry
    }

    func start(_ element: XMLElementValue) {
        guard !stopped else { return }
        depth += 1
        if depth == 1 {
            root(element)
            return
        }
        if depth == 2 {
            entryElements = 0
            entryTextBytes = 0
        }
        entryElements += 1
        open.append(element)
        if entryElements > bounds.elements {
            refuse("an entry has more than \(bounds.elements) elements")
        } else if depth - 2 > bounds.depth {
            refuse("an entry nests elements more than \(bounds.depth) levels deep")
        }
    }

    func end() {
        guard !stopped else { return }
        depth -= 1
        guard depth >= 1, let finished = open.popLast() else { return }
        if depth == 1 {
            if entry(finished) == .stop { stop() }
        } else {
            open[open.count - 1].text += finished.text
            open[open.count - 1].children.append(finished)
        }
    }

    func characters(_ start: UnsafePointer<xmlChar>, _ count: Int) {
        guard !stopped, !open.isEmpty else { return }
        entryTextBytes += count
        if entryTextBytes > bounds.textBytes {
            refuse("an entry holds more than \(bounds.textBytes) bytes of text")
            return
        }
        open[open.count - 1].text += string(start, count)
    }

    private func refuse(_ message: String) {
        oversized = XMLDiagnostic(severity: .fatal, message: message, line: open.first?.line ?? 0)
        stop()
    }

    private func stop() {
        stopped = true
        acx_stop_parser(ctxt)
    }
}

private func builder(_ context: UnsafeMutableRawPointer?) -> StreamBuilder {
    Unmanaged<StreamBuilder>.fromOpaque(context!).takeUnretainedValue()
}

private func string(_ start: UnsafePointer<xmlChar>, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
}

private let streamStart:
    @convention(c) (
        UnsafeMutableRawPointer?, UnsafePointer<xmlChar>?, UnsafePointer<xmlChar>?,
        Int32, UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, Int
    ) -> Void = {
        context, localname, uri, count, attributes, line in
        let builder = builder(context)
        var values: [XMLElementValue.Attribute] = []
        if let attributes, count > 0 {
            values.reserveCapacity(Int(count))
            for index in 0..<Int(count) {
                let base = index * 5  // localname, prefix, URI, value, end
                guard let name = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4] else {
                    continue
                }
                var value = string(start, end - start)
                // Without entity substitution libxml2 hands over an escaped ampersand as "&#38;"
                // (its tree builder decodes it later); nothing else can remain escaped here.
                if memchr(start, 0x26, end - start) != nil { value = value.replacing("&#38;", with: "&") }
                values.append(
                    XMLElementValue.Attribute(
                        name: builder.name(name), namespaceURI: builder.namespace(attributes[base + 2]), value: value)
                )
            }
        }
        builder.start(
            XMLElementValue(
                name: localname.map(builder.name) ?? "", namespaceURI: builder.namespace(uri),
                line: line, allAttributes: values, text: "", children: []))
    }

private let streamEnd: @convention(c) (UnsafeMutableRawPointer?) -> Void = { context in
    builder(context).end()
}

private let streamCharacters: @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<xmlChar>?, Int32) -> Void = {
    context, characters, count in
    guard let characters, count > 0 else { return }
    builder(context).characters(characters, Int(count))
}
