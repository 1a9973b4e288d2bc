//! A question page, GOV.UK-style: one question, why it is asked, its options, and an error
//! summary linked to the field when no answer is given.

use super::*;

/// One question as a GOV.UK-style page: a fieldset whose legend is the question, the reason
/// for asking, the options, and on a missing answer an error summary linked to the field.
#[component]
pub(super) fn QuestionPage(
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
                    {say(&option.label, lang_now)}
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
                    {say(&question.why, lang_now)}
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
