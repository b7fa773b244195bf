//! `amiable analyze` on generated scenarios. The target is 10,000 decisions in under 1 s in
//! release: met at 1,000 decisions; at 10,000 it is at the edge. On the 2-core machine
//! (release, criterion's mean), whose speed drifts by 30 % from one quarter of an hour to the
//! next, so figures are compared run back to back: 1,000 decisions (42,000 situations)
//! 0.24-0.28 s and 10,000 decisions (353,000 situations) 0.92-1.18 s, where the previous
//! session's code gave 0.31-0.35 s and 1.33-1.65 s in the same runs. Before that: 2.1 s and
//! 4.8 s, and 13.5 s and 120 s before the sweeps and branch and bound. At both sizes every
//! competency, the relational range, the overall range and its best and worst calls are
//! exact. Each ending's own overall range goes past its work budget
//! (`analysis::PER_ENDING_BUDGET`) at both sizes and is given as "at least". At 10,000
//! decisions, in order: building the situations 0.25 s; merging those with the same futures
//! (to 227,000) 0.09 s, beside the endings' likeliest answers; the flat order 0.05 s; the
//! bounds' hulls beside the value-guided calls and the climbs to strong first calls
//! (`analysis::surrogate`) 0.25 s on 2 threads; then branch and bound for the highest
//! overall score, 0.3 s, the longest path: the relational searches, the lowest overall score
//! and the DESC and 4 C states run beside it.
//! The default size is the 1,000-decision one; `AMIABLE_BENCH_SIZES=20x500` runs 10,000.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/core/generated.rs"]
mod generated;

fn analyze_large(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    let sizes: Vec<(usize, usize)> = match std::env::var("AMIABLE_BENCH_SIZES") {
        Ok(v) => v
            .split(',')
            .filter_map(|p| p.split_once('x'))
            .map(|(l, w)| (l.parse().unwrap(), w.parse().unwrap()))
            .collect(),
        Err(_) => vec![(20, 50)],
    };
    for (layers, width) in sizes {
        let ron = generated::large_ron(layers, width, 7);
        let scenario = Arc::new(amiable::scenario::parse(&ron).expect("generated RON parses"));
        let clock = std::time::Instant::now();
        let first = amiable::analysis::analyze(&scenario).expect("analysable");
        eprintln!("first run: {:?}", clock.elapsed());
        eprintln!(
            "{layers}x{width}: {} decisions, {} situations, overall {:?}-{:?}",
            layers * width,
            first.situations,
            first.overall.min,
            first.overall.max
        );
        group.bench_function(
            format!("{} decisions ({layers} layers)", layers * width),
            |b| b.iter(|| amiable::analysis::analyze(&scenario).expect("analysable")),
        );
    }
    group.finish();
}

criterion_group!(benches, analyze_large);
criterion_main!(benches);
