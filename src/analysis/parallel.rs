//! Independent work side by side: the analysis is mostly pairs (lowest and highest, one
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
        let there = joined(other);
        (here, there)
    })
}

/// `work` on each item, the first here and the others on threads of their own; the results
/// in the items' order.
pub fn side_by_side<I: Send, O: Send>(items: Vec<I>, work: impl Fn(I) -> O + Sync) -> Vec<O> {
    if items.len() <= 1 {
        return items.into_iter().map(work).collect();
    }
    let work = &work;
    std::thread::scope(|scope| {
        let mut items = items.into_iter();
        let first = items.next().expect("two items or more");
        let others: Vec<_> = items.map(|item| scope.spawn(move || work(item))).collect();
        let mut out = vec![work(first)];
        out.extend(others.into_iter().map(joined));
        out
    })
}

/// What a thread gave, or its panic passed on as if it had happened here.
fn joined<T>(thread: std::thread::ScopedJoinHandle<'_, T>) -> T {
    thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// A job for `spread`: it leaves its result where its caller can read it.
pub type Job<'a> = Box<dyn FnOnce() + Send + 'a>;

/// Runs `jobs` on as many threads as there are cores (at most one per job), each thread
/// taking the next job as soon as it is free: searches of very unequal lengths then keep every
/// core busy, where pairs would leave one waiting for the longer of each pair. Jobs are taken
/// in the order given, so the longest expected goes first.
pub fn spread(jobs: Vec<Job<'_>>) {
    let workers = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, jobs.len().max(1));
    let queue = std::sync::Mutex::new(jobs.into_iter());
    let next = || queue.lock().unwrap_or_else(|p| p.into_inner()).next();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers)
            .map(|_| {
                scope.spawn(|| {
                    while let Some(job) = next() {
                        job()
                    }
                })
            })
            .collect();
        while let Some(job) = next() {
            job();
        }
        helpers.into_iter().for_each(joined);
    });
}

/// A job that leaves what `work` gives in `slot` (each slot belongs to one job, so it is
/// always empty when the job ends).
pub fn into_slot<'a, T: Send + Sync + 'a>(
    slot: &'a std::sync::OnceLock<T>,
    work: impl FnOnce() -> T + Send + 'a,
) -> Job<'a> {
    Box::new(move || {
        let _ = slot.set(work());
    })
}
