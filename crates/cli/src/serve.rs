//! `plan-gauge serve [--dir DIR] [--port N]`: a small static file server for the demo and the tests.
//!
//! Standard library only. It answers GET and HEAD for files under one folder, with the right MIME
//! types (`application/wasm` included), `index.html` for folders, 404 for anything else, and never
//! a file outside the folder. It listens on 127.0.0.1 only; `--port 0` picks a free port, and the
//! line it prints names the port actually used. Like nginx's `gzip_static`, it answers with a
//! precompressed sibling (`FILE.br`, `FILE.gz`, written by `plan-gauge build`) when the request's
//! `Accept-Encoding` allows it, with `Content-Encoding` and `Vary: Accept-Encoding`.

use crate::args::ServeArgs;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::thread;
use std::time::Duration;

pub fn run(args: ServeArgs) -> Result<ExitCode, String> {
    let (dir, port) = (args.dir.as_str(), args.port);
    let root = fs::canonicalize(dir).map_err(|e| format!("cannot serve `{dir}`: {e}"))?;
    if !root.is_dir() {
        return Err(format!("cannot serve `{dir}`: not a folder"));
    }
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        format!("cannot listen on 127.0.0.1:{port}: {e} (is another server using it? try --port N)")
    })?;
    let actual = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?
        .port();
    // This line is how scripts learn the port; `out` flushes it before the first request.
    crate::out::line(&format!(
        "plan-gauge: serving {dir} at http://127.0.0.1:{actual}/"
    ))?;
    serve(&listener, &root);
    Ok(ExitCode::SUCCESS)
}

/// Accepts connections forever, one thread per connection.
pub fn serve(listener: &TcpListener, root: &Path) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.to_path_buf();
        thread::spawn(move || {
            let _ = handle(stream, &root);
        });
    }
}

/// Answers one request, then closes the connection.
fn handle(stream: TcpStream, root: &Path) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    // Request line and headers together stay under 16 KiB; of the headers only Accept-Encoding
    // matters.
    let mut budget: usize = 16 * 1024;
    read_line_limited(&mut reader, &mut request_line, &mut budget)?;
    let mut accept = Vec::new();
    loop {
        let mut header = String::new();
        let n = read_line_limited(&mut reader, &mut header, &mut budget)?;
        if n == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accept = accepted_encodings(value);
            }
        }
    }
    let response = respond_encoded(request_line.trim_end(), root, &accept);
    let mut out = stream;
    out.write_all(&response.head())?;
    if let Some(body) = &response.body {
        out.write_all(body)?;
    }
    out.flush()
}

fn read_line_limited(
    reader: &mut BufReader<TcpStream>,
    line: &mut String,
    budget: &mut usize,
) -> io::Result<usize> {
    let limit = u64::try_from(*budget).unwrap_or(0);
    let n = (&mut *reader).take(limit).read_line(line)?;
    *budget = budget.saturating_sub(n);
    if *budget == 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "request too large",
        ));
    }
    Ok(n)
}

/// A response: status, content type, length and (for GET) the body.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    /// `br` or `gzip` when the body is a precompressed sibling of the file asked for.
    pub encoding: Option<&'static str>,
    pub length: usize,
    pub body: Option<Vec<u8>>,
}

/// The precompressed siblings tried, best first: (encoding, file suffix).
const ENCODINGS: [(&str, &str); 2] = [("br", "br"), ("gzip", "gz")];

/// The content codings an `Accept-Encoding` value allows (`q=0` refuses one).
pub fn accepted_encodings(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let name = parts.next()?.trim().to_ascii_lowercase();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (!name.is_empty() && !refused).then_some(name)
        })
        .collect()
}

impl Response {
    fn head(&self) -> Vec<u8> {
        let reason = match self.status {
            200 => "OK",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            _ => "Internal Server Error",
        };
        let allow = if self.status == 405 {
            "Allow: GET, HEAD\r\n"
        } else {
            ""
        };
        let encoding = self
            .encoding
            .map(|e| format!("Content-Encoding: {e}\r\n"))
            .unwrap_or_default();
        format!(
            "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{allow}{encoding}\
             Vary: Accept-Encoding\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\n\
             Connection: close\r\n\r\n",
            self.status, self.content_type, self.length
        )
        .into_bytes()
    }

