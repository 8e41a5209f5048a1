import CAllocator

/// The allocator's side of running a check on several cores.
///
/// glibc gives each thread past the first a heap of its own and grows it a page at a time,
/// with an `mprotect` call each time; those calls take the lock that every other thread's page
/// faults wait for. A large check's catalogue thread made thousands of them while the main
/// thread read the manifest, and the read took five times as long as alone. A process that
/// runs one check and exits tunes the allocator once (`tuneForOneRun`), and each thread that
/// does a large share of the work takes its room in one step first (`prepareThisThread`), in
/// 2 MB pages where the system allows them: a large check touches some hundred megabytes, and
/// 4 KB pages made that 20,000 page faults, a tenth of its CPU time.
/// A long-running process (the web application) leaves the allocator as it is: there the
/// settings would keep freed memory from going back to the system.
public enum ThreadHeap {
    /// For a front end that runs one check, or one batch, and exits: called once at start,
    /// before any thread.
    public static func tuneForOneRun() {
        acc_allocator_tune_for_one_run()
    }

    /// Room a working thread takes in one step: about what the catalogue or a share of a large
    /// package's evaluation allocates. Untouched pages cost no memory.
    static let room = 30 << 20

    /// For a thread that does a large share of a check's work (evaluating, rendering a
    /// report's pieces): gives the calling thread's heap its room, the first time a thread calls it, when the
    /// process has been tuned for one run; otherwise does nothing.
    public static func prepareThisThread() {
        acc_allocator_prepare_thread(room)
    }
}
