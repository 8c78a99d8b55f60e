//! A virtual X display (Xvfb) for a browser without a headless mode (WebKitGTK's
//! MiniBrowser), one per test, killed on drop.

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::Duration,
};

/// A running Xvfb.
pub struct Display {
    child: Child,
    /// The value for `DISPLAY`, e.g. `:3`.
    pub name: String,
}

impl Display {
    /// Starts Xvfb on a display number of its own choosing and waits until it is ready:
    /// with `-displayfd` it writes the number once clients can connect, so there is neither
    /// a race for a free number nor a guess at how long starting takes.
    pub fn start() -> Display {
        let binary = "/usr/bin/Xvfb";
        let mut child = Command::new(binary)
            .args(["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (Debian's xvfb; scripts/setup installs it)"));
        let stdout = child.stdout.take().expect("piped stdout");
        let (found, number) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = found.send(line.trim().to_string());
        });
        let number = number.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
        assert!(
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
            "{binary} did not say which display it serves within 20 s (said {number:?})"
        );
        Display { child, name: format!(":{number}") }
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
