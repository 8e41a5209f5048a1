import CLibXML2
import CXMLSupport

/// Runs libxml2's one-time set-up exactly once per process (Swift global initialisers are
/// thread-safe), before any thread parses: the refusing entity loader is process-wide.
private let libxmlReady: Void = {
    xmlInitParser()
    acx_install_refusing_loader()
}()

/// Process-wide facts about the libxml2 in use.
public enum LibXML {
    /// Makes sure libxml2 is initialised; every entry point of this module calls it.
    public static func initialize() { _ = libxmlReady }

    /// The runtime libxml2 version, for reports and `--version`.
    public static var version: String {
        initialize()
        return String(cString: acx_parser_version())
    }

    /// A fresh parser context for parsing `bytes` from memory, after libxml2's set-up. Both
    /// readers start here; the caller frees the context.
    static func parserContext(for bytes: [UInt8]) throws(XMLParseError) -> xmlParserCtxtPtr {
        initialize()
        guard bytes.count < Int(Int32.max) else {
            throw XMLParseError(
                reason: .malformed,
                diagnostics: [
                    XMLDiagnostic(severity: .fatal, message: "document too large", line: 0)
                ])
        }
        guard let ctxt = xmlNewParserCtxt() else {
            throw XMLParseError(reason: .outOfMemory, diagnostics: [])
        }
        return ctxt
    }
}
