//! The partner self-assessment: one question per page with "why we ask", a review page where
//! any answer can be changed, then the groups that fit, each with the answers behind it.
//! Answers in progress are kept in the browser; a share link carries them in the fragment.

use super::content_loader::{announce_ready, content_view, use_content};
use super::fetching::Deadline;
use super::saving::{use_saved, Held, NotSaved, SaveNotice, SaveRules};
use super::{
    address_without_fragment, clear_fragment, focus_later, now, provide_widget, widget, CollectAny, Emitter, Notice,
    ProtectedNotice, Settings, WidgetContext,
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

fn strength_code(strength: Strength) -> &'static str {
    match strength {
        Strength::Strong => "strong",
        Strength::Good => "good",
        Strength::Weak => "weak",
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

    let notices = RwSignal::new(notices);
    let error = RwSignal::new(false);
    let back_to_review = RwSignal::new(false);
    let status = RwSignal::new(None::<Message>);
    // Every change of answers or page is saved; the browser's refusal is told once.
    Effect::new(move || {
        page.track();
        answers.track();
        if saving.save() == Err(NotSaved::Refused)
            && !notices.with_untracked(|n| n.contains(&Message::Saving(SaveNotice::Unavailable)))
        {
            notices.update(|n| n.push(Message::Saving(SaveNotice::Unavailable)));
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
                <p>{fill(ui.intro, &[("count", &count.to_string())])}</p>
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

/// The `alliance87:match` detail: `{results: [{group, score, rank, strength, reasons: [{question, answer, points}]}], noFit}`.
/// The `submit-url` payload adds what was answered, the content version and the language.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MatchDetail<'a> {
    results: Vec<MatchResult<'a>>,
    no_fit: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<Vec<Answered<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_version: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct MatchResult<'a> {
    group: &'a str,
    score: u64,
    rank: usize,
    strength: &'static str,
    reasons: Vec<MatchReason<'a>>,
}

#[derive(Serialize)]
struct MatchReason<'a> {
    question: &'a str,
    answer: &'a str,
    points: u64,
}

#[derive(Serialize)]
struct Answered<'a> {
    question: &'a str,
    answers: Vec<&'a str>,
}

fn match_detail<'a>(outcome: &'a Outcome, questionnaire: &'a Assessment) -> MatchDetail<'a> {
    let results = outcome
        .matches
        .iter()
        .map(|m| MatchResult {
            group: &m.group,
            score: m.score,
            rank: m.rank,
            strength: strength_code(m.strength),
            reasons: m
                .reasons
                .iter()
                .map(|r| {
                    let question = &questionnaire.questions[r.question];
                    MatchReason {
                        question: &question.id,
                        answer: &question.options[r.option].id,
                        points: r.points,
                    }
                })
                .collect(),
        })
        .collect();
    MatchDetail {
        results,
        no_fit: outcome.no_fit,
        answers: None,
        content_version: None,
        lang: None,
    }
}

/// One question as a GOV.UK-style page: a fieldset whose legend is the question, the reason
/// for asking, the options, and on a missing answer an error summary linked to the field.
#[component]
fn QuestionPage(
    questionnaire: Arc<Assessment>,
    n: usize,
    answers: RwSignal<Answers>,
    error: RwSignal<bool>,
    back_to_review: RwSignal<bool>,
    go: impl Fn(Page) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let root = widget().root;
    let lang_now = widget().settings.lang.get_untracked();
    let ui = lang_now.assessment_ui();
    let question = &questionnaire.questions[n];
    let id = question.id.clone();
    let single = question.choice == Choice::Single;
    let text = question.text.get(lang_now).to_string();
    let message = fill(
        if single { ui.error_single } else { ui.error_multiple },
        &[("question", &text)],
    );
    let first_input = format!("{id}-0");
    let total = questionnaire.questions.len();
    let options = question
        .options
        .iter()
        .enumerate()
        .map(|(o, option)| {
            let questionnaire = questionnaire.clone();
            view! {
                <label class="option">
                    <input
                        type=if single { "radio" } else { "checkbox" }
                        name=id.clone()
                        id=format!("{id}-{o}")
                        value=option.id.clone()
                        prop:checked=move || answers.with(|a| a.is_chosen(n, o))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            answers.update(|a| a.choose(&questionnaire, n, o, on, now()));
                            if on {
                                error.set(false);
                            }
                        }
                    />
                    <span>{option.label.get(lang_now).to_string()}</span>
                </label>
            }
        })
        .collect_any();
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !answers.with_untracked(|a| a.is_answered(n)) {
            error.set(true);
            focus_later(root, ".error-summary".into());
        } else if back_to_review.get_untracked() || n + 1 == total {
            back_to_review.set(false);
            go(Page::Review);
        } else {
            go(Page::Question(n + 1));
        }
    };
    let back = move |_| go(if n == 0 { Page::Start } else { Page::Question(n - 1) });
    let summary_message = message.clone();
    let summary_target = first_input.clone();
    view! {
        <form class="question" novalidate on:submit=next>
            {move || error.get().then(|| {
                let target = summary_target.clone();
                view! {
                    <div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                        <h2 id="error-summary-title">{ui.error_title}</h2>
                        <ul>
                            <li>
                                <a href=format!("#{target}") on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_later(root, format!("#{target}"));
                                }>{summary_message.clone()}</a>
                            </li>
                        </ul>
                    </div>
                }
            }).into_any()}
            <p class="step" part="step">{fill(ui.question_of, &[("n", &(n + 1).to_string()), ("total", &total.to_string())])}</p>
            <fieldset class="options" class:has-error=move || error.get() aria-describedby=format!("{id}-why {id}-hint")>
                <legend>
                    <h2 class="title" part="title" tabindex="-1">{text}</h2>
                </legend>
                <p class="why" id=format!("{id}-why")>
                    <strong>{ui.why_label}</strong>
                    " "
                    {question.why.get(lang_now).to_string()}
                </p>
                <p class="hint" id=format!("{id}-hint")>{if single { ui.choose_one } else { ui.choose_any }}</p>
                {move || error.get().then(|| view! { <p class="field-error">{message.clone()}</p> }).into_any()}
                {options}
            </fieldset>
            <div class="button-row">
                <button type="submit" class="button">{ui.next}</button>
                <button type="button" class="button secondary" on:click=back>{ui.back}</button>
            </div>
        </form>
    }
}

