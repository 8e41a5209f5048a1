import AccreditAuthoring
import AccreditCore

/// A comparison as one JSON document (`formatVersion` 1) for scripts. Values are strings in the
/// form the other formats show (two decimals at most), so every format agrees on them; the
/// language is not used.
struct ComparisonJSONRenderer: ComparisonRenderer {
    func render(_ results: [IndicatorComparison.Result], language: Language) -> String {
        func double(_ value: Double?) -> JSONValue { value.map { .string(ComparisonWording.number($0)) } ?? .null }
        return JSONValue.object([
            "formatVersion": .int(1),
            "indicators": .array(
                results.map { r in
                    .object([
                        "indicator": .string(r.indicator), "period": .string(r.period),
                        "direction": .string(r.direction.rawValue),
                        "previousPeriod": r.previousPeriod.map(JSONValue.string) ?? .null, "mean": double(r.mean),
                        "units": .array(
                            r.placements.map { p in
                                .object([
                                    "unit": .string(p.unit), "value": double(p.value), "rank": p.rank.map(JSONValue.int) ?? .null,
                                    "colour": .string(p.colour.rawValue), "change": double(p.change),
                                ])
                            }),
                    ])
                }),
        ]).serialized()
    }
}
