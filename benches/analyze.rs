//! `amiable analyze` on generated scenarios of 10,000 decisions: the target is under 1 s in
//! release, so that a trainer gets the exact figures of even a huge scenario at once.

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/core/generated.rs"]
mod generated;

fn analyze_large(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    // 100 layers of 100 decisions, and 400 layers of 25: wide and deep.
    for (layers, width) in [(100, 100), (400, 25)] {
        let ron = generated::scenario_ron(layers, width, 7);
        let scenario = Arc::new(amiable::scenario::parse(&ron).expect("generated RON parses"));
        let first = amiable::analysis::analyze(&scenario).expect("analysable");
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
