/// Renders the results of `accredit test`: the `Renderer` of `RuleTestResults`. The formats
/// are the cases of `RuleTestFormat`.
public protocol RuleTestRenderer: Renderer where Subject == RuleTestResults {}
