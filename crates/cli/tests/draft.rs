//! `plan-gauge draft`: every seed's source text drafts to a plan that parses and is valid, with
//! quotes taken from the text; the same text saved as GB18030, with a BOM, as a web page or as a
//! Word file drafts to the same targets; `-` reads standard input; a file that is not text exits 2.

use plan_gauge_core::validate;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("pg-draft-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".source.txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 5, "the seed source texts are in seeds/");
    v
}

fn draft(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("draft")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(mut pipe) = child.stdin.take() {
        // A run that stops before reading all of it breaks the pipe; its output says why.
        let _ = pipe.write_all(stdin.unwrap_or_default());
    }
    child.wait_with_output().expect("ends")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The drafted targets of a `--evidence` run that exited 0, as (quote, value, year) triples.
fn targets(o: &Output) -> Vec<(String, Option<f64>, i32)> {
    drafted(o, &[0])
}

/// The drafted targets of a `--evidence` run that exited with one of `codes`.
fn drafted(o: &Output, codes: &[i32]) -> Vec<(String, Option<f64>, i32)> {
    assert!(
        o.status.code().is_some_and(|c| codes.contains(&c)),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(o)).expect("JSON");
    v["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .map(|t| {
            (
                t["quote"].as_str().unwrap_or_default().to_string(),
                t["milestone"]["value"].as_f64(),
                t["milestone"]["year"].as_i64().unwrap_or_default() as i32,
            )
        })
        .collect()
}

