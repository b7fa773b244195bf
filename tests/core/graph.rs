//! The branching map: every node and every answer appears, coloured by quality, in DOT and SVG.

use crate::common;

use amiable::i18n::Lang;
use amiable::scenario::Node;

#[test]
fn dot_lists_every_node_and_answer_with_its_quality() {
    let loaded = common::mini();
    let dot = amiable::graph::dot(&loaded.scenario, loaded.texts(Lang::Fr));
    for node in &loaded.scenario.nodes {
        assert!(
            dot.contains(&format!("  {} [", node.id())),
            "{} missing:\n{dot}",
            node.id()
        );
    }
    assert!(
        dot.contains("opening -> lost_job [color=forestgreen, label=\"1 identify\"]"),
        "{dot}"
    );
    assert!(
        dot.contains("opening -> lost_job [color=red, label=\"2 demand\"]"),
        "{dot}"
    );
    assert!(
        dot.contains("opening -> hangs_up [color=red, style=dashed, label=\"2 (50%)\"]"),
        "{dot}"
    );
    assert!(
        dot.contains("label=\"END hang_up: Je raccroche !\""),
        "{dot}"
    );
    assert!(
        dot.contains("label=\"lost_job: J'ai perdu mon travail, je n'y…\""),
        "{dot}"
    );
}

#[test]
fn every_bundled_scenario_draws_as_svg() {
    for path in amiable::catalogue::bundled() {
        let loaded = common::load(&path);
        let svg = amiable::graph::svg(&loaded.scenario, loaded.texts(Lang::En)).expect("laid out");
        assert!(svg.contains("<svg"), "{}", path.display());
        let ends = loaded
            .scenario
            .nodes
            .iter()
            .filter(|n| matches!(n, Node::End(_)))
            .count();
        assert_eq!(
            svg.matches("END ").count(),
            ends,
            "{}: every ending is marked",
            path.display()
        );
    }
}
