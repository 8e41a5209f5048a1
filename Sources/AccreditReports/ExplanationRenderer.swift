import AccreditAuthoring

/// Renders what `accredit explain` says about a requirement: the `Renderer` of `Explanation`.
/// The formats are the cases of `ExplanationFormat`.
public protocol ExplanationRenderer: Renderer where Subject == Explanation {}
