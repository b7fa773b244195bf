//! Throughput of the free-text classifier on the labelled corpus. The target is 10,000
//! utterances per second in release, so that classifying a trainee's answer never shows.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use amiable::i18n::Lang;
use amiable::text::Classifier;

fn corpus() -> Vec<(Lang, String)> {
    ["dev.txt", "heldout.txt"]
        .iter()
        .flat_map(|name| {
            let path = format!("{}/tests/data/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path)
                .expect("corpus file")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| {
                    let mut parts = l.splitn(3, " | ");
                    let lang = parts.next()?.parse().ok()?;
                    parts.next()?;
                    Some((lang, parts.next()?.to_string()))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn classify(c: &mut Criterion) {
    let classifier = Classifier::bundled();
    let utterances = corpus();
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(utterances.len() as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            for (lang, text) in &utterances {
                black_box(classifier.classify(black_box(text), *lang));
            }
        })
    });
    let long: String = "Je comprends que ce soit difficile, je vous propose un échéancier. "
        .repeat(200)
        .chars()
        .take(10_000)
        .collect();
    group.throughput(Throughput::Elements(1));
    group.bench_function("10000_chars", |b| {
        b.iter(|| black_box(classifier.classify(black_box(&long), Lang::Fr)))
    });
    group.finish();
}

criterion_group!(benches, classify);
criterion_main!(benches);