    fn text(status: u16, text: &str, with_body: bool) -> Response {
        let body = format!("{status} {text}\n").into_bytes();
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            encoding: None,
            length: body.len(),
            body: with_body.then_some(body),
        }
    }
}

/// The response to one request line, e.g. `GET /dist/plan-gauge.js HTTP/1.1`, when the client
/// accepts the content codings `accept`.
pub fn respond_encoded(request_line: &str, root: &Path, accept: &[String]) -> Response {
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Response::text(400, "Bad Request", true);
    };
    if !version.starts_with("HTTP/1.") {
        return Response::text(400, "Bad Request", true);
    }
    let with_body = match method {
        "GET" => true,
        "HEAD" => false,
        _ => return Response::text(405, "Method Not Allowed", true),
    };
    let Some(path) = resolve(root, target) else {
        return Response::text(404, "Not Found", with_body);
    };
    let content_type = mime_type(&path);
    let sibling = ENCODINGS
        .iter()
        .filter(|(name, _)| accept.iter().any(|a| a == name))
        .find_map(|(name, suffix)| {
            let mut file = path.clone().into_os_string();
            file.push(".");
            file.push(suffix);
            let file = PathBuf::from(file);
            file.is_file().then_some((*name, file))
        });
    let (encoding, file) = match sibling {
        Some((name, file)) => (Some(name), file),
        None => (None, path),
    };
    match fs::read(&file) {
        Ok(bytes) => Response {
            status: 200,
            content_type,
            encoding,
            length: bytes.len(),
            body: with_body.then_some(bytes),
        },
        Err(_) => Response::text(404, "Not Found", with_body),
    }
}

/// Maps a request target to a file under `root`, or `None` when there is no such file or the
/// target tries to leave `root` (`..`, absolute paths, encoded separators, symlinks out).
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix('/')?;
    let decoded = percent_decode(path)?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return None;
    }
    let mut file = root.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        let mut comps = Path::new(segment).components();
        match (comps.next(), comps.next()) {
            (Some(Component::Normal(c)), None) => file.push(c),
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    // Symlinks may not lead outside the served folder.
    let real = fs::canonicalize(&file).ok()?;
    (real.starts_with(root) && real.is_file()).then_some(real)
}

