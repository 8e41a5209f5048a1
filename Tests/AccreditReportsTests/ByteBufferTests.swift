import Foundation
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

/// The JSON writer keeps the state of open containers in bits for 64 levels and an array
/// beyond; documents deeper than that are written alike.
struct DeepJSONTests {
    @Test(arguments: [3, 63, 64, 65, 130])
    func nestedArraysAndObjectsCloseInOrder(depth: Int) throws {
        var value = JSONValue.object(["leaf": .int(1), "other": .array([.bool(true), .null])])
        for level in 0..<depth {
            value = level.isMultiple(of: 2) ? .array([value, .string("s\(level)")]) : .object(["a": value, "b": .int(level)])
        }
        let text = value.serialized()
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        var current: Any = parsed
        var levels = 0
        while true {
            if let array = current as? [Any] {
                #expect(array.count == 2)
                current = array[0]
            } else if let object = current as? [String: Any], let inner = object["a"] {
                #expect(object.count == 2)
                current = inner
            } else {
                break
            }
            levels += 1
        }
        #expect(levels == depth)
        #expect((current as? [String: Any])?["leaf"] as? Int == 1)
    }
}
