//! The benchmark's parts (used by `src/bin/bench.rs`; see scripts/bench).

pub mod bytes;
pub mod lighthouse;
pub mod report;
pub mod runs;
pub mod stats;
