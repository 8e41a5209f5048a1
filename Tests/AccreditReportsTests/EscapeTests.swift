import Testing

@testable import AccreditReports

/// Text from packages and rule files is hostile: every format escapes what it must, and
/// keeps Danish letters as they are.
struct EscapeTests {
    @Test func xmlEscapesMarkupQuotesAndBreaksAndKeepsDanishLetters() {
        #expect(Escape.xml(#"Æblegård & <Søn> "ø" 'å'"#) == "Æblegård &amp; &lt;Søn&gt; &quot;ø&quot; &apos;å&apos;")
        #expect(Escape.xml("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(Escape.xmlText("linje 1\nlinje 2") == "linje 1\nlinje 2")
        #expect(Escape.xmlText("a\tb\r\n'c' <d>") == "a&#9;b&#13;\n&apos;c&apos; &lt;d&gt;")
        #expect(Escape.html("a\tb\r\nc") == "a\tb\n\nc")
    }

    @Test func xmlReplacesCharactersXMLForbids() {
        #expect(Escape.xml("a\u{1}b\u{1B}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(Escape.html("a\u{FFFF}b\u{1}") == "a\u{FFFD}b\u{FFFD}")
    }

    @Test func plainTextComesBackUnchangedAlsoNearTheForbiddenCharacters() {
        // U+FF01 and U+FFFD share their first UTF-8 byte with U+FFFE and U+FFFF.
        let text = "Ærø \u{FF01} \u{FFFD} — ✓ tab\there"
        #expect(Escape.xml(text) == "Ærø \u{FF01} \u{FFFD} — ✓ tab&#9;here")
        #expect(Escape.html(text) == text)
        #expect(Escape.xmlText("plain") == "plain")
    }

    @Test func htmlEscapesScriptAndAttributes() {
        #expect(Escape.html("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(Escape.html(#"" onmouseover="x"#) == "&quot; onmouseover=&quot;x")
        #expect(Escape.html("Ærø & Østergård") == "Ærø &amp; Østergård")
    }

    @Test func workflowCommandsCannotBeEndedOrStartedByText() {
        let hostile = "100 % klar\n::error file=x::falsk\rslut"
        #expect(Escape.workflowData(hostile) == "100 %25 klar%0A::error file=x::falsk%0Dslut")
        #expect(Escape.workflowProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(Escape.workflowData("Ærø").contains("Ærø"))
    }

    @Test func markdownEscapesTablesEmphasisAndHTML() {
        #expect(Escape.markdown("a | b *c* _d_ `e` <b>&") == #"a \| b \*c\* \_d\_ \`e\` &lt;b&gt;&amp;"#)
        #expect(Escape.markdown("linje 1\nlinje 2") == "linje 1 linje 2")
        #expect(Escape.markdown("Ærø") == "Ærø")
    }

    @Test func urisKeepRelativePathsAndEncodeTheRest() {
        #expect(Escape.uri(path: "examples/overlap-sundhed/manifest.xml") == "examples/overlap-sundhed/manifest.xml")
        #expect(Escape.uri(path: "pakker/ældre pleje/manifest.xml") == "pakker/%C3%A6ldre%20pleje/manifest.xml")
        #expect(Escape.uri(path: "/srv/a#b?c.xml") == "file:///srv/a%23b%3Fc.xml")
    }

    @Test func terminalTextLosesControlCharactersButKeepsLayout() {
        #expect(Escape.terminal("rød\u{1B}[31m\tlinje\n\u{7}") == "rød\u{FFFD}[31m\tlinje\n\u{FFFD}")
        #expect(Escape.terminal("Ærø — ✓") == "Ærø — ✓")
    }
}
