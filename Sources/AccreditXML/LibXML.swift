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
}
