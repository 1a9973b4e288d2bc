//! The self-assessment: each question's texts and kind of choice, each option's label and its
//! points per group, the threshold; and the personas' rankings with the draft's points, a row
//! turning red when a persona's first group changes.

use super::editor::{length_of, place_label, text_at, TextField};
use super::*;
use alliance87_core::personas;

/// A whole-number field at `pointer` (a weight, the threshold). What is typed is written as
/// a number when it is one, else as typed, so the check says what is wrong with it.
#[component]
fn NumberField(pointer: String, label: Signal<String>, min: u64, max: Option<u64>) -> impl IntoView {
    let ctx = context();
    let id = draft::field_id(&pointer);
    let read = pointer.clone();
    view! {
        <div class="number-field">
            <label for=id.clone()>{move || label.get()}</label>
            <input type="number" id=id class="short" min=min max=max inputmode="numeric"
                prop:value=move || ctx.draft.with(|d| match d.pointer(&read) {
                    Some(Value::String(s)) => s.clone(),
                    Some(v) => v.to_string(),
                    None => String::new(),
                })
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    let value = typed.trim().parse::<u64>().map(Value::from).unwrap_or(Value::from(typed));
                    let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
                    ctx.draft.update(|d| {
                        if let Some(map) = d.pointer_mut(parent).and_then(Value::as_object_mut) {
                            map.insert(key.to_string(), value);
                        }
                    });
                } />
        </div>
    }
}

/// A question: its texts, its kind of choice, and each option with its points per group.
#[component]
fn QuestionForm(index: usize) -> impl IntoView {
    let ctx = context();
    let at = format!("/assessment/questions/{index}");
    let options = length_of(format!("{at}/options"));
    let choice_at = format!("{at}/choice");
    let choice_id = draft::field_id(&choice_at);
    let groups = Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.pointer("/groups")
                .and_then(Value::as_array)
                .map(|groups| {
                    groups
                        .iter()
                        .filter_map(|g| g.get("id").and_then(Value::as_str).map(str::to_string))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let title = move || {
        fill(
            ctx.lang.get().place_words().question,
            &[("n", &(index + 1).to_string())],
        )
    };
    let options_at = format!("{at}/options");
    view! {
        <section class="question-form" aria-labelledby=format!("question-{index}")>
            <h4 id=format!("question-{index}")>{title}</h4>
            <TextField pointer=format!("{at}/text") label=place_label(|w| w.text) />
            <TextField pointer=format!("{at}/why") label=place_label(|w| w.why) />
            <div class="field">
                <label for=choice_id.clone()>{move || place_label(|w| w.choice).get()}</label>
                <select id=choice_id prop:value=move || text_at(&choice_at) on:change={
                    let at = format!("{at}/choice");
                    move |ev| {
                        let chosen = event_target_value(&ev);
                        let (parent, key) = at.rsplit_once('/').unwrap_or_default();
                        ctx.draft.update(|d| {
                            if let Some(map) = d.pointer_mut(parent).and_then(Value::as_object_mut) {
                                map.insert(key.to_string(), Value::from(chosen));
                            }
                        });
                    }
                }>
                    <option value="single">{t(|u| u.choice_single)}</option>
                    <option value="multiple">{t(|u| u.choice_multiple)}</option>
                </select>
            </div>
            {move || (0..options.get()).map(|o| {
                let option_at = format!("{options_at}/{o}");
                let label = Signal::derive(move || fill(ctx.lang.get().place_words().option, &[("n", &(o + 1).to_string())]));
                let weights_at = format!("{option_at}/weights");
                view! {
                    <div class="option-form">
                        <TextField pointer=format!("{option_at}/label") label />
                        <fieldset class="weights">
                            <legend>{move || format!("{} › {}", label.get(), place_label(|w| w.weights).get())}</legend>
                            {move || groups.get().into_iter().map(|group| {
                                let name = {
                                    let group = group.clone();
                                    Signal::derive(move || {
                                        let lang = ctx.lang.get();
                                        ctx.checked.with(|c| c.content.as_ref().and_then(|c| c.group(&group)).map(|g| g.name.get(lang).to_string()))
                                            .unwrap_or_else(|| group.clone())
                                    })
                                };
                                view! { <NumberField pointer=format!("{weights_at}/{group}") label=name min=0 max=Some(alliance87_core::assessment::MAX_WEIGHT) /> }
                            }).collect_any()}
                        </fieldset>
                    </div>
                }
            }).collect_any()}
        </section>
    }
}

/// Each persona's first group with the draft's points, red when it changed.
#[component]
fn Matching() -> impl IntoView {
    let ctx = context();
    let rows = move || {
        let lang = ctx.lang.get();
        let ui = lang.studio_ui();
        let content = ctx.checked.with(|c| c.content.clone())?;
        let name_of = |id: Option<&str>| match id {
            Some(id) => content
                .group(id)
                .map_or_else(|| id.to_string(), |g| g.name.get(lang).to_string()),
            None => ui.no_group.to_string(),
        };
        content.assessment.as_ref()?;
        Some(
            personas::personas()
                .iter()
                .map(|persona| {
                    let (now, changed) = match personas::ranking(&content, persona) {
                        Ok(outcome) => {
                            let first = personas::first(&outcome);
                            (name_of(first), first != persona.first)
                        }
                        Err(missing) => (fill(ui.persona_unanswerable, &[("missing", &missing)]), true),
                    };
                    view! {
                        <tr class:changed=changed>
                            <th scope="row">{persona.name.get(lang).to_string()}</th>
                            <td>{name_of(persona.first)}</td>
                            <td>{now}</td>
                            <td>{if changed { ui.persona_changed } else { ui.persona_kept }}</td>
                        </tr>
                    }
                })
                .collect_any(),
        )
    };
    view! {
        <h3 id="matching-heading">{t(|u| u.matching_heading)}</h3>
        <p class="hint">{t(|u| u.matching_hint)}</p>
        // Focusable, so a narrow screen's reader can scroll it with the keyboard.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matching-heading">
            <table class="personas">
                <thead>
                    <tr>
                        <th scope="col">{t(|u| u.persona_column)}</th>
                        <th scope="col">{t(|u| u.expected_column)}</th>
                        <th scope="col">{t(|u| u.now_column)}</th>
                        <th scope="col"><span class="visually-hidden">{t(|u| u.persona_changed)}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The self-assessment's threshold, questions and options, and the personas' rankings.
#[component]
pub(super) fn AssessmentEditor() -> impl IntoView {
    let ctx = context();
    let questions = length_of("/assessment/questions".into());
    let present = Memo::new(move |_| ctx.draft.with(|d| d.pointer("/assessment").is_some()));
    view! {
        <section class="panel assessment-editor" aria-labelledby="assessment-heading">
            <h2 id="assessment-heading">{t(|u| u.assessment_heading)}</h2>
            {move || if present.get() {
                view! {
                    <Matching />
                    <NumberField pointer="/assessment/threshold".into() label=place_label(|w| w.threshold) min=1 max=None />
                    {move || (0..questions.get()).map(|index| view! { <QuestionForm index /> }).collect_any()}
                }
                .into_any()
            } else {
                view! { <p>{t(|u| u.no_assessment)}</p> }.into_any()
            }}
        </section>
    }
}
