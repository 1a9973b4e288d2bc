//! The partner self-assessment: one question per page with "why we ask", a review page where
//! any answer can be changed, then the groups that fit, each with the answers behind it.
//! Answers in progress are kept in the browser; a share link carries them in the fragment.

mod question;
mod results;
mod review;
mod send;

use question::QuestionPage;
use results::{match_detail, Results};
use review::Review;

use super::content_loader::{announce_ready, content_view, use_content};
use super::fetching::Deadline;
use super::saving::{use_saved, Held, NotSaved, SaveNotice, SaveRules};
use super::{
    address_without_fragment, clear_fragment, focus_later, now, provide_widget, say, widget, CollectAny, Emitter,
    Notice, ProtectedNotice, Settings, WidgetContext,
};
use alliance87_core::assessment::{self, Answers, Assessment, Choice, Outcome, Page, ShareError, Strength};
use alliance87_core::attributes::fragment_for;
use alliance87_core::content::Content;
use alliance87_core::i18n::{fill, AssessmentUi};
use alliance87_core::saved::Older;
use leptos::prelude::*;
use serde::Serialize;
use std::rc::Rc;
use std::sync::Arc;

/// The Alliance's partnership page, where a visitor with no clear match is sent.
const ALLIANCE_URL: &str = "https://www.alliance87.org/";

#[derive(Clone, Debug, PartialEq)]
enum Message {
    /// What the saving hook found when the questionnaire opened.
    Saving(SaveNotice),
    Restored,
    /// The reader's own answers, replaced by a shared link's and kept under this key.
    OwnKept(String),
    SharedOpened,
    /// A share link that could not be read; true when the reader's own answers are shown.
    SharedUnreadable(ShareError, bool),
    ShareCopied,
}

impl Message {
    fn text(&self, ui: &AssessmentUi) -> String {
        match self {
            Message::Saving(SaveNotice::Unavailable) => ui.storage_unavailable.into(),
            Message::Saving(SaveNotice::Unreadable(key)) => fill(ui.saved_unreadable, &[("key", key)]),
            Message::Saving(SaveNotice::Older(key)) => fill(ui.saved_older, &[("key", key)]),
            Message::Saving(SaveNotice::Newer(key)) => fill(ui.saved_newer, &[("key", key)]),
            Message::Restored => ui.restored.into(),
            Message::OwnKept(key) => fill(ui.own_kept, &[("key", key)]),
            Message::SharedOpened => ui.shared_opened.into(),
            Message::SharedUnreadable(e, own_shown) => {
                let reason = if *e == ShareError::OtherContent {
                    ui.share_other_content
                } else {
                    ui.share_damaged
                };
                let text = if *own_shown {
                    ui.shared_unreadable_own
                } else {
                    ui.shared_unreadable
                };
                fill(text, &[("reason", reason)])
            }
            Message::ShareCopied => ui.share_copied.into(),
        }
    }
}

fn strength_label(ui: &AssessmentUi, strength: Strength) -> &'static str {
    match strength {
        Strength::Strong => ui.strength_strong,
        Strength::Good => ui.strength_good,
        Strength::Weak => ui.strength_weak,
    }
}

/// `<alliance87-self-assessment>`.
#[component]
pub fn SelfAssessment(settings: Settings, emit: Emitter) -> impl IntoView {
    let WidgetContext { root, .. } = provide_widget(settings, emit);
    let lang = settings.lang;
    let loaded = use_content(settings.src);
    announce_ready("self-assessment", loaded, lang, emit);
    let body = content_view(loaded, lang, move |content| match content.assessment.clone() {
        Some(questionnaire) => view! { <Questionnaire questionnaire=Arc::new(questionnaire) content /> }.into_any(),
        None => {
            view! { <Notice text=Signal::derive(move || lang.get().assessment_ui().no_questionnaire.to_string()) /> }
                .into_any()
        }
    });
    view! {
        <div class="widget assessment" part="self-assessment" lang=move || lang.get().code() node_ref=root>
            {body}
        </div>
    }
}

