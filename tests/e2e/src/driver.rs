//! ChromeDriver: one process per test on a loopback port of its own choosing, killed on
//! drop.
//!
//! ChromeDriver picks the port itself (`--port=0`) and says which on its output. Picking a
//! free port here and handing it over would race: between the two, another test's sandbox
//! can take the port, and the session request then reaches that sandbox instead.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

/// A running ChromeDriver.
pub struct Driver {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

/// The port in ChromeDriver's "… started successfully on port 12345." line.
fn port_in(line: &str) -> Option<u16> {
    let rest = line.split("started successfully on port ").nth(1)?;
    rest.trim().trim_end_matches('.').parse().ok()
}

impl Driver {
    /// Starts `$CHROMEDRIVER` (default `/usr/bin/chromedriver`) and waits until it says
    /// where it listens.
    pub fn start() -> Driver {
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let mut child = Command::new(&binary)
            .arg("--port=0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (scripts/setup installs it)"));
        let stdout = child.stdout.take().expect("piped stdout");
        let (found, port) = mpsc::channel();
        // Reads the port, then keeps draining the output so ChromeDriver never blocks on it.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(p) = port_in(&line) {
                    let _ = found.send(p);
                }
            }
        });
        let port = port
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("{binary} did not say which port it listens on within 20 s"));
        Driver { child, url: format!("http://127.0.0.1:{port}") }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::port_in;

    #[test]
    fn reads_the_port_chromedriver_announces() {
        assert_eq!(port_in("ChromeDriver was started successfully on port 35457."), Some(35457));
        assert_eq!(port_in("Starting ChromeDriver 156.0 on port 0"), None);
        assert_eq!(port_in("Only local connections are allowed."), None);
    }
}
