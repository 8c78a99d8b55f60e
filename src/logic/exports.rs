//! Proxy list exports: the line formats proxy tools import, and CSV.

use crate::models::{string_enum, Proxy};

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

/// Renders the proxies in a format, one line per proxy, ending with a newline.
pub fn export(proxies: &[Proxy], format: ExportFormat) -> String {
    let mut out = String::new();
    if format == ExportFormat::Csv {
        out.push_str("ip,http_port,socks_port,username,password,until,status,signature\n");
    }
    for p in proxies {
        let http = p.http_port.map(|x| x.to_string()).unwrap_or_default();
        let socks = p.socks_port.map(|x| x.to_string()).unwrap_or_default();
        let line = match format {
            ExportFormat::IpPortUserPass => format!("{}:{http}:{}:{}", p.ip, p.username, p.password),
            ExportFormat::UserPassAtIpPort => format!("{}:{}@{}:{http}", p.username, p.password, p.ip),
            ExportFormat::HttpUrl => format!("http://{}:{}@{}:{http}", p.username, p.password, p.ip),
            ExportFormat::Socks5Url => format!("socks5://{}:{}@{}:{socks}", p.username, p.password, p.ip),
            ExportFormat::Csv => [
                p.ip.as_str(),
                &http,
                &socks,
                &p.username,
                &p.password,
                p.until.as_deref().unwrap_or(""),
                p.status.as_deref().unwrap_or(""),
                p.signature.as_deref().unwrap_or(""),
            ]
            .map(csv_field)
            .join(","),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Quotes a CSV field when needed, and defuses spreadsheet formulas.
fn csv_field(s: &str) -> String {
    // A leading tab or carriage return also starts a formula in some spreadsheets (OWASP).
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
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
