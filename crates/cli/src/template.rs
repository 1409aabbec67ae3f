//! `plan-gauge template PLAN [--format csv|xlsx] [--out FILE]`: an observations sheet for the
//! plan, with every indicator's id, name and unit and the plan's years, headed in the plan's
//! language and in the column names plan-gauge reads, ready to fill in and read back unchanged.

use crate::args::{SheetFormat, TemplateArgs};
use crate::load;
use plan_gauge_core::validate;
use plan_gauge_core::Lang;
use std::path::Path;
use std::process::ExitCode;

/// Writes the template of the plan at `plan_path` to `out` (a file, written whole or not at
/// all), or to standard output for CSV without `out`.
pub fn write(
    plan_path: &Path,
    format: SheetFormat,
    out: Option<&Path>,
    lang: Option<Lang>,
) -> Result<ExitCode, String> {
    let plan = match load::checked_plan(&plan_path.to_string_lossy()) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("{msg}");
            return Ok(ExitCode::from(1));
        }
    };
    let lang = lang
        .or_else(|| Lang::parse(&plan.locale))
        .unwrap_or_default();
    let rows = validate::observation_template(&plan, lang);
    let bytes = match format {
        SheetFormat::Csv => {
            let mut b = "\u{feff}".as_bytes().to_vec();
            b.extend_from_slice(validate::rows_to_csv(&rows).as_bytes());
            b
        }
        SheetFormat::Xlsx => crate::sheet::write_xlsx(&rows, "observations")?,
    };
    match out {
        Some(path) => crate::out::write_file(path, &bytes)?,
        None if format == SheetFormat::Xlsx => {
            return Err("an .xlsx template needs --out FILE / 请用 --out 指定 .xlsx 文件".into())
        }
        None => crate::out::print_bytes(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// `plan-gauge template`.
pub fn run(args: TemplateArgs) -> Result<ExitCode, String> {
    write(&args.plan, args.format, args.out.as_deref(), args.lang)
}
