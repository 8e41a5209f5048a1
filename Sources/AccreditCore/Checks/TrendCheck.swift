/// An indicator's development over several periods, judged by one `rule`:
///
/// - `improving`: each of the last `periods` periods (default 3) strictly better than the one
///   before;
/// - `not-worse`: the latest period no worse than the one before, within `tolerance`
///   (default 0);
/// - `target`: `target` reached in the latest period ending on or before `by`;
/// - `shift`: in a series of at least 12 values, the latest run of 6 or more consecutive values
///   on one side of the median lies on the better side. Values on the median neither break
///   nor extend a run. This is the shift rule of the IHI run chart (Perla, Provost and Murray,
///   "The run chart: a simple analytical tool for learning from variation in healthcare
///   processes", BMJ Quality & Safety 2011;20:46–51); Anhøj's rules (Anhøj and Olesen, "Run
///   charts revisited", PLoS ONE 2014;9(11):e113825) treat values on the median the same way
///   and ask for longer runs as series grow (longer than log₂(n) + 3, rounded).
///
/// `direction` says which way is better. Only periods ended by the assessment date count. A
/// value marked missing is not a zero: `improving`, `not-worse` and `target` cannot judge a
/// period whose value is missing, and `shift` leaves it out of the series. Too few periods
/// to judge give `not-assessed` with the reason, never `not-met`: a young series is not a
/// worsening one.
struct TrendCheck: Check {
    enum Criterion: String, CaseIterable, Sendable {
        case improving, notWorse = "not-worse", target, shift
    }

    static let kind = CheckKind.trend
    static let indicator = CheckParameter("indicator", .id, required: true)
    static let direction = CheckParameter("direction", .direction, required: true)
    static let rule = CheckParameter("rule", .choice(Criterion.self), required: true)
    static let periods = CheckParameter("periods", .integer, default: 3)
    static let tolerance = CheckParameter("tolerance", .number, default: WrittenNumber(value: 0, text: "0"))
    static let target = CheckParameter("target", .number)
    static let by = CheckParameter("by", .date)
    static let parameters: [any CheckParameterSpec] = [indicator, direction, rule, periods, tolerance, target, by]
    /// The IHI shift rule: a series this long, a run this long.
    static let shiftSeries = 12
    static let shiftRun = 6

    let id: String
    let direction: Direction
    let criterion: Criterion
    let periods: Int
    let tolerance: WrittenNumber
    let goal: (target: WrittenNumber, by: Day)?

    init(_ arguments: CheckArguments) throws(ParameterRejection) {
        id = try arguments.required(Self.indicator)
        direction = try arguments.required(Self.direction)
        criterion = try arguments.required(Self.rule)
        periods = max(1, arguments[Self.periods] ?? 3)
        tolerance = try arguments.required(Self.tolerance)
        goal = criterion == .target ? (try arguments.required(Self.target), try arguments.required(Self.by)) : nil
    }

    func evaluate(_ use: RuleUse, for requirement: Requirement, in context: EvaluationContext) -> CheckOutcome {
        let series = context.package.series(id).filter { $0.periodEnd <= context.asOf }
        let judge = TrendJudgement(
            id: id, direction: direction, use: use,
            at: series.last?.location ?? context.anchor(for: requirement))
        switch criterion {
        case .improving: return judge.improving(series, periods: periods)
        case .notWorse: return judge.notWorse(series, tolerance: tolerance)
        case .target: return judge.target(series, goal!.target, by: goal!.by)
        case .shift: return judge.shift(series, length: Self.shiftSeries, run: Self.shiftRun)
        }
    }

    func supply(for use: RuleUse, scale: Scale?) -> CheckSupply {
        let better = direction == .higher ? (da: "højere", en: "higher") : (da: "lavere", en: "lower")
        let text: LocalisedText
        switch criterion {
        case .improving:
            text = LocalisedText(
                da: "indikatoren \(id) for mindst \(periods + 1) perioder, \(better.da) i hver af de seneste \(periods)",
                en: "indicator \(id) for at least \(periods + 1) periods, \(better.en) in each of the last \(periods)")
        case .notWorse:
            text = LocalisedText(
                da: "indikatoren \(id) for de seneste to perioder, den seneste ikke ringere (tolerance \(tolerance.text))",
                en: "indicator \(id) for the last two periods, the latest no worse (tolerance \(tolerance.text))")
        case .target:
            text = LocalisedText(
                da: "indikatoren \(id) \(direction.symbol) \(goal!.target.text) for en periode, der slutter senest \(goal!.by)",
                en: "indicator \(id) \(direction.symbol) \(goal!.target.text) for a period ending by \(goal!.by)")
        case .shift:
            text = LocalisedText(
                da:
                    "indikatoren \(id) for mindst \(Self.shiftSeries) perioder, med et skift til den \(better.da) side af medianen",
                en:
                    "indicator \(id) for at least \(Self.shiftSeries) periods, with a shift to the \(better.en) side of the median"
            )
        }
        return CheckSupply(text, indicator: id)
    }

