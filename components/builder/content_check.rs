//! The content file a partner names, read and checked as a widget would read it.

use super::*;

#[derive(Clone)]
pub(super) enum FileCheck {
    Checking,
    Relative,
    Valid {
        groups: usize,
        missing_group: Option<String>,
    },
    Unreachable(String),
    /// Each problem, and the file as read (to name places), when it is JSON.
    Invalid(Vec<Problem>, Option<serde_json::Value>),
}

/// Reads the `src` file as a widget would, and says what the widget would make of it.
#[component]
pub(super) fn ContentFileCheck() -> impl IntoView {
    let ctx = context();
    let state = RwSignal::new(None::<FileCheck>);
    let generation = StoredValue::new(0u32);
    Effect::new(move || {
        let (src, group, widget) = ctx.choices.with(|c| {
            (
                c.value(Setting::Src).map(str::to_string),
                c.value(Setting::Group).map(str::to_string),
                c.widget,
            )
        });
        generation.update_value(|g| *g += 1);
        let this_check = generation.get_value();
        let Some(src) = src.filter(|s| snippets::problem(Setting::Src, s).is_none()) else {
            state.set(None);
            return;
        };
        let lower = src.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            state.set(Some(FileCheck::Relative));
            return;
        }
        state.set(Some(FileCheck::Checking));
        let group = group.filter(|_| widget.settings().contains(&Setting::Group));
        leptos::task::spawn_local(async move {
            // Read and checked as a widget reads it (`content_loader::check_file`), keeping the
            // text to name where each problem is.
            let result = fetching::read_for_people(&src, ctx.lang.get_untracked()).await;
            if generation.try_get_value() != Some(this_check) {
                return;
            }
            state.try_set(Some(match result {
                Err(reason) => FileCheck::Unreachable(reason),
                Ok(text) => match content::parse(&text) {
                    Ok(content) => FileCheck::Valid {
                        groups: content.groups.len(),
                        missing_group: group.filter(|g| content.group(g).is_none()),
                    },
                    Err(problems) => FileCheck::Invalid(problems, validate::read(&text).ok()),
                },
            }));
        });
    });
    view! {
        <div class="file-check" role="status">
            {move || {
                let ui = ctx.lang.get().builder_ui();
                state.get().map(|check| match check {
                    FileCheck::Checking => view! { <p>{ui.src_checking}</p> }.into_any(),
                    FileCheck::Relative => view! { <p>{ui.src_relative}</p> }.into_any(),
                    FileCheck::Valid { groups, missing_group } => view! {
                        <p class="check-ok">{fill(ui.src_valid, &[("n", &groups.to_string())])}</p>
                        {missing_group.map(|id| view! { <p class="error-message">{fill(ui.src_no_group, &[("id", &id)])}</p> })}
                    }
                    .into_any(),
                    FileCheck::Unreachable(reason) => {
                        view! { <p class="error-message">{fill(ui.src_unreachable, &[("reason", &reason)])}</p> }.into_any()
                    }
                    FileCheck::Invalid(problems, document) => {
                        let lang = ctx.lang.get();
                        view! {
                            <p class="error-message">{ui.src_unusable}</p>
                            <ul class="problems">
                                {problems
                                    .iter()
                                    .map(|p| view! { <li>{problems::say(document.as_ref(), p, lang)}" "<code>{p.path.clone()}</code></li> })
                                    .collect_any()}
                            </ul>
                        }
                        .into_any()
                    }
                })
            }}
        </div>
    }
}
