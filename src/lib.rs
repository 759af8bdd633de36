//! kinerja: a static site generator for Indonesian government performance
//! agreements (*Perjanjian Kinerja*) and their quarterly realisations.
//!
//! The pipeline runs one way, one module per stage:
//! [`load`] (files → raw structs with positions) → [`validate`] (raw → typed
//! [`model`], or [`diag`]nostics) → [`compute`] (achievement, aggregates).

pub mod cli;
pub mod compute;
pub mod diag;
pub mod files;
pub mod fingerprint;
pub mod import;
pub mod lang;
pub mod load;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod serve;
pub mod validate;
pub mod words;