/// Decodes `%XX` escapes; `None` for malformed escapes or text that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type for a file, by extension.
pub fn mime_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("xml") => "application/xml",
        Some("map") => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The response for a client that accepts no content coding.
    fn respond(request_line: &str, root: &Path) -> Response {
        respond_encoded(request_line, root, &[])
    }

    /// A throwaway folder: `index.html`, `dist/a.wasm`, `sub/` with an index, and a secret next to it.
    fn fixture(name: &str) -> (PathBuf, PathBuf) {
        let base = std::env::temp_dir().join(format!("pg-serve-{name}-{}", std::process::id()));
        let root = base.join("www");
        fs::create_dir_all(root.join("dist")).unwrap();
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::write(root.join("index.html"), "<p>home</p>").unwrap();
        fs::write(root.join("sub/index.html"), "<p>sub</p>").unwrap();
        fs::write(root.join("dist/a.wasm"), b"\0asm").unwrap();
        fs::write(root.join("dist/plan gauge.js"), "x").unwrap();
        fs::write(base.join("secret.txt"), "secret").unwrap();
        (fs::canonicalize(&root).unwrap(), base)
    }

    #[test]
    fn answers_files_folders_and_mime_types() {
        let (root, base) = fixture("files");
        let r = respond("GET / HTTP/1.1", &root);
        assert_eq!(
            (r.status, r.content_type),
            (200, "text/html; charset=utf-8")
        );
        assert_eq!(r.body.as_deref(), Some(&b"<p>home</p>"[..]));
        let r = respond("GET /sub/ HTTP/1.1", &root);
        assert_eq!(r.body.as_deref(), Some(&b"<p>sub</p>"[..]));
        let r = respond("GET /dist/a.wasm?v=1 HTTP/1.1", &root);
        assert_eq!(
            (r.status, r.content_type, r.length),
            (200, "application/wasm", 4)
        );
        let r = respond("GET /dist/plan%20gauge.js HTTP/1.1", &root);
        assert_eq!(
            (r.status, r.content_type),
            (200, "text/javascript; charset=utf-8")
        );
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn reads_accept_encoding() {
        assert_eq!(
            accepted_encodings(" gzip, deflate, BR;q=1.0, zstd;q=0"),
            ["gzip", "deflate", "br"]
        );
        assert!(accepted_encodings("").is_empty());
        assert_eq!(
            accepted_encodings("identity;q=0, gzip;q=0.0"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn answers_with_a_precompressed_sibling_when_the_client_accepts_it() {
        let (root, base) = fixture("encoded");
        fs::write(root.join("dist/a.wasm.gz"), b"gz!").unwrap();
        fs::write(root.join("dist/a.wasm.br"), b"brotli").unwrap();
        let line = "GET /dist/a.wasm HTTP/1.1";
        let accept = |v: &str| accepted_encodings(v);
        let r = respond_encoded(line, &root, &accept("gzip, deflate, br"));
        assert_eq!(
            (r.encoding, r.content_type, r.length),
            (Some("br"), "application/wasm", 6)
        );
        let r = respond_encoded(line, &root, &accept("gzip, deflate"));
        assert_eq!(
            (r.encoding, r.body.as_deref()),
            (Some("gzip"), Some(&b"gz!"[..]))
        );
        let head = String::from_utf8(r.head()).unwrap();
        assert!(head.contains("Content-Encoding: gzip\r\n"), "{head}");
        assert!(head.contains("Vary: Accept-Encoding\r\n"), "{head}");
        let r = respond_encoded(line, &root, &accept("deflate"));
        assert_eq!((r.encoding, r.length), (None, 4));
        assert!(!String::from_utf8(r.head())
            .unwrap()
            .contains("Content-Encoding"));
        // No sibling: the file itself, whatever the client accepts.
        let r = respond_encoded("GET /index.html HTTP/1.1", &root, &accept("gzip, br"));
        assert_eq!((r.encoding, r.length), (None, 11));
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn head_has_length_but_no_body() {
        let (root, base) = fixture("head");
        let r = respond("HEAD /index.html HTTP/1.1", &root);
        assert_eq!((r.status, r.length), (200, 11));
        assert!(r.body.is_none());
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn never_leaves_the_folder() {
        let (root, base) = fixture("traversal");
        for target in [
            "/../secret.txt",
            "/sub/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/..%5csecret.txt",
            "//etc/passwd",
            "/dist/%00",
            "/%zz",
            "secret.txt",
        ] {
            let r = respond(&format!("GET {target} HTTP/1.1"), &root);
            assert_eq!(r.status, 404, "{target}");
        }
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn rejects_other_methods_and_garbage() {
        let (root, base) = fixture("methods");
        assert_eq!(respond("POST / HTTP/1.1", &root).status, 405);
        assert_eq!(respond("GET /", &root).status, 400);
        assert_eq!(respond("", &root).status, 400);
        assert_eq!(respond("GET / SPDY/3", &root).status, 400);
        assert_eq!(respond("GET /missing.js HTTP/1.1", &root).status, 404);
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn serves_over_tcp() {
        let (root, base) = fixture("tcp");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let served = root.clone();
        thread::spawn(move || serve(&listener, &served));
        let mut conn = TcpStream::connect(addr).unwrap();
        conn.write_all(b"GET /dist/a.wasm HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let mut reply = Vec::new();
        conn.read_to_end(&mut reply).unwrap();
        let reply = String::from_utf8_lossy(&reply);
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(
            reply.contains("Content-Type: application/wasm\r\n"),
            "{reply}"
        );
        assert!(reply.ends_with("\r\n\r\n\0asm"), "{reply}");
        fs::remove_dir_all(base).unwrap();
    }
}
