import AccreditAuthoring

/// Renders what `accredit diff` found between two versions of standards and rule sets: the
/// `Renderer` of `CatalogueDiff`. The formats are the cases of `CatalogueDiffFormat`.
public protocol CatalogueDiffRenderer: Renderer where Subject == CatalogueDiff {}
