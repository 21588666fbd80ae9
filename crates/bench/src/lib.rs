//! groupkit's benchmark suite, run with `cargo xtask bench`.
//!
//! It lists the same items through groupkit and through a hand-written reqwest + serde loop,
//! for each pagination style in its provider's real envelope and generated model types:
//!
//! | style         | provider  | operation                               | page |
//! |---------------|-----------|-----------------------------------------|------|
//! | `offset`      | SendHub   | `list_group_contacts` → `Contact`       | 100  |
//! | `cursor`      | Groups.io | `list_members` → `MemberInfo`           | 100  |
//! | `page-number` | Habitate  | `list_users` → `User`                   | 50   |
//! | `next-link`   | Groupboss | `list_emails` → `MemberEmail`           | 100  |
//!
//! A last section, [`sandbox`], loads the offline sandbox itself: time per page at 1,000 and
//! 1,000,000 items, its peak memory, and pages per second (`groupkit-bench sandbox` runs it
//! alone).
//!
//! The pieces: [`server`] serves pre-built pages from another process; [`kit`] and [`hand`]
//! are the two contenders; [`timing`] and [`memory`] measure; [`suite`] runs everything and
//! judges the targets; [`report`] prints the figures.

// A measurement binary: a failed setup step should stop it loudly, and `unwrap` says so
// shortest. Errors from the code under test are still checked and reported as such.
#![allow(clippy::unwrap_used)]

pub mod fixtures;
pub mod hand;
pub mod kit;
pub mod memory;
pub mod report;
pub mod sandbox;
pub mod server;
pub mod stats;
pub mod style;
pub mod suite;
pub mod timing;

/// What an error from either contender becomes: a message, since the suite only reports it.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Builds the Tokio runtime both contenders run on: what `#[tokio::main]` gives a user.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
}
