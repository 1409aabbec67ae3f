//! `plan-gauge check` (being built in this session).

use std::process::ExitCode;

pub fn run(_args: &[String]) -> Result<ExitCode, String> {
    Err("`check` is not available yet".into())
}
