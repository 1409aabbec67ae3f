//! Drafting arbitrary text: never panics, and every quote is the exact slice of the input at its
//! byte and char offsets.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let d = plan_gauge_draft::draft(&text);
    for t in &d.targets {
        let s = t.span;
        assert_eq!(text.get(s.byte_start..s.byte_end), Some(t.quote.as_str()));
        let n = text.chars().skip(s.char_start).take(s.char_end - s.char_start).count();
        assert_eq!(n, t.quote.chars().count());
        assert!((0.0..=1.0).contains(&t.confidence));
    }
});
