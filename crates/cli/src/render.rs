//! `plan-gauge render` (being built in this session).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> Result<ExitCode, String> {
    Err("`render` is not available yet".into())
}
