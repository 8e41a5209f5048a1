import Crypto
import Foundation

/// Random secrets handed to clients (API tokens, session cookies, CSRF tokens) and the digests
/// the store keeps instead of them, so that a copy of the database lets nobody sign in.
public enum Secret {
    /// 32 random bytes as URL-safe base64 without padding: 43 characters.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// SHA-256 of the secret, hex: what the store looks it up by. A plain hash suffices for
    /// 256-bit random secrets; passwords, which people choose, get bcrypt instead.
    public static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two strings in time independent of where they differ (CSRF tokens).
    public static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
