import Dispatch
import Foundation
import HummingbirdBcrypt

/// bcrypt, off the event loops: a hash at cost 12 takes a quarter of a second of CPU by design.
public enum Passwords {
    /// The cost; tests may lower it through `ACCREDIT_BCRYPT_COST` to keep suites quick.
    static let cost: UInt8 = {
        if let text = ProcessInfo.processInfo.environment["ACCREDIT_BCRYPT_COST"], let value = UInt8(text),
            (4...31).contains(value)
        {
            return value
        }
        return 12
    }()

    public static func hash(_ password: String) async -> String {
        await offLoop { Bcrypt.hash(password, cost: cost) }
    }

    /// A hash made on the calling thread, for values computed once at start.
    static func hashNow(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public static func verify(_ password: String, hash: String) async -> Bool {
        await offLoop { Bcrypt.verify(password, hash: hash) }
    }

    /// Minimum length: the municipal IT departments' own policies usually ask for more; this is
    /// the floor below which a password is refused outright.
    public static let minimumLength = 10

    private static func offLoop<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
