//! Component tests: the Leptos views mounted directly in headless Chromium, without the
//! embedding runtime, driven through their signals.
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use alliance87_core::i18n::Lang;
use alliance87_widgets::{explorer::Explorer, Emitter, Settings};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: web_sys::HtmlElement,
    settings: Settings,
    events: Rc<RefCell<Vec<(String, serde_json::Value)>>>,
    _handle: Box<dyn std::any::Any>,
}

/// Mounts a widget's view in a fresh element of the test page, recording the events it sends.
fn mount_widget<V: IntoView + 'static>(
    lang: Lang,
    group: Option<&str>,
    src: Option<String>,
    widget: fn(Settings, Emitter) -> V,
) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let settings = Settings::new(lang, group.map(String::from), src);
    let events = Rc::new(RefCell::new(Vec::new()));
    let log = events.clone();
    // Recorded as serde_json values so tests can index into them and compare with `json!`.
    let emit = Emitter::new(move |name, detail| {
        log.borrow_mut()
            .push((name.to_string(), serde_json::from_str(&detail).unwrap()))
    });
    let handle = leptos::mount::mount_to(root.clone(), move || widget(settings, emit));
    Mounted {
        root,
        settings,
        events,
        _handle: Box::new(handle),
    }
}

fn mount_explorer(lang: Lang, group: Option<&str>) -> Mounted {
    mount_widget(lang, group, None, |settings, emit| view! { <Explorer settings emit /> })
}

/// Lets effects and the render that follows them run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn set_fragment(fragment: &str) {
    let window = web_sys::window().unwrap();
    let url = format!("{}{}", window.location().pathname().unwrap(), fragment);
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

#[wasm_bindgen_test]
async fn lists_the_groups_and_announces_ready() {
    let m = mount_explorer(Lang::En, None);
    settle().await;
    assert_eq!(
        texts(&m.root, ".card-open"),
        [
            "Supply Chains",
            "Migration",
            "Rule of Law and Governance",
            "Conflict and Humanitarian Settings"
        ]
    );
    let events = m.events.borrow();
    assert_eq!(events[0].0, "alliance87:ready");
    assert_eq!(events[0].1["contentVersion"], 1);
}

#[wasm_bindgen_test]
async fn follows_the_language_signal_in_place() {
    let m = mount_explorer(Lang::En, None);
    settle().await;
    m.settings.lang.set(Lang::Es);
    settle().await;
    assert_eq!(texts(&m.root, ".title"), ["Los grupos de acción de la Alianza 8.7"]);
    assert_eq!(texts(&m.root, ".count"), ["4 grupos de acción"]);
}

#[wasm_bindgen_test]
async fn opens_a_group_from_its_card_and_reports_it() {
    let m = mount_explorer(Lang::Fr, None);
    settle().await;
    click(&m.root, "#card-migration");
    settle().await;
    assert_eq!(texts(&m.root, "#group-title"), ["Migrations"]);
    assert_eq!(
        m.root.query_selector_all("#panel-priorities ol > li").unwrap().length(),
        5
    );
    let events = m.events.borrow();
    assert_eq!(
        events.last().unwrap(),
        &(
            "alliance87:group-open".to_string(),
            serde_json::json!({ "group": "migration" })
        )
    );
}

#[wasm_bindgen_test]
async fn the_group_setting_opens_a_group_or_explains_an_unknown_one() {
    let m = mount_explorer(Lang::En, Some("rule-of-law"));
    settle().await;
    assert_eq!(texts(&m.root, "#group-title"), ["Rule of Law and Governance"]);
    m.settings.group.set(Some("atlantis".into()));
    settle().await;
    assert_eq!(m.root.query_selector_all(".card").unwrap().length(), 4);
    assert!(texts(&m.root, ".notice")[0].contains("There is no action group “atlantis”"));
}

