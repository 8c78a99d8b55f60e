//! Every end-to-end test in one test binary: one build and one link for all of them, and
//! one pool of test threads across files, so a slow file never leaves a thread idle while
//! another waits its turn (`cargo test -p e2e --test suite -- --test-threads=2`). Each file
//! is a module named after what it covers; `cargo test -p e2e --test suite buy::` runs one.
//! Every test starts its own sandbox and browser, so tests share no state.

mod accessibility;
mod add_traffic;
mod bulk;
mod buy;
mod charts;
mod csv_export;
mod deploy;
mod engines;
mod faults;
mod generator_choices;
mod header;
mod hostile;
mod insight;
mod key_hygiene;
mod languages;
mod lazy_pages;
mod look_and_feel;
mod money_safety;
mod order_page;
mod orders;
mod p0f;
mod pwa;
mod residential;
mod sign_in;
mod sub_users;
mod unmetered;
