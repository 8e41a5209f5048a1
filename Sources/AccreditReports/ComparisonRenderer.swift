import AccreditAuthoring
import AccreditCore

/// Renders a KKiK-style comparison of units, one `IndicatorComparison.Result` per indicator:
/// the `Renderer` of comparisons. The formats are the cases of `ComparisonFormat`.
public protocol ComparisonRenderer: Renderer where Subject == [IndicatorComparison.Result] {}
