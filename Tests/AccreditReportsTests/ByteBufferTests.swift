import Testing

@testable import AccreditReports

/// The buffer the JSON writer appends to: growth keeps every byte, copies do not share writes.
struct ByteBufferTests {
    @Test func growsPastItsCapacityKeepingEveryByte() {
        var buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for round in 0..<1_000 {
            let piece = Array("piece \(round);".utf8)
            piece.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
            buffer.append(0x0A)
            expected += piece + [0x0A]
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
    }

    @Test func aCopyIsNotChangedByWritesToTheOriginal() {
        var original = ByteBuffer(capacity: 64)
        original.append(contentsOf: Array("shared".utf8))
        let copy = original
        original.append(0x21)
        original.removeAll()
        original.append(contentsOf: Array("other".utf8))
        #expect(copy.array == Array("shared".utf8))
        #expect(original.array == Array("other".utf8))
    }

    @Test func copiesIntoAnArrayInPlaceOfItsContents() {
        var buffer = ByteBuffer()
        buffer.append(contentsOf: Array("new".utf8))
        var target = Array("old contents".utf8)
        buffer.copy(into: &target)
        #expect(target == Array("new".utf8))
    }
}
