//! The results page: the groups that fit, ranked, with the answers behind each, and the
//! `alliance87:match` event and `submit-url` payload that describe them.

use super::send::SendResult;
use super::*;

/// The `alliance87:match` detail: `{results: [{group, score, rank, strength, reasons: [{question, answer, points}]}], noFit}`.
/// The `submit-url` payload adds what was answered, the content version and the language.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct MatchDetail<'a> {
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
pub(super) struct MatchResult<'a> {
    group: &'a str,
    score: u64,
    rank: usize,
    strength: &'static str,
    reasons: Vec<MatchReason<'a>>,
}

#[derive(Serialize)]
pub(super) struct MatchReason<'a> {
    question: &'a str,
    answer: &'a str,
    points: u64,
}

#[derive(Serialize)]
pub(super) struct Answered<'a> {
    question: &'a str,
    answers: Vec<&'a str>,
}

pub(super) fn match_detail<'a>(outcome: &'a Outcome, questionnaire: &'a Assessment) -> MatchDetail<'a> {
    let results = outcome
        .matches
        .iter()
        .map(|m| MatchResult {
            group: &m.group,
            score: m.score,
            rank: m.rank,
            strength: m.strength.code(),
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

/// The ranked groups with their strength, ties, reasons and what the group does.
#[component]
pub(super) fn Results(
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
                <li class=format!("result strength-{}", m.strength.code()) part="result">
                    <h3>{say(&group.name, lang_now)}</h3>
                    <p class="strength">
                        <strong>{strength_label(ui, m.strength)}</strong>
                        {tied.then(|| format!(" · {}", ui.tie))}
                    </p>
                    {has_reasons.then(|| view! {
                        <p class="reasons-heading">{ui.reasons_heading}</p>
                        <ul class="reasons">{reasons}</ul>
                    })}
                    <p><strong>{ui.joining}</strong>" "{say(&group.summary, lang_now)}</p>
                    <ul class="result-links">
                        <li><a href=match explorer_url.get_untracked() {
                            Some(page) => page_link(Some(page), &group.id),
                            // No explorer named: the group's own page (its first link), not a
                            // fragment of a page that may hold no explorer.
                            None => group.links.first().map_or_else(|| page_link(None, &group.id), |l| l.url.clone()),
                        }>{ui.open_group}</a></li>
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
        crate::copy_text(link, move || {
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
