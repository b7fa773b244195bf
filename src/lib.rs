//! Amiable: a role-play simulator for amicable debt-collection training.
//!
//! The domain core (scenario, engine, scoring, assessment) uses no UI framework: it is plain,
//! deterministic Rust that the terminal mode and the tools share.

pub mod analysis;
#[cfg(feature = "desktop")]
pub mod app;
pub mod assessment;
pub mod catalogue;
pub mod cli;
pub mod diagnostic;
pub mod engine;
pub mod graph;
pub mod i18n;
pub mod record;
pub mod report;
pub mod scenario;
pub mod scoring;
pub mod text;
