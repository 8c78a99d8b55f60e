//! A WebDriver server (ChromeDriver, geckodriver or WebKitWebDriver): one process per test
//! on a loopback port of its own choosing, killed on drop.
//!
//! The server is started on port 0, so the system gives it a free port, and the harness
//! reads which one from the kernel's table of listening sockets (`/proc`), waiting until
//! the process listens. Picking a free port here and handing it over would race: between
//! the two, another test's sandbox can take the port, and the session request then reaches
//! that sandbox instead. (Not every server says its port: WebKitWebDriver prints nothing.)

use crate::{display::Display, engine::Engine};
use std::{
    collections::HashSet,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// How long a WebDriver server may take to listen.
const START: Duration = Duration::from_secs(20);
/// How many times a server that exits before listening is started.
const ATTEMPTS: u32 = 3;

/// A running WebDriver server.
pub struct Driver {
    child: Child,
    /// The virtual display of a browser that needs one; dropped (killed) after the server.
    _display: Option<Display>,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

impl Driver {
    /// Starts the WebDriver server of `engine` and waits until it listens; panics with a
    /// clear message when the server or its browser is not installed. A server that exits
    /// before listening is started again, up to [`ATTEMPTS`] times in all: ChromeDriver
    /// on port 0 now and then exits with status 1 at start on a busy machine.
    pub fn start(engine: Engine) -> Driver {
        let mut attempt = 1;
        loop {
            match Driver::try_start(engine) {
                Ok(driver) => return driver,
                Err(exited) if attempt < ATTEMPTS => {
                    eprintln!("{exited}; starting it again");
                    attempt += 1;
                }
                Err(exited) => panic!("{exited}, {ATTEMPTS} times"),
            }
        }
    }

    /// One start: the server, or why it exited before listening.
    fn try_start(engine: Engine) -> Result<Driver, String> {
        let (binary, args) = engine.driver_command();
        let display = engine.needs_display().then(Display::start);
        let mut command = Command::new(&binary);
        command.args(&args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        if let Some(display) = &display {
            // No accessibility bus in a test: GTK would wait for one on D-Bus.
            command.env("DISPLAY", &display.name).env("NO_AT_BRIDGE", "1");
        }
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e} (scripts/setup installs it)", binary.display()));
        let deadline = Instant::now() + START;
        let port = loop {
            if let Some(port) = listening_port(child.id()) {
                break port;
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("{} ({}) exited before listening: {status}", binary.display(), engine.name()));
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{} ({}) did not listen on a port within {START:?}", binary.display(), engine.name());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        Ok(Driver { child, _display: display, url: format!("http://127.0.0.1:{port}") })
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port of an IPv4 TCP socket that process `pid` listens on, if any yet.
fn listening_port(pid: u32) -> Option<u16> {
    listening_ports(pid).into_iter().next()
}

/// The ports of the IPv4 TCP sockets that process `pid` listens on: the harness connects to
/// 127.0.0.1. ChromeDriver opens its `::1` socket first and its 127.0.0.1 one on the same
/// port after it (their inodes' order); a port read from the IPv6 table could be connected
/// to before the IPv4 socket listened, which a loaded machine once showed (2026-12-07:
/// "webdriver server did not respond … (Connect)").
fn listening_ports(pid: u32) -> Vec<u16> {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else { return Vec::new() };
    let sockets: HashSet<String> = fds
        .filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target.to_string_lossy();
            Some(target.strip_prefix("socket:[")?.strip_suffix(']')?.to_string())
        })
        .collect();
    std::fs::read_to_string(format!("/proc/{pid}/net/tcp"))
        .map(|text| listening_in(&text, &sockets))
        .unwrap_or_default()
}

/// In a `/proc/net/tcp` table, the local ports of the listening sockets (state `0A`) whose
/// inode is one of `sockets`.
fn listening_in(table: &str, sockets: &HashSet<String>) -> Vec<u16> {
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (local, state, inode) = (fields.get(1)?, fields.get(3)?, fields.get(9)?);
            if *state != "0A" || !sockets.contains(*inode) {
                return None;
            }
            u16::from_str_radix(local.rsplit(':').next()?, 16).ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{listening_in, listening_ports};
    use std::collections::HashSet;

    #[test]
    fn reads_the_port_of_a_listening_socket_from_the_table() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   \
            0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 111 1 0 100 0 0 10 0\n   \
            1: 0100007F:97F7 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 222 1 0 100 0 0 10 0\n   \
            2: 0100007F:9000 0100007F:97F7 01 00000000:00000000 00:00000000 00000000     0        0 333 1 0 100 0 0 10 0\n";
        let ours = |inodes: &[&str]| inodes.iter().map(|s| s.to_string()).collect::<HashSet<_>>();
        assert_eq!(listening_in(table, &ours(&["222"])), vec![0x97F7]);
        assert_eq!(listening_in(table, &ours(&["333"])), Vec::<u16>::new(), "connected, not listening");
        assert_eq!(listening_in(table, &ours(&["444"])), Vec::<u16>::new(), "another process's socket");
    }

    #[test]
    fn finds_the_port_this_process_listens_on() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("address").port();
        assert!(listening_ports(std::process::id()).contains(&port));
    }
}
