//! Host tests of the CSV writer, and the small RFC 4180 reader the property tests use.

use super::*;

/// Reads RFC 4180 text back into records of fields (strip a byte order mark first): records
/// end with `line_end`, quoted fields may hold anything with quotes doubled. `None`
/// when the text is not well-formed (a stray quote, text after a closing quote, a bare CR
/// or LF that does not end a record, an unterminated quote or record).
pub(crate) fn parse(text: &str, line_end: LineEnd) -> Option<Vec<Vec<String>>> {
    let eol = line_end.as_str();
    let mut rest = text;
    let mut records = Vec::new();
    let mut record = Vec::new();
    while !rest.is_empty() {
        let field;
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut value = String::new();
            let mut r = quoted;
            loop {
                let end = r.find('"')?;
                value.push_str(&r[..end]);
                r = &r[end + 1..];
                match r.strip_prefix('"') {
                    Some(after) => {
                        value.push('"');
                        r = after;
                    }
                    None => break,
                }
            }
            field = value;
            rest = r;
        } else {
            let end = rest.find([',', '\r', '\n']).unwrap_or(rest.len());
            if rest[..end].contains('"') {
                return None;
            }
            field = rest[..end].to_string();
            rest = &rest[end..];
        }
        record.push(field);
        if let Some(r) = rest.strip_prefix(',') {
            rest = r;
        } else if let Some(r) = rest.strip_prefix(eol) {
            records.push(std::mem::take(&mut record));
            rest = r;
        } else {
            return None;
        }
    }
    record.is_empty().then_some(records)
}

fn table(rows: &[&[Cell<'_>]]) -> String {
    let mut w = CsvWriter::new();
    for row in rows {
        w.record(row);
    }
    w.finish()
}

#[test]
fn plain_fields_are_written_as_they_are() {
    assert_eq!(table(&[&[Cell::Text("a"), Cell::Number(7), Cell::Empty, Cell::Money(1250)]]), "a,7,,12.50\r\n");
}

#[test]
fn quotes_commas_and_line_breaks_are_quoted() {
    assert_eq!(table(&[&[Cell::Text("a,b"), Cell::Text("say \"hi\"")]]), "\"a,b\",\"say \"\"hi\"\"\"\r\n");
    assert_eq!(table(&[&[Cell::Text("two\nlines"), Cell::Text("cr\rhere")]]), "\"two\nlines\",\"cr\rhere\"\r\n");
    assert_eq!(table(&[&[Cell::Text("tab\tinside")]]), "tab\tinside\r\n");
}

#[test]
fn formulas_in_text_are_defused() {
    assert_eq!(table(&[&[Cell::Text("=1+2")]]), "'=1+2\r\n");
    assert_eq!(table(&[&[Cell::Text("+1")]]), "'+1\r\n");
    assert_eq!(table(&[&[Cell::Text("-1")]]), "'-1\r\n");
    assert_eq!(table(&[&[Cell::Text("@SUM(A1)")]]), "'@SUM(A1)\r\n");
    assert_eq!(table(&[&[Cell::Text("\t=1")]]), "'\t=1\r\n");
    assert_eq!(table(&[&[Cell::Text("\r=1")]]), "\"'\r=1\"\r\n");
    assert_eq!(
        table(&[&[Cell::Text("=HYPERLINK(\"http://x\",\"a,b\")")]]),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"\r\n"
    );
    // Already-apostrophed formulas get one more, so that reading back is exact.
    assert_eq!(table(&[&[Cell::Text("'=1")]]), "''=1\r\n");
    assert_eq!(table(&[&[Cell::Text("'quoted'")]]), "'quoted'\r\n");
    // Formula characters later on are harmless.
    assert_eq!(table(&[&[Cell::Text("a=b-c")]]), "a=b-c\r\n");
}

#[test]
fn numbers_and_money_stay_numbers() {
    assert_eq!(
        table(&[&[Cell::Number(-3), Cell::Money(-1250), Cell::Money(-5), Cell::Money(0)]]),
        "-3,-12.50,-0.05,0.00\r\n"
    );
    assert_eq!(
        table(&[&[Cell::Money(i64::MIN), Cell::Number(i64::MIN)]]),
        "-92233720368547758.08,-9223372036854775808\r\n"
    );
    assert_eq!(
        table(&[&[Cell::money_or_empty(None), Cell::number_or_empty(Some(4)), Cell::text_or_empty(None)]]),
        ",4,\r\n"
    );
}

#[test]
fn bom_and_line_ends() {
    let mut w = CsvWriter::with_bom();
    w.record(&[Cell::Text("ü")]);
    w.record(&[]);
    assert_eq!(w.records(), 2);
    assert_eq!(w.finish(), "\u{FEFF}ü\r\n\r\n");
    let mut w = CsvWriter::new().line_end(LineEnd::Lf);
    w.record(&[Cell::Text("a"), Cell::Text("b\nc")]);
    assert_eq!(w.finish(), "a,\"b\nc\"\n");
}

#[test]
fn undefuse_reverses_the_prefix_only() {
    for (field, text) in [("'=1", "=1"), ("''=1", "'=1"), ("'abc", "'abc"), ("'", "'"), ("-1", "-1"), ("'\t", "\t")] {
        assert_eq!(undefuse(field), text, "{field:?}");
    }
}

#[test]
fn the_reader_reads_what_the_writer_wrote() {
    let text = table(&[&[Cell::Text("a,b"), Cell::Text("=x")], &[Cell::Text("q\"\r\n"), Cell::Money(-1)]]);
    let read = parse(&text, LineEnd::CrLf).expect("well-formed");
    assert_eq!(read, vec![vec!["a,b", "'=x"], vec!["q\"\r\n", "-0.01"]]);
    assert_eq!(parse("a\"b\r\n", LineEnd::CrLf), None);
    assert_eq!(parse("\"a\"b\r\n", LineEnd::CrLf), None);
    assert_eq!(parse("a,b", LineEnd::CrLf), None);
    assert_eq!(parse("a\nb\r\n", LineEnd::CrLf), None);
}
