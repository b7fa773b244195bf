//! What the scoring needs to remember of a call so far, in a few numbers: the same rules as
//! `scoring`, folded turn by turn so that calls with the same profile can be merged.

use crate::scenario::{Competency, Cue, Phase, Scenario, Talk, Technique};
use crate::scoring::{
    LISTENING, Outcome, TurnView, adapted_solution, choice_value, compliance_score, courtesy,
    desc_in_order, judge, listening, manners_of, order_points, overall_of, percent,
    relational_score,
};

/// The competencies judged answer by answer, as a share of the opportunities.
pub const PER_TURN: [Competency; 8] = [
    Competency::Empathy,
    Competency::Reformulation,
    Competency::Assertiveness,
    Competency::Questioning,
    Competency::PositiveLanguage,
    Competency::ObjectionHandling,
    Competency::Negotiation,
    Competency::Diagnosis,
];

/// Where each listening competency (`scoring::LISTENING`) sits in `PER_TURN`; a competency
/// missing from `PER_TURN` stops the build.
pub const LISTENING_SLOTS: [usize; 3] =
    [slot(LISTENING[0]), slot(LISTENING[1]), slot(LISTENING[2])];

const fn slot(c: Competency) -> usize {
    let mut k = 0;
    while k < PER_TURN.len() {
        if PER_TURN[k] as u8 == c as u8 {
            return k;
        }
        k += 1;
    }
    panic!("a listening competency is not judged turn by turn")
}

/// What one answer at one decision adds to a profile; the same wherever the call comes from.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    /// Credit in quarters at each per-turn competency, when the turn is an opportunity for it.
    pub(super) credits: [Option<u8>; 8],
    pub(super) desc_offered: u8,
    pub(super) desc_steps: [Option<u8>; 4],
    pub(super) phase: Phase,
    pub(super) identification: bool,
    pub(super) recap: bool,
    pub(super) breach: bool,
    pub(super) manners: i32,
    pub(super) fragile: bool,
    pub(super) oriented: bool,
    pub(super) orientation_offered: bool,
    /// How good the answer is at its decision (`scoring::choice_value`).
    pub value: f32,
}

impl Answer {
    pub fn of(talk: &Talk, option_index: usize) -> Answer {
        let option = &talk.options[option_index];
        let phase = option.phase.unwrap_or(talk.phase);
        let view = TurnView {
            number: 0,
            talk,
            option: std::borrow::Cow::Borrowed(option),
            phase,
        };
        let mut credits = [None; 8];
        for (slot, &c) in credits.iter_mut().zip(&PER_TURN) {
            *slot = judge(c, &view).map(|j| (j.credit * 4.0).round() as u8);
        }
        let mut desc_offered = 0u8;
        for o in &talk.options {
            for t in &o.tags {
                if let Some(s) = t.desc_step() {
                    desc_offered |= 1 << s;
                }
            }
        }
        let mut desc_steps = [None; 4];
        for (slot, s) in desc_steps
            .iter_mut()
            .zip(option.tags.iter().filter_map(|t| t.desc_step()))
        {
            *slot = Some(s as u8);
        }
        Answer {
            credits,
            desc_offered,
            desc_steps,
            phase,
            identification: option.has(Technique::Identification),
            recap: option.has(Technique::Recap),
            breach: option.has(Technique::ComplianceBreach),
            manners: manners_of(option),
            fragile: talk.cues.contains(&Cue::Fragility),
            oriented: option.has(Technique::Orientation),
            orientation_offered: talk.offers(&[Technique::Orientation]),
            value: choice_value(talk, option),
        }
    }
}

/// How the call stands against "understand before convincing".
pub(super) const ORDER_NONE: u8 = 0;
pub(super) const ORDER_UNDERSTOOD_FIRST: u8 = 1;
const ORDER_CONVINCED_FIRST: u8 = 2;

/// Identification: never, at the first answer in contact, or later.
pub(super) const ID_NONE: u8 = 0;
pub(super) const ID_FIRST: u8 = 1;
pub(super) const ID_LATE: u8 = 2;

/// What the 4 C structure reads of a call: a part of `Profile`, on its own so that the
/// structure's states (see `reach`) move without the rest of a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Structure {
    pub turns: u16,
    pub identified: u8,
    pub order: u8,
    pub last_phase: u8,
    pub skips: u16,
    pub recap: bool,
    pub concluded: bool,
}

impl Structure {
    pub fn after(mut self, a: &Answer) -> Structure {
        if a.identification && self.identified == ID_NONE {
            let first = self.turns == 0 && a.phase == Phase::Contact;
            self.identified = if first { ID_FIRST } else { ID_LATE };
        }
        if self.order == ORDER_NONE {
            self.order = match a.phase {
                Phase::Comprendre => ORDER_UNDERSTOOD_FIRST,
                Phase::Convaincre => ORDER_CONVINCED_FIRST,
                _ => ORDER_NONE,
            };
        }
        // Every call starts in contact (index 0), so jumping two steps ahead is a skip.
        if a.phase.index() > usize::from(self.last_phase) + 1 {
            self.skips += 1;
        }
        self.last_phase = a.phase.index() as u8;
        self.recap |= a.recap;
        self.concluded |= a.phase == Phase::Conclure;
        self.turns += 1;
        self
    }

