//! Drafts a plan from a text file and prints one line per drafted target (or the whole draft as
//! JSON with `--json`): `cargo run -p plan-gauge-draft --example draft -- seeds/zhenhai-2022.source.txt`.
//! `--direction-only` also drafts targets that state only a direction (稳步提升);
//! `--issued-year=2021` dates a text that states no date of its own.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: draft [--json] <plan.txt>");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let options = plan_gauge_draft::DraftOptions {
        direction_only: args.iter().any(|a| a == "--direction-only"),
        issued_year: args
            .iter()
            .find_map(|a| a.strip_prefix("--issued-year="))
            .and_then(|y| y.parse().ok()),
    };
    let d = plan_gauge_draft::draft_with(&text, &options);
    if json {
        match serde_json::to_string_pretty(&d) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("{e}"),
        }
        return;
    }
    let p = &d.plan;
    println!(
        "{} | {} | {:?} | {:?} | {}-{} | {}",
        p.title, p.issuer, p.issued, p.doc_number, p.period.start, p.period.end, p.locale
    );
    for t in &d.targets {
        let m = &t.milestone;
        println!(
            "{:>5} {} {:<2} {:>10} {:<6} {:<12} {:<5} {} | {} | {} | {} | {:?} {:.2} {:?} | {:?}",
            t.section,
            m.year,
            m.cmp.symbol(),
            m.value.map(|v| v.to_string()).unwrap_or_default()
                + &m.upper.map(|u| format!("–{u}")).unwrap_or_default(),
            t.unit,
            t.kind.as_str(),
            if m.aspirational { "力争" } else { "" },
            t.name,
            t.quote,
            t.rule,
            t.cues.join("+"),
            t.flags,
            t.confidence,
            t.lead,
            t.shape,
        );
    }
}
