//! `plan-gauge build` (being built in this session).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> Result<ExitCode, String> {
    Err("`build` is not available yet".into())
}
