//! Proxy list exports: the line formats proxy tools import, and CSV.

use crate::{
    logic::csv::{Cell, CsvWriter, LineEnd},
    models::{string_enum, Proxy},
};

string_enum! {
    /// The formats the proxies table can export, in menu order, by a stable key for a
    /// `<select>` value.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum ExportFormat {
        /// `ip:port:user:pass`
        IpPortUserPass = "ip-port-user-pass",
        /// `user:pass@ip:port`
        UserPassAtIpPort = "user-pass-at-ip-port",
        /// `http://user:pass@ip:port`
        HttpUrl = "http",
        /// `socks5://user:pass@ip:socks_port`
        Socks5Url = "socks5",
        /// CSV with a header row.
        Csv = "csv",
    }
}

impl ExportFormat {
    /// Menu label.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::IpPortUserPass => "ip:port:user:pass",
            ExportFormat::UserPassAtIpPort => "user:pass@ip:port",
            ExportFormat::HttpUrl => "http://user:pass@ip:port",
            ExportFormat::Socks5Url => "socks5://user:pass@ip:port",
            ExportFormat::Csv => "CSV",
        }
    }

    /// File name suffix for downloads.
    pub fn extension(self) -> &'static str {
        if self == ExportFormat::Csv {
            "csv"
        } else {
            "txt"
        }
    }
}

/// The CSV export's header row.
const CSV_HEADER: [&str; 8] = ["ip", "http_port", "socks_port", "username", "password", "until", "status", "signature"];

/// Renders the proxies in a format, one line per proxy, ending with a newline.
pub fn export(proxies: &[Proxy], format: ExportFormat) -> String {
    if format == ExportFormat::Csv {
        return export_csv(proxies);
    }
    let mut out = String::new();
    for p in proxies {
        let http = p.http_port.map(|x| x.to_string()).unwrap_or_default();
        let socks = p.socks_port.map(|x| x.to_string()).unwrap_or_default();
        let line = match format {
            ExportFormat::IpPortUserPass => format!("{}:{http}:{}:{}", p.ip, p.username, p.password),
            ExportFormat::UserPassAtIpPort => format!("{}:{}@{}:{http}", p.username, p.password, p.ip),
            ExportFormat::HttpUrl => format!("http://{}:{}@{}:{http}", p.username, p.password, p.ip),
            ExportFormat::Socks5Url => format!("socks5://{}:{}@{}:{socks}", p.username, p.password, p.ip),
            // Handled above; kept here so that the match stays exhaustive without a panic.
            ExportFormat::Csv => return export_csv(proxies),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The proxies as CSV through the app's one writer (`logic::csv`): LF line ends and no byte
/// order mark, as this file has always been written, since proxy tools read it.
fn export_csv(proxies: &[Proxy]) -> String {
    let mut csv = CsvWriter::new().line_end(LineEnd::Lf);
    csv.record(&CSV_HEADER.map(Cell::Text));
    for p in proxies {
        csv.record(&[
            Cell::Text(&p.ip),
            Cell::number_or_empty(p.http_port.map(i64::from)),
            Cell::number_or_empty(p.socks_port.map(i64::from)),
            Cell::Text(&p.username),
            Cell::Text(&p.password),
            Cell::text_or_empty(p.until.as_deref()),
            Cell::text_or_empty(p.status.as_deref()),
            Cell::text_or_empty(p.signature.as_deref()),
        ]);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxy() -> Proxy {
        Proxy {
            ip: "45.1.2.3".into(),
            username: "u1".into(),
            password: "p,w\"1".into(),
            http_port: Some(8001),
            socks_port: Some(9001),
            until: Some("2026-12-01T00:00:00Z".into()),
            status: Some("active".into()),
            signature: None,
        }
    }

    #[test]
    fn line_formats() {
        let p = [proxy()];
        assert_eq!(export(&p, ExportFormat::IpPortUserPass), "45.1.2.3:8001:u1:p,w\"1\n");
        assert_eq!(export(&p, ExportFormat::UserPassAtIpPort), "u1:p,w\"1@45.1.2.3:8001\n");
        assert_eq!(export(&p, ExportFormat::HttpUrl), "http://u1:p,w\"1@45.1.2.3:8001\n");
        assert_eq!(export(&p, ExportFormat::Socks5Url), "socks5://u1:p,w\"1@45.1.2.3:9001\n");
    }

    #[test]
    fn csv_quotes_and_defuses() {
        let mut p = proxy();
        p.username = "=cmd()".into();
        p.signature = Some("win11".into());
        let csv = export(&[p], ExportFormat::Csv);
        assert_eq!(
            csv,
            "ip,http_port,socks_port,username,password,until,status,signature\n45.1.2.3,8001,9001,'=cmd(),\"p,w\"\"1\",2026-12-01T00:00:00Z,active,win11\n"
        );
    }

    #[test]
    fn csv_defuses_tab_and_carriage_return_prefixes() {
        let mut p = proxy();
        p.username = "\t=1+1".into();
        p.password = "\r@SUM(A1)".into();
        let csv = export(&[p], ExportFormat::Csv);
        let row = csv.lines().nth(1).unwrap_or_default().to_string();
        assert!(row.contains(",'\t=1+1,"), "{row:?}");
        assert!(csv.contains("\"'\r@SUM(A1)\""), "{csv:?}");
    }

    #[test]
    fn keys_round_trip() {
        for f in ExportFormat::ALL {
            assert_eq!(ExportFormat::parse(f.as_str()), Some(f));
        }
    }
}
