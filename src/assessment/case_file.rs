//! The briefing as labelled lines, in the trainee's language: what the agent knows before
//! dialling. Shared by the terminal and the app so both show the same case file.

use crate::i18n::{Catalog, Lang};
use crate::scenario::{LoadedScenario, message};

use super::format_money;

/// (label, value) pairs; labels come from Amiable's texts, values from the scenario's.
pub fn case_file(loaded: &LoadedScenario, lang: Lang, app: &Catalog) -> Vec<(String, String)> {
    let t = loaded.texts(lang);
    let b = &loaded.scenario.briefing;
    let mut rows = vec![
        (
            app.text("briefing-debtor"),
            t.text(message::BRIEFING_DEBTOR),
        ),
        (
            app.text("briefing-creditor"),
            t.text(message::BRIEFING_CREDITOR),
        ),
        (app.text("briefing-amount"), format_money(b.amount, lang)),
        (app.text("briefing-reference"), b.reference.clone()),
        (app.text("briefing-due-date"), b.due_date.clone()),
    ];
    if !b.reminders.is_empty() {
        let list: Vec<String> = b
            .reminders
            .iter()
            .map(|r| {
                format!(
                    "{} ({})",
                    r.date,
                    app.text(&format!("channel-{}", r.channel.id()))
                )
            })
            .collect();
        rows.push((app.text("briefing-reminders"), list.join(", ")));
    }
    rows.push((
        app.text("briefing-history"),
        t.text(message::BRIEFING_HISTORY),
    ));
    if b.negotiation.is_some() {
        rows.push((
            app.text("briefing-objective"),
            t.text(message::BRIEFING_OBJECTIVE),
        ));
        rows.push((
            app.text("briefing-margins"),
            t.text(message::BRIEFING_MARGINS),
        ));
    }
    rows
}
