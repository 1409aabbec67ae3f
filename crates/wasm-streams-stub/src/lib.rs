//! A stand-in for `wasm-streams` 0.5 with only what `server_fn` calls
//! (`ReadableStream::{from_stream, into_raw, from_raw, into_stream}`). plan-gauge never calls a
//! server function, so none of these runs; the real crate's `#[wasm_bindgen]` exports would keep
//! about 12 KB of stream code in the widget's module. A stream made here ends at once, and a
//! stream turned into a raw one is a fresh, empty `ReadableStream`.

use futures_core::Stream;
use std::pin::Pin;
use std::task::{Context, Poll};
use wasm_bindgen::{JsCast, JsValue};

/// A web `ReadableStream` (the real crate bridges it to Rust streams; this one does not).
pub struct ReadableStream {
    raw: Option<web_sys::ReadableStream>,
}

impl ReadableStream {
    /// Wraps a Rust stream; the stand-in drops it.
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        ReadableStream { raw: None }
    }

    /// Wraps a web stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream { raw: Some(raw) }
    }

    /// The web stream: the one wrapped, or a new empty one.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        match self.raw {
            Some(raw) => raw,
            None => {
                web_sys::ReadableStream::new().unwrap_or_else(|_| JsValue::NULL.unchecked_into())
            }
        }
    }

    /// A Rust stream that ends at once.
    pub fn into_stream(self) -> IntoStream {
        IntoStream
    }
}

/// The Rust side of a [`ReadableStream`]: always ended.
pub struct IntoStream;

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(None)
    }
}
