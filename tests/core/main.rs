//! The core's integration tests, in one binary: each test binary links the whole crate, Bevy
//! included, so one binary instead of seven saves minutes of linking and gigabytes of disk.
//! Tests that set process-wide state (hot reload sets AMIABLE_ROOT) or drive the app keep
//! their own binaries.

mod common;
mod generated;

mod analysis;
mod bundled;
mod cli;
mod corpus;
mod diagnostics;
mod engine;
mod font_coverage;
mod free_text;
mod graph;
mod loader;
mod record;
mod report;
mod scoring;
mod text;