#[wasm_bindgen_test]
async fn tabs_follow_the_aria_pattern() {
    let m = mount_explorer(Lang::En, Some("supply-chains"));
    settle().await;
    let selected = |root: &web_sys::HtmlElement| texts(root, "[role=tab][aria-selected=true]");
    assert_eq!(selected(&m.root), ["What we do"]);
    click(&m.root, "#tab-priorities");
    settle().await;
    assert_eq!(selected(&m.root), ["Priorities"]);
    let panel = m.root.query_selector("#panel-priorities").unwrap().unwrap();
    assert_eq!(
        panel.get_attribute("aria-labelledby").as_deref(),
        Some("tab-priorities")
    );
    assert!(!panel.has_attribute("hidden"));
    assert!(m
        .root
        .query_selector("#panel-purpose")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
}

mod checklist {
    use super::*;
    use alliance87_core::checklist::{items, Checklist, Status};
    use alliance87_widgets::checklist::ChecklistWidget;

    const KEY: &str = "alliance87:checklist:supply-chains:v1";

    fn mount_checklist(group: Option<&str>) -> Mounted {
        mount_checklist_with(group, None)
    }

    fn mount_checklist_with(group: Option<&str>, src: Option<String>) -> Mounted {
        mount_widget(
            Lang::En,
            group,
            src,
            |settings, emit| view! { <ChecklistWidget settings emit /> },
        )
    }

    #[wasm_bindgen_test]
    async fn lists_priorities_and_working_groups_with_progress() {
        storage().remove_item(KEY).unwrap();
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        assert_eq!(texts(&m.root, ".title"), ["Checklist: Supply Chains"]);
        assert_eq!(m.root.query_selector_all(".item fieldset").unwrap().length(), 8);
        assert_eq!(
            m.root.query_selector_all(".item input[type=radio]").unwrap().length(),
            24
        );
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 8 done, 0 in progress"]);
        assert_eq!(
            texts(&m.root, ".items-heading"),
            ["Priorities", "Working groups and workstreams"]
        );
    }

    #[wasm_bindgen_test]
    async fn a_status_change_is_saved_reported_and_restored() {
        storage().remove_item(KEY).unwrap();
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        click(&m.root, "input[name=status-priority-2][value=done]");
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["1 of 8 done, 0 in progress"]);
        let saved = storage().get_item(KEY).unwrap().expect("saved on change");
        assert!(saved.contains("\"status\": \"done\""), "{saved}");
        let (name, detail) = m.events.borrow().last().cloned().unwrap();
        assert_eq!(name, "alliance87:checklist-change");
        assert_eq!(detail["done"], 1);
        assert_eq!(detail["total"], 8);
        assert_eq!(
            detail["items"][1],
            serde_json::json!({ "id": "priority-2", "status": "done" })
        );
        let again = mount_checklist(Some("supply-chains"));
        settle().await;
        let checked = again
            .root
            .query_selector("input[name=status-priority-2][value=done]")
            .unwrap()
            .unwrap();
        assert!(checked.unchecked_into::<web_sys::HtmlInputElement>().checked());
    }

    #[wasm_bindgen_test]
    async fn two_checklists_of_one_group_show_each_other_s_changes() {
        storage().remove_item(KEY).unwrap();
        let first = mount_checklist(Some("supply-chains"));
        let second = mount_checklist(Some("supply-chains"));
        settle().await;
        click(&first.root, "input[name=status-priority-1][value=done]");
        settle().await;
        assert_eq!(texts(&second.root, ".progress-text"), ["1 of 8 done, 0 in progress"]);
        click(&second.root, "input[name=status-priority-2][value=in-progress]");
        settle().await;
        assert_eq!(texts(&first.root, ".progress-text"), ["1 of 8 done, 1 in progress"]);
        let saved = storage().get_item(KEY).unwrap().unwrap();
        assert!(
            saved.contains("\"done\"") && saved.contains("\"in-progress\""),
            "neither saved over the other: {saved}"
        );
    }

    #[wasm_bindgen_test]
    async fn unreadable_saved_data_is_kept_aside_and_reported() {
        storage().set_item(KEY, "{ not json").unwrap();
        storage().remove_item(&format!("{KEY}:unreadable")).unwrap();
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        assert!(texts(&m.root, ".notice")[0].contains("could not be read"));
        assert_eq!(
            storage().get_item(&format!("{KEY}:unreadable")).unwrap().as_deref(),
            Some("{ not json")
        );
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 8 done, 0 in progress"]);
    }

    #[wasm_bindgen_test]
    async fn without_a_valid_group_it_offers_a_picker_and_says_why() {
        let m = mount_checklist(Some("atlantis"));
        settle().await;
        assert!(texts(&m.root, ".picker-why")[0].contains("There is no action group “atlantis”"));
        assert_eq!(m.root.query_selector_all(".picker-option").unwrap().length(), 4);
        click(&m.root, ".picker-option");
        settle().await;
        assert_eq!(texts(&m.root, ".title"), ["Checklist: Supply Chains"]);
        m.settings.lang.set(Lang::Fr);
        settle().await;
        assert_eq!(
            texts(&m.root, ".title"),
            ["Liste de suivi : Chaînes d'approvisionnement"]
        );
    }

    #[wasm_bindgen_test]
    async fn reset_asks_for_confirmation_first() {
        storage().remove_item(KEY).unwrap();
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        click(&m.root, "input[name=status-unit-1][value=in-progress]");
        click(&m.root, "#reset");
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 8 done, 1 in progress"]);
        assert!(texts(&m.root, "#confirm-text")[0].contains("cannot be undone"));
        click(&m.root, "#confirm-reset");
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 8 done, 0 in progress"]);
        assert_eq!(texts(&m.root, ".action-status"), ["The checklist was reset."]);
    }

    #[wasm_bindgen_test]
    async fn a_share_link_opens_in_a_browser_without_progress() {
        storage().remove_item(KEY).unwrap();
        set_fragment("#alliance87-checklist=1~supply-chains~1~22100000~~~~~~~~Ask%20Ana");
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["2 of 8 done, 1 in progress"]);
        assert_eq!(texts(&m.root, ".action-status"), ["You opened a shared checklist."]);
        let note = m
            .root
            .query_selector("#note-unit-4")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlTextAreaElement>();
        assert_eq!(note.value(), "Ask Ana");
        assert_eq!(
            web_sys::window().unwrap().location().hash().unwrap(),
            "",
            "the fragment is cleared once used"
        );
        assert!(storage().get_item(KEY).unwrap().is_some(), "the shared state is saved");
    }

    #[wasm_bindgen_test]
    async fn a_share_link_never_overwrites_saved_progress_without_asking() {
        storage().remove_item(KEY).unwrap();
        let first = mount_checklist(Some("supply-chains"));
        settle().await;
        click(&first.root, "input[name=status-priority-1][value=in-progress]");
        settle().await;
        set_fragment("#alliance87-checklist=1~supply-chains~1~22222222");
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 8 done, 1 in progress"]);
        assert!(texts(&m.root, ".notice")[0].contains("you already have progress saved"));
        click(&m.root, ".notice .button");
        settle().await;
        assert_eq!(texts(&m.root, ".progress-text"), ["8 of 8 done, 0 in progress"]);
    }

    #[wasm_bindgen_test]
    async fn a_damaged_share_link_is_explained() {
        set_fragment("#alliance87-checklist=1~supply-chains~1~22");
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        assert!(texts(&m.root, ".notice")
            .iter()
            .any(|n| n.contains("could not be read: it is incomplete or damaged.")));
        set_fragment("");
    }

    fn choose_file(root: &web_sys::HtmlElement, name: &str, contents: &str) {
        let file = web_sys::File::new_with_str_sequence(&js_sys::Array::of1(&contents.into()), name).unwrap();
        let transfer = web_sys::DataTransfer::new().unwrap();
        transfer.items().add_with_file(&file).unwrap();
        let input = root
            .query_selector("#import")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlInputElement>();
        input.set_files(transfer.files().as_ref());
        input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    }

    #[wasm_bindgen_test]
    async fn import_restores_an_export_and_refuses_foreign_files() {
        storage().remove_item(KEY).unwrap();
        let m = mount_checklist(Some("supply-chains"));
        settle().await;
        let export = r#"{"format":"alliance87-checklist","group":"supply-chains","contentVersion":1,"items":[
            {"id":"priority-3","text":"Promote closer cooperation on capacity building and tools against child labour, forced labour and human trafficking in supply chains.","status":"done","note":"Toolkit shared"}]}"#;
        choose_file(&m.root, "progress.json", export);
        settle().await;
        settle().await;
        assert_eq!(texts(&m.root, ".action-status"), ["Imported 1 entries from the file."]);
        assert_eq!(texts(&m.root, ".progress-text"), ["1 of 8 done, 0 in progress"]);
        let note = m
            .root
            .query_selector("#note-priority-3")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlTextAreaElement>();
        assert_eq!(note.value(), "Toolkit shared");
        choose_file(
            &m.root,
            "other.json",
            r#"{"format":"alliance87-checklist","group":"migration","contentVersion":1,"items":[]}"#,
        );
        settle().await;
        settle().await;
        assert_eq!(
            texts(&m.root, ".action-status"),
            ["This file is the checklist of another action group (“migration”). Nothing was changed."]
        );
        choose_file(&m.root, "photo.json", "GIF89a");
        settle().await;
        settle().await;
        assert!(texts(&m.root, ".action-status")[0].starts_with("This file could not be imported"));
        assert_eq!(texts(&m.root, ".progress-text"), ["1 of 8 done, 0 in progress"]);
    }

    #[wasm_bindgen_test]
    async fn progress_saved_for_older_content_is_migrated_and_the_rest_reported() {
        // Progress saved against version 1; the partner's content file is version 2 without
        // the first priority.
        let storage = storage();
        storage.remove_item("alliance87:checklist:supply-chains:v2").unwrap();
        let mut old = Checklist::new("supply-chains", 1);
        let content = alliance87_core::content::builtin();
        let group = content.group("supply-chains").unwrap();
        old.set_status("priority-1", Status::Done, 1);
        old.set_status("priority-2", Status::InProgress, 1);
        storage
            .set_item(KEY, &old.to_saved(&items(group), Lang::En).to_json())
            .unwrap();
        let mut doc: serde_json::Value = serde_json::from_str(include_str!("../public/action-groups.json")).unwrap();
        doc["version"] = 2.into();
        doc["groups"][0]["priorities"]["items"]
            .as_array_mut()
            .unwrap()
            .remove(0);
        let src = format!(
            "data:application/json,{}",
            js_sys::encode_uri_component(&doc.to_string())
        );
        let m = mount_checklist_with(Some("supply-chains"), Some(src));
        for _ in 0..10 {
            settle().await;
        }
        assert_eq!(texts(&m.root, ".progress-text"), ["0 of 7 done, 1 in progress"]);
        let notice = texts(&m.root, ".notice").join(" ");
        assert!(notice.contains("priorities changed since you last saved"), "{notice}");
        assert!(notice.contains("Advance research and understanding"), "{notice}");
        assert!(storage
            .get_item("alliance87:checklist:supply-chains:v2")
            .unwrap()
            .is_some());
    }
}

