//! What a first visit downloads: the built app's wasm, JavaScript and CSS, raw, as
//! `gzip -9` and as `brotli -q 11` (the system commands, as scripts/compress uses).

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

/// Sizes of one kind of file (all files of the kind added up).
#[derive(Clone, Debug, Default)]
pub struct Sizes {
    /// File names, relative to the build directory.
    pub files: Vec<String>,
    /// Bytes as built.
    pub raw: u64,
    /// Bytes after `gzip -9`.
    pub gzip: u64,
    /// Bytes after `brotli -q 11`.
    pub brotli: u64,
}

impl Sizes {
    fn add(&mut self, other: &Sizes) {
        self.files.extend(other.files.iter().cloned());
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

/// The app's bytes by kind.
#[derive(Clone, Debug)]
pub struct Bytes {
    pub wasm: Sizes,
    pub js: Sizes,
    pub css: Sizes,
    /// wasm + JS + CSS.
    pub total: Sizes,
    /// Whether the build carries precompressed `.br` siblings (scripts/compress).
    pub precompressed: bool,
}

fn compressed_len(cmd: &str, args: &[&str], file: &Path) -> u64 {
    let out = Command::new(cmd)
        .args(args)
        .arg(file)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd} (scripts/setup installs it): {e}"));
    assert!(out.status.success(), "{cmd} {args:?} {} failed", file.display());
    out.stdout.len() as u64
}

fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    found.sort();
    found
}

fn sizes_of(dir: &Path, ext: &str) -> Sizes {
    let mut s = Sizes::default();
    for file in files_with(dir, ext) {
        s.files.push(file.file_name().unwrap_or_default().to_string_lossy().into_owned());
        s.raw += std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        s.gzip += compressed_len("gzip", &["-9", "-n", "-c"], &file);
        s.brotli += compressed_len("brotli", &["-q", "11", "-c"], &file);
    }
    s
}

/// Measures the build in `dist`.
pub fn measure(dist: &Path) -> Bytes {
    let wasm = sizes_of(dist, "wasm");
    assert!(!wasm.files.is_empty(), "no .wasm in {}", dist.display());
    let js = sizes_of(dist, "js");
    let css = sizes_of(dist, "css");
    let mut total = Sizes::default();
    for s in [&wasm, &js, &css] {
        total.add(s);
    }
    let precompressed = wasm.files.iter().all(|f| dist.join(format!("{f}.br")).is_file());
    Bytes { wasm, js, css, total, precompressed }
}
