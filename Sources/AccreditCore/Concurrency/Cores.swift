import Foundation

/// How many cores this process may use, read once. Foundation's answer honours container
/// CPU quotas, which it reads from the cgroup files on every call: about a millisecond each
/// time, paid several times in a check that takes twenty.
package enum Cores {
    package static let available = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