#[component]
fn Questionnaire(questionnaire: Arc<Assessment>, content: Arc<Content>) -> impl IntoView {
    let WidgetContext { settings, emit, root } = widget();
    let lang = settings.lang;
    let version = content.version;
    // Saved with the answers, so a reload returns to it; each widget keeps its own.
    let page = RwSignal::new(Page::Start);
    let read_questionnaire = questionnaire.clone();
    let (saving, opened) = use_saved(SaveRules {
        prefix: "alliance87:assessment:v".into(),
        version,
        older: Older::Leave,
        blank: Answers::new(&questionnaire),
        read: Rc::new(move |json| {
            assessment::read_saved(json, &read_questionnaire, version).map(|(answers, _)| answers)
        }),
        write: Rc::new(move |answers| assessment::saved_json(page.get_untracked(), answers, version)),
    });
    let answers = saving.value;
    let mut notices: Vec<Message> = opened.notices.into_iter().map(Message::Saving).collect();
    let blank = Answers::new(&questionnaire);
    if let Some(saved_page) = opened
        .text
        .as_deref()
        .and_then(|json| assessment::read_saved(json, &questionnaire, version))
        .filter(|(restored, _)| *restored != blank)
        .map(|(_, page)| page)
    {
        page.set(saved_page);
        notices.push(Message::Restored);
    }
    let own_shown = notices.contains(&Message::Restored);
    match assessment::from_fragment(&super::page_fragment(), &questionnaire, version) {
        Some(Ok(shared)) => {
            page.set(match shared.first_unanswered(&questionnaire) {
                Some(n) => Page::Question(n),
                None => Page::Results,
            });
            // The shared answers take the place of the reader's own, which are kept, not lost.
            notices.retain(|m| *m != Message::Restored);
            notices.push(Message::SharedOpened);
            if own_shown && answers.with_untracked(|own| *own != shared) {
                if let Some(copy) = saving.set_aside("before-share", Held::BeforeShare) {
                    notices.push(Message::OwnKept(copy));
                }
            }
            answers.set(shared);
            clear_fragment();
        }
        Some(Err(e)) => notices.push(Message::SharedUnreadable(e, own_shown)),
        None => {}
    }

    // Where the browser refuses storage (a frame whose third-party storage is blocked), the intro
    // does not say the answers stay, and the warning waits for the first answer: before it, there
    // is nothing to lose.
    let kept = RwSignal::new(!notices.contains(&Message::Saving(SaveNotice::Unavailable)));
    notices.retain(|m| *m != Message::Saving(SaveNotice::Unavailable));
    let notices = RwSignal::new(notices);
    let error = RwSignal::new(false);
    let back_to_review = RwSignal::new(false);
    let status = RwSignal::new(None::<Message>);
    // Every change of answers or page is saved; the browser's refusal is told once, with the
    // first answer.
    let unanswered = blank.clone();
    Effect::new(move || {
        page.track();
        answers.track();
        if matches!(saving.save(), Err(NotSaved::Refused | NotSaved::NoStorage)) {
            kept.set(false);
            if answers.with_untracked(|a| *a != unanswered)
                && !notices.with_untracked(|n| n.contains(&Message::Saving(SaveNotice::Unavailable)))
            {
                notices.update(|n| n.push(Message::Saving(SaveNotice::Unavailable)));
            }
        }
    });
    let protected_text = move || {
        let ui = lang.get().assessment_ui();
        match saving.held() {
            Some(Held::BeforeShare) => ui.own_not_kept,
            _ => ui.saved_not_kept,
        }
    };

    let groups: Vec<String> = content.groups.iter().map(|g| g.id.clone()).collect();
    let outcome = {
        let questionnaire = questionnaire.clone();
        Memo::new(move |_| {
            let ids: Vec<&str> = groups.iter().map(String::as_str).collect();
            answers.with(|a| assessment::score(&questionnaire, &ids, a))
        })
    };
    {
        let questionnaire = questionnaire.clone();
        Effect::new(move || {
            if page.get() == Page::Results {
                emit.emit("alliance87:match", &match_detail(&outcome.get(), &questionnaire));
            }
        });
    }

    let go = move |to: Page| {
        error.set(false);
        status.set(None);
        page.set(to);
        focus_later(root, ".title".into());
    };
    let count = questionnaire.questions.len();
    let shown = move || {
        let ui = lang.get().assessment_ui();
        match page.get() {
            Page::Start => view! {
                <h2 class="title" part="title" tabindex="-1">{ui.title}</h2>
                <p>{fill(ui.intro, &[("count", &count.to_string())])}{kept.get().then(|| format!(" {}", ui.intro_kept))}</p>
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| go(Page::Question(0))>{ui.start}</button>
                </div>
            }
            .into_any(),
            Page::Question(n) => view! { <QuestionPage questionnaire=questionnaire.clone() n answers error back_to_review go /> }.into_any(),
            Page::Review => view! { <Review questionnaire=questionnaire.clone() answers back_to_review go /> }.into_any(),
            Page::Results => view! { <Results questionnaire=questionnaire.clone() content=content.clone() outcome answers status go /> }.into_any(),
        }
    };
    view! {
        {move || notices.get().into_iter().map(|m| view! { <Notice text=Signal::derive(move || m.text(lang.get().assessment_ui())) /> }).collect_any().into_any()}
        <ProtectedNotice shared=saving.shared text=Signal::derive(move || protected_text().to_string()) filename="alliance87-assessment-saved.json" />
        {move || shown()}
        <p class="action-status" role="status">{move || status.get().map(|m| m.text(lang.get().assessment_ui()))}</p>
    }
}
