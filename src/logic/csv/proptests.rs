//! Properties of the writer over arbitrary text: an RFC 4180 reader gets back exactly the
//! cells written, no text cell can start a formula, and there is one record per row.

use super::{tests::parse, *};
use proptest::prelude::*;

/// A cell as a test owns it.
#[derive(Clone, Debug)]
enum Owned {
    Text(String),
    Number(i64),
    Money(i64),
    Empty,
}

impl Owned {
    fn cell(&self) -> Cell<'_> {
        match self {
            Owned::Text(t) => Cell::Text(t),
            Owned::Number(n) => Cell::Number(*n),
            Owned::Money(c) => Cell::Money(*c),
            Owned::Empty => Cell::Empty,
        }
    }
}

/// Text rich in what CSV and spreadsheets care about, and sometimes anything at all.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[=+@'\t\r\n\",a-z -]{0,8}",
        1 => "\\PC{0,12}",
        1 => ".{0,12}",
    ]
}

fn any_cell() -> impl Strategy<Value = Owned> {
    prop_oneof![
        4 => any_text().prop_map(Owned::Text),
        1 => any::<i64>().prop_map(Owned::Number),
        1 => any::<i64>().prop_map(Owned::Money),
        1 => Just(Owned::Empty),
    ]
}

fn any_rows() -> impl Strategy<Value = Vec<Vec<Owned>>> {
    prop::collection::vec(prop::collection::vec(any_cell(), 1..6), 0..8)
}

/// What a field must read back as.
fn expected(cell: &Owned) -> String {
    match cell {
        Owned::Text(t) => t.clone(),
        Owned::Number(n) => n.to_string(),
        Owned::Money(c) => {
            let sign = if *c < 0 { "-" } else { "" };
            format!("{sign}{}.{:02}", c.unsigned_abs() / 100, c.unsigned_abs() % 100)
        }
        Owned::Empty => String::new(),
    }
}

fn write(rows: &[Vec<Owned>], bom: bool, line_end: LineEnd) -> String {
    let mut w = if bom { CsvWriter::with_bom() } else { CsvWriter::new() }.line_end(line_end);
    for row in rows {
        let cells: Vec<Cell<'_>> = row.iter().map(Owned::cell).collect();
        w.record(&cells);
    }
    assert_eq!(w.records(), rows.len());
    w.finish()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn what_is_written_reads_back(rows in any_rows(), bom in any::<bool>(), lf in any::<bool>()) {
        let line_end = if lf { LineEnd::Lf } else { LineEnd::CrLf };
        let text = write(&rows, bom, line_end);
        // Exactly one mark when asked for, to be stripped as readers do; none otherwise.
        let body = if bom { text.strip_prefix('\u{FEFF}') } else { Some(text.as_str()) };
        prop_assert!(body.is_some(), "no byte order mark: {text:?}");
        let read = parse(body.unwrap_or_default(), line_end);
        prop_assert!(read.is_some(), "not well-formed: {text:?}");
        let read = read.unwrap_or_default();
        prop_assert_eq!(read.len(), rows.len());
        for (row, fields) in rows.iter().zip(&read) {
            prop_assert_eq!(row.len(), fields.len());
            for (cell, field) in row.iter().zip(fields) {
                let got = match cell {
                    Owned::Text(_) => undefuse(field),
                    _ => field.as_str(),
                };
                prop_assert_eq!(got, expected(cell));
            }
        }
    }

    #[test]
    fn no_text_cell_starts_a_formula(rows in any_rows()) {
        let text = write(&rows, false, LineEnd::CrLf);
        let read = parse(&text, LineEnd::CrLf).unwrap_or_default();
        for (row, fields) in rows.iter().zip(&read) {
            for (cell, field) in row.iter().zip(fields) {
                if let Owned::Text(t) = cell {
                    let starts_formula = field.starts_with(FORMULA_STARTS);
                    prop_assert!(!starts_formula, "{t:?} was written as {field:?}");
                    if t.starts_with(FORMULA_STARTS) {
                        prop_assert_eq!(field.strip_prefix('\''), Some(t.as_str()));
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_are_never_prefixed(n in any::<i64>()) {
        let mut w = CsvWriter::new();
        w.record(&[Cell::Number(n), Cell::Money(n)]);
        let text = w.finish();
        prop_assert!(!text.contains('\'') && !text.contains('"'), "{text:?}");
    }
}
