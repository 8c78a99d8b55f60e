//! The app's one CSV writer (RFC 4180), for every table a person downloads.
//!
//! - A field holding a comma, a double quote, CR or LF is put in double quotes, and its
//!   quotes are doubled. Nothing else is quoted.
//! - Records end with CRLF, as RFC 4180 says ([`LineEnd::CrLf`]); the proxies export keeps
//!   the LF it has always had ([`LineEnd::Lf`]), since proxy tools and scripts read it.
//! - The text is UTF-8. [`CsvWriter::with_bom`] starts it with a byte order mark: Excel on
//!   Windows reads a CSV without one in the machine's legacy code page, which garbles every
//!   non-ASCII letter (Cyrillic and Chinese headers, `São Paulo`, emoji in tags), while
//!   LibreOffice, Google Sheets, Numbers and Python's `utf-8-sig` all accept the mark. So
//!   tables for spreadsheets (the orders export) carry one; files for tools do not.
//! - Cells are typed ([`Cell`]). Text from outside (the API, the customer) may start with a
//!   character a spreadsheet runs as a formula (`=`, `+`, `-`, `@`, tab, CR): such text is
//!   defused as OWASP advises, with a leading `'`, then quoted as needed. Numbers and money
//!   that we write ourselves are written as they are, so `-12.50` stays a number.
//!
//! The defusing is reversible: text that already starts with apostrophes followed by a
//! formula character (`'=1`) also gets one more `'`, so a reader removes exactly one `'`
//! from any field whose text after its leading apostrophes starts with a formula character
//! ([`undefuse`]).

/// The characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text from outside (the API, the customer, a translation): defused when it would start
    /// a formula, then quoted as needed.
    Text(&'a str),
    /// A whole number we computed, written as digits (`-3` stays `-3`).
    Number(i64),
    /// An amount in cents, written as a decimal number with two places and a dot:
    /// `1250` → `12.50`, `-5` → `-0.05`. No currency sign: the header names the currency.
    Money(i64),
    /// Nothing: an empty field.
    Empty,
}

impl<'a> Cell<'a> {
    /// [`Cell::Number`], or [`Cell::Empty`] when there is no number.
    pub fn number_or_empty(n: Option<i64>) -> Cell<'a> {
        n.map_or(Cell::Empty, Cell::Number)
    }

    /// [`Cell::Money`], or [`Cell::Empty`] when the amount is unknown.
    pub fn money_or_empty(cents: Option<i64>) -> Cell<'a> {
        cents.map_or(Cell::Empty, Cell::Money)
    }

    /// [`Cell::Text`], or [`Cell::Empty`] when there is no text.
    pub fn text_or_empty(text: Option<&'a str>) -> Cell<'a> {
        text.map_or(Cell::Empty, Cell::Text)
    }
}

/// How records end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineEnd {
    /// `\r\n`, as RFC 4180 says: the default.
    #[default]
    CrLf,
    /// `\n`: only for files that have always been written so (the proxies export).
    Lf,
}

impl LineEnd {
    fn as_str(self) -> &'static str {
        match self {
            LineEnd::CrLf => "\r\n",
            LineEnd::Lf => "\n",
        }
    }
}

/// Writes records into a `String`, one [`CsvWriter::record`] call per line of the table.
#[derive(Clone, Debug, Default)]
pub struct CsvWriter {
    out: String,
    line_end: LineEnd,
    records: usize,
}

impl CsvWriter {
    /// An empty table, records ending in CRLF, no byte order mark.
    pub fn new() -> CsvWriter {
        CsvWriter::default()
    }

    /// An empty table that starts with a UTF-8 byte order mark (`U+FEFF`), for files opened
    /// in a spreadsheet (see the module's notes on Excel).
    pub fn with_bom() -> CsvWriter {
        CsvWriter { out: "\u{FEFF}".to_string(), ..CsvWriter::default() }
    }

    /// The same writer with records ending in `line_end`.
    pub fn line_end(mut self, line_end: LineEnd) -> CsvWriter {
        self.line_end = line_end;
        self
    }

    /// Appends one record. An empty slice writes an empty line, which readers take as one
    /// empty field.
    pub fn record(&mut self, cells: &[Cell<'_>]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_cell(&mut self.out, *cell);
        }
        self.out.push_str(self.line_end.as_str());
        self.records += 1;
    }

    /// How many records have been written.
    pub fn records(&self) -> usize {
        self.records
    }

    /// The finished text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends one encoded field to `out`.
pub fn push_cell(out: &mut String, cell: Cell<'_>) {
    match cell {
        Cell::Text(text) => push_text(out, text),
        Cell::Number(n) => out.push_str(&n.to_string()),
        Cell::Money(cents) => push_money(out, cents),
        Cell::Empty => {}
    }
}

/// Whether text would start a formula: after any leading apostrophes, it starts with one of
/// [`FORMULA_STARTS`]. Counting the apostrophes in is what makes [`undefuse`] exact.
fn needs_defusing(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

fn push_text(out: &mut String, text: &str) {
    let prefix = if needs_defusing(text) { "'" } else { "" };
    if text.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(prefix);
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(prefix);
        out.push_str(text);
    }
}

fn push_money(out: &mut String, cents: i64) {
    if cents < 0 {
        out.push('-');
    }
    let abs = cents.unsigned_abs();
    out.push_str(&format!("{}.{:02}", abs / 100, abs % 100));
}

/// Undoes the defusing of one read field: the text [`Cell::Text`] was given. For readers
/// and tests; the app itself never reads CSV.
pub fn undefuse(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if needs_defusing(rest) => rest,
        _ => field,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
/// Host tests, and the RFC 4180 reader other modules' tests use.
#[cfg(test)]
pub(crate) mod tests;
