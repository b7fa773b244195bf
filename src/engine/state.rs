use std::collections::BTreeSet;

use crate::scenario::{Condition, Effect, Gauge, Gauges, Scenario};

/// The debtor's mood and what has happened in the call so far.
#[derive(Debug, Clone, PartialEq)]
pub struct DebtorState {
    pub gauges: Gauges,
    pub flags: BTreeSet<String>,
    pub visited: BTreeSet<String>,
}

impl DebtorState {
    pub fn new(scenario: &Scenario) -> DebtorState {
        let clamp = |v: u8| v.min(100);
        DebtorState {
            gauges: Gauges {
                tension: clamp(scenario.debtor.tension),
                trust: clamp(scenario.debtor.trust),
                willingness: clamp(scenario.debtor.willingness),
            },
            flags: BTreeSet::new(),
            visited: BTreeSet::new(),
        }
    }

    pub fn get(&self, gauge: Gauge) -> u8 {
        match gauge {
            Gauge::Tension => self.gauges.tension,
            Gauge::Trust => self.gauges.trust,
            Gauge::Willingness => self.gauges.willingness,
        }
    }

    fn slot(&mut self, gauge: Gauge) -> &mut u8 {
        match gauge {
            Gauge::Tension => &mut self.gauges.tension,
            Gauge::Trust => &mut self.gauges.trust,
            Gauge::Willingness => &mut self.gauges.willingness,
        }
    }

    pub fn apply(&mut self, effect: &Effect) {
        match effect {
            Effect::Raise(g, n) => {
                let v = self.slot(*g);
                *v = v.saturating_add(*n).min(100);
            }
            Effect::Lower(g, n) => {
                let v = self.slot(*g);
                *v = v.saturating_sub(*n);
            }
            Effect::Set(f) => {
                self.flags.insert(f.clone());
            }
            Effect::Clear(f) => {
                self.flags.remove(f);
            }
        }
    }

    pub fn apply_all(&mut self, effects: &[Effect]) {
        for e in effects {
            self.apply(e);
        }
    }

    pub fn holds(&self, condition: &Condition) -> bool {
        match condition {
            Condition::Above(g, n) => self.get(*g) > *n,
            Condition::Below(g, n) => self.get(*g) < *n,
            Condition::Flag(f) => self.flags.contains(f),
            Condition::NotFlag(f) => !self.flags.contains(f),
            Condition::Visited(n) => self.visited.contains(n),
        }
    }

    pub fn visit(&mut self, node: &str) {
        self.visited.insert(node.to_string());
    }
}
