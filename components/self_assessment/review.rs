//! The review page: every question with its answer, each changed in place.

use super::*;

/// Every question with its answer and a "Change" button that returns here afterwards.
#[component]
pub(super) fn Review(
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
