//! The `kinerja` command; see [`kinerja::cli`].

/// mimalloc instead of the system allocator: rendering makes and drops
/// millions of small strings, and glibc's allocator both spent an eighth of a
/// build's time on it and kept freed memory mapped (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    kinerja::cli::main()
}
