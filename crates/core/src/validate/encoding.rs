//! Which text encoding a data file is in, as editors' tools write them: UTF-8 (with or without a
//! byte-order mark), UTF-16 (Excel's "Unicode text") and GB18030/GBK (what Chinese Windows saves
//! unless told otherwise). Deciding is pure and lives here; turning GB18030 bytes into text needs
//! tables, so the caller brings a decoder (`encoding_rs` natively, the browser's `TextDecoder`).

use super::{Code, Problem};

/// A text encoding plan-gauge reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK and GB2312.
    Gb18030,
}

impl TextEncoding {
    /// The label used in messages and by `TextDecoder`.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Gb18030 => "GB18030",
        }
    }

    /// Reads a `charset` label (`gbk`, `GB2312`, `utf-8`, `utf-16le` …); unknown labels give `None`.
    pub fn from_label(label: &str) -> Option<TextEncoding> {
        let l = label
            .trim()
            .trim_matches('"')
            .to_ascii_lowercase()
            .replace('_', "-");
        match l.as_str() {
            "utf-8" | "utf8" | "unicode-1-1-utf-8" => Some(TextEncoding::Utf8),
            "utf-16" | "utf-16le" | "unicode" => Some(TextEncoding::Utf16Le),
            "utf-16be" => Some(TextEncoding::Utf16Be),
            "gb18030" | "gbk" | "gb2312" | "x-gbk" | "cp936" | "ms936" | "windows-936"
            | "csgb2312" | "chinese" | "euc-cn" => Some(TextEncoding::Gb18030),
            _ => None,
        }
    }
}

/// The encoding of `bytes`: a byte-order mark decides first, then a declared `charset` (from a
/// server's `Content-Type`), then the bytes themselves: text with a zero byte in every other
/// place is UTF-16, valid UTF-8 is UTF-8, and anything else is taken as GB18030.
pub fn sniff_encoding(bytes: &[u8], declared: Option<&str>) -> TextEncoding {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return TextEncoding::Utf8,
        [0xFF, 0xFE, ..] => return TextEncoding::Utf16Le,
        [0xFE, 0xFF, ..] => return TextEncoding::Utf16Be,
        _ => {}
    }
    if let Some(e) = declared.and_then(TextEncoding::from_label) {
        // A server that says UTF-8 for a file that is not is wrong more often than the file.
        if e != TextEncoding::Utf8 || std::str::from_utf8(bytes).is_ok() {
            return e;
        }
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let pairs = sample.len() / 2;
    if pairs > 0 && zeros_at(1) * 3 > pairs {
        TextEncoding::Utf16Le
    } else if pairs > 0 && zeros_at(0) * 3 > pairs {
        TextEncoding::Utf16Be
    } else if std::str::from_utf8(bytes).is_ok() {
        TextEncoding::Utf8
    } else {
        TextEncoding::Gb18030
    }
}

/// Decodes `bytes` as the encoding [`sniff_encoding`] finds, with `gb18030` for that case (it
/// returns `None` on malformed input). The byte-order mark is dropped. Malformed input is a
/// [`Code::BadEncoding`] problem naming the encoding and the first line it cannot read.
pub fn decode_text(
    bytes: &[u8],
    declared: Option<&str>,
    gb18030: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<(String, TextEncoding), Problem> {
    let encoding = sniff_encoding(bytes, declared);
    let text = match encoding {
        TextEncoding::Utf8 => {
            let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            std::str::from_utf8(body)
                .map(str::to_string)
                .map_err(|e| bad(encoding, line_of(body, e.valid_up_to())))
        }
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => decode_utf16(bytes, encoding),
        TextEncoding::Gb18030 => match mixed_at(bytes) {
            // Lines pasted from a UTF-8 file into a GBK one read as garbage in either encoding.
            Some(line) => Err(Problem::error(format!("line {line}"), Code::BadEncoding)
                .with("encoding", "UTF-8 + GB18030")
                .with("line", line)),
            None => gb18030(bytes).ok_or_else(|| bad(encoding, first_bad_gb18030_line(bytes))),
        },
    }?;
    if text.contains('\0') {
        // Binary data that happens to decode.
        let at = text.find('\0').unwrap_or(0);
        return Err(bad(encoding, text[..at].matches('\n').count() + 1));
    }
    Ok((text, encoding))
}

/// For text that is not UTF-8 as a whole: the first line that is not UTF-8, when some other line
/// is UTF-8 with Chinese in it (three or more non-ASCII characters). GBK text never passes for
/// UTF-8 over a whole line of Chinese (none of the seeds' 2,000 lines in GB18030 does).
fn mixed_at(bytes: &[u8]) -> Option<usize> {
    let mut utf8_line = false;
    let mut first_other = None;
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if line.is_ascii() {
            continue;
        }
        match std::str::from_utf8(line) {
            Ok(s) if s.chars().filter(|c| !c.is_ascii()).count() >= 3 => utf8_line = true,
            Ok(_) => {}
            Err(_) => {
                first_other.get_or_insert(i + 1);
            }
        }
    }
    first_other.filter(|_| utf8_line)
}

