//! The plain text of a plan saved as a web page or a Word file, for [`crate::draft`].
//!
//! [`html_to_text`] keeps the text of the article of a page saved from a government site: it
//! drops the head, scripts, styles, navigation, site header and footer and forms, prefers the
//! `<article>` (or `<main>`) when the page has one, turns block elements into line breaks and
//! decodes character references. [`html_published_year`] reads the year a page says it was
//! published (`<meta name="PubDate">`), which [`crate::DraftOptions::issued_year`] takes for a
//! text that states no date of its own. [`docx_xml_to_text`] reads the paragraphs of a Word document's
//! `word/document.xml` as lines; with the `docx` feature, [`docx_to_text`] unzips it first.
//!
//! Invariants: pure, no panics on any input (every index comes from `char_indices` or a `find`
//! on the same string), linear in the input.

/// One piece of markup.
#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    /// An opening tag: lower-case name, the raw attribute text, and whether it closed itself.
    Open(String, &'a str, bool),
    /// A closing tag's lower-case name.
    Close(String),
    /// Text between tags, character references not yet decoded.
    Text(&'a str),
}

/// Elements whose content is raw text, not markup (HTML only).
const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "title", "xmp"];

/// Splits markup into tokens. Comments, doctypes and processing instructions are dropped; a `<`
/// that starts no tag is text. `raw` elements' content runs to their closing tag.
fn tokens<'a>(src: &'a str, raw: &[&str]) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut text_from = 0;
    while let Some(off) = src.get(i..).and_then(|s| s.find('<')) {
        let lt = i + off;
        let rest = src.get(lt..).unwrap_or("");
        let flush = |out: &mut Vec<Token<'a>>, to: usize| {
            if let Some(t) = src.get(text_from..to).filter(|t| !t.is_empty()) {
                out.push(Token::Text(t));
            }
        };
        if let Some(after) = rest.strip_prefix("<!--") {
            flush(&mut out, lt);
            i = after.find("-->").map_or(src.len(), |e| lt + 4 + e + 3);
            text_from = i;
            continue;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            flush(&mut out, lt);
            let end = after.find("]]>").map_or(after.len(), |e| e);
            if let Some(t) = after.get(..end).filter(|t| !t.is_empty()) {
                out.push(Token::Text(t));
            }
            i = (lt + 9 + end + 3).min(src.len());
            text_from = i;
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            flush(&mut out, lt);
            i = rest.find('>').map_or(src.len(), |e| lt + e + 1);
            text_from = i;
            continue;
        }
        let closing = rest.starts_with("</");
        let name_at = lt + if closing { 2 } else { 1 };
        let name_len = src
            .get(name_at..)
            .unwrap_or("")
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_' | '.')))
            .map_or(src.len() - name_at, |(k, _)| k);
        let starts_with_letter = src
            .get(name_at..)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_ascii_alphabetic());
        if name_len == 0 || !starts_with_letter {
            // Not a tag: the `<` is text.
            i = lt + 1;
            continue;
        }
        let name = src
            .get(name_at..name_at + name_len)
            .unwrap_or("")
            .to_ascii_lowercase();
        // The end of the tag: the first `>` outside quotes.
        let attrs_at = name_at + name_len;
        let mut quote: Option<char> = None;
        let mut end = None;
        for (k, c) in src.get(attrs_at..).unwrap_or("").char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(attrs_at + k);
                    break;
                }
                _ => {}
            }
        }
        let Some(gt) = end else {
            // An unclosed tag at the end: drop it.
            flush(&mut out, lt);
            text_from = src.len();
            break;
        };
        flush(&mut out, lt);
        i = gt + 1;
        text_from = i;
        if closing {
            out.push(Token::Close(name));
            continue;
        }
        let attrs = src.get(attrs_at..gt).unwrap_or("");
        let self_closing = attrs.trim_end().ends_with('/');
        let is_raw = !self_closing && raw.contains(&name.as_str());
        out.push(Token::Open(name.clone(), attrs, self_closing));
        if is_raw {
            // Raw text runs to `</name` in any case.
            let body = src.get(i..).unwrap_or("");
            let end = find_close(body, &name).unwrap_or(body.len());
            if let Some(t) = body.get(..end).filter(|t| !t.is_empty()) {
                out.push(Token::Text(t));
            }
            i += end;
            text_from = i;
        }
    }
    if let Some(t) = src.get(text_from..).filter(|t| !t.is_empty()) {
        out.push(Token::Text(t));
    }
    out
}

