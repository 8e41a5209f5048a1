/// Renders how far a batch run has come: the `Renderer` of `BatchProgress`. The formats are the
/// cases of `BatchProgressFormat`.
public protocol BatchProgressRenderer: Renderer where Subject == BatchProgress {}
