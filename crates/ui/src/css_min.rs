//! The stylesheet without comments and spare whitespace, for the widget's module (the build
//! script writes it; the crate's tests check it). Only comments and whitespace go: runs of
//! whitespace become one space, and none is kept next to `{`, `}`, `;`, `,` and `>` or after `:`.
//! Quoted strings are copied as written.

/// `css` without comments and spare whitespace.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    // A space seen but not yet written: written only if neither side makes it spare.
    let mut space = false;
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for d in chars.by_ref() {
                if last == '*' && d == '/' {
                    break;
                }
                last = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !tight(c) && !out.ends_with(|p: char| tight(p) || p == ':') {
            out.push(' ');
        }
        space = false;
        out.push(c);
        if c == '"' || c == '\'' {
            // A quoted string, copied as written up to its closing quote.
            for d in chars.by_ref() {
                out.push(d);
                if d == c {
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn drops_comments_and_spare_whitespace_only() {
        assert_eq!(
            minify(
                "/* a */ .a .b > c ,\n .d {\n  color : red ;\n  margin: 0 calc(1em + 2px);\n}\n"
            ),
            ".a .b>c,.d{color :red;margin:0 calc(1em + 2px);}"
        );
        assert_eq!(
            minify(".a::before { content: \"x  y\" / \"\"; }"),
            ".a::before{content:\"x  y\" / \"\";}"
        );
        assert_eq!(
            minify("@media (min-width: 30em) and (x) { .a { b: c } }"),
            "@media (min-width:30em) and (x){.a{b:c}}"
        );
        assert_eq!(minify(".a:not(.b) .c:hover{}"), ".a:not(.b) .c:hover{}");
    }

    /// The text without comments and without any whitespace.
    fn bare(css: &str) -> String {
        let mut out = String::new();
        let mut rest = css;
        while let Some(open) = rest.find("/*") {
            out.push_str(&rest[..open]);
            rest = rest[open..]
                .find("*/")
                .map_or("", |close| &rest[open + close + 2..]);
        }
        out.push_str(rest);
        out.retain(|c| !c.is_whitespace());
        out
    }

    #[test]
    fn the_widget_sheet_is_the_stylesheet_less_comments_and_whitespace() {
        assert_eq!(bare(crate::STYLESHEET), bare(crate::STYLESHEET_MIN));
        assert!(!crate::STYLESHEET_MIN.contains("/*"));
        assert!(crate::STYLESHEET_MIN.len() < crate::STYLESHEET.len());
    }
}
