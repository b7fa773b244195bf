//! Scenarios: the model trainers write, loading with positions, and validation.

mod load;
mod locate;
pub mod model;
mod validate;

pub use load::{LoadOutcome, LoadedScenario, ftl_path, load, locales_dir, parse};
pub use model::*;
