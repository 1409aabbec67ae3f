//! `plan-gauge`: check plan data, report progress, render static HTML, build and serve the embed.

mod args;
mod build;
mod check;
mod clock;
mod load;
mod out;
mod render;
mod report;
mod schema;
mod serve;
mod sheet;
mod site;
mod template;

use std::process::ExitCode;

const USAGE: &str = "\
plan-gauge — 规划目标进度 / progress of government plans

USAGE:
  plan-gauge check FILES…                         校验数据 / validate plan and observation files
  plan-gauge report PLAN [--observations F] [--as-of DATE] [--method pace|opensdg]
                         [--format text|json|csv|markdown] [--lang zh-Hans|zh-Hant|en]
  plan-gauge render PLAN --indicator ID [--view card|bar|radial|trend|dashboard] [--lang …]
  plan-gauge build --out DIR                      write the deployable embed folder
  plan-gauge serve [--dir DIR] [--port N]         serve a folder at http://127.0.0.1:8080
  plan-gauge site [--seeds DIR] [--out DIR] [--as-of DATE]
                                                  演示网站的规划页和方法页 / write the demo portal's plan and method pages
  plan-gauge template PLAN [--format csv|xlsx] [--out FILE]
                                                  观测数据表模板 / an observations sheet to fill in
  plan-gauge schema                               数据格式的 JSON Schema / print the data format's JSON Schema
";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = argv.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match cmd.as_str() {
        "check" => check::run(rest),
        "report" => report::run(rest),
        "render" => render::run(rest),
        "build" => build::run(rest),
        "serve" => serve::run(rest),
        "schema" => schema::run(rest),
        "site" => site::run(rest),
        "template" => template::run(rest),
        "-h" | "--help" | "help" => out::print(USAGE).map(|()| ExitCode::SUCCESS),
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("plan-gauge: {msg}");
            ExitCode::from(2)
        }
    }
}
