/// How one instance serves: its address and its limits. Everything else lives in the store.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The largest package zip an upload may send.
    public var maxUploadBytes: Int
    /// Mark cookies `Secure`: on when the instance (or the proxy in front of it) serves HTTPS.
    public var secureCookies: Bool
    /// Checks run at once; further uploads wait their turn rather than share the cores.
    public var concurrentChecks: Int
    /// Failed logins per user name in `loginWindow` seconds before further attempts are refused.
    public var loginAttempts: Int
    public var loginWindow: Double

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = 64 << 20, secureCookies: Bool = false,
        concurrentChecks: Int = 2, loginAttempts: Int = 5, loginWindow: Double = 900
    ) {
        self.host = host
        self.port = port
        self.maxUploadBytes = maxUploadBytes
        self.secureCookies = secureCookies
        self.concurrentChecks = concurrentChecks
        self.loginAttempts = loginAttempts
        self.loginWindow = loginWindow
    }
}
