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

/// Sets the plain value at `pointer` (an id, an address, a status).
pub(super) fn set_plain(pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
    context().draft.update(|d| {
        if let Some(map) = d.pointer_mut(parent).and_then(Value::as_object_mut) {
            map.insert(key.to_string(), value);
        }
    });
}

/// Adds `entry` at the end of the list at `pointer` (created when missing) and moves focus to
/// the field `focus` names in it (`{n}` is its index), once it is on the page.
fn add_to_list(pointer: &str, entry: Value, focus: impl Fn(usize) -> String + 'static) {
    let mut index = 0;
    context().draft.update(|d| {
        let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
        if d.pointer(pointer).is_none() {
            if let Some(map) = d.pointer_mut(parent).and_then(Value::as_object_mut) {
                map.insert(key.to_string(), Value::Array(Vec::new()));
            }
        }
        if let Some(list) = d.pointer_mut(pointer).and_then(Value::as_array_mut) {
            list.push(entry);
            index = list.len() - 1;
        }
    });
    focus_when_shown(draft::field_id(&focus(index)));
}

/// Moves focus to the element `id` once the view has drawn it.
pub(super) fn focus_when_shown(id: String) {
    request_animation_frame(move || {
        if let Some(field) = document()
            .get_element_by_id(&id)
            .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    });
}

/// Move up, move down and remove buttons for entry `i` of `count` in the list at `pointer`.
#[component]
fn EntryButtons(pointer: String, i: usize, count: usize, label: Signal<String>) -> impl IntoView {
    let (up, down, remove) = (pointer.clone(), pointer.clone(), pointer);
    view! {
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
    }
}

/// A list of the draft with its buttons: `new_entry` is what "add" appends, made from the
/// entries already there (focus then goes to its `first_field`), `entry` renders one entry at its pointer with its label, `item` names an
/// entry (`{n}` is its number).
#[component]
pub(super) fn EditableList(
    pointer: String,
    item: Pick,
    add: Pick,
    new_entry: fn(&[Value]) -> Value,
    first_field: &'static str,
    entry: fn(String, Signal<String>) -> AnyView,
) -> impl IntoView {
    let ctx = context();
    let length = length_of(pointer.clone());
    let add_entry = {
        let pointer = pointer.clone();
        move |_| {
            let list = pointer.clone();
            let entry = context().draft.with(|d| {
                new_entry(
                    d.pointer(&pointer)
                        .and_then(Value::as_array)
                        .map_or(&[][..], Vec::as_slice),
                )
            });
            add_to_list(&pointer, entry, move |i| format!("{list}/{i}{first_field}"));
        }
    };
    let entries = move || {
        let count = length.get();
        (0..count)
            .map(|i| {
                let list = pointer.clone();
                let label =
                    Signal::derive(move || fill(item(ctx.lang.get().studio_ui()), &[("n", &(i + 1).to_string())]));
                view! {
                    <li class="list-entry">
                        {entry(format!("{list}/{i}"), label)}
                        <EntryButtons pointer=list i count label />
                    </li>
                }
            })
            .collect_any()
    };
    view! {
        <ol class="text-list">{entries}</ol>
        <button type="button" class="button secondary" on:click=add_entry>{t(add)}</button>
    }
}

