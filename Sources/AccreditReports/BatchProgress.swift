/// How far a batch run has come: the packages done out of all of them.
public struct BatchProgress: Sendable, Hashable {
    /// Packages evaluated so far.
    public var done: Int
    /// Packages in the batch.
    public var total: Int

    /// `done` packages out of `total`.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}
