//! Fingerprints: 128-bit XXH3 hashes of bytes and of serialisable values.
//!
//! The build manifest records, for every file of the site, a fingerprint of
//! its bytes and of its *recipe* (everything its bytes are made from), so a
//! rebuild can keep a file without making it again or reading the old copy.
//! XXH3 is not cryptographic: the manifest guards against stale output, not
//! against an attacker who can already write to the output folder.

use serde::Serialize;
use xxhash_rust::xxh3::Xxh3;

/// A fingerprint being computed; feed it with [`std::io::Write`],
/// [`std::fmt::Write`] or [`Fingerprinter::add`].
#[derive(Clone, Default)]
pub struct Fingerprinter(Xxh3);

impl Fingerprinter {
    /// An empty fingerprint.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds bytes, delimited so that `add("ab"); add("c")` and
    /// `add("a"); add("bc")` differ.
    pub fn add(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds a value as its JSON serialisation.
    pub fn add_json<T: Serialize + ?Sized>(&mut self, value: &T) -> &mut Self {
        // Writing into the hasher cannot fail; a value that cannot be
        // serialised leaves a mark so it never matches a value that can.
        if serde_json::to_writer(&mut *self, value).is_err() {
            self.add(b"\0unserialisable");
        }
        self.add(b"")
    }

    /// The fingerprint.
    pub fn finish(&self) -> u128 {
        self.0.digest128()
    }
}

impl std::io::Write for Fingerprinter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl std::fmt::Write for Fingerprinter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// The fingerprint of this program: its version and its executable's size
/// and modification time, so a new build of kinerja never reuses the output
/// of an older one.
pub fn program() -> u128 {
    let mut f = Fingerprinter::new();
    f.add(env!("CARGO_PKG_VERSION").as_bytes());
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        let modified = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
            .unwrap_or_default();
        f.add(&meta.len().to_le_bytes())
            .add(&modified.as_nanos().to_le_bytes());
    }
    f.finish()
}

/// The fingerprint of every file under `dir` as the loader walks it (paths
/// and bytes; [`crate::files::walk`]), or `None` if one could not be read.
pub fn of_tree(dir: &std::path::Path) -> Option<u128> {
    let mut f = Fingerprinter::new();
    if !dir.exists() {
        return Some(f.add(b"\0missing").finish());
    }
    for walked in crate::files::walk(dir, "folder") {
        // Anything the build would refuse: the build must run to say so.
        let crate::files::Walked::File { rel, path } = walked else {
            return None;
        };
        f.add(rel.to_string_lossy().as_bytes())
            .add(path.to_string_lossy().as_bytes());
        f.add(&crate::files::read_regular(&path, crate::load::MAX_STATIC_BYTES).ok()?);
    }
    Some(f.finish())
}

/// The fingerprint of `bytes`.
pub fn of_bytes(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_delimited_and_values_distinguished() {
        let ab_c = Fingerprinter::new().add(b"ab").add(b"c").finish();
        let a_bc = Fingerprinter::new().add(b"a").add(b"bc").finish();
        assert_ne!(ab_c, a_bc);
        let one = Fingerprinter::new().add_json(&(1, "x")).finish();
        assert_eq!(one, Fingerprinter::new().add_json(&(1, "x")).finish());
        assert_ne!(one, Fingerprinter::new().add_json(&(2, "x")).finish());
        assert_eq!(of_bytes(b"abc"), of_bytes(b"abc"));
    }
}
