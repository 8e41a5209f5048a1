import AccreditCore
import AccreditReports
import Foundation

/// What every route shares: the store, the checker over the catalogue loaded at start, the
/// settings. Plain values; all state is in the store.
public struct ServerEnvironment: Sendable {
    public let store: any Store
    public let checker: RunChecker
    public let settings: ServerSettings
    let slots: CheckSlots

    public init(store: any Store, checker: RunChecker, settings: ServerSettings = ServerSettings()) {
        self.store = store
        self.checker = checker
        self.settings = settings
        slots = CheckSlots(settings.concurrentChecks)
    }

    /// Checks a package when a slot is free.
    func check(zip: [UInt8], name: String, unit: String, asOf: Day?, by user: String, language: Language) async
        -> RunChecker.Outcome
    {
        await slots.wait()
        defer { Task { await slots.signal() } }
        return await checker.check(zip: zip, name: name, unit: unit, asOf: asOf, by: user, language: language)
    }

    func audit(_ actor: String, _ action: String, _ object: String, _ detail: String = "") async throws {
        // Control characters (NUL above all, which PostgreSQL refuses in text) never reach the log.
        func clean(_ text: String) -> String {
            String(
                String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
        }
        try await store.appendAudit(
            AuditEntry(actor: clean(actor), action: action, object: clean(object), detail: clean(detail)))
    }

    /// The findings that changed from `base` to `run`, in `language`.
    func diff(_ run: RunRecord, base: RunRecord?, language: Language) async throws -> RunDiff {
        let key = RunReports.key(format: .json, language: language)
        guard run.error == nil, let report = try await store.report(run: run.id, format: key) else {
            throw APIError(.notFound, "Run \(run.id) has no report to compare: its package could not be evaluated.")
        }
        let previous = try await base.asyncMap { try await store.report(run: $0.id, format: key) } ?? nil
        guard let diff = RunDiff(report: report, base: previous) else {
            throw APIError(.internalServerError, "The stored report of run \(run.id) could not be read.")
        }
        return diff
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

/// A counting semaphore for checks: a burst of uploads queues instead of running all at once
/// and taking the memory of every package together.
actor CheckSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = max(1, count) }

    func wait() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func signal() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
