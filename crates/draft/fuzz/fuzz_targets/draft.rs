//! Drafting arbitrary text, with and without a year of issue, and reading a selection of it as an
//! editor would: never panics, and every quote (of a drafted target, a suggestion or what the
//! selection holds) is the exact slice of the input at its byte and char offsets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_gauge_draft::{draft_with, read_selection, DraftOptions};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options (the year a document states dates 今年 and much else);
    // the rest is the text.
    let (options, body) = match data.split_first() {
        Some((b, rest)) => (
            DraftOptions {
                issued_year: (b & 0x40 != 0).then(|| 2000 + i32::from(b & 0x3f)),
                direction_only: b & 0x80 != 0,
            },
            rest,
        ),
        None => (DraftOptions::default(), data),
    };
    let text = String::from_utf8_lossy(body);
    let d = draft_with(&text, &options);
    // A selection from the first byte's place to a third of the text after it (past the end, or
    // empty, at times).
    let n = text.chars().count();
    let from = usize::from(data.first().copied().unwrap_or(0)) % (n + 2);
    let to = from + n / 3;
    let picked = read_selection(&text, &options, from, to);
    for f in &picked.found {
        assert!(f.target.span.char_start >= from && f.target.span.char_end <= to);
    }
    for s in &d.suggestions {
        assert!(s.target.confidence < plan_gauge_draft::confidence::REVIEW_BELOW);
    }
    let read = picked.found.iter().map(|f| &f.target);
    for t in d
        .targets
        .iter()
        .chain(d.suggestions.iter().map(|s| &s.target))
        .chain(read)
    {
        let s = t.span;
        assert_eq!(text.get(s.byte_start..s.byte_end), Some(t.quote.as_str()));
        let n = text.chars().skip(s.char_start).take(s.char_end - s.char_start).count();
        assert_eq!(n, t.quote.chars().count());
        assert!((0.0..=1.0).contains(&t.confidence));
    }
});