mod self_assessment {
    use super::*;
    use alliance87_widgets::self_assessment::SelfAssessment;

    const KEY: &str = "alliance87:assessment:v1";

    /// A self-assessment with nothing saved and no shared link in the address.
    fn mount_fresh(lang: Lang) -> Mounted {
        storage().remove_item(KEY).unwrap();
        set_fragment("");
        mount_widget(
            lang,
            None,
            None,
            |settings, emit| view! { <SelfAssessment settings emit /> },
        )
    }

    fn is_checked(root: &web_sys::HtmlElement, selector: &str) -> bool {
        root.query_selector(selector)
            .unwrap()
            .expect(selector)
            .unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    }

    async fn start(m: &Mounted) {
        settle().await;
        click(&m.root, ".button-row .button");
        settle().await;
    }

    #[wasm_bindgen_test]
    async fn next_without_an_answer_shows_a_summary_linked_to_the_field() {
        let m = mount_fresh(Lang::En);
        start(&m).await;
        assert_eq!(texts(&m.root, ".step"), ["Question 1 of 5"]);
        click(&m.root, "button[type=submit]");
        settle().await;
        assert_eq!(texts(&m.root, ".step"), ["Question 1 of 5"]);
        assert_eq!(texts(&m.root, ".error-summary h2"), ["There is a problem"]);
        let link = m.root.query_selector(".error-summary a").unwrap().unwrap();
        assert_eq!(link.get_attribute("href").as_deref(), Some("#organisation-0"));
        assert!(m.root.query_selector("#organisation-0").unwrap().is_some());
        assert!(link
            .text_content()
            .unwrap()
            .contains(&texts(&m.root, "legend .title")[0]));
        assert!(m.root.query_selector("fieldset.has-error").unwrap().is_some());
        click(&m.root, "input[value=government]");
        settle().await;
        assert!(m.root.query_selector(".error-summary").unwrap().is_none());
        assert!(m.root.query_selector("fieldset.has-error").unwrap().is_none());
    }