/// The id at `pointer` (an entry of a list), checked by the content's rules, with a button that
/// proposes one from the entry's English text at `from` (relative to the entry), unlike its
/// neighbours' ids.
#[component]
pub(super) fn IdField(pointer: String, from: &'static str, hint: Pick, propose: Pick) -> impl IntoView {
    let ctx = context();
    let id = draft::field_id(&pointer);
    let hint_id = format!("{id}-hint");
    let (entry, list) = {
        let entry = pointer.rsplit_once('/').map_or("", |(e, _)| e).to_string();
        let list = entry.rsplit_once('/').map_or("", |(l, _)| l).to_string();
        (entry, list)
    };
    let read = pointer.clone();
    let write = pointer.clone();
    let propose_id = move |_| {
        let proposed = ctx.draft.with(|d| {
            let english = d
                .pointer(&format!("{entry}{from}"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let taken: Vec<&str> = d
                .pointer(&list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|e| d.pointer(&entry).is_none_or(|own| !std::ptr::eq(*e, own)))
                .filter_map(|e| e.get("id").and_then(Value::as_str))
                .collect();
            draft::propose_id(english, &taken)
        });
        set_plain(&pointer, Value::from(proposed));
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || place_label(|w| w.id).get()}</label>
            <p class="hint" id=hint_id.clone()>{t(hint)}</p>
            <input type="text" id=id aria-describedby=hint_id spellcheck="false" autocomplete="off"
                prop:value=move || text_at(&read)
                on:input=move |ev| set_plain(&write, Value::from(event_target_value(&ev))) />
            <button type="button" class="button secondary small" on:click=propose_id>{t(propose)}</button>
        </div>
    }
}

/// A list of texts (priorities, units, facts).
#[component]
fn TextList(pointer: String, item: Pick, add: Pick) -> impl IntoView {
    let entry = |at: String, label: Signal<String>| view! { <TextField pointer=at label /> }.into_any();
    view! { <EditableList pointer item add new_entry=|_| draft::empty_text() first_field="/en" entry /> }
}

/// A group's links: each a translated label and an address.
#[component]
fn LinkList(pointer: String) -> impl IntoView {
    let entry = |at: String, label: Signal<String>| {
        let url_at = format!("{at}/url");
        let url_id = draft::field_id(&url_at);
        let write = url_at.clone();
        view! {
            <TextField pointer=format!("{at}/label") label />
            <div class="field">
                <label for=url_id.clone()>{move || format!("{} › {}", label.get(), place_label(|w| w.url).get())}</label>
                <input type="url" id=url_id inputmode="url" spellcheck="false"
                    prop:value=move || text_at(&url_at)
                    on:input=move |ev| set_plain(&write, Value::from(event_target_value(&ev))) />
            </div>
        }
        .into_any()
    };
    let new_link = |_: &[Value]| serde_json::json!({ "label": draft::empty_text(), "url": "https://" });
    view! {
        <EditableList pointer item=|u| u.link_label add=|u| u.add_link new_entry=new_link first_field="/label/en" entry />
    }
}

/// A button that adds a group's missing optional part (`key`) and moves focus to its first text.
#[component]
fn AddPart(group: String, key: &'static str, add: Pick) -> impl IntoView {
    let focus = match key {
        "structure" => "/intro/en",
        "priorities" => "/intro/en",
        _ => "/en",
    };
    let add_part = move |_| {
        set_plain(&format!("{group}/{key}"), draft::new_part(key));
        focus_when_shown(draft::field_id(&format!("{group}/{key}{focus}")));
    };
    view! { <button type="button" class="button secondary" on:click=add_part>{t(add)}</button> }
}

/// A choice among the format's words at `pointer` (a status, a kind): `choices` pairs each
/// word with its name, the first being the format's default.
#[component]
pub(super) fn ChoiceField(
    pointer: String,
    label: fn(&PlaceWords) -> &'static str,
    choices: &'static [(&'static str, Pick)],
) -> impl IntoView {
    let id = draft::field_id(&pointer);
    let read = pointer.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{move || place_label(label).get()}</label>
            <select id=id prop:value=move || { let v = text_at(&read); if v.is_empty() { choices[0].0.to_string() } else { v } }
                on:change=move |ev| set_plain(&pointer, Value::from(event_target_value(&ev)))>
                {choices.iter().map(|(value, name)| view! { <option value=*value>{t(*name)}</option> }).collect_any()}
            </select>
        </div>
    }
}

