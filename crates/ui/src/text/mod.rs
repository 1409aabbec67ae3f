//! Words and numbers for the components, all taken from the core: the locale tables
//! (`plan_gauge_core::i18n`), the sentences of `plan_gauge_core::explain` and the number formats
//! of `plan_gauge_core::format`. Nothing here computes progress.
//!
//! [`words`] wraps the core's words and formats; [`assessment`] builds the short texts about one
//! assessed target that several components show; [`isolate`] sets data and figures in the markup
//! so that neither can reorder the other.

pub mod assessment;
pub mod isolate;
pub mod words;

pub use assessment::{
    latest_text, lead_agencies, progress_words, provenance, target_text, Provenance,
};
pub use isolate::{attr, data, figure};
pub use words::*;