    #[wasm_bindgen_test]
    async fn two_self_assessments_on_a_page_share_their_answers_and_keep_their_own_page() {
        let first = mount_fresh(Lang::En);
        let second = mount_widget(
            Lang::En,
            None,
            None,
            |settings, emit| view! { <SelfAssessment settings emit /> },
        );
        start(&first).await;
        click(&first.root, "input[value=government]");
        settle().await;
        // The second one is still on its start page, with the first one's answer behind it.
        assert_eq!(texts(&second.root, ".step"), Vec::<String>::new());
        click(&second.root, ".button-row .button");
        settle().await;
        assert!(is_checked(&second.root, "input[value=government]"));
        click(&second.root, "input[value=company]");
        settle().await;
        assert!(is_checked(&first.root, "input[value=company]"));
        assert!(!is_checked(&first.root, "input[value=government]"));
        let saved = storage().get_item(KEY).unwrap().unwrap();
        let reread: serde_json::Value = serde_json::from_str(&saved).unwrap();
        assert!(
            reread["answers"]
                .as_str()
                .unwrap()
                .starts_with("#alliance87-assessment=1~1~"),
            "{saved}"
        );
        assert_eq!(texts(&first.root, ".step"), ["Question 1 of 5"]);
    }

    #[wasm_bindgen_test]
    async fn answers_are_saved_reviewed_and_ranked_with_the_match_event() {
        let m = mount_fresh(Lang::En);
        start(&m).await;
        for value in [
            "government",
            "human-trafficking",
            "law-justice",
            "policy-advocacy",
            "yes",
        ] {
            click(&m.root, &format!("input[value={value}]"));
            settle().await;
            click(&m.root, "button[type=submit]");
            settle().await;
        }
        assert_eq!(texts(&m.root, ".title"), ["Check your answers"]);
        assert_eq!(
            texts(&m.root, ".review dd:first-of-type"),
            [
                "Government or public authority",
                "Human trafficking",
                "Law, justice and governance",
                "Policy and advocacy",
                "Yes"
            ]
        );
        assert!(storage().get_item(KEY).unwrap().unwrap().contains("review"));
        click(&m.root, ".button-row .button");
        settle().await;
        assert_eq!(texts(&m.root, ".result h3")[0], "Rule of Law and Governance");
        let events = m.events.borrow();
        let (name, detail) = events
            .iter()
            .rev()
            .find(|(name, _)| name == "alliance87:match")
            .expect("a match event");
        assert_eq!(name, "alliance87:match");
        assert_eq!(detail["results"][0]["group"], "rule-of-law");
        assert_eq!(
            detail["results"][0]["reasons"][0],
            serde_json::json!({ "question": "contexts", "answer": "law-justice", "points": 5 })
        );
        assert_eq!(detail["noFit"], false);
    }

    #[wasm_bindgen_test]
    async fn a_shared_link_opens_the_results_and_leaves_the_address() {
        storage().remove_item(KEY).unwrap();
        set_fragment("#alliance87-assessment=1~1~0~2~2~1~0");
        let m = mount_widget(
            Lang::En,
            None,
            None,
            |settings, emit| view! { <SelfAssessment settings emit /> },
        );
        settle().await;
        assert_eq!(texts(&m.root, ".result h3")[0], "Rule of Law and Governance");
        assert!(texts(&m.root, ".notice").join(" ").contains("come from a shared link"));
        assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "");
    }

    #[wasm_bindgen_test]
    async fn the_language_changes_in_place_and_keeps_the_answers() {
        let m = mount_fresh(Lang::En);
        start(&m).await;
        click(&m.root, "input[value=workers]");
        settle().await;
        m.settings.lang.set(Lang::Fr);
        settle().await;
        assert_eq!(texts(&m.root, ".step"), ["Question 1 sur 5"]);
        assert!(is_checked(&m.root, "input[value=workers]"));
        assert_eq!(
            m.root
                .query_selector(".assessment")
                .unwrap()
                .unwrap()
                .get_attribute("lang")
                .as_deref(),
            Some("fr")
        );
    }
}
