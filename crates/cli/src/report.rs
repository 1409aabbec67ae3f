//! `plan-gauge report` (being built in this session).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> Result<ExitCode, String> {
    Err("`report` is not available yet".into())
}
