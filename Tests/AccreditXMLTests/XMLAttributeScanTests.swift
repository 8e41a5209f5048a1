import AccreditXML
import Testing

/// The pass that refuses start tags with too many attributes before libxml2 sees them.
struct XMLAttributeScanTests {
    private func scan(_ text: String, limit: Int = 2) -> (line: Int, count: Int)? {
        XMLAttributeScan.firstTag(withMoreThan: limit, in: Array(text.utf8))
    }

    @Test func findsTheFirstTagOverTheLimitAtItsLine() throws {
        let found = try #require(scan("<a x=\"1\">\n<b/>\n\n<c p=\"1\" q='2' r=\"3\"/></a>"))
        #expect(found.line == 4)
        #expect(found.count == 3)
    }

    @Test func countsNoEqualsSignInValuesCommentsCDATAOrEndTags() {
        #expect(scan(#"<a x="a=b=c=d" y='e=f=g'>t=u=v=w</a>"#) == nil)
        #expect(scan("<a><!-- p=1 q=2 r=3 s=4 --><![CDATA[ p=1 q=2 r=3 ]]><?pi a=1 b=2 c=3?></a x=1 y=2 z=3>") == nil)
    }

    @Test func aTagAtTheLimitPasses() {
        #expect(scan(#"<a x="1" y="2"/>"#) == nil)
        #expect(scan("") == nil)
        #expect(scan("<") == nil)
        #expect(scan(#"<a x="unterminated"#) == nil)
    }

    @Test func manyAttributesAreFoundQuickly() throws {
        let tag = "<a " + (0..<200_000).map { "a\($0)=\"\"" }.joined(separator: " ") + "/>"
        let found = try #require(scan("<?xml version=\"1.0\"?>\n" + tag, limit: 256))
        #expect(found.line == 2)
        #expect(found.count == 257)
    }
}
