import AccreditCore

/// Renders a report in one format: the `Renderer` of a `Report`. The report formats are the
/// cases of `ReportFormat`.
public protocol Reporter: Renderer where Subject == Report {}
