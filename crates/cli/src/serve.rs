//! `plan-gauge serve` (being built in this session).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> Result<ExitCode, String> {
    Err("`serve` is not available yet".into())
}
