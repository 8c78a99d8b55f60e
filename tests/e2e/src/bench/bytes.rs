//! What the app is made of: the built app's wasm (the main module and the page chunks of
//! scripts/split), JavaScript and CSS, and the texts of the languages read at run time
//! (`locales/*.json`), raw, as `gzip -9` and as `brotli -q 11` (the system commands, as
//! scripts/compress uses), in all and file by file.

use std::{
    collections::BTreeMap,
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
    /// Of the wasm: the page chunks (every `.wasm` but the main `*_bg.wasm`).
    pub chunks: Sizes,
    pub js: Sizes,
    pub css: Sizes,
    /// The texts of the languages other than English, one file each (`locales/`).
    pub languages: Vec<Sizes>,
    /// wasm + JS + CSS + the largest language file: all a customer downloads at most (the
    /// service worker precaches every code file; a customer reads one language's texts).
    pub total: Sizes,
    /// Whether the build carries precompressed `.br` siblings (scripts/compress).
    pub precompressed: bool,
    /// Each wasm, JS and CSS file's size as brotli, by file name.
    pub brotli_by_file: BTreeMap<String, u64>,
}

impl Bytes {
    /// The brotli bytes of `files` (names as in the build directory), and the names of
    /// those that are not files of the build.
    pub fn brotli_of(&self, files: &[String]) -> (u64, Vec<String>) {
        let mut unknown = vec![];
        let sum = files
            .iter()
            .map(|f| {
                self.brotli_by_file.get(f).copied().unwrap_or_else(|| {
                    unknown.push(f.clone());
                    0
                })
            })
            .sum();
        (sum, unknown)
    }
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

fn sizes_of(dir: &Path, ext: &str, keep: impl Fn(&str) -> bool) -> Sizes {
    let mut s = Sizes::default();
    for file in files_with(dir, ext) {
        let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if !keep(&name) {
            continue;
        }
        s.files.push(name);
        s.raw += std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        s.gzip += compressed_len("gzip", &["-9", "-n", "-c"], &file);
        s.brotli += compressed_len("brotli", &["-q", "11", "-c"], &file);
    }
    s
}

fn brotli_by_file(dir: &Path) -> BTreeMap<String, u64> {
    ["wasm", "js", "css"]
        .iter()
        .flat_map(|ext| files_with(dir, ext))
        .map(|file| {
            let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
            (name, compressed_len("brotli", &["-q", "11", "-c"], &file))
        })
        .collect()
}

/// Measures the build in `dist`.
pub fn measure(dist: &Path) -> Bytes {
    let all = |_: &str| true;
    let wasm = sizes_of(dist, "wasm", all);
    assert!(!wasm.files.is_empty(), "no .wasm in {}", dist.display());
    let chunks = sizes_of(dist, "wasm", |name| !name.ends_with("_bg.wasm"));
    let js = sizes_of(dist, "js", all);
    let css = sizes_of(dist, "css", all);
    let locales = dist.join("locales");
    let languages: Vec<Sizes> = if locales.is_dir() {
        files_with(&locales, "json").iter().map(|f| sizes_of(&locales, "json", |name| f.ends_with(name))).collect()
    } else {
        vec![]
    };
    let mut total = Sizes::default();
    let largest = languages.iter().max_by_key(|s| s.brotli).cloned().unwrap_or_default();
    for s in [&wasm, &js, &css, &largest] {
        total.add(s);
    }
    let precompressed = wasm.files.iter().all(|f| dist.join(format!("{f}.br")).is_file());
    Bytes { wasm, chunks, js, css, languages, total, precompressed, brotli_by_file: brotli_by_file(dist) }
}
