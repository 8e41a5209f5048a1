extension JSONStream {
    /// Writes a document built in memory, keys sorted, in the same layout as everything else the
    /// stream writes: one writer for small documents and for reports too large to build whole.
    mutating func value(_ json: JSONValue) {
        switch json {
        case .string(let text): value(text)
        case .int(let number): value(number)
        case .bool(let flag): value(flag)
        case .null: nullValue()
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for name in members.keys.sorted() {
                key(named: name)
                value(members[name]!)
            }
            endObject()
        }
    }
}
