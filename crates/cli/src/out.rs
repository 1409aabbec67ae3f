//! Standard output that tolerates a reader going away (`plan-gauge report PLAN | head`).

use std::io::{self, Write};

/// Writes `text` to standard output. A closed pipe is not an error: the output is simply not
/// wanted any more, as for other Unix tools. Anything else is an error message.
pub fn print(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// [`print`] with a line break.
pub fn line(text: &str) -> Result<(), String> {
    print(&format!("{text}\n"))
}
