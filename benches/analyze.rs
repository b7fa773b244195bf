//! `amiable analyze` on generated scenarios. The target is 10,000 decisions in under 1 s in
//! release. On the 2-core machine (release, criterion's mean), whose speed drifts by 30 %,
//! so figures are compared run back to back: 1,000 decisions (42,000 situations) 0.21 s and
//! 10,000 decisions (353,000 situations) 0.60 s, where the code of 39b0a10 gave 0.23 s and
//! 0.83 s in the same run, and that of 08c2b3a 0.36 s and 1.41 s in an earlier one. With
//! the other core kept busy by another program, 10,000 decisions take 0.9-1.1 s (39b0a10:
//! 1.1-1.17 s): the work is shared by both cores. Before 08c2b3a: 2.1 s and 4.8 s, and
//! 13.5 s and 120 s before the sweeps and branch and bound. At both sizes every competency,
//! the relational range, the overall range and its best and worst calls are exact. Each
//! ending's own overall range goes past its work budget (`analysis::PER_ENDING_BUDGET`) at
//! both sizes and is given as "at least". At 10,000 decisions, in order (short runs):
//! building the situations 0.15-0.17 s (finding them breadth first on both cores,
//! 0.1 s, then putting them in order); merging those with the same futures (to 227,000)
//! 0.07 s, beside the endings' likeliest answers; the bounds' hulls beside the flat order,
//! the value-guided calls and the climbs to strong first calls (`analysis::surrogate`)
//! 0.22-0.24 s on 2 cores; then 0.15 s of searches on 2 cores: branch and bound for the
//! highest overall score (0.1 s, from the best call, which the climb found) beside the DESC,
//! 4 C and compliance sweeps, then the relational searches and the lowest overall score.
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
