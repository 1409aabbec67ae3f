//! The logistic regression both learned models of the drafter are fitted with (the confidence
//! model, `train_confidence.rs`, and the second look, `train_second_look.rs`): AdaGrad with an L2
//! penalty over the examples in a fixed shuffled order, so the same examples give the same table.

use std::collections::HashMap;

/// What a trainer is asked to do: write the table (neither), report `--folds N` of the training
/// sets, or report the `--held-back` sets with the table written last.
pub struct Asked {
    pub folds: Option<usize>,
    pub held_back: bool,
}

/// The trainer's command line.
pub fn asked() -> Asked {
    let args: Vec<String> = std::env::args().skip(1).collect();
    Asked {
        folds: args
            .iter()
            .position(|a| a == "--folds")
            .and_then(|i| args.get(i + 1))
            .and_then(|n| n.parse::<usize>().ok()),
        held_back: args.iter().any(|a| a == "--held-back"),
    }
}

/// How a model is fitted.
pub struct Settings {
    /// Features seen in fewer examples than this are left out (they would only learn noise).
    pub min_count: usize,
    /// Passes over the examples.
    pub epochs: usize,
    /// AdaGrad's step.
    pub rate: f64,
    /// L2 penalty on each weight.
    pub l2: f64,
    /// Weights nearer zero than this are dropped.
    pub keep_above: f64,
}

/// Fits the model to `examples` (features, and whether the example is a positive one).
pub fn fit(examples: &[(&[String], bool)], s: &Settings) -> HashMap<String, f64> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (features, _) in examples {
        let mut seen: Vec<&str> = features.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for f in seen {
            *count.entry(f).or_default() += 1;
        }
    }
    let kept: Vec<Vec<&str>> = examples
        .iter()
        .map(|(features, _)| {
            features
                .iter()
                .map(String::as_str)
                .filter(|f| count.get(f).copied().unwrap_or(0) >= s.min_count)
                .collect()
        })
        .collect();
    let mut weight: HashMap<&str, f64> = HashMap::new();
    let mut squares: HashMap<&str, f64> = HashMap::new();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..s.epochs {
        // Fisher–Yates with a xorshift generator: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let fs = &kept[i];
            let z: f64 = fs
                .iter()
                .map(|f| weight.get(f).copied().unwrap_or(0.0))
                .sum();
            let p = 1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp());
            let y = if examples[i].1 { 1.0 } else { 0.0 };
            for f in fs {
                let w = weight.entry(f).or_default();
                let g = (p - y) + s.l2 * *w;
                let sq = squares.entry(f).or_insert(1e-8);
                *sq += g * g;
                *w -= s.rate * g / sq.sqrt();
            }
        }
    }
    weight
        .into_iter()
        .filter(|(_, w)| w.abs() >= s.keep_above)
        .map(|(f, w)| (f.to_string(), w))
        .collect()
}

/// The model's probability for `features`.
pub fn probability(model: &HashMap<String, f64>, features: &[String]) -> f64 {
    let z: f64 = features.iter().filter_map(|f| model.get(f)).sum();
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// Writes `model`, fitted by `s` to `examples` examples, as the drafter's table `src/<file>`: the
/// `header` lines, a line naming the sets `held_back` and the settings, then `feature<TAB>weight`
/// lines sorted by feature. Exits with 2 when the file cannot be written.
pub fn write_table(
    file: &str,
    header: &[String],
    held_back: &[&str],
    s: &Settings,
    model: HashMap<String, f64>,
    examples: usize,
) {
    let mut lines: Vec<(String, f64)> = model.into_iter().collect();
    lines.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for h in header {
        out.push_str(&format!("# {h}\n"));
    }
    out.push_str(&format!(
        "# Held back: {}. Features seen at least {} times; {} passes, AdaGrad step {}, L2 {}; weights below {} left out.\n",
        held_back.join(", "),
        s.min_count,
        s.epochs,
        s.rate,
        s.l2,
        s.keep_above
    ));
    for (f, w) in &lines {
        out.push_str(&format!("{f}\t{w:.4}\n"));
    }
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(file);
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("{}: {e}", path.display());
        std::process::exit(2);
    }
    eprintln!(
        "{}: {} features from {examples} examples",
        path.display(),
        lines.len()
    );
}
