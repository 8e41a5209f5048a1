import AccreditCore
import Testing

struct PolicyTests {
    @Test(arguments: [("1.0", 10_000), ("0.9", 9_000), ("0.85", 8_500), ("1", 10_000), ("0", 0), ("0.0001", 1)])
    func parsesSharesExactly(_ text: String, _ expected: Int) {
        #expect(Policy.basisPoints(text) == expected)
    }

    @Test(arguments: ["1.5", "-0.1", "0.12345", "abc", ""])
    func refusesSharesOutsideZeroToOne(_ text: String) {
        #expect(Policy.basisPoints(text) == nil)
    }

    /// 0.9 × 10 must need exactly 9, not 10 (a floating-point threshold would round up).
    @Test func requiredCountRoundsUpOnlyWhenNeeded() {
        #expect(Policy.required(9_000, of: 10) == 9)
        #expect(Policy.required(9_000, of: 11) == 10)
        #expect(Policy.required(10_000, of: 27) == 27)
        #expect(Policy.required(8_000, of: 0) == 0)
    }
}
