//! The `kinerja` command; see [`kinerja::cli`].

fn main() -> std::process::ExitCode {
    kinerja::cli::main()
}
