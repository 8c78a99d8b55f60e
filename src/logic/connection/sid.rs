//! Session ids of sticky strings: 12 characters of `[a-z0-9]`, one per string.
//!
//! The randomness comes from the caller (in the browser, `crypto.getRandomValues`), so this
//! stays pure and testable. Bytes map to the 36 characters without bias by rejection: a byte
//! below 252 (= 7 × 36) gives `byte % 36`, a byte of 252..=255 is thrown away.

/// Characters of a sid.
pub const SID_ALPHABET: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
/// Length of a sid.
pub const SID_LEN: usize = 12;
/// Bytes at or above this are rejected (the largest multiple of 36 that fits a byte).
const REJECT_FROM: u8 = 252;
/// Consecutive rejected bytes after which the randomness is taken as broken: for a working
/// source that happens with probability (4/256)^256, i.e. never.
const GIVE_UP_AFTER: u32 = 256;

/// A session id: [`SID_LEN`] characters of [`SID_ALPHABET`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sid([u8; SID_LEN]);

impl Sid {
    /// The sid as text.
    pub fn as_str(&self) -> &str {
        // Always ASCII by construction.
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// Reads a sid: exactly [`SID_LEN`] characters of `[a-z0-9]`.
    pub fn parse(s: &str) -> Option<Sid> {
        let bytes: [u8; SID_LEN] = s.as_bytes().try_into().ok()?;
        bytes.iter().all(|b| SID_ALPHABET.contains(b)).then_some(Sid(bytes))
    }
}

/// The randomness gave only rejected bytes for far too long (a broken or stubbed source).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrokenRandomness;

/// Makes sids from a source of random bytes, asking it for a buffer at a time.
pub struct SidSource<R> {
    random: R,
    buf: [u8; 64],
    pos: usize,
}

impl<R: FnMut(&mut [u8])> SidSource<R> {
    /// `random` fills the buffer it is given with random bytes (in the browser:
    /// `crypto.getRandomValues`).
    pub fn new(random: R) -> Self {
        let buf = [0; 64];
        SidSource { random, pos: buf.len(), buf }
    }

    fn byte(&mut self) -> u8 {
        if self.pos == self.buf.len() {
            (self.random)(&mut self.buf);
            self.pos = 0;
        }
        self.pos += 1;
        self.buf[self.pos - 1]
    }

    /// The next sid, or [`BrokenRandomness`] when the source never yields a usable byte.
    pub fn next_sid(&mut self) -> Result<Sid, BrokenRandomness> {
        let mut sid = [0u8; SID_LEN];
        for slot in &mut sid {
            let mut rejected = 0;
            let byte = loop {
                let b = self.byte();
                if b < REJECT_FROM {
                    break b;
                }
                rejected += 1;
                if rejected >= GIVE_UP_AFTER {
                    return Err(BrokenRandomness);
                }
            };
            *slot = SID_ALPHABET[usize::from(byte % 36)];
        }
        Ok(Sid(sid))
    }
}
