#![no_main]

#[path = "../harness.rs"]
mod harness;

use std::sync::LazyLock;

static BASE: LazyLock<harness::Base> = LazyLock::new(|| {
    harness::Base::read(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/base"))
});

libfuzzer_sys::fuzz_target!(|data: &[u8]| BASE.import(data));
