//! The one table: printed to the terminal and written into docs/BENCHMARKS.md between
//! markers (text outside the markers is kept, so the analysis written by hand survives).

use super::stats::Stat;
use std::path::Path;

/// Where the generated part of docs/BENCHMARKS.md starts and ends.
pub const BEGIN: &str = "<!-- scripts/bench writes from here; edit outside the markers -->";
pub const END: &str = "<!-- scripts/bench writes up to here -->";

/// Whether a budget holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    Misses,
    /// No budget: for information.
    Info,
}

impl Verdict {
    pub fn of(holds: bool) -> Verdict {
        if holds {
            Verdict::Holds
        } else {
            Verdict::Misses
        }
    }

    fn text(self) -> &'static str {
        match self {
            Verdict::Holds => "holds",
            Verdict::Misses => "MISSES",
            Verdict::Info => "",
        }
    }
}

/// One line of the table.
#[derive(Clone, Debug)]
pub struct Row {
    pub section: &'static str,
    pub what: String,
    pub median: String,
    pub spread: String,
    pub budget: String,
    pub verdict: Verdict,
}

impl Row {
    /// A row of a repeated measurement in milliseconds.
    pub fn ms(section: &'static str, what: impl Into<String>, s: &Stat, budget: Option<(f64, String)>) -> Row {
        let (budget, verdict) = match budget {
            Some((limit, text)) => (text, Verdict::of(s.median() <= limit)),
            None => (String::new(), Verdict::Info),
        };
        Row {
            section,
            what: what.into(),
            median: format!("{:.1} ms", s.median()),
            spread: format!("{:.1}–{:.1}", s.min(), s.max()),
            budget,
            verdict,
        }
    }

    /// A row with text values.
    pub fn text(
        section: &'static str,
        what: impl Into<String>,
        median: impl Into<String>,
        spread: impl Into<String>,
        budget: impl Into<String>,
        verdict: Verdict,
    ) -> Row {
        Row { section, what: what.into(), median: median.into(), spread: spread.into(), budget: budget.into(), verdict }
    }
}

/// Kilobytes (1000 bytes) with one decimal.
pub fn kb(bytes: f64) -> String {
    format!("{:.1} kB", bytes / 1000.0)
}

/// Megabytes (1 000 000 bytes) with two decimals.
pub fn mb(bytes: f64) -> String {
    format!("{:.2} MB", bytes / 1e6)
}

const HEAD: [&str; 6] = ["", "measurement", "median", "min–max", "budget", ""];

fn cells(r: &Row) -> [String; 6] {
    [
        r.section.to_string(),
        r.what.clone(),
        r.median.clone(),
        r.spread.clone(),
        r.budget.clone(),
        r.verdict.text().to_string(),
    ]
}

/// The table as aligned plain text.
pub fn plain(rows: &[Row]) -> String {
    let mut width = HEAD.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in width.iter_mut().zip(cells(r)) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |c: &[String; 6]| {
        let mut s = String::new();
        for (i, (cell, w)) in c.iter().zip(width).enumerate() {
            let pad = w - cell.chars().count();
            // Numbers right-aligned, words left-aligned.
            if i == 2 || i == 3 {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            } else {
                s.push_str(cell);
                s.push_str(&" ".repeat(pad));
            }
            s.push_str("  ");
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&HEAD.map(str::to_string));
    out += &line(&width.map(|w| "-".repeat(w)));
    let mut last = "";
    for r in rows {
        let mut c = cells(r);
        if r.section == last {
            c[0] = String::new();
        }
        last = r.section;
        out += &line(&c);
    }
    out
}

/// The table as Markdown.
pub fn markdown(rows: &[Row]) -> String {
    let mut out = String::from("| | measurement | median | min–max | budget | |\n|---|---|--:|--:|---|---|\n");
    let mut last = "";
    for r in rows {
        let mut c = cells(r);
        if r.section == last {
            c[0] = String::new();
        } else {
            c[0] = format!("**{}**", c[0]);
        }
        if r.verdict == Verdict::Misses {
            c[5] = "**misses**".into();
        }
        last = r.section;
        let escaped: Vec<String> = c.iter().map(|s| s.replace('|', "\\|")).collect();
        out += &format!("| {} |\n", escaped.join(" | "));
    }
    out
}

/// Replaces the generated part of `path` with `generated`, keeping the rest; creates the
/// file with `preamble` when it does not exist or has no markers.
pub fn write_doc(path: &Path, preamble: &str, generated: &str) -> std::io::Result<()> {
    let block = format!("{BEGIN}\n{generated}{END}\n");
    let old = std::fs::read_to_string(path).unwrap_or_default();
    let new = match (old.find(BEGIN), old.find(END)) {
        (Some(b), Some(e)) if b < e => format!("{}{block}{}", &old[..b], old[e + END.len()..].trim_start_matches('\n')),
        _ if old.is_empty() => format!("{preamble}\n{block}"),
        _ => format!("{}\n\n{block}", old.trim_end()),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_text_around_the_markers() {
        let dir = std::env::temp_dir().join(format!("bench-report-{}", std::process::id()));
        let path = dir.join("B.md");
        write_doc(&path, "# T\n", "one\n").unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{first}\n## Notes\nkept\n")).unwrap();
        write_doc(&path, "# T\n", "two\n").unwrap();
        let second = std::fs::read_to_string(&path).unwrap();
        assert!(second.starts_with("# T\n"), "{second}");
        assert!(second.contains("two\n") && !second.contains("one\n"), "{second}");
        assert!(second.contains("## Notes\nkept\n"), "{second}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
