//! The forms: each text with its three languages side by side, each list with buttons to add,
//! remove and reorder its entries. Lists are rebuilt only when their length changes, so a
//! field keeps its focus while its text is typed.

use super::*;
use alliance87_core::i18n::PlaceWords;

/// The value at `pointer` in the draft, as text.
pub(super) fn text_at(pointer: &str) -> String {
    context().draft.with(|d| {
        d.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    })
}

/// How many entries the list at `pointer` has, followed without rebuilding on every keystroke.
pub(super) fn length_of(pointer: String) -> Memo<usize> {
    let ctx = context();
    Memo::new(move |_| {
        ctx.draft
            .with(|d| d.pointer(&pointer).and_then(Value::as_array).map_or(0, Vec::len))
    })
}

/// A translated text at `pointer`: one field per language, side by side.
#[component]
pub(super) fn TextField(pointer: String, label: Signal<String>) -> impl IntoView {
    let ctx = context();
    let shown = {
        let pointer = pointer.clone();
        move || {
            !ctx.only_untranslated.get()
                || ctx.draft.with(|d| {
                    d.pointer(&pointer)
                        .and_then(Value::as_object)
                        .is_some_and(|map| Lang::ALL.iter().any(|l| draft::needs_translation(map, *l)))
                })
        }
    };
    let fields = Lang::ALL
        .iter()
        .map(|&lang| {
            let at = format!("{pointer}/{}", lang.code());
            let id = draft::field_id(&at);
            let write = at.clone();
            view! {
                <div class="language-field">
                    <label for=id.clone()>{move || super::language_name(ctx.lang.get().studio_ui(), lang)}</label>
                    <textarea id=id lang=lang.code() rows="2"
                        prop:value=move || text_at(&at)
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            let (parent, code) = write.rsplit_once('/').unwrap_or_default();
                            ctx.draft.update(|d| {
                                if let Some(text) = d.pointer_mut(parent).and_then(Value::as_object_mut) {
                                    text.insert(code.to_string(), Value::from(value));
                                }
                            });
                        }></textarea>
                </div>
            }
        })
        .collect_any();
    view! {
        <fieldset class="text-field" class:hidden=move || !shown()>
            <legend>{move || label.get()}</legend>
            <div class="languages">{fields}</div>
        </fieldset>
    }
}

/// A field's name in the studio's language.
pub(super) fn place_label(pick: fn(&PlaceWords) -> &'static str) -> Signal<String> {
    let ctx = context();
    Signal::derive(move || pick(ctx.lang.get().place_words()).to_string())
}

/// Swaps entries `a` and `b` of the list at `pointer`, or removes `a` (`b` = `None`).
fn change_list(pointer: &str, a: usize, b: Option<usize>) {
    context().draft.update(|d| {
        if let Some(list) = d.pointer_mut(pointer).and_then(Value::as_array_mut) {
            match b {
                Some(b) if a < list.len() && b < list.len() => list.swap(a, b),
                None if a < list.len() => drop(list.remove(a)),
                _ => {}
            }
        }
    });
}

