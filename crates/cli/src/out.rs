//! Where the commands write: standard output that tolerates a reader going away
//! (`plan-gauge report PLAN | head`), and files written whole or not at all.

use std::io::{self, Write};
use std::path::Path;

/// Writes `text` to standard output. A closed pipe is not an error: the output is simply not
/// wanted any more, as for other Unix tools. Anything else is an error message.
pub fn print(text: &str) -> Result<(), String> {
    print_bytes(text.as_bytes())
}

/// [`print`] for bytes (a CSV with its byte-order mark).
pub fn print_bytes(bytes: &[u8]) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// [`print`] with a line break.
pub fn line(text: &str) -> Result<(), String> {
    print(&format!("{text}\n"))
}

/// Writes `bytes` to a temporary file beside `path` and renames it into place, so a failure never
/// leaves half a file.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display())
    })
}