/// The content's themes a group carries, as checkboxes, written in the themes' order. A theme
/// the group names that the content lacks gets a box too, so it can be taken off.
#[component]
fn GroupThemes(pointer: String) -> impl IntoView {
    let ctx = context();
    let group_field = draft::field_id(&pointer);
    let fieldset_id = group_field.clone();
    let carried = {
        let pointer = pointer.clone();
        move |d: &Value| -> Vec<String> {
            d.pointer(&pointer)
                .and_then(Value::as_array)
                .map(|l| l.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default()
        }
    };
    // Rebuilt only when a theme or its label changes, so a box keeps its focus when toggled.
    let choices = {
        let carried = carried.clone();
        Memo::new(move |_| {
            let lang = ctx.lang.get();
            ctx.draft.with(|d| {
                let mut choices: Vec<(String, String)> = d
                    .pointer("/themes")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|t| {
                        let id = t.get("id").and_then(Value::as_str)?.to_string();
                        let label = t
                            .pointer(&format!("/label/{}", lang.code()))
                            .and_then(Value::as_str)
                            .filter(|l| !l.trim().is_empty())
                            .map_or_else(|| id.clone(), str::to_string);
                        Some((id, label))
                    })
                    .collect();
                for unknown in carried(d) {
                    if !choices.iter().any(|(id, _)| *id == unknown) {
                        choices.push((unknown.clone(), unknown));
                    }
                }
                choices
            })
        })
    };
    let boxes = move || {
        choices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, (theme, label))| {
                let box_id = format!("{group_field}-box-{i}");
                let (read, write, pointer, carried) = (theme.clone(), theme, pointer.clone(), carried.clone());
                view! {
                    <div class="field checkbox">
                        <input type="checkbox" id=box_id.clone()
                            prop:checked=move || ctx.draft.with(|d| carried(d).contains(&read))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let order: Vec<String> = choices.get_untracked().into_iter().map(|(id, _)| id).collect();
                                ctx.draft.update(|d| {
                                    let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
                                    let Some(group) = d.pointer_mut(parent).and_then(Value::as_object_mut) else {
                                        return;
                                    };
                                    let mut chosen: Vec<String> = group
                                        .get(key)
                                        .and_then(Value::as_array)
                                        .map(|l| l.iter().filter_map(Value::as_str).map(str::to_string).collect())
                                        .unwrap_or_default();
                                    chosen.retain(|t| *t != write);
                                    if on {
                                        chosen.push(write.clone());
                                    }
                                    chosen.sort_by_key(|t| order.iter().position(|o| o == t));
                                    group.insert(key.to_string(), Value::from(chosen));
                                });
                            } />
                        <label for=box_id>{label}</label>
                    </div>
                }
            })
            .collect_any()
    };
    // Focusable from a problem's link (a theme the content lacks).
    view! {
        <fieldset class="group-themes" id=fieldset_id tabindex="-1">
            <legend>{t(|u| u.group_themes)}</legend>
            {boxes}
        </fieldset>
    }
}

/// The content's themes: each an id and a translated label.
#[component]
fn ThemesEditor() -> impl IntoView {
    let entry = |at: String, label: Signal<String>| {
        view! {
            <IdField pointer=format!("{at}/id") from="/label/en" hint=|u| u.entry_id_hint propose=|u| u.propose_id_from_text />
            <TextField pointer=format!("{at}/label") label />
        }
        .into_any()
    };
    view! {
        <h3>{move || place_label(|w| w.themes).get()}</h3>
        <p class="hint">{t(|u| u.themes_hint)}</p>
        <EditableList pointer="/themes".into() item=|u| u.theme_label add=|u| u.add_theme new_entry=draft::new_theme first_field="/label/en" entry />
    }
}

