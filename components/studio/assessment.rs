//! The self-assessment: each question's texts and kind of choice, each option's label and its
//! points per group, the threshold; and the personas' rankings with the draft's points, a row
//! turning red when a persona's first group changes.

use super::editor::{focus_when_shown, place_label, set_plain, ChoiceField, EditableList, IdField, TextField};
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
                    set_plain(&pointer, typed.trim().parse::<u64>().map(Value::from).unwrap_or(Value::from(typed)));
                } />
        </div>
    }
}

/// The ids of the draft's groups, which every option gives points to.
fn group_ids() -> Memo<Vec<String>> {
    let ctx = context();
    Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.pointer("/groups")
                .and_then(Value::as_array)
                .map(|groups| draft::ids(groups).into_iter().map(str::to_string).collect())
                .unwrap_or_default()
        })
    })
}

/// An option: its id, its label and its points per group.
#[component]
fn OptionForm(pointer: String, label: Signal<String>) -> impl IntoView {
    let ctx = context();
    let groups = group_ids();
    let weights_at = format!("{pointer}/weights");
    view! {
        <div class="option-form">
            <IdField pointer=format!("{pointer}/id") from="/label/en" hint=|u| u.entry_id_hint propose=|u| u.propose_id_from_text />
            <TextField pointer=format!("{pointer}/label") label />
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
}

/// A question: its id, texts and kind of choice, and its options.
#[component]
fn QuestionForm(pointer: String, label: Signal<String>) -> impl IntoView {
    let heading = format!("{}-heading", draft::field_id(&pointer));
    let labelled_by = heading.clone();
    let option = |at: String, label: Signal<String>| view! { <OptionForm pointer=at label /> }.into_any();
    view! {
        <section class="question-form" aria-labelledby=labelled_by>
            <h4 id=heading>{move || label.get()}</h4>
            <IdField pointer=format!("{pointer}/id") from="/text/en" hint=|u| u.entry_id_hint propose=|u| u.propose_id_from_text />
            <TextField pointer=format!("{pointer}/text") label=place_label(|w| w.text) />
            <TextField pointer=format!("{pointer}/why") label=place_label(|w| w.why) />
            <ChoiceField pointer=format!("{pointer}/choice") label=|w| w.choice choices=&[("single", |u| u.choice_single), ("multiple", |u| u.choice_multiple)] />
            <EditableList pointer=format!("{pointer}/options") item=|u| u.option_label add=|u| u.add_option
                new_entry=draft::new_option first_field="/label/en" entry=option />
        </section>
    }
}

/// Each persona's first group with the draft's points, red when it changed.
#[component]
fn Matching() -> impl IntoView {
    let ctx = context();
    let own = own_personas();
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
                .into_iter()
                .map(|p| (None, p))
                .chain(own.get().iter().enumerate().map(|(i, p)| (Some(i), p.persona())))
                .map(|(own_index, persona)| {
                    let (now, changed) = match personas::ranking(&content, &persona) {
                        Ok(outcome) => {
                            let first = personas::first(&outcome);
                            (name_of(first), first != persona.first.as_deref())
                        }
                        Err(missing) => (fill(ui.persona_unanswerable, &[("missing", &missing)]), true),
                    };
                    let name = persona.name.get(lang).to_string();
                    let remove = own_index.map(|i| {
                        let label = fill(ui.remove_persona, &[("name", &name)]);
                        view! {
                            " "<span class="own">"("{ui.own_persona}")"</span>" "
                            <button type="button" class="button secondary small" on:click=move |_| own.update(|list| {
                                if i < list.len() {
                                    list.remove(i);
                                }
                            })>{label}</button>
                        }
                    });
                    view! {
                        <tr class:changed=changed>
                            <th scope="row">{name.clone()}{remove}</th>
                            <td>{name_of(persona.first.as_deref())}</td>
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
        <AddPersona own />
    }
}

/// The Alliance's own personas, kept in this browser beside the draft; an unreadable list is set
/// aside under its own key, never overwritten.
fn own_personas() -> RwSignal<Vec<personas::OwnPersona>> {
    let own = RwSignal::new(kept_as(OWN_PERSONAS_KEY, personas::read_own).unwrap_or_default());
    Effect::new(move |previous: Option<()>| {
        let text = own.with(|list| personas::write_own(list));
        if previous.is_some() {
            if let Some(storage) = storage() {
                let _ = storage.set_item(OWN_PERSONAS_KEY, &text);
            }
        }
    });
    own
}

/// A form for one more persona: its name, its answers to the draft's questions, and the group
/// it must get first.
#[component]
fn AddPersona(own: RwSignal<Vec<personas::OwnPersona>>) -> impl IntoView {
    let ctx = context();
    let name = RwSignal::new(String::new());
    let picks = RwSignal::new(personas::Picks::new());
    let expected = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let name_error = RwSignal::new(false);
    let pick = move |question: String, option: String, on: bool, single: bool| {
        picks.update(|picks| {
            let at = match picks.iter().position(|(q, _)| *q == question) {
                Some(at) => at,
                None => {
                    picks.push((question, Vec::new()));
                    picks.len() - 1
                }
            };
            let chosen = &mut picks[at].1;
            if single {
                chosen.clear();
            }
            chosen.retain(|o| *o != option);
            if on {
                chosen.push(option);
            }
        });
    };
    let questions = move || {
        let lang = ctx.lang.get();
        let content = ctx.checked.with(|c| c.content.clone())?;
        let assessment = content.assessment.as_ref()?;
        Some(
            assessment
                .questions
                .iter()
                .enumerate()
                .map(|(q, question)| {
                    let single = question.choice == alliance87_core::assessment::Choice::Single;
                    let kind = if single { "radio" } else { "checkbox" };
                    let options = question
                        .options
                        .iter()
                        .enumerate()
                        .map(|(o, option)| {
                            let id = format!("persona-{q}-{o}");
                            let (question_id, option_id) = (question.id.clone(), option.id.clone());
                            let (read_q, read_o) = (question_id.clone(), option_id.clone());
                            view! {
                                <div class="field checkbox">
                                    <input type=kind id=id.clone() name=format!("persona-{q}")
                                        prop:checked=move || picks.with(|p| p.iter().any(|(pq, po)| *pq == read_q && po.contains(&read_o)))
                                        on:change=move |ev| pick(question_id.clone(), option_id.clone(), event_target_checked(&ev), single) />
                                    <label for=id>{option.label.get(lang).to_string()}</label>
                                </div>
                            }
                        })
                        .collect_any();
                    view! {
                        <fieldset class="persona-question">
                            <legend>{question.text.get(lang).to_string()}</legend>
                            {options}
                        </fieldset>
                    }
                })
                .collect_any(),
        )
    };
    let groups = move || {
        let lang = ctx.lang.get();
        let content = ctx.checked.with(|c| c.content.clone())?;
        Some(
            content
                .groups
                .iter()
                .map(|g| view! { <option value=g.id.clone()>{g.name.get(lang).to_string()}</option> })
                .collect_any(),
        )
    };
    let add = move |_| {
        let ui = ctx.lang.get_untracked().studio_ui();
        let typed = name.get_untracked().trim().to_string();
        if typed.is_empty() {
            name_error.set(true);
            said.set(String::new());
            focus_when_shown("persona-name".into());
            return;
        }
        let first = Some(expected.get_untracked()).filter(|g| !g.is_empty());
        let chosen = picks
            .get_untracked()
            .into_iter()
            .filter(|(_, o)| !o.is_empty())
            .collect();
        own.update(|list| {
            list.push(personas::OwnPersona {
                name: typed.clone(),
                picks: chosen,
                first,
            })
        });
        said.set(fill(ui.persona_added, &[("name", &typed)]));
        name_error.set(false);
        name.set(String::new());
        picks.set(Vec::new());
    };
    view! {
        <details class="add-persona">
            <summary>{t(|u| u.own_personas_heading)}</summary>
            <p class="hint">{t(|u| u.own_personas_hint)}</p>
            <div class="field" class:field-error=move || name_error.get()>
                <label for="persona-name">{t(|u| u.persona_name)}</label>
                <Show when=move || name_error.get()>
                    <p class="error-message" id="persona-name-error">{t(|u| u.persona_needs_name)}</p>
                </Show>
                <input type="text" id="persona-name" autocomplete="off"
                    aria-describedby=move || name_error.get().then_some("persona-name-error")
                    aria-invalid=move || name_error.get().then_some("true")
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            {questions}
            <div class="field">
                <label for="persona-expected">{t(|u| u.persona_expected)}</label>
                <select id="persona-expected" prop:value=move || expected.get() on:change=move |ev| expected.set(event_target_value(&ev))>
                    <option value="">{t(|u| u.no_group)}</option>
                    {groups}
                </select>
            </div>
            <button type="button" class="button secondary" on:click=add>{t(|u| u.add_persona)}</button>
            <p role="status">{move || said.get()}</p>
        </details>
    }
}

/// The self-assessment's threshold, questions and options, and the personas' rankings.
#[component]
pub(super) fn AssessmentEditor() -> impl IntoView {
    let ctx = context();
    let question = |at: String, label: Signal<String>| view! { <QuestionForm pointer=at label /> }.into_any();
    let present = Memo::new(move |_| ctx.draft.with(|d| d.pointer("/assessment").is_some()));
    view! {
        <section class="panel assessment-editor" aria-labelledby="assessment-heading">
            <h2 id="assessment-heading">{t(|u| u.assessment_heading)}</h2>
            {move || if present.get() {
                view! {
                    <Matching />
                    <NumberField pointer="/assessment/threshold".into() label=place_label(|w| w.threshold) min=1 max=None />
                    <EditableList pointer="/assessment/questions".into() item=|u| u.question_label add=|u| u.add_question
                        new_entry=draft::new_question first_field="/text/en" entry=question />
                }
                .into_any()
            } else {
                view! { <p>{t(|u| u.no_assessment)}</p> }.into_any()
            }}
        </section>
    }
}
