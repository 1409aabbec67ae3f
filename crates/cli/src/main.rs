//! `plan-gauge`: draft and check plan data, report progress, render static HTML, build and serve the embed.

mod args;
mod build;
mod check;
mod clock;
mod draft;
mod load;
mod out;
mod render;
mod report;
mod schema;
mod serve;
mod sheet;
mod site;
mod template;
mod wasm_names;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` print to standard output and exit 0; errors exit 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let result = match cli.command {
        Command::Check(a) => check::run(a),
        Command::Report(a) => report::run(a),
        Command::Render(a) => render::run(a),
        Command::Build(a) => build::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Site(a) => site::run(a),
        Command::Template(a) => template::run(a),
        Command::Draft(a) => draft::run(a),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("plan-gauge: {msg}");
            ExitCode::from(2)
        }
    }
}