#[test]
fn every_seed_text_drafts_a_valid_plan_quoting_the_text() {
    for src in seeds() {
        let text = std::fs::read_to_string(&src).expect("seed text");
        let out = draft(&[&src.to_string_lossy()], None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            src.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let plan = validate::parse_plan(&stdout(&out)).expect("the plan parses");
        let problems = validate::validate_plan(&plan);
        assert!(
            validate::is_clean(&problems),
            "{}: {problems:?}",
            src.display()
        );
        assert!(!plan.indicators.is_empty(), "{}", src.display());
        for ind in &plan.indicators {
            for t in &ind.targets {
                assert!(
                    text.contains(&t.citation.quote),
                    "{}: quote not in the text: {}",
                    src.display(),
                    t.citation.quote
                );
            }
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("个目标") && stderr.contains("targets found"),
            "{stderr}"
        );

        let evidence = draft(&["--evidence", &src.to_string_lossy()], None);
        for (quote, _, _) in targets(&evidence) {
            assert!(text.contains(&quote), "{}: {quote}", src.display());
        }
    }
}

#[test]
fn the_drafted_plan_passes_check_and_out_writes_the_file() {
    let src = repo().join("seeds/zhenhai-2022.source.txt");
    let out_file = dir().join("zhenhai.plan.json");
    let o = draft(
        &[
            &src.to_string_lossy(),
            "--out",
            &out_file.to_string_lossy(),
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stdout.is_empty(),
        "with --out nothing goes to standard output"
    );
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("targets found") && !stderr.contains("个目标"),
        "{stderr}"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("check")
        .arg(&out_file)
        .output()
        .expect("runs");
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

/// A minimal Word file whose paragraphs are the lines of `text`.
fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    for line in text.lines() {
        // Each paragraph in two runs, as Word splits them.
        let cut = line.char_indices().nth(3).map_or(line.len(), |(i, _)| i);
        let (a, b) = line.split_at(cut);
        let (a, b) = (esc(a), esc(b));
        body.push_str(&format!(
            "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{a}</w:t></w:r><w:r><w:t>{b}</w:t></w:r></w:p>"
        ));
    }
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("[Content_Types].xml", opts).expect("zip");
        zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
            .expect("zip");
        zip.start_file("word/document.xml", opts).expect("zip");
        zip.write_all(xml.as_bytes()).expect("zip");
        zip.finish().expect("zip");
    }
    buf.into_inner()
}

/// The text as a page saved from a government site: head, navigation, the article, footer.
fn html(text: &str) -> String {
    let mut article = String::new();
    for line in text.lines() {
        let esc = line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        article.push_str(&format!("<p style=\"text-indent:2em\">{esc}</p>\n"));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>某某行动方案</title>\
         <script>var x = \"<p>到2030年，不是正文达到99%</p>\";</script><style>p {{ margin: 0 }}</style></head>\n\
         <body><header><a href=\"/\">首页</a></header><nav><a href=\"/zwgk\">政务公开</a></nav>\n\
         <div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开</div>\n<article>\n{article}</article>\n\
         <footer>主办单位：某某区人民政府办公室</footer></body></html>"
    )
}

fn gb18030(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn every_encoding_and_container_gives_the_same_targets() {
    let d = dir();
    for src in seeds() {
        let text = std::fs::read_to_string(&src).expect("seed text");
        let want = targets(&draft(&["--evidence", &src.to_string_lossy()], None));
        let stem = src
            .file_name()
            .map(|n| n.to_string_lossy().replace(".source.txt", ""))
            .unwrap_or_default();
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let files: [(String, Vec<u8>); 4] = [
            (format!("{stem}.gb.txt"), gb18030(&text)),
            (format!("{stem}.bom.txt"), bom),
            (format!("{stem}.html"), html(&text).into_bytes()),
            (format!("{stem}.docx"), docx(&text)),
        ];
        for (name, bytes) in files {
            let path = d.join(&name);
            std::fs::write(&path, bytes).expect("write");
            let have = targets(&draft(&["--evidence", &path.to_string_lossy()], None));
            let strip = |v: &[(String, Option<f64>, i32)]| {
                // Quotes may differ in the white space a container keeps; the figures may not.
                v.iter()
                    .map(|(q, v, y)| {
                        (
                            q.chars().filter(|c| !c.is_whitespace()).collect::<String>(),
                            *v,
                            *y,
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(strip(&have), strip(&want), "{name} drafts differently");
        }
        // A GB18030 page saved from a site is read too.
        let page = d.join(format!("{stem}.gb.htm"));
        std::fs::write(&page, gb18030(&html(&text))).expect("write");
        assert_eq!(
            targets(&draft(&["--evidence", &page.to_string_lossy()], None)).len(),
            want.len()
        );
    }
}

#[test]
fn standard_input_and_several_files_are_read_in_order() {
    let src = repo().join("seeds/zhenhai-2022.source.txt");
    let text = std::fs::read(&src).expect("seed");
    let from_file = targets(&draft(&["--evidence", &src.to_string_lossy()], None));
    let from_stdin = targets(&draft(&["--evidence", "-"], Some(&text)));
    assert_eq!(from_stdin, from_file);

    // The text split in two files at a line break drafts as the whole.
    let s = String::from_utf8(text).expect("UTF-8");
    let mid = s.len() / 2;
    let cut = s.as_bytes()[mid..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(s.len(), |k| mid + k + 1);
    let (a, b) = s.split_at(cut);
    let d = dir();
    let (fa, fb) = (d.join("part-a.txt"), d.join("part-b.txt"));
    std::fs::write(&fa, a).expect("write");
    std::fs::write(&fb, gb18030(b)).expect("write");
    let joined = targets(&draft(
        &["--evidence", &fa.to_string_lossy(), &fb.to_string_lossy()],
        None,
    ));
    assert_eq!(joined, from_file);
}

#[test]
fn a_file_that_is_not_text_exits_2_with_a_clear_message() {
    let d = dir();
    let bin = d.join("image.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..=255u8).cycle().take(2048));
    std::fs::write(&bin, &bytes).expect("write");
    let o = draft(&[&bin.to_string_lossy()], None);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("image.png") && err.contains("not a readable text file"),
        "{err}"
    );
    assert!(o.stdout.is_empty());

    let fake = d.join("broken.docx");
    std::fs::write(&fake, b"PK\x03\x04 not really a zip").expect("write");
    let o = draft(&[&fake.to_string_lossy()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Word"));

    let o = draft(&["/nonexistent/plan.txt"], None);
    assert_eq!(o.status.code(), Some(2));

    // Nothing is written when the input cannot be read.
    let out = d.join("never.json");
    let o = draft(
        &[&bin.to_string_lossy(), "--out", &out.to_string_lossy()],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}

/// The years of the drafted milestones of a `--evidence` run. A news text names no issuer, so the
/// plan has an error and the run exits 1 with the draft written all the same.
fn years(o: &Output) -> Vec<i32> {
    drafted(o, &[0, 1]).into_iter().map(|(_, _, y)| y).collect()
}

#[test]
fn the_year_of_issue_dates_this_year_from_the_option_or_the_pages_date() {
    let d = dir();
    let news = "今年，全市城镇新增就业1.2万人以上，粮食产量稳定在50万吨以上。\n";
    let txt = d.join("news.txt");
    std::fs::write(&txt, news).expect("write");
    let txt = txt.to_string_lossy();

    for issued in ["2019", "2019-02-15"] {
        let o = draft(&["--evidence", "--issued", issued, &txt], None);
        assert_eq!(years(&o), [2019, 2019], "--issued {issued}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("2019（--issued）") && err.contains("Year of issue: 2019"),
            "{err}"
        );
    }

    // A saved page's date of publication stands in for --issued; --issued wins over it.
    let page = d.join("news.html");
    let marked = html(news).replacen(
        "<head>",
        r#"<head><meta name="PubDate" content="2023-02-17 10:14">"#,
        1,
    );
    assert!(marked.contains("PubDate"), "the page has a head");
    std::fs::write(&page, marked).expect("write");
    let page = page.to_string_lossy();
    let o = draft(&["--evidence", &page], None);
    assert_eq!(years(&o), [2023, 2023]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("the web page's date of publication"));
    let o = draft(&["--evidence", "--issued", "2024", &page], None);
    assert_eq!(years(&o), [2024, 2024]);

    // A date the text states wins over the year of issue.
    let dated = "到2027年，全市城镇新增就业1.2万人以上。\n";
    let o = draft(
        &["--evidence", "--issued", "2024", "-"],
        Some(dated.as_bytes()),
    );
    assert_eq!(years(&o), [2027]);

    for bad in ["1800", "20xx", "2024-13-01", ""] {
        let o = draft(&["--issued", bad, &txt], None);
        assert_eq!(o.status.code(), Some(2), "--issued {bad:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("1949") && err.contains("2100"), "{err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn direction_only_aims_are_drafted_only_when_asked() {
    let text = "某市人民政府关于印发生态建设方案的通知\n到2025年，森林覆盖率稳步提升。\n";
    let plain = draft(&["--evidence", "-"], Some(text.as_bytes()));
    assert!(targets(&plain).is_empty());
    let o = draft(
        &["--evidence", "--direction-only", "-"],
        Some(text.as_bytes()),
    );
    let found = targets(&o);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].1, found[0].2), (None, 2025));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["targets"][0]["flags"][0], "direction_only");
}
