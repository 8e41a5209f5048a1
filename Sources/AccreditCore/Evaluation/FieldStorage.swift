/// The fields of a value type, kept behind one reference and never changed in place.
///
/// A report holds tens of thousands of findings and requirement results, copied as they are
/// gathered, fingerprinted and written, often on several cores at once. As plain structs each
/// copy would retain every string and array they hold, among them file names that every
/// finding shares and whose counts the cores would fight over; behind one reference a copy
/// retains one object. A setter makes new storage with `with`, so copies that share the old
/// one keep their values: the types stay values.
final class FieldStorage<Fields: Sendable>: Sendable {
    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    /// New storage with `change` applied; this one is left as it is for the copies sharing it.
    func with(_ change: (inout Fields) -> Void) -> FieldStorage {
        var fields = fields
        change(&fields)
        return FieldStorage(fields)
    }
}
