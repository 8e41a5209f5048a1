import AccreditReports
import Foundation
import Testing

struct JSONValueTests {
    @Test func sortsKeysAndIndents() {
        let value = JSONValue.object(["b": .int(2), "a": .array([.bool(true), .null]), "c": .array([]), "d": .object([:])])
        #expect(value.serialized() == """
            {
              "a" : [
                true,
                null
              ],
              "b" : 2,
              "c" : [],
              "d" : {}
            }

            """)
    }

    @Test func escapesWhatJSONRequiresAndKeepsDanishLetters() throws {
        let text = "Kvalitet \"på\" tværs\\\n\tÆØÅ æøå \u{01}/"
        let serialized = JSONValue.string(text).serialized()
        #expect(serialized == "\"Kvalitet \\\"på\\\" tværs\\\\\\n\\tÆØÅ æøå \\u0001/\"\n")
        // An independent parser reads back the same text.
        let parsed = try JSONSerialization.jsonObject(with: Data(serialized.utf8), options: [.fragmentsAllowed]) as? String
        #expect(parsed == text)
    }
}
