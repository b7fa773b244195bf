//! Two independent searches at once: the analysis is mostly pairs (lowest and highest, one
//! figure beside another) that share nothing but what they read, and a trainer's machine
//! has more than one core. The results are the same as one after the other.

/// Runs `first` here and `second` on another thread; a panic in either is passed on as it
/// would have been without the thread.
pub fn both<A: Send, B: Send>(
    first: impl FnOnce() -> A + Send,
    second: impl FnOnce() -> B + Send,
) -> (A, B) {
    std::thread::scope(|scope| {
        let other = scope.spawn(second);
        let here = first();
        let there = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (here, there)
    })
}
