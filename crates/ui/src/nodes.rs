//! Children that add no node to the page when there is nothing to show.
//!
//! Leptos gives an element without children `()`, and tachys (its renderer) marks `()`, like an
//! `Option` that is `None`, with an empty comment node, the place where content may come later.
//! The components draw once and never fill such a place, so each mark only costs the browser
//! two calls and one node: about six per radial gauge. An empty array adds no node.

use leptos::either::Either;

/// The children of an element that has none: `<path d=d>{NONE}</path>`.
pub const NONE: [(); 0] = [];

/// The view when there is one; no node at all when there is none.
pub fn some<V>(view: Option<V>) -> Either<V, [(); 0]> {
    match view {
        Some(v) => Either::Left(v),
        None => Either::Right(NONE),
    }
}
