//! Median time to draft a ~100-page synthetic plan: the five seed texts repeated until the text
//! has at least 150,000 characters; and to read an editor's selection in it (which drafts the
//! text again). Run with `cargo bench -p plan-gauge-draft --bench draft`. Prints figures only; no
//! timing is asserted anywhere.

use std::time::Instant;

const SEEDS: [&str; 5] = [
    include_str!("../../../seeds/zhenhai-2022.source.txt"),
    include_str!("../../../seeds/ningbo-315-2023.source.txt"),
    include_str!("../../../seeds/panjin-2017.source.txt"),
    include_str!("../../../seeds/wanzhou-2023.source.txt"),
    include_str!("../../../seeds/xingtai-2023.source.txt"),
];

fn main() {
    let mut text = String::new();
    while text.chars().count() < 150_000 {
        for s in SEEDS {
            text.push_str(s);
            text.push('\n');
        }
    }
    let chars = text.chars().count();
    let runs = 21;
    let mut times = Vec::with_capacity(runs);
    let mut targets = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let d = plan_gauge_draft::draft(std::hint::black_box(&text));
        times.push(t.elapsed());
        targets = d.targets.len();
    }
    report(
        &format!("draft: {chars} chars, {targets} targets"),
        &mut times,
    );
    // A selection near the end of the text: two figures of a seed's goals.
    let words = "全区高新技术企业突破160家、科技型企业超过1200家";
    let at = text.rfind(words).map_or(0, |b| text[..b].chars().count());
    let to = at + words.chars().count();
    let options = plan_gauge_draft::DraftOptions::default();
    let mut times = Vec::with_capacity(runs);
    let mut read = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let s = plan_gauge_draft::read_selection(std::hint::black_box(&text), &options, at, to);
        times.push(t.elapsed());
        read = s.found.len();
    }
    report(
        &format!("read a selection: {read} targets read"),
        &mut times,
    );
}

fn report(what: &str, times: &mut [std::time::Duration]) {
    times.sort();
    let runs = times.len();
    println!(
        "{what}, median {:.2} ms over {runs} runs (min {:.2} ms, max {:.2} ms)",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3
    );
}
