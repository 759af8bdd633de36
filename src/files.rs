//! Reading folders and files kinerja did not write, by one rule everywhere:
//! the content folder, `static/`, theme folders, spreadsheets to import and
//! the folders `serve` watches.
//!
//! - Only regular files are read. A named pipe, a device or a socket is
//!   refused before it is opened for reading (opening a pipe waits for a
//!   writer forever; a device can be read forever).
//! - The size is checked before reading and the read is bounded, so a
//!   sparse multi-gigabyte file, or one that grows while it is read, never
//!   fills memory.
//! - Hidden files and folders (`.git`, `.DS_Store`) are left out.
//! - A symbolic link is followed only to a file inside the folder being
//!   read; a link out of it, to a folder, or to nothing is reported, so a
//!   build never reads or publishes files from elsewhere.

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not a regular file.
    #[error("this is a {0}, not a regular file")]
    NotRegular(&'static str),
    /// Larger than the limit.
    #[error("the file is too large ({} MiB; at most {} MiB)", mib(*.size), mib(*.limit))]
    TooLarge {
        /// Its size in bytes (at least this much).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The system refused.
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
}

fn mib(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

/// What kind of thing a file type is, in words.
pub fn kind_of(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return "named pipe (FIFO)";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
    }
    if t.is_dir() {
        "folder"
    } else if t.is_symlink() {
        "symbolic link"
    } else if t.is_file() {
        "file"
    } else {
        "special file"
    }
}

/// Opens `path` for reading without waiting: a pipe with no writer would
/// otherwise block the open itself.
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    options.open(path)
}

/// The bytes of the regular file at `path` (a link is followed), if it is
/// at most `limit` bytes long.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    check_regular(path, limit)?;
    let file = open(path)?;
    // The file opened may not be the one looked at: look again.
    let size = regular(&file.metadata()?, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The size of the regular file at `path`, checked against `limit`
/// without reading it.
pub fn check_regular(path: &Path, limit: u64) -> Result<u64, ReadError> {
    regular(&std::fs::metadata(path)?, limit)
}

/// The size of a regular file with metadata `meta`, checked against `limit`.
fn regular(meta: &std::fs::Metadata, limit: u64) -> Result<u64, ReadError> {
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind_of(meta.file_type())));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    Ok(meta.len())
}

/// One entry of a folder read by [`walk`].
#[derive(Debug)]
pub enum Walked {
    /// A regular file (or a link to one inside the folder): read `path`.
    File {
        /// Path relative to the folder walked.
        rel: PathBuf,
        /// Where to read it.
        path: PathBuf,
    },
    /// Something that is not read, and why.
    Refused {
        /// Path relative to the folder walked.
        rel: PathBuf,
        /// What is wrong, in words.
        message: String,
        /// What to do about it.
        help: String,
        /// Whether the build must stop (a link to a folder inside is only
        /// not followed).
        error: bool,
    },
}

/// The files of the folder `root`, in name order, by the rule of this
/// module. The root itself may be a link.
/// `name` says which folder it is in messages ("content folder").
pub fn walk(root: &Path, name: &'static str) -> impl Iterator<Item = Walked> {
    let canonical_root = root.canonicalize().ok();
    walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(move |entry| classify(root, name, canonical_root.as_deref(), entry))
}

fn classify(
    root: &Path,
    name: &'static str,
    canonical_root: Option<&Path>,
    entry: walkdir::Result<walkdir::DirEntry>,
) -> Option<Walked> {
    let refused = |rel: PathBuf, message: String, help: String, error: bool| {
        Some(Walked::Refused {
            rel,
            message,
            help,
            error,
        })
    };
    let entry = match entry {
        Ok(e) => e,
        Err(err) => {
            let rel = err
                .path()
                .and_then(|p| p.strip_prefix(root).ok())
                .map_or_else(PathBuf::new, Path::to_path_buf);
            return refused(
                rel,
                format!("cannot read: {err}"),
                "check that the folder can be read".into(),
                true,
            );
        }
    };
    if entry.depth() == 0 {
        return None;
    }
    let rel = entry.path().strip_prefix(root).ok()?.to_path_buf();
    let t = entry.file_type();
    if t.is_dir() {
        return None;
    }
    if t.is_file() {
        return Some(Walked::File {
            rel,
            path: entry.path().to_path_buf(),
        });
    }
    if !t.is_symlink() {
        return refused(
            rel,
            format!("this is a {}, not a regular file", kind_of(t)),
            "only regular files are read; remove it from the folder".into(),
            true,
        );
    }
    let Ok(target) = entry.path().canonicalize() else {
        return refused(
            rel,
            "symbolic link leads nowhere".into(),
            "remove the broken link".into(),
            true,
        );
    };
    if !canonical_root.is_some_and(|r| target.starts_with(r)) {
        return refused(
            rel,
            format!(
                "symbolic link leads outside the {name} (to `{}`)",
                target.display()
            ),
            format!(
                "copy the file into the {name}; links out of it are refused so a build never reads or publishes other files"
            ),
            true,
        );
    }
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => refused(
            rel,
            "symbolic link to a folder is not followed".into(),
            format!("move the files into the {name} instead of linking them"),
            false,
        ),
        Ok(m) if m.is_file() => Some(Walked::File { rel, path: target }),
        Ok(m) => refused(
            rel,
            format!(
                "symbolic link leads to a {}, not a regular file",
                kind_of(m.file_type())
            ),
            "only regular files are read; remove the link".into(),
            true,
        ),
        Err(_) => refused(
            rel,
            "symbolic link leads nowhere".into(),
            "remove the broken link".into(),
            true,
        ),
    }
}
