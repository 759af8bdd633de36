//! A JSON snapshot of each page kind's view model, built from the base
//! fixture: what templates receive, beside the HTML snapshots of
//! `tests/build.rs`. A change in what a page says shows here first, in
//! data, before it shows in markup.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use kinerja::render::i18n::Labels;
use kinerja::render::paths::YearOrder;
use kinerja::render::view::Ctx;

fn site() -> kinerja::model::Site {
    let checked = kinerja::pipeline::check_content(&common::root().join("tests/fixtures/base"))
        .expect("content folder");
    assert_eq!(checked.diagnostics.error_count(), 0);
    checked.site.expect("site")
}

fn json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string_pretty(view).expect("view serialises")
}

#[test]
fn every_page_kind_has_its_view_model_snapshotted() {
    let site = site();
    let figures = kinerja::render::figures(&site);
    let lang = kinerja::lang::Lang::Id;
    let labels = Labels::for_site(lang, false);
    let ctx = Ctx {
        site: &site,
        figures: &figures,
        lang,
        t: &labels,
    };
    let year = *site.years().last().expect("a year");
    let unit = site
        .units
        .iter()
        .find(|u| u.id == "dinkes")
        .expect("dinkes");
    let agreement = site.agreement("dinkes", year).expect("agreement");
    insta::assert_snapshot!("home", json(&ctx.home()));
    insta::assert_snapshot!("units", json(&ctx.units()));
    insta::assert_snapshot!("unit", json(&ctx.unit_view(unit)));
    let page = ctx.unit_year(agreement).expect("view");
    insta::assert_snapshot!("unit_year", json(&page));
    // The annual report: what it adds to the unit-year page's view.
    let report = ctx.annual_report(agreement, &page).expect("report");
    let mut own = serde_json::to_value(&report).expect("report serialises");
    let shared = serde_json::to_value(&page).expect("view serialises");
    for key in shared.as_object().expect("object").keys() {
        own.as_object_mut().expect("object").remove(key);
    }
    insta::assert_snapshot!("annual_report", json(&own));
    insta::assert_snapshot!(
        "indicator",
        json(&ctx.indicator_view(unit, "S1", "IK1").expect("view"))
    );
    for order in YearOrder::ALL {
        let name = format!("year_{}", order.folder().unwrap_or("organisation"));
        insta::assert_snapshot!(name, json(&ctx.year(year, order)));
    }
    insta::assert_snapshot!("tree", json(&ctx.tree(year)));
    insta::assert_snapshot!("methodology", json(&ctx.methodology()));
}
