/// Words for libxml2's XPath error codes, which 2.9 reports with an empty message.
enum XPathErrorText {
    static func describe(code: Int, expression: String?, offset: Int) -> String {
        let what: String
        switch code {
        case 1201: what = "malformed number"
        case 1202: what = "unfinished string literal"
        case 1203: what = "a string literal was expected"
        case 1204: what = "malformed variable reference"
        case 1205: what = "undefined variable"
        case 1206: what = "invalid predicate"
        case 1207: what = "invalid expression"
        case 1208: what = "missing closing bracket or parenthesis"
        case 1209: what = "unknown function"
        case 1210: what = "invalid operand"
        case 1211: what = "wrong argument type"
        case 1212: what = "wrong number of arguments"
        case 1213, 1214: what = "invalid context"
        case 1215: what = "out of memory"
        case 1219: what = "undefined namespace prefix"
        case 1220: what = "encoding error"
        case 1221: what = "invalid character"
        default: what = "XPath error \(code)"
        }
        guard let expression, !expression.isEmpty else { return what }
        return "\(what) in '\(expression)' at offset \(offset)"
    }
}
