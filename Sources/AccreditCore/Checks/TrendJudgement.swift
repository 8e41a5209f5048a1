/// The four rules of `TrendCheck` over one indicator's series (oldest first, periods ended by
/// the assessment date), each giving an outcome with a finding that names the periods and
/// values it judged. Kept apart from the check so that each rule reads on its own.
struct TrendJudgement {
    typealias Value = EvaluationPackage.IndicatorValue

    let id: String
    let direction: Direction
    let use: RuleUse
    /// Where findings point: the latest value, else the requirement's anchor.
    let at: SourceLocation

    func improving(_ series: [Value], periods: Int) -> CheckOutcome {
        let needed = periods + 1
        guard series.count >= needed else { return tooFew(series.count, needed: needed) }
        let judged = Array(series.suffix(needed))
        if let missing = judged.first(where: \.missing) { return valueMissing(missing) }
        let list = Self.list(judged)
        for index in 1..<judged.count where !direction.isBetter(judged[index].value, than: judged[index - 1].value) {
            let (before, after) = (judged[index - 1], judged[index])
            return outcome(
                .fail, "trend.not-improving", .gap,
                da: "\(id) blev ikke bedre fra \(Self.period(before)) til \(Self.period(after)): \(list)",
                en: "\(id) did not improve from \(Self.period(before)) to \(Self.period(after)): \(list)")
        }
        return outcome(
            .pass, "trend.improving", .passed,
            da: "\(id) blev bedre i hver af de seneste \(periods) perioder: \(list)",
            en: "\(id) improved in each of the last \(periods) periods: \(list)")
    }

    func notWorse(_ series: [Value], tolerance: WrittenNumber) -> CheckOutcome {
        guard series.count >= 2 else { return tooFew(series.count, needed: 2) }
        let (previous, latest) = (series[series.count - 2], series[series.count - 1])
        if let missing = [previous, latest].first(where: \.missing) { return valueMissing(missing) }
        let list = Self.list([previous, latest])
        let worseBy = direction == .higher ? previous.value - latest.value : latest.value - previous.value
        if worseBy <= tolerance.value {
            return outcome(
                .pass, "trend.not-worse", .passed,
                da: "\(id) er ikke ringere end perioden før (tolerance \(tolerance.text)): \(list)",
                en: "\(id) is no worse than the period before (tolerance \(tolerance.text)): \(list)")
        }
        return outcome(
            .fail, "trend.worse", .gap,
            da: "\(id) er ringere end perioden før, ud over tolerancen \(tolerance.text): \(list)",
            en: "\(id) is worse than the period before, beyond the tolerance \(tolerance.text): \(list)")
    }

    func target(_ series: [Value], _ target: WrittenNumber, by: Day) -> CheckOutcome {
        guard let judged = series.last(where: { $0.periodEnd <= by }) else {
            return outcome(
                .notAssessed, "trend.too-few", .note,
                da: "\(id) har ingen periode, der slutter senest \(by); målet kan ikke vurderes endnu",
                en: "\(id) has no period ending by \(by); the target cannot be judged yet")
        }
        if judged.missing { return valueMissing(judged) }
        let value = Self.list([judged])
        if direction.reaches(judged.value, target.value) {
            return outcome(
                .pass, "trend.target-reached", .passed,
                da: "\(id) nåede målet \(direction.symbol) \(target.text) senest \(by): \(value)",
                en: "\(id) reached the target \(direction.symbol) \(target.text) by \(by): \(value)")
        }
        return outcome(
            .fail, "trend.target-missed", .gap,
            da: "\(id) nåede ikke målet \(direction.symbol) \(target.text) senest \(by): \(value)",
            en: "\(id) missed the target \(direction.symbol) \(target.text) by \(by): \(value)")
    }

    func shift(_ series: [Value], length: Int, run: Int) -> CheckOutcome {
        let points = series.filter { !$0.missing }
        guard points.count >= length else { return tooFew(points.count, needed: length) }
        let median = Self.median(points.map(\.value))
        guard let latest = RunChart.runs(points.map(\.value), around: median).last(where: { $0.count >= run }) else {
            return outcome(
                .fail, "trend.no-shift", .gap,
                da:
                    "\(id) viser intet skift: ingen \(run) perioder i træk på samme side af medianen \(Self.number(median)) i \(points.count) perioder",
                en:
                    "\(id) shows no shift: no \(run) periods in a row on one side of the median \(Self.number(median)) in \(points.count) periods"
            )
        }
        let list = Self.list(latest.indices.map { points[$0] })
        let above = latest.side > 0
        let side = above ? (da: "over", en: "above") : (da: "under", en: "below")
        if above == (direction == .higher) {
            return outcome(
                .pass, "trend.shift", .passed,
                da:
                    "\(id) viser et skift til det bedre: \(latest.count) perioder i træk \(side.da) medianen \(Self.number(median)): \(list)",
                en:
                    "\(id) shows a shift for the better: \(latest.count) periods in a row \(side.en) the median \(Self.number(median)): \(list)"
            )
        }
        return outcome(
            .fail, "trend.shift-worse", .gap,
            da:
                "\(id) viser et skift til det værre: \(latest.count) perioder i træk \(side.da) medianen \(Self.number(median)): \(list)",
            en:
                "\(id) shows a shift for the worse: \(latest.count) periods in a row \(side.en) the median \(Self.number(median)): \(list)"
        )
    }

    // MARK: - Findings

    private func tooFew(_ count: Int, needed: Int) -> CheckOutcome {
        outcome(
            .notAssessed, "trend.too-few", .note,
            da: "\(id) har \(count) perioder med værdi; udviklingen kræver mindst \(needed)",
            en: "\(id) has \(count) periods with a value; the trend needs at least \(needed)")
    }

    private func valueMissing(_ value: Value) -> CheckOutcome {
        CheckOutcome(
            .notAssessed,
            [
                use.finding(
                    "trend.value-missing", .note,
                    da: "\(id) er markeret som manglende for perioden \(Self.period(value)); udviklingen kan ikke vurderes",
                    en: "\(id) is marked missing for the period \(Self.period(value)); the trend cannot be judged",
                    at: value.location, subject: "indicator:\(id)@\(value.periodStart)/\(value.periodEnd)")
            ])
    }

    private func outcome(_ result: CheckOutcome.Result, _ code: String, _ kind: Finding.Kind, da: String, en: String)
        -> CheckOutcome
    {
        CheckOutcome(result, [use.finding(code, kind, da: da, en: en, at: at, subject: "indicator:\(id)")])
    }

    static func period(_ value: Value) -> String { "\(value.periodStart)–\(value.periodEnd)" }

    /// "2024-01-01–2024-12-31: 20 dage; …", each value as written.
    static func list(_ values: [Value]) -> String {
        values.map { "\(period($0)): \($0.text)\($0.unit.isEmpty ? "" : " " + $0.unit)" }.joined(separator: "; ")
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// A median as a short number: `15.5`, `14`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
