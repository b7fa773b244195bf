//! How each technique moves the debtor by default, so authors only write what is special
//! about an answer. The table is documented in docs/authoring.md.

use crate::scenario::{Effect, Gauge, Technique};

use Gauge::{Tension, Trust, Willingness};

pub fn tag_effects(tags: &[Technique]) -> Vec<Effect> {
    tags.iter().flat_map(|t| reaction(*t)).collect()
}

fn reaction(tag: Technique) -> Vec<Effect> {
    use Effect::{Lower, Raise};
    use Technique::*;
    match tag {
        Empathy => vec![Lower(Tension, 10), Raise(Trust, 10)],
        Reformulation => vec![Lower(Tension, 5), Raise(Trust, 5)],
        Cushion => vec![Lower(Tension, 5)],
        OpenQuestion | Identification | Recap => vec![Raise(Trust, 5)],
        Diagnosis => vec![Raise(Trust, 5), Raise(Willingness, 5)],
        Orientation => vec![Lower(Tension, 5), Raise(Trust, 10), Raise(Willingness, 5)],
        PositiveWording | Assertive | SayNo | Counterpart | Consequences => {
            vec![Raise(Willingness, 5)]
        }
        NegativeWording => vec![Raise(Tension, 10), Lower(Trust, 5)],
        Aggressive => vec![Raise(Tension, 20), Lower(Trust, 15), Lower(Willingness, 5)],
        Manipulative => vec![Raise(Tension, 5), Lower(Trust, 20)],
        Passive => vec![Lower(Willingness, 10)],
        ComplianceBreach => vec![Raise(Tension, 25), Lower(Trust, 25)],
        ClosedQuestion | LeadingQuestion | DescDescribe | DescExpress | DescSpecify
        | DescConsequences | ObjectionHandling => vec![],
    }
}