/// Where `</name` (in any case) first starts in `body`, without copying it.
fn find_close(body: &str, name: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let want = name.as_bytes();
    let mut from = 0;
    while let Some(off) = body.get(from..).and_then(|s| s.find("</")) {
        let at = from + off;
        let tail = bytes.get(at + 2..at + 2 + want.len());
        if tail.is_some_and(|t| t.eq_ignore_ascii_case(want)) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Elements dropped with everything in them.
const DROPPED: [&str; 18] = [
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "select", "button", "textarea", "object", "canvas", "menu",
];

/// Class or id words that mark navigation, breadcrumbs and sharing bars.
const DROPPED_CLASSES: [&str; 8] = [
    "nav",
    "navbar",
    "menu",
    "breadcrumb",
    "crumbs",
    "sidebar",
    "share",
    "skip",
];

/// Elements that end a line.
const BLOCKS: [&str; 30] = [
    "address",
    "article",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "tr",
    "ul",
    "center",
];

/// Elements that never have content or a closing tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The value of attribute `name` in a tag's attribute text, if present.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(off) = lower.get(from..).and_then(|s| s.find(name)) {
        let at = from + off;
        from = at + name.len();
        let before_ok = at == 0
            || lower
                .get(..at)
                .and_then(|s| s.chars().last())
                .is_some_and(|c| c.is_ascii_whitespace());
        let rest = attrs.get(at + name.len()..).unwrap_or("").trim_start();
        let Some(rest) = rest.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let inner = rest.get(1..).unwrap_or("");
                inner.get(..inner.find(q).unwrap_or(inner.len()))
            }
            _ => rest.get(
                ..rest
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(rest.len()),
            ),
        };
        return value;
    }
    None
}

/// True when a class or id word marks navigation (`nav`, `breadcrumb`, `site-menu` …).
fn marks_navigation(attrs: &str) -> bool {
    ["class", "id", "role"].iter().any(|a| {
        attribute(attrs, a).is_some_and(|v| {
            v.split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
                .any(|w| {
                    let w = w.to_ascii_lowercase();
                    DROPPED_CLASSES.contains(&w.as_str()) || w == "navigation" || w == "banner"
                })
        })
    })
}

/// The text of the article of an HTML page: see the module docs. Lines are trimmed and empty
/// lines dropped.
pub fn html_to_text(html: &str) -> String {
    let toks = tokens(html, &RAW_TEXT);
    let region = article_region(&toks).unwrap_or((0, toks.len()));
    let mut out = String::new();
    // The element being dropped and how deep in it we are.
    let mut dropping: Option<(String, usize)> = None;
    let mut pre = 0usize;
    for tok in toks.get(region.0..region.1).unwrap_or(&[]) {
        if let Some((name, depth)) = &mut dropping {
            match tok {
                Token::Open(n, _, false) if n == name && !VOID.contains(&n.as_str()) => *depth += 1,
                Token::Close(n) if n == name => {
                    *depth -= 1;
                    if *depth == 0 {
                        dropping = None;
                    }
                }
                _ => {}
            }
            continue;
        }
        match tok {
            Token::Open(name, attrs, self_closing) => {
                let void = VOID.contains(&name.as_str());
                if !void
                    && !self_closing
                    && (DROPPED.contains(&name.as_str()) || marks_navigation(attrs))
                {
                    dropping = Some((name.clone(), 1));
                    continue;
                }
                if name == "pre" && !self_closing {
                    pre += 1;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                } else if matches!(name.as_str(), "td" | "th") {
                    out.push(' ');
                }
            }
            Token::Close(name) => {
                if name == "pre" {
                    pre = pre.saturating_sub(1);
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push('\n');
                }
            }
            Token::Text(t) => {
                let decoded = decode_references(t);
                if pre > 0 {
                    out.push_str(&decoded);
                } else {
                    // Runs of white space (source line breaks too) are one space, as browsers show.
                    let mut space = false;
                    for c in decoded.chars() {
                        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                            space = true;
                        } else {
                            if space {
                                out.push(' ');
                                space = false;
                            }
                            out.push(c);
                        }
                    }
                    if space {
                        out.push(' ');
                    }
                }
            }
        }
    }
    tidy_lines(&out)
}

