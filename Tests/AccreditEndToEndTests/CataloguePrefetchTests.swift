@testable import accredit
import AccreditTestSupport
import Testing

/// `check` starts loading rule files before its arguments are parsed, from a guess at its
/// `--rules`; the guess may speed a run up but never change what it reports.
struct CataloguePrefetchTests {
    @Test func guessesTheRulesFoldersInBothSpellings() {
        #expect(CataloguePrefetch.guessFolders(["pkg", "--rules", "a", "--rules=b"]) == ["a", "b"])
        #expect(CataloguePrefetch.guessFolders(["pkg", "--lang", "da"]) == nil)
        #expect(CataloguePrefetch.guessFolders(["pkg", "--", "--rules", "a"]) == nil, "after -- come packages")
        #expect(CataloguePrefetch.guessFolders(["pkg", "--rules"]) == nil, "a flag without a value")
    }

    @Test func aLoadIsUsedOnlyForTheFoldersItWasStartedFor() {
        CataloguePrefetch.begin(arguments: ["accredit", "check", "pkg", "--rules", "no/such/folder"])
        #expect(CataloguePrefetch.take(for: ["other/folder"]) == nil)
        CataloguePrefetch.begin(arguments: ["accredit", "check", "pkg", "--rules", "no/such/folder"])
        #expect(CataloguePrefetch.take(for: ["no/such/folder"]) != nil)
        #expect(CataloguePrefetch.take(for: ["no/such/folder"]) == nil, "taken once")
        CataloguePrefetch.begin(arguments: ["accredit", "lint", "--rules", "no/such/folder"])
        #expect(CataloguePrefetch.take(for: ["no/such/folder"]) == nil, "only check prefetches")
    }

    /// Every spelling of the same folders gives the same report as the default folders.
    @Test func spellingsOfTheRulesGiveTheSameReport() throws {
        let package = "examples/overlap-sundhed"
        let reference = try CommandRunner.accredit(["check", package, "--format", "json"])
        for rules in [["--rules", "Standards", "--rules", "Rules"], ["--rules=Standards", "--rules=Rules"],
                      ["--rules", "Standards", "--rules=Rules"]] {
            let result = try CommandRunner.accredit(["check", package, "--format", "json"] + rules)
            #expect(result.status == reference.status)
            #expect(result.stdout == reference.stdout, "\(rules)")
        }
    }
}
