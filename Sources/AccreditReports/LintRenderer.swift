import AccreditAuthoring
import AccreditCore

/// Renders the result of `accredit lint`: the `Renderer` of `Linter.Result`. The formats are
/// the cases of `LintFormat`.
public protocol LintRenderer: Renderer where Subject == Linter.Result {}