    static let examples: [CheckExample] = {
        /// Yearly values ending with 2025, oldest first; nil is marked missing.
        func years(_ values: [String?]) -> [String] {
            values.enumerated().map { index, value in
                let year = 2026 - values.count + index
                let given = value.map { #"value="\#($0)""# } ?? #"missing="true""#
                return
                    #"<indicator id="ventetid" \#(given) unit="dage" periodStart="\#(year)-01-01" periodEnd="\#(year)-12-31"/>"#
            }
        }
        let lower = ["indicator": "ventetid", "direction": "lower"]
        func rule(_ extra: [String: String]) -> [String: String] { lower.merging(extra) { $1 } }
        let improving = rule(["rule": "improving", "periods": "2"])
        let notWorse = rule(["rule": "not-worse", "tolerance": "1"])
        let target = rule(["rule": "target", "target": "14", "by": "2025-12-31"])
        let shift = rule(["rule": "shift"])
        let high = ["20", "21", "19", "20", "22", "21"]
        let low = ["10", "11", "9", "12", "10", "11"]
        return [
            CheckExample(
                title: "improving: better in each of the last periods", parameters: improving,
                entries: years(["20", "18", "15"]), outcome: .pass, codes: ["trend.improving"]),
            CheckExample(
                title: "improving: worse in the latest period", parameters: improving,
                entries: years(["20", "15", "16"]), outcome: .fail, codes: ["trend.not-improving"]),
            CheckExample(
                title: "improving: too few periods", parameters: improving,
                entries: years(["20", "18"]), outcome: .notAssessed, codes: ["trend.too-few"]),
            CheckExample(
                title: "improving: a period marked missing", parameters: improving,
                entries: years(["20", nil, "15"]), outcome: .notAssessed, codes: ["trend.value-missing"]),
            CheckExample(
                title: "not-worse: worse within the tolerance", parameters: notWorse,
                entries: years(["15", "15.5"]), outcome: .pass, codes: ["trend.not-worse"]),
            CheckExample(
                title: "not-worse: worse beyond the tolerance", parameters: notWorse,
                entries: years(["15", "17"]), outcome: .fail, codes: ["trend.worse"]),
            CheckExample(
                title: "not-worse: one period", parameters: notWorse,
                entries: years(["15"]), outcome: .notAssessed, codes: ["trend.too-few"]),
            CheckExample(
                title: "target: reached by the date", parameters: target,
                entries: years(["20", "13"]), outcome: .pass, codes: ["trend.target-reached"]),
            CheckExample(
                title: "target: missed by the date", parameters: target,
                entries: years(["20", "16"]), outcome: .fail, codes: ["trend.target-missed"]),
            CheckExample(
                title: "target: no period ends by the date",
                parameters: rule(["rule": "target", "target": "14", "by": "2023-12-31"]),
                entries: years(["20", "13"]), outcome: .notAssessed, codes: ["trend.too-few"]),
            CheckExample(
                title: "shift: the latest run lies on the better side", parameters: shift,
                entries: years(high + low), outcome: .pass, codes: ["trend.shift"]),
            CheckExample(
                title: "shift: the latest run lies on the worse side", parameters: shift,
                entries: years(low + high), outcome: .fail, codes: ["trend.shift-worse"]),
            CheckExample(
                title: "shift: no run long enough", parameters: shift,
                entries: years(["10", "20", "10", "20", "10", "20", "10", "20", "10", "20", "10", "20"]),
                outcome: .fail, codes: ["trend.no-shift"]),
            CheckExample(
                title: "shift: values on the median neither break nor extend a run", parameters: shift,
                entries: years(high + ["10", "11", "15.5", "9", "12", "10", "11"]), outcome: .pass, codes: ["trend.shift"]),
            CheckExample(
                title: "shift: fewer than 12 values", parameters: shift,
                entries: years(Array((high + low).dropFirst())), outcome: .notAssessed, codes: ["trend.too-few"]),
        ]
    }()
}

extension CheckKind {
    /// An indicator's development over several periods: improving, not worse, a target by a
    /// date, or a shift on a run chart.
    public static let trend = CheckKind(rawValue: "trend")
}
