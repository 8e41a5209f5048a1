import AccreditCore

/// Renders the summary of a batch run, one `BatchSummary` per package in the order given: the
/// `Renderer` of batch summaries. The formats are the cases of `BatchSummaryFormat`.
public protocol BatchSummaryRenderer: Renderer where Subject == [BatchSummary] {}
