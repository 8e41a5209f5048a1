import AccreditCore

extension CSVReporter {
    /// The spreadsheet of a package that could not be evaluated: a header, then one row per
    /// problem with the status `error`, its place, message and what to do, so a sheet combined
    /// from many units shows this one as not judged instead of leaving it out.
    public func renderFailure(_ failed: FailedCheck, language l: Language) -> String {
        var csv = CSVWriter(lineEnd: "\r\n", dialect: dialect ?? .preferred(for: l))
        csv.row(texts: [
            Vocabulary.label(.package, l), Vocabulary.label(.statusCode, l), Vocabulary.label(.status, l),
            Vocabulary.label(.location, l), Vocabulary.label(.message, l), Vocabulary.label(.tool, l),
        ])
        for error in failed.errors {
            csv.row(texts: [
                failed.package, RequirementStatus.error.rawValue, Vocabulary.status(.error, l),
                error.location?.description ?? failed.package, failed.headline(l) + " " + FailedCheck.line(error, l),
                "accredit \(failed.toolVersion)",
            ])
        }
        return csv.text
    }
}