/// Every question with its answer and a "Change" button that returns here afterwards.
#[component]
fn Review(
    questionnaire: Arc<Assessment>,
    answers: RwSignal<Answers>,
    back_to_review: RwSignal<bool>,
    go: impl Fn(Page) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang_now = widget().settings.lang.get_untracked();
    let ui = lang_now.assessment_ui();
    let chosen = answers.get_untracked();
    let rows = questionnaire
        .questions
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let picked: Vec<&str> = chosen
                .chosen
                .get(n)
                .into_iter()
                .flatten()
                .filter_map(|o| q.options.get(*o))
                .map(|o| o.label.get(lang_now))
                .collect();
            let text = q.text.get(lang_now).to_string();
            view! {
                <div class="review-row">
                    <dt>{text.clone()}</dt>
                    <dd>{picked.join(", ")}</dd>
                    <dd>
                        <button type="button" class="link-button" on:click=move |_| {
                            back_to_review.set(true);
                            go(Page::Question(n));
                        }>
                            {ui.change}
                            <span class="visually-hidden">{format!(": {text}")}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_any();
    let unanswered = chosen.first_unanswered(&questionnaire);
    view! {
        <h2 class="title" part="title" tabindex="-1">{ui.review_title}</h2>
        <dl class="review" part="review">{rows}</dl>
        <div class="button-row">
            <button type="button" class="button" on:click=move |_| go(unanswered.map_or(Page::Results, Page::Question))>{ui.see_results}</button>
            <button type="button" class="button secondary" on:click=move |_| go(Page::Question(0))>{ui.back}</button>
        </div>
    }
}

/// The ranked groups with their strength, ties, reasons and what the group does.
#[component]
fn Results(
    questionnaire: Arc<Assessment>,
    content: Arc<Content>,
    outcome: Memo<Outcome>,
    answers: RwSignal<Answers>,
    status: RwSignal<Option<Message>>,
    go: impl Fn(Page) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let WidgetContext { settings, root, .. } = widget();
    let (submit_url, explorer_url, checklist_url) =
        (settings.submit_url, settings.explorer_url, settings.checklist_url);
    let lang_now = settings.lang.get_untracked();
    // Another page's address, or this page's explorer when there is none; its own fragment
    // gives way to the group's.
    let page_link = |page: Option<String>, group: &str| {
        format!(
            "{}{}",
            page.as_deref()
                .unwrap_or_default()
                .split('#')
                .next()
                .unwrap_or_default(),
            fragment_for(group)
        )
    };
    let ui = lang_now.assessment_ui();
    let outcome = outcome.get_untracked();
    let payload = {
        let chosen = answers.get_untracked();
        let answered = questionnaire
            .questions
            .iter()
            .zip(&chosen.chosen)
            .map(|(q, picked)| Answered {
                question: &q.id,
                answers: picked
                    .iter()
                    .filter_map(|o| q.options.get(*o))
                    .map(|o| o.id.as_str())
                    .collect(),
            });
        let detail = MatchDetail {
            answers: Some(answered.collect()),
            content_version: Some(content.version),
            lang: Some(lang_now.code()),
            ..match_detail(&outcome, &questionnaire)
        };
        serde_json::to_string_pretty(&detail).unwrap_or_default()
    };
    let share_link = RwSignal::new(None::<String>);
    let ties: Vec<usize> = outcome.matches.iter().map(|m| m.rank).collect();
    let list = outcome
        .matches
        .iter()
        .filter_map(|m| Some((m, content.group(&m.group)?)))
        .map(|(m, group)| {
            let tied = ties.iter().filter(|r| **r == m.rank).count() > 1;
            let reasons = m
                .reasons
                .iter()
                .map(|r| {
                    let q = &questionnaire.questions[r.question];
                    view! { <li>{fill(ui.reason, &[("answer", q.options[r.option].label.get(lang_now)), ("question", q.text.get(lang_now))])}</li> }
                })
                .collect_any();
            let has_reasons = !m.reasons.is_empty();
            view! {
                <li class=format!("result strength-{}", strength_code(m.strength)) part="result">
                    <h3>{group.name.get(lang_now).to_string()}</h3>
                    <p class="strength">
                        <strong>{strength_label(ui, m.strength)}</strong>
                        {tied.then(|| format!(" · {}", ui.tie))}
                    </p>
                    {has_reasons.then(|| view! {
                        <p class="reasons-heading">{ui.reasons_heading}</p>
                        <ul class="reasons">{reasons}</ul>
                    })}
                    <p><strong>{ui.joining}</strong>" "{group.summary.get(lang_now).to_string()}</p>
                    <ul class="result-links">
                        <li><a href=page_link(explorer_url.get_untracked(), &group.id)>{ui.open_group}</a></li>
                        {checklist_url.get_untracked().map(|url| view! { <li><a href=page_link(Some(url), &group.id)>{ui.open_checklist}</a></li> })}
                    </ul>
                </li>
            }
        })
        .collect_any();
    let share = move |_| {
        let link = format!(
            "{}{}",
            address_without_fragment(),
            answers.with_untracked(|a| assessment::to_fragment(a, content.version))
        );
        share_link.set(Some(link.clone()));
        focus_later(root, "#share-link".into());
        super::copy_text(link, move || {
            status.try_set(Some(Message::ShareCopied));
        });
    };
    let restart = move |_| {
        answers.update(|a| a.clear(now()));
        go(Page::Start);
    };
    view! {
        <h2 class="title" part="title" tabindex="-1">{ui.results_title}</h2>
        {outcome.no_fit.then(|| view! {
            <div class="notice notice-block" part="notice">
                <p><strong>{ui.no_fit_title}</strong></p>
                <p>{ui.no_fit_text}</p>
                <p><a href=ALLIANCE_URL>{ui.alliance_link}</a></p>
            </div>
        })}
        <p>{ui.results_intro}</p>
        <ol class="results" part="results">{list}</ol>
        <div class="button-row actions-row">
            <button type="button" class="button secondary" on:click=move |_| go(Page::Review)>{ui.review_title}</button>
            <button type="button" class="button secondary" on:click=move |_| drop(window().print())>{ui.print}</button>
            <button type="button" class="button secondary" on:click=share>{ui.share}</button>
            <button type="button" class="button secondary" on:click=restart>{ui.start_again}</button>
        </div>
        {move || submit_url.get().map(|url| view! { <SendResult url payload=payload.clone() ui /> }).into_any()}
        {move || share_link.get().map(|link| view! {
            <div class="share">
                <label for="share-link">{ui.share_label}</label>
                <input id="share-link" class="share-link" type="text" readonly prop:value=link />
            </div>
        }).into_any()}
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Sending {
    Idle,
    Confirming,
    InFlight,
    Sent,
    Failed(SendFailure),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum SendFailure {
    Http(u16),
    Unreachable,
    TimedOut,
    /// The confirmed host answered with a redirect: the result goes nowhere else.
    Redirected,
}

/// How long "Sending…" may last before the reader is told it failed.
const SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Posts the result to the host the reader confirmed, and only there: a redirect is not
/// followed (it would carry the answers to a host the reader never saw named).
async fn post(url: &str, body: String, deadline: &Deadline) -> Result<(), SendFailure> {
    let request = gloo_net::http::Request::post(url)
        .header("content-type", "application/json")
        .redirect(web_sys::RequestRedirect::Manual)
        .abort_signal(deadline.signal().as_ref())
        .body(body)
        .map_err(|_| SendFailure::Unreachable)?;
    let response = request.send().await.map_err(|_| match deadline.expired() {
        true => SendFailure::TimedOut,
        false => SendFailure::Unreachable,
    })?;
    match response.type_() {
        web_sys::ResponseType::Opaqueredirect => Err(SendFailure::Redirected),
        _ if response.ok() => Ok(()),
        _ => Err(SendFailure::Http(response.status())),
    }
}

/// "Send my result" for hosts that set `submit-url`: shows exactly what will be posted and
/// sends nothing until the reader confirms; a failure is shown and can be retried.
#[component]
fn SendResult(url: String, payload: String, ui: &'static AssessmentUi) -> impl IntoView {
    let root = widget().root;
    let state = RwSignal::new(Sending::Idle);
    let host = web_sys::Url::new(&url).map(|u| u.host()).unwrap_or_default();
    let body = payload.clone();
    let send = move |_| {
        state.set(Sending::InFlight);
        let (url, body) = (url.clone(), body.clone());
        let deadline = Deadline::start(SEND_TIMEOUT);
        leptos::task::spawn_local(async move {
            let outcome = post(&url, body, &deadline).await;
            deadline.finish();
            state.try_set(outcome.map_or_else(Sending::Failed, |()| Sending::Sent));
            focus_later(root, ".send-focus".into());
        });
    };
    move || match state.get() {
        Sending::Idle => view! {
            <div class="button-row">
                <button type="button" class="button send-focus" on:click=move |_| {
                    state.set(Sending::Confirming);
                    focus_later(root, ".send-focus".into());
                }>{ui.send_result}</button>
            </div>
        }
        .into_any(),
        Sending::Sent => view! { <p class="notice send-focus" role="status" tabindex="-1">{ui.sent}</p> }.into_any(),
        current => {
            let failed = match &current {
                Sending::Failed(failure) => {
                    let reason = match failure {
                        SendFailure::Http(status) => format!("HTTP {status}"),
                        SendFailure::Unreachable => ui.send_unreachable.into(),
                        SendFailure::TimedOut => ui.send_timed_out.into(),
                        SendFailure::Redirected => ui.send_redirected.into(),
                    };
                    Some(fill(ui.send_failed, &[("reason", &reason)]))
                }
                _ => None,
            };
            view! {
                <div class="notice notice-block send" part="notice" role="group" aria-labelledby="send-text">
                    <p id="send-text">{fill(ui.send_confirm, &[("host", &host)])}</p>
                    <pre class="payload" tabindex="0">{payload.clone()}</pre>
                    {failed.map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                    <div class="button-row">
                        <button type="button" class="button send-focus" disabled=current == Sending::InFlight on:click=send.clone()>
                            {if current == Sending::InFlight { ui.sending } else { ui.send }}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| state.set(Sending::Idle)>{ui.cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}
