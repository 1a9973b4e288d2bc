//! The explorer's list: search, theme filters and a card per group.

use super::*;

/// The alliance's page on the action groups, for readers who want more than the widget holds.
pub(super) const GROUPS_PAGE: &str = "https://www.alliance87.org/action-groups/";

/// Where a group's card leads when followed as a link: with deep links, the group open on this
/// page; otherwise (and before the widget starts, or without JavaScript) the group's own page,
/// its first link, which validation keeps to `http(s)` and `mailto`.
pub(super) fn card_address(group: &Group, deep_link: bool) -> String {
    if deep_link {
        fragment_for(&group.id)
    } else {
        group.links.first().map_or(GROUPS_PAGE, |l| l.url.as_str()).to_string()
    }
}

#[component]
pub(super) fn Overview(
    content: Arc<Content>,
    query: RwSignal<String>,
    themes: RwSignal<Vec<String>>,
    on_open: Callback<String>,
) -> impl IntoView {
    let settings = widget().settings;
    let lang = settings.lang;
    let intro = content.intro.clone();
    let filter_content = content.clone();
    let matches = Memo::new(move |_| {
        let ids: Vec<String> = search::filter(&filter_content, lang.get(), &query.get(), &themes.get())
            .into_iter()
            .map(|g| g.id.clone())
            .collect();
        ids
    });
    let filtered = move || !query.with(|q| q.trim().is_empty()) || !themes.with(Vec::is_empty);
    let clear = move |_| {
        query.set(String::new());
        themes.set(Vec::new());
    };
    let theme_list = content.themes.clone();
    // Stored, so that `cards` is Copy and can be rebuilt by the closure that shows it.
    let card_content = StoredValue::new(content.clone());
    let cards = move || {
        let lang = lang.get();
        let card_content = card_content.get_value();
        let groups: Vec<Group> = matches
            .get()
            .iter()
            .filter_map(|id| card_content.group(id).cloned())
            .collect();
        groups
            .into_iter()
            .map(|group| {
                let id = group.id.clone();
                let href = card_address(&group, settings.deep_link.get_untracked());
                let chips: Vec<Text> = group.themes.iter().filter_map(|t| card_content.theme(t)).map(|t| t.label.clone()).collect();
                view! {
                    <li class="card" part="card">
                        <h3 class="card-title">
                            <a
                                class="card-open"
                                id=format!("card-{id}")
                                href=href
                                on:click=move |ev| {
                                    // A new tab or window still follows the link.
                                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                                        ev.prevent_default();
                                        on_open.run(id.clone());
                                    }
                                }
                            >
                                {say(&group.name, lang)}
                            </a>
                        </h3>
                        <p class="card-summary">{say(&group.summary, lang)}</p>
                        {(group.status == Status::DetailsPending).then(|| view! { <p class="badge">{lang.ui().details_pending_badge}</p> })}
                        <ul class="chips" aria-label=lang.ui().themes>
                            {chips.iter().map(|c| view! { <li class="chip">{say(c, lang)}</li> }).collect_any()}
                        </ul>
                    </li>
                }
            })
            .collect_any()
            .into_any()
    };

    view! {
        <p class="intro">{move || say(&intro, lang.get())}</p>
        // No search landmark: a page with several explorers would repeat it, unnamed.
        <div class="filters" part="filters">
            <label class="search-label" for="search">{text(lang, |u: &Ui| u.search_label)}</label>
            <input
                id="search"
                class="search"
                part="search"
                type="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <fieldset class="themes">
                <legend>{text(lang, |u: &Ui| u.themes_legend)}</legend>
                <div class="theme-options">
                    {theme_list
                        .into_iter()
                        .map(|theme| {
                            let id = theme.id.clone();
                            let checked_id = id.clone();
                            view! {
                                <label class="theme-option">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || themes.with(|t| t.contains(&checked_id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            themes.update(|t| {
                                                t.retain(|x| *x != id);
                                                if on {
                                                    t.push(id.clone());
                                                }
                                            });
                                        }
                                    />
                                    {move || say(&theme.label, lang.get())}
                                </label>
                            }
                        })
                        .collect_any()}
                </div>
            </fieldset>
        </div>
        <div class="results-bar">
            <p class="count" role="status">{move || lang.get().ui().results(matches.with(Vec::len))}</p>
            {either(filtered, move || view! { <button type="button" class="link-button" on:click=clear>{text(lang, |u: &Ui| u.clear_filters)}</button> }.into_any(), nothing)}
        </div>
        {either(
            move || matches.with(|m| !m.is_empty()),
            move || view! { <ul class="cards" part="cards">{move || cards()}</ul> }.into_any(),
            move || view! {
                <div class="empty" part="empty">
                    <p class="empty-title">{text(lang, |u: &Ui| u.no_results)}</p>
                    <p>{text(lang, |u: &Ui| u.no_results_hint)}</p>
                </div>
            }
            .into_any(),
        )}
        <p class="more"><a href=GROUPS_PAGE part="link">{text(lang, |u: &Ui| u.groups_page)}</a></p>
    }
}