/// `<meta>` names (and `property`/`itemprop` values) that hold a page's date of publication, in
/// the order they are trusted: the CMS fields of Chinese government sites (`PubDate`,
/// `firstpublishedtime`), then Open Graph, schema.org and Dublin Core. Compared without case.
const PUBLISHED_META: [&str; 9] = [
    "pubdate",
    "firstpublishedtime",
    "publishdate",
    "publish_date",
    "article:published_time",
    "datepublished",
    "dcterms.issued",
    "dc.date.issued",
    "dc.date",
];

/// The year a saved web page says it was published, from the first of [`PUBLISHED_META`] it
/// carries whose content starts with a year from 1949 to 2100 (`2023-02-17 10:14`,
/// `2023-02-17T10:14:00+08:00`, `2023年02月17日`). `None` when it carries none.
pub fn html_published_year(html: &str) -> Option<i32> {
    let toks = tokens(html, &RAW_TEXT);
    let mut best: Option<(usize, i32)> = None;
    for tok in &toks {
        let Token::Open(name, attrs, _) = tok else {
            continue;
        };
        if name != "meta" {
            continue;
        }
        let key = ["name", "property", "itemprop"]
            .iter()
            .find_map(|a| attribute(attrs, a))
            .map(str::to_ascii_lowercase);
        let Some(rank) = key.and_then(|k| PUBLISHED_META.iter().position(|m| *m == k.trim()))
        else {
            continue;
        };
        let year = attribute(attrs, "content")
            .map(str::trim_start)
            .and_then(|c| {
                let (year, rest) = (c.get(..4)?, c.get(4..)?);
                (!rest.starts_with(|d: char| d.is_ascii_digit())).then_some(year)
            })
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| crate::YEARS.contains(y));
        if let Some(year) = year {
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, year));
            }
        }
    }
    best.map(|(_, y)| y)
}

/// The token range of the page's article: the first `<article>`, else the first `<main>`, else
/// the `<body>`; `None` when the page has none of them.
fn article_region(toks: &[Token<'_>]) -> Option<(usize, usize)> {
    ["article", "main", "body"]
        .iter()
        .find_map(|want| element_range(toks, want))
}

/// The tokens inside the first element named `want` (to its matching close, or the end).
fn element_range(toks: &[Token<'_>], want: &str) -> Option<(usize, usize)> {
    let start = toks
        .iter()
        .position(|t| matches!(t, Token::Open(n, _, false) if n == want))?;
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().skip(start) {
        match t {
            Token::Open(n, _, false) if n == want => depth += 1,
            Token::Close(n) if n == want => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some((start + 1, k));
                }
            }
            _ => {}
        }
    }
    Some((start + 1, toks.len()))
}

