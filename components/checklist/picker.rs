//! The group picker a checklist shows when no valid group is set.

use super::*;

#[component]
pub(super) fn GroupPicker(
    content: Arc<Content>,
    unknown: Option<String>,
    picked: RwSignal<Option<String>>,
) -> impl IntoView {
    let WidgetContext { settings, root, .. } = widget();
    let lang = settings.lang;
    if let Some(id) = &unknown {
        leptos::logging::warn!("[alliance87] checklist: unknown group \"{id}\"");
    }
    let groups: Vec<(String, alliance87_core::content::Text)> =
        content.groups.iter().map(|g| (g.id.clone(), g.name.clone())).collect();
    let why = move || match &unknown {
        Some(id) => fill(lang.get().checklist_ui().checklist_unknown_group, &[("id", id)]),
        None => lang.get().checklist_ui().checklist_needs_group.to_string(),
    };
    view! {
        <h2 class="title" part="title">{text(lang, |u: &ChecklistUi| u.choose_group)}</h2>
        <p class="picker-why">{move || why()}</p>
        <ul class="picker" part="picker">
            {groups
                .into_iter()
                .map(|(id, name)| {
                    view! {
                        <li>
                            <button type="button" class="picker-option" on:click=move |_| {
                                picked.set(Some(id.clone()));
                                crate::focus_later(root, ".title".into());
                            }>
                                {move || say(&name, lang.get())}
                            </button>
                        </li>
                    }
                })
                .collect_any()}
        </ul>
    }
}
