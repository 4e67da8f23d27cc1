//! # disclose
//!
//! Compiles structured privacy-notice source into a static, versioned website in Norwegian,
//! Swedish, Danish and Finnish, with machine-readable JSON, and refuses to build when a
//! disclosure required by GDPR Articles 13 and 14 is missing.
//!
//! The pipeline runs one way, one module per stage:
//!
//! - [`source`]: walk the tree, parse TOML and front matter with positions;
//! - [`model`]: the typed, language-neutral notice graph, references resolved;
//! - [`rules`]: the rule registry (Art. 13/14, translations, consistency) → diagnostics;
//! - [`render`]: Fluent vocabulary, ICU dates, Markdown and Tera themes → pages and JSON;
//! - [`emit`]: write to a staging folder and swap it in, so nothing is ever half-written.
//!
//! [`vocab`] holds the codes; [`i18n`] the locales; [`diag`] the diagnostics and their formats.

pub mod diag;
pub mod lang;
pub mod model;
pub mod source;
pub mod vocab;
