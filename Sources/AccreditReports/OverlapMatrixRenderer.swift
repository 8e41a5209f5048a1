import AccreditAuthoring

/// Renders the relation matrix of `accredit overlap`: the `Renderer` of `OverlapMatrix`. The
/// formats are the cases of `OverlapMatrixFormat`.
public protocol OverlapMatrixRenderer: Renderer where Subject == OverlapMatrix {}