    /// The 4 C score of a call that ends here.
    pub fn score(&self) -> u8 {
        if self.turns == 0 {
            return 0;
        }
        let mut points = 0.0f32;
        points += match self.identified {
            ID_FIRST => 25.0,
            ID_LATE => 10.0,
            _ => 0.0,
        };
        points += if self.order == ORDER_UNDERSTOOD_FIRST {
            25.0
        } else {
            0.0
        };
        points += if self.skips == 0 {
            25.0
        } else {
            order_points(usize::from(self.skips), usize::from(self.turns))
        };
        points += match (self.recap, self.concluded) {
            (true, _) => 25.0,
            (false, true) => 15.0,
            _ => 0.0,
        };
        points.round().clamp(0.0, 100.0) as u8
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Profile {
    /// Quarters earned and opportunities met, per `PER_TURN` competency.
    pub earned: [u16; 8],
    pub chances: [u16; 8],
    pub desc_offered: u8,
    /// The DESC steps chosen, each at its first use, in call order.
    pub desc_chosen: [u8; 4],
    pub desc_len: u8,
    pub structure: Structure,
    pub breaches: u16,
    pub manners: i32,
    pub fragile: bool,
    pub oriented: bool,
    pub orientation_offered: bool,
}

impl Profile {
    pub fn after(mut self, a: &Answer) -> Profile {
        for k in 0..8 {
            if let Some(q) = a.credits[k] {
                self.earned[k] += u16::from(q);
                self.chances[k] += 1;
            }
        }
        self.desc_offered |= a.desc_offered;
        for s in a.desc_steps.iter().flatten() {
            let seen = self.desc_chosen[..usize::from(self.desc_len)].contains(s);
            if !seen {
                self.desc_chosen[usize::from(self.desc_len)] = *s;
                self.desc_len += 1;
            }
        }
        self.structure = self.structure.after(a);
        self.breaches += u16::from(a.breach);
        self.manners += a.manners;
        self.fragile |= a.fragile;
        self.oriented |= a.oriented;
        self.orientation_offered |= a.orientation_offered;
        self
    }

    /// The scores of a call with this profile that ends with `outcome`.
    pub fn scores(&self, outcome: &Outcome) -> Scores {
        let mut competencies = [None; Competency::ALL.len()];
        for (slot, &c) in competencies.iter_mut().zip(Competency::ALL.iter()) {
            *slot = self.competency(c);
        }
        let assessed: Vec<u8> = Competency::ALL
            .iter()
            .zip(&competencies)
            .filter(|(c, _)| **c != Competency::Compliance)
            .filter_map(|(_, s)| *s)
            .collect();
        let heard: Vec<u8> = LISTENING
            .iter()
            .filter_map(|c| competencies[competency_index(*c)])
            .collect();
        let adapted = adapted_solution(
            outcome,
            self.fragile,
            self.oriented,
            self.orientation_offered,
        );
        Scores {
            competencies,
            overall: overall_of(&assessed, usize::from(self.breaches)),
            relational: relational_score(
                courtesy(self.manners, usize::from(self.breaches)),
                listening(&heard),
                adapted,
            ),
        }
    }

    pub fn competency(&self, c: Competency) -> Option<u8> {
        if let Some(k) = PER_TURN.iter().position(|&p| p == c) {
            let n = self.chances[k];
            return (n > 0).then(|| percent(f32::from(self.earned[k]) / 4.0, f32::from(n)));
        }
        match c {
            Competency::Desc => {
                let possible = self.desc_offered.count_ones();
                let steps: Vec<usize> = self.desc_chosen[..usize::from(self.desc_len)]
                    .iter()
                    .map(|&s| usize::from(s))
                    .collect();
                let earned = desc_in_order(&steps).iter().filter(|&&x| x).count();
                (possible > 0).then(|| percent(earned as f32, possible as f32))
            }
            Competency::CallStructure => Some(self.structure.score()),
            Competency::Compliance => Some(compliance_score(usize::from(self.breaches))),
            _ => None,
        }
    }
}

/// The numbers a call ends with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub competencies: [Option<u8>; Competency::ALL.len()],
    pub overall: u8,
    pub relational: u8,
}

pub fn competency_index(c: Competency) -> usize {
    Competency::ALL
        .iter()
        .position(|&x| x == c)
        .expect("every competency is in ALL")
}

/// The outcome of each ending node, computed once.
pub fn outcomes(scenario: &Scenario) -> Vec<Option<Outcome>> {
    scenario
        .nodes
        .iter()
        .map(|n| match n {
            crate::scenario::Node::End(e) => Some(Outcome::of(scenario, Some(e))),
            crate::scenario::Node::Talk(_) => None,
        })
        .collect()
}