/// One group: its id and status, its texts, structure, priorities, facts and links.
#[component]
fn GroupForm(index: usize, count: usize) -> impl IntoView {
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
    let (participants, structure, priorities) = (has("participants"), has("structure"), has("priorities"));
    let participants_at = format!("{at}/participants");
    let structure_at = format!("{at}/structure");
    let priorities_at = format!("{at}/priorities");
    let kind_at = format!("{at}/priorities/kind");
    let (part_a, part_b, part_c) = (at.clone(), at.clone(), at.clone());
    let group_label = Signal::derive(name.clone());
    let remove = move |_| {
        let ui = ctx.lang.get_untracked().studio_ui();
        let question = fill(ui.remove_group_confirm, &[("name", &group_label.get_untracked())]);
        if window().confirm_with_message(&question).unwrap_or(false) {
            change_list("/groups", index, None);
        }
    };
    view! {
        <section class="group-form" aria-labelledby=format!("group-{index}")>
            <h3 id=format!("group-{index}")>{name}</h3>
            <IdField pointer=format!("{at}/id") from="/name/en" hint=|u| u.id_hint propose=|u| u.propose_id />
            <ChoiceField pointer=format!("{at}/status") label=|w| w.status choices=&[("published", |u| u.status_published), ("details-pending", |u| u.status_pending)] />
            <TextField pointer=format!("{at}/name") label=place_label(|w| w.name) />
            <TextField pointer=format!("{at}/summary") label=place_label(|w| w.summary) />
            <TextField pointer=format!("{at}/purpose") label=place_label(|w| w.purpose) />
            {move || if participants.get() {
                view! { <TextField pointer=participants_at.clone() label=place_label(|w| w.participants) /> }.into_any()
            } else {
                view! { <AddPart group=part_a.clone() key="participants" add=|u| u.add_participants /> }.into_any()
            }}
            {move || if !structure.get() {
                view! { <AddPart group=part_b.clone() key="structure" add=|u| u.add_structure /> }.into_any()
            } else {
                let at = structure_at.clone();
                view! {
                    <h4>{move || place_label(|w| w.structure).get()}</h4>
                    <TextField pointer=format!("{at}/intro") label=place_label(|w| w.intro) />
                    <TextList pointer=format!("{at}/units") item=|u| u.unit_label add=|u| u.add_unit />
                }.into_any()
            }}
            {move || if !priorities.get() {
                view! { <AddPart group=part_c.clone() key="priorities" add=|u| u.add_priorities /> }.into_any()
            } else {
                let at = priorities_at.clone();
                view! {
                    <h4>{move || place_label(|w| w.priorities).get()}</h4>
                    <ChoiceField pointer=kind_at.clone() label=|w| w.kind choices=&[("priorities", |u| u.kind_priorities), ("topics", |u| u.kind_topics)] />
                    <TextField pointer=format!("{at}/intro") label=place_label(|w| w.intro) />
                    <TextList pointer=format!("{at}/items") item=|u| u.priority_label add=|u| u.add_priority />
                }.into_any()
            }}
            <GroupThemes pointer=format!("{at}/themes") />
            <h4>{move || place_label(|w| w.facts).get()}</h4>
            <TextList pointer=format!("{at}/facts") item=|u| u.fact_label add=|u| u.add_fact />
            <h4>{move || place_label(|w| w.links).get()}</h4>
            <LinkList pointer=format!("{at}/links") />
            <div class="button-row group-buttons">
                <button type="button" class="button secondary small" disabled=index == 0
                    aria-label=move || format!("{}: {}", t(|u| u.move_up)(), group_label.get())
                    on:click=move |_| change_list("/groups", index, Some(index.wrapping_sub(1)))>{t(|u| u.move_up)}</button>
                <button type="button" class="button secondary small" disabled=index + 1 == count
                    aria-label=move || format!("{}: {}", t(|u| u.move_down)(), group_label.get())
                    on:click=move |_| change_list("/groups", index, Some(index + 1))>{t(|u| u.move_down)}</button>
                <button type="button" class="button secondary small" on:click=remove>{t(|u| u.remove_group)}</button>
            </div>
        </section>
    }
}

/// The introduction and every group.
#[component]
pub(super) fn Editor() -> impl IntoView {
    let ctx = context();
    let groups = length_of("/groups".into());
    let add_group = move |_| {
        let id = ctx.draft.with(|d| {
            let groups = d
                .pointer("/groups")
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            draft::propose_id("new group", &draft::ids(groups))
        });
        add_to_list("/groups", draft::new_group(&id), |i| format!("/groups/{i}/name/en"));
    };
    view! {
        <section class="panel editor" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t(|u| u.edit_heading)}</h2>
            <TextField pointer="/intro".into() label=place_label(|w| w.intro) />
            <ThemesEditor />
            {move || {
                let count = groups.get();
                (0..count).map(|index| view! { <GroupForm index count /> }).collect_any()
            }}
            <button type="button" class="button secondary" on:click=add_group>{t(|u| u.add_group)}</button>
        </section>
    }
}