/// A list of texts (a group's priorities), each with its buttons.
#[component]
fn TextList(pointer: String) -> impl IntoView {
    let ctx = context();
    let length = length_of(pointer.clone());
    let add = {
        let pointer = pointer.clone();
        move |_| {
            ctx.draft.update(|d| {
                if let Some(list) = d.pointer_mut(&pointer).and_then(Value::as_array_mut) {
                    list.push(draft::empty_text());
                }
            });
            // The new entry's first field, once it is on the page.
            let id = draft::field_id(&format!("{pointer}/{}/en", length.get_untracked().saturating_sub(1)));
            request_animation_frame(move || {
                if let Some(field) = document()
                    .get_element_by_id(&id)
                    .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = field.focus();
                }
            });
        }
    };
    let entries = {
        let pointer = pointer.clone();
        move || {
            let count = length.get();
            (0..count)
                .map(|i| {
                    let list = pointer.clone();
                    let (up, down, remove) = (list.clone(), list.clone(), list.clone());
                    let label = Signal::derive(move || fill(ctx.lang.get().studio_ui().priority_label, &[("n", &(i + 1).to_string())]));
                    view! {
                        <li class="list-entry">
                            <TextField pointer=format!("{list}/{i}") label />
                            <div class="button-row">
                                <button type="button" class="button secondary small" disabled=i == 0
                                    aria-label=move || format!("{}: {}", t(|u| u.move_up)(), label.get())
                                    on:click=move |_| change_list(&up, i, Some(i.wrapping_sub(1)))>{t(|u| u.move_up)}</button>
                                <button type="button" class="button secondary small" disabled=i + 1 == count
                                    aria-label=move || format!("{}: {}", t(|u| u.move_down)(), label.get())
                                    on:click=move |_| change_list(&down, i, Some(i + 1))>{t(|u| u.move_down)}</button>
                                <button type="button" class="button secondary small"
                                    aria-label=move || format!("{}: {}", t(|u| u.remove)(), label.get())
                                    on:click=move |_| change_list(&remove, i, None)>{t(|u| u.remove)}</button>
                            </div>
                        </li>
                    }
                })
                .collect_any()
        }
    };
    view! {
        <ol class="text-list">{entries}</ol>
        <button type="button" class="button secondary" on:click=add>{t(|u| u.add_priority)}</button>
    }
}

/// One group's texts and priorities.
#[component]
fn GroupForm(index: usize) -> impl IntoView {
    let ctx = context();
    let at = format!("/groups/{index}");
    let name = {
        let at = at.clone();
        move || {
            let lang = ctx.lang.get();
            ctx.draft.with(|d| {
                let name = d.pointer(&format!("{at}/name"));
                std::iter::once(lang)
                    .chain(Lang::ALL)
                    .find_map(|l| {
                        name.and_then(|n| n.get(l.code()))
                            .and_then(Value::as_str)
                            .filter(|s| !s.trim().is_empty())
                    })
                    .map(str::to_string)
                    .unwrap_or_else(|| fill(lang.place_words().group, &[("n", &(index + 1).to_string())]))
            })
        }
    };
    let has = |key: &'static str| {
        let pointer = format!("{at}/{key}");
        Memo::new(move |_| context().draft.with(|d| d.pointer(&pointer).is_some()))
    };
    let (participants, priorities) = (has("participants"), has("priorities"));
    let participants_at = format!("{at}/participants");
    let priorities_at = format!("{at}/priorities");
    view! {
        <section class="group-form" aria-labelledby=format!("group-{index}")>
            <h3 id=format!("group-{index}")>{name}</h3>
            <TextField pointer=format!("{at}/name") label=place_label(|w| w.name) />
            <TextField pointer=format!("{at}/summary") label=place_label(|w| w.summary) />
            <TextField pointer=format!("{at}/purpose") label=place_label(|w| w.purpose) />
            {move || participants.get().then(|| view! { <TextField pointer=participants_at.clone() label=place_label(|w| w.participants) /> })}
            {move || priorities.get().then(|| {
                let at = priorities_at.clone();
                view! {
                    <h4>{move || place_label(|w| w.priorities).get()}</h4>
                    <TextField pointer=format!("{at}/intro") label=place_label(|w| w.intro) />
                    <TextList pointer=format!("{at}/items") />
                }
            })}
        </section>
    }
}

/// The introduction and every group.
#[component]
pub(super) fn Editor() -> impl IntoView {
    let groups = length_of("/groups".into());
    view! {
        <section class="panel editor" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t(|u| u.edit_heading)}</h2>
            <TextField pointer="/intro".into() label=place_label(|w| w.intro) />
            {move || (0..groups.get()).map(|index| view! { <GroupForm index /> }).collect_any()}
        </section>
    }
}
