import AccreditXML

let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

extension XMLElement {
    /// The texts of the children named `name`, keyed by their `xml:lang`.
    package func localised(_ name: String) -> LocalisedText {
        var text = LocalisedText()
        forEachChild { child in
            guard child.isNamed(name),
                let lang = child.attribute("lang", namespace: xmlNamespace).flatMap(Language.init(rawValue:))
            else { return }
            text[lang] = child.text.collapsingWhitespace
        }
        return text
    }

    /// Children named `name` whose `xml:lang` is missing or not da/en.
    package func unlocalisedChildren(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        forEachChild { child in
            if child.isNamed(name), child.attribute("lang", namespace: xmlNamespace).flatMap(Language.init(rawValue:)) == nil {
                result.append(child)
            }
        }
        return result
    }

    package func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line) }

    /// A space-separated list attribute.
    package func list(_ name: String) -> [String] {
        (attribute(name) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

extension XMLElementValue {
    package func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line) }

    /// A space-separated list attribute, split on bytes (manifests have a list per entry).
    /// Only spaces separate: the grammar's id-list check has refused anything else, such as a
    /// tab written as a character reference, before this is read.
    package func list(_ name: String) -> [String] {
        guard let value = attribute(name) else { return [] }
        // Most lists name one id: the value itself, without splitting or new strings.
        let single = value.withUTF8Bytes { bytes in !bytes.isEmpty && bytes.firstIndex(of: 0x20) == nil }
        if single { return [value] }
        return value.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension String {
    /// Calls `body` with the UTF-8 bytes. Strings read from XML are native and contiguous, so
    /// this borrows their storage: much faster than stepping through `utf8` for byte checks
    /// that run on every attribute of a large manifest. Borrowed, not copied: a copy would
    /// retain and release the storage on every call.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        return try contiguous.withUTF8(body)
    }

    /// Authored texts are indented in the XML; readers want them on one line.
    /// Works on UTF-8 bytes (ASCII whitespace only) because manifests have many titles.
    package var collapsingWhitespace: String {
        let needsWork = withUTF8Bytes { bytes in
            var previousSpace = true
            for byte in bytes {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if space && (previousSpace || byte != 0x20) { return true }
                previousSpace = space
            }
            return previousSpace
        }
        if !needsWork { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