fn decode_utf16(bytes: &[u8], encoding: TextEncoding) -> Result<String, Problem> {
    let body = match (encoding, bytes) {
        (TextEncoding::Utf16Le, [0xFF, 0xFE, rest @ ..]) => rest,
        (TextEncoding::Utf16Be, [0xFE, 0xFF, rest @ ..]) => rest,
        _ => bytes,
    };
    if body.len() % 2 != 0 {
        return Err(bad(encoding, 1 + count_utf16_lines(body, encoding)));
    }
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|c| match encoding {
            TextEncoding::Utf16Be => u16::from_be_bytes([c[0], c[1]]),
            _ => u16::from_le_bytes([c[0], c[1]]),
        })
        .collect();
    let mut out = String::with_capacity(units.len());
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                out.push(c);
            }
            Err(_) => return Err(bad(encoding, line)),
        }
    }
    Ok(out)
}

fn count_utf16_lines(body: &[u8], encoding: TextEncoding) -> usize {
    body.chunks_exact(2)
        .filter(|c| match encoding {
            TextEncoding::Utf16Be => c == &[0, b'\n'],
            _ => c == &[b'\n', 0],
        })
        .count()
}

/// The line (from 1) that holds byte `offset`.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The first line whose bytes are not a well-formed GB18030 sequence, by the structure of the
/// encoding (one byte 00–7F; two bytes 81–FE then 40–7E or 80–FE; four bytes 81–FE, 30–39,
/// 81–FE, 30–39).
fn first_bad_gb18030_line(bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let ok_len = match b {
            0x00..=0x7F => Some(1),
            0x81..=0xFE => match bytes.get(i + 1) {
                Some(0x40..=0x7E | 0x80..=0xFE) => Some(2),
                Some(0x30..=0x39) => match (bytes.get(i + 2), bytes.get(i + 3)) {
                    (Some(0x81..=0xFE), Some(0x30..=0x39)) => Some(4),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        match ok_len {
            Some(n) => i += n,
            None => return line_of(bytes, i),
        }
    }
    line_of(bytes, bytes.len())
}

fn bad(encoding: TextEncoding, line: usize) -> Problem {
    Problem::error(format!("line {line}"), Code::BadEncoding)
        .with("encoding", encoding.label())
        .with("line", line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_gb(_: &[u8]) -> Option<String> {
        None
    }

    #[test]
    fn boms_and_bytes_decide() {
        assert_eq!(sniff_encoding(b"\xEF\xBB\xBFa,b", None), TextEncoding::Utf8);
        assert_eq!(sniff_encoding("指标".as_bytes(), None), TextEncoding::Utf8);
        assert_eq!(sniff_encoding(b"\xFF\xFEa\0", None), TextEncoding::Utf16Le);
        assert_eq!(sniff_encoding(b"a\0,\0b\0", None), TextEncoding::Utf16Le);
        assert_eq!(sniff_encoding(b"\0a\0,\0b", None), TextEncoding::Utf16Be);
        // 指标 in GBK.
        assert_eq!(
            sniff_encoding(b"\xD6\xB8\xB1\xEA", None),
            TextEncoding::Gb18030
        );
        assert_eq!(sniff_encoding(b"abc", Some("GBK")), TextEncoding::Gb18030);
        // A declared UTF-8 that is not UTF-8 is not believed.
        assert_eq!(
            sniff_encoding(b"\xD6\xB8\xB1\xEA", Some("utf-8")),
            TextEncoding::Gb18030
        );
    }

    #[test]
    fn utf16_and_utf8_decode_and_drop_the_mark() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("指标,2023\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode_text(&le, None, no_gb).map(|t| t.0),
            Ok("指标,2023\n".to_string())
        );
        let be: Vec<u8> = "指标".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(be).collect();
        assert_eq!(
            decode_text(&be, None, no_gb).map(|t| t.0),
            Ok("指标".to_string())
        );
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFa", None, no_gb).map(|t| t.0),
            Ok("a".to_string())
        );
    }

    #[test]
    fn malformed_input_names_the_encoding_and_the_line() {
        // Line 3 ends in half a GBK character.
        let bytes = b"indicator,period\nfirms,2023\nbad,\xD6\n";
        let p = decode_text(bytes, None, no_gb).expect_err("malformed");
        assert_eq!((p.code, p.path.as_str()), (Code::BadEncoding, "line 3"));
        assert!(
            p.message(crate::Lang::En).contains("GB18030"),
            "{}",
            p.message(crate::Lang::En)
        );
        // A binary file named .csv.
        let p = decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None, |_| {
            Some("x\0".into())
        })
        .expect_err("binary");
        assert_eq!(p.code, Code::BadEncoding);
        // A UTF-8 header line above GBK rows: mixed encodings, refused at the first GBK line.
        let mut mixed = "指标代码,数值\n".as_bytes().to_vec();
        mixed.extend_from_slice(b"firms,\xD6\xB8\xB1\xEA\n");
        let p = decode_text(&mixed, None, |_| Some("garbage".into())).expect_err("mixed");
        assert_eq!((p.code, p.path.as_str()), (Code::BadEncoding, "line 2"));
        // Odd-length UTF-16.
        let p = decode_text(b"\xFF\xFEa\0b", None, no_gb).expect_err("odd");
        assert_eq!(p.code, Code::BadEncoding);
    }
}
