//! Loading plus validating every bundled scenario (both languages): the target is under
//! 20 ms in release, so that `check` and the app's start feel instant.

use criterion::{Criterion, criterion_group, criterion_main};

fn load_all(c: &mut Criterion) {
    let paths = amiable::catalogue::bundled();
    assert!(!paths.is_empty(), "no bundled scenario found");
    c.bench_function("load and validate all bundled scenarios", |b| {
        b.iter(|| {
            for path in &paths {
                let outcome = amiable::scenario::load(path);
                assert!(
                    outcome.scenario.is_some(),
                    "{} does not load",
                    path.display()
                );
            }
        })
    });
}

criterion_group!(benches, load_all);
criterion_main!(benches);