/// Lines trimmed of ASCII white space and no-break spaces, empty lines dropped.
fn tidy_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let line = line.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{a0}');
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Named character references a plan page uses; others are left as written.
const NAMED: [(&str, char); 40] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("ideographicspace", '\u{3000}'),
    ("middot", '·'),
    ("bull", '•'),
    ("hellip", '…'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("times", '×'),
    ("divide", '÷'),
    ("plusmn", '±'),
    ("deg", '°'),
    ("permil", '‰'),
    ("le", '≤'),
    ("ge", '≥'),
    ("ne", '≠'),
    ("minus", '−'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("frac12", '½'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
    ("sect", '§'),
    ("rarr", '→'),
    ("larr", '←'),
    ("shy", '\u{ad}'),
];

/// Decodes `&name;`, `&#123;` and `&#x7B;`. A reference that names nothing, or a number that is
/// no character, stays as written (numbers that are no character become U+FFFD).
pub fn decode_references(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let end = after
            .char_indices()
            .take(34)
            .find(|&(_, c)| c == ';' || !(c.is_ascii_alphanumeric() || c == '#'))
            .filter(|&(_, c)| c == ';');
        let decoded = end.and_then(|(k, _)| {
            let body = after.get(..k)?;
            let c = if let Some(num) = body.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse::<u32>().ok()?,
                };
                char::from_u32(n)
                    .filter(|&c| c != '\0')
                    .unwrap_or('\u{fffd}')
            } else {
                NAMED
                    .iter()
                    .find(|(n, _)| *n == body || n.eq_ignore_ascii_case(body) && body.len() > 3)
                    .map(|&(_, c)| c)?
            };
            Some((c, k + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = after.get(used..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The paragraphs of a Word document's `word/document.xml`, one line each: the text of `<w:t>`
/// runs, `<w:tab/>` as a tab and `<w:br/>`/`<w:cr/>` as line breaks. Deleted text (`<w:delText>`)
/// and field codes are not text and are left out.
pub fn docx_xml_to_text(xml: &str) -> String {
    let mut out = String::new();
    let mut in_text = 0usize;
    for tok in tokens(xml, &[]) {
        match tok {
            Token::Open(name, _, self_closing) => match name.as_str() {
                "w:t" if !self_closing => in_text += 1,
                "w:tab" => out.push('\t'),
                "w:br" | "w:cr" => out.push('\n'),
                "w:p" if self_closing => out.push('\n'),
                _ => {}
            },
            Token::Close(name) => match name.as_str() {
                "w:t" => in_text = in_text.saturating_sub(1),
                "w:p" => out.push('\n'),
                _ => {}
            },
            Token::Text(t) if in_text > 0 => out.push_str(&decode_references(t)),
            Token::Text(_) => {}
        }
    }
    tidy_lines(&out)
}

/// Why a `.docx` file could not be read.
#[cfg(feature = "docx")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive, or a damaged one (the zip library's words).
    NotZip(String),
    /// A zip archive without `word/document.xml`.
    NoDocument,
    /// `word/document.xml` is larger than [`DOCX_XML_LIMIT`] once unpacked.
    TooLarge,
    /// `word/document.xml` is not UTF-8.
    NotUtf8,
}

#[cfg(feature = "docx")]
impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocxError::NotZip(e) => write!(f, "not a .docx (zip) file: {e}"),
            DocxError::NoDocument => f.write_str("a zip file without word/document.xml"),
            DocxError::TooLarge => write!(
                f,
                "word/document.xml is larger than {} MiB",
                DOCX_XML_LIMIT >> 20
            ),
            DocxError::NotUtf8 => f.write_str("word/document.xml is not UTF-8"),
        }
    }
}

/// The most unpacked bytes of `word/document.xml` read (a plan of 1,000 pages is far below it).
#[cfg(feature = "docx")]
pub const DOCX_XML_LIMIT: u64 = 64 << 20;

/// True when `bytes` start as a zip archive does (`PK\x03\x04`).
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a `.docx` file: its `word/document.xml` through [`docx_xml_to_text`].
#[cfg(feature = "docx")]
pub fn docx_to_text(bytes: &[u8]) -> Result<String, DocxError> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| DocxError::NotZip(e.to_string()))?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| DocxError::NoDocument)?;
    let mut xml = Vec::new();
    entry
        .take(DOCX_XML_LIMIT + 1)
        .read_to_end(&mut xml)
        .map_err(|e| DocxError::NotZip(e.to_string()))?;
    if xml.len() as u64 > DOCX_XML_LIMIT {
        return Err(DocxError::TooLarge);
    }
    let xml = String::from_utf8(xml).map_err(|_| DocxError::NotUtf8)?;
    Ok(docx_xml_to_text(&xml))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_government_page_keeps_its_article() {
        let page = r#"<!DOCTYPE html><html><head><title>标题</title><style>p{color:red}</style>
<script>var a = "<p>不是正文</p>";</script></head><body>
<header><a href="/">首页</a></header><nav><ul><li>栏目</li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<article><h1>关于印发某某行动方案的通知</h1>
<p>　　一、工作目标</p><p>到2025年，全市&nbsp;5G基站达到1.2万个&amp;以上。<br>第二行</p>
<!-- 注释 <p>不要</p> --><table><tr><td>指标</td><td>目标</td></tr></table>
</article><footer>版权所有</footer></body></html>"#;
        let text = html_to_text(page);
        assert_eq!(
            text,
            "关于印发某某行动方案的通知\n　　一、工作目标\n到2025年，全市\u{a0}5G基站达到1.2万个&以上。\n第二行\n指标 目标\n"
        );
    }

    #[test]
    fn without_an_article_the_body_minus_navigation_is_kept() {
        let page = "<body><div id=\"nav\">菜单</div><div class='TRS_Editor'><p>正文一</p><p>正文二</p></div><footer>页脚</footer>";
        assert_eq!(html_to_text(page), "正文一\n正文二\n");
    }

    #[test]
    fn a_pages_date_of_publication_is_read_from_its_meta_tags() {
        let gov = r#"<html><head><meta name="ColumnName" content="通知"><meta name="firstpublishedtime" content="2023-02-18-09:00:00"><meta name="PubDate" content="2023-02-17 10:14"></head><body><p>今年</p></body></html>"#;
        assert_eq!(html_published_year(gov), Some(2023), "PubDate first");
        let og = "<meta property='article:published_time' content='2021-06-01T08:00:00+08:00'>";
        assert_eq!(html_published_year(og), Some(2021));
        let itemprop = r#"<META ITEMPROP="datePublished" CONTENT=" 2019年5月6日">"#;
        assert_eq!(html_published_year(itemprop), Some(2019));
        for none in [
            "<p>2023年</p>",
            r#"<meta name="keywords" content="2023">"#,
            r#"<meta name="PubDate" content="20230217">"#,
            r#"<meta name="PubDate" content="1900-01-01">"#,
            r#"<meta name="PubDate">"#,
            r#"<meta name="PubDate" content="中文">"#,
            r#"<script>var m = '<meta name="PubDate" content="2023-01-01">';</script>"#,
        ] {
            assert_eq!(html_published_year(none), None, "{none}");
        }
    }

    #[test]
    fn references_decode_and_unknown_ones_stay() {
        assert_eq!(
            decode_references("a&lt;b &#20013;&#x6587; &foo; & &#xFFFFFF; &amp"),
            "a<b 中文 &foo; & \u{fffd} &amp"
        );
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for s in [
            "<",
            "<<",
            "</",
            "<a",
            "<a href='>",
            "<!--",
            "<![CDATA[",
            "<script>",
            "&#",
            "&#x;",
            "<p>中<",
            "<\u{4e2d}>",
            "é<br/é",
            "<a b=\"中\">文",
        ] {
            let _ = html_to_text(s);
            let _ = html_published_year(s);
            let _ = docx_xml_to_text(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_markup_gives_text_without_panicking(s in "(<|>|/|!|-|&|#|;|p|br|script|article|w:t|w:p|\"|'|=| |中|\\PC){0,200}") {
            let _ = html_to_text(&s);
            let _ = html_published_year(&s);
            let _ = docx_xml_to_text(&s);
            let _ = decode_references(&s);
        }
    }

    #[test]
    fn a_script_with_markup_in_it_stays_out_in_any_case() {
        assert_eq!(
            html_to_text("<body><SCRIPT>if (a </b) x = '<p>no</p>';</ScRiPt><p>yes</p>"),
            "yes\n"
        );
    }

    #[test]
    fn word_paragraphs_are_lines() {
        let xml = r#"<?xml version="1.0"?><w:document><w:body><w:p><w:pPr/><w:r><w:t>到2025年，</w:t></w:r><w:r><w:t xml:space="preserve">达到 10%</w:t></w:r></w:p><w:p><w:r><w:delText>删去</w:delText><w:t>第二段&amp;</w:t></w:r></w:p><w:p/></w:body></w:document>"#;
        assert_eq!(docx_xml_to_text(xml), "到2025年，达到 10%\n第二段&\n");
    }
}
