import AccreditTestSupport
import Foundation
import Testing

/// Every way `accredit` ends is one of its documented exit statuses, never a signal, whatever
/// else the machine is doing; and the rules it uses never depend on the folder it runs in.
@Suite(.serialized) struct ExitPathTests {
    /// Keeps every core busy for as long as it lives, so that threads are scheduled late and
    /// any race between a background thread and the process's exit gets its chance.
    final class BusyCores {
        private var spinners: [pid_t] = []

        init() throws {
            for _ in 0..<max(2, ProcessInfo.processInfo.activeProcessorCount) {
                // Spins while the test process lives, so a test killed half-way leaves no spinner
                // behind; closes inherited descriptors, so it holds no lock of whoever ran the tests.
                let spin =
                    "fd=3; while [ $fd -lt 256 ]; do eval \"exec $fd>&-\"; fd=$((fd+1)); done; "
                    + "while kill -0 \(getpid()) 2>/dev/null; do :; done"
                spinners.append(try ExitPathTests.spawn(["/bin/sh", "-c", spin]))
            }
        }

        deinit {
            for spinner in spinners {
                kill(spinner, SIGKILL)
                var status: Int32 = 0
                waitpid(spinner, &status, 0)
            }
        }
    }

    struct SpawnError: Error { let code: Int32 }

    /// Starts `arguments` with output discarded. POSIX directly: the run is
    /// judged by the raw wait status, which tells an exit from a signal.
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    /// How a run of accredit ended: "exit N" or "signal N".
    static func ending(_ arguments: [String]) throws -> String {
        let pid = try spawn([CommandRunner.accredit] + arguments)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? "exit \((status >> 8) & 0xff)" : "signal \(signal)"
    }

    @Test func aUsageErrorUnderFullLoadAlwaysExits64() throws {
        let busy = try BusyCores()
        var endings: [String: Int] = [:]
        for _ in 0..<200 {
            endings[try Self.ending(["check", "--lang", "xx", Fixtures.path("examples/ready-hjemmepleje")]), default: 0] += 1
        }
        withExtendedLifetime(busy) {}
        #expect(endings == ["exit 64": 200])
    }

    @Test func aBrokenPackageUnderFullLoadAlwaysExits2() throws {
        let busy = try BusyCores()
        var endings: [String: Int] = [:]
        for _ in 0..<50 {
            endings[
                try Self.ending(["check", Fixtures.path("examples/broken/malformed-xml"), "--format", "json"]), default: 0] += 1
        }
        withExtendedLifetime(busy) {}
        #expect(endings == ["exit 2": 50])
    }

    /// A package folder that ships its own Standards/ and Rules/ is checked with accredit's
    /// rules even when checked from inside it.
    @Test func rulesInTheCurrentFolderAreNeverUsed() throws {
        let folder = try TemporaryFolder("own-rules")
        _ = try folder.write("Standards/evil.xml", "<not-a-standard/>")
        _ = try folder.write("Rules/evil.xml", "<not-rules/>")
        let package = Fixtures.path("examples/ready-hjemmepleje")
        let fromInside = try CommandRunner.run(CommandRunner.accredit, ["check", package, "--format", "json"], in: folder.path)
        let fromRepository = try CommandRunner.accredit(["check", package, "--format", "json"])
        #expect(fromInside.status == 0, "\(fromInside.stderr)")
        #expect(fromInside.status == fromRepository.status)
    }

    @Test func theRulesEnvironmentVariableReplacesTheDefaults() throws {
        let result = try CommandRunner.accredit(
            ["check", "examples/ready-hjemmepleje"],
            environment: ["ACCREDIT_RULES": "no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/folder"))
    }
}

/// The rule files a `check` starts loading before its arguments are parsed are a guess from
/// the raw arguments; the guess may speed a run up but never change what it reports.
struct EarlyRulesTests {
    @Test func everySpellingOfTheRulesGivesTheSameReport() throws {
        let package = "examples/overlap-sundhed"
        let reference = try CommandRunner.accredit(["check", package, "--format", "json"])
        for rules in [
            ["--rules", "Standards", "--rules", "Rules"], ["--rules=Standards", "--rules=Rules"],
            ["--rules", "Standards", "--rules=Rules"],
        ] {
            let result = try CommandRunner.accredit(["check", package, "--format", "json"] + rules)
            #expect(result.status == reference.status)
            #expect(result.stdout == reference.stdout, "\(rules)")
        }
    }

    @Test func aBatchUsesTheSameRulesAsASingleCheck() throws {
        let single = try CommandRunner.accredit(["check", "examples/ready-hjemmepleje", "--format", "json"])
        let folder = try TemporaryFolder("early-batch")
        let batch = try CommandRunner.accredit([
            "check", "examples/ready-hjemmepleje", "examples/not-ready-sundhed", "--report", "json:" + folder.path, "--quiet",
        ])
        #expect(batch.status == 1)
        let written = try String(contentsOfFile: folder.path + "/ready-hjemmepleje.json", encoding: .utf8)
        #expect(written == single.stdout)
    }
}
