//! One group open: its purpose, structure, priorities and checklist, as tabs.

use super::*;

#[component]
pub(super) fn GroupDetail(
    group: Group,
    content: Arc<Content>,
    tab: RwSignal<Tab>,
    on_back: Callback<()>,
) -> impl IntoView {
    let lang = widget().settings.lang;
    let group = Arc::new(group);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = Tab::ALL.iter().position(|t| *t == tab.get_untracked()).unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % Tab::ALL.len(),
            "ArrowLeft" => (current + Tab::ALL.len() - 1) % Tab::ALL.len(),
            "Home" => 0,
            "End" => Tab::ALL.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        tab.set(Tab::ALL[next]);
        if let Some(button) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|list| list.children().item(next as u32))
        {
            let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let tab_label = {
        let topics = matches!(&group.priorities, Some(p) if p.kind == PriorityKind::Topics);
        move |t: Tab| {
            let ui = lang.get().ui();
            match t {
                Tab::Purpose => ui.tab_purpose,
                Tab::Structure => ui.tab_structure,
                Tab::Priorities if topics => ui.tab_topics,
                Tab::Priorities => ui.tab_priorities,
                Tab::Checklist => lang.get().checklist_ui().tab_checklist,
            }
        }
    };
    let tabs = Tab::ALL
        .iter()
        .copied()
        .map(|t| {
            view! {
                <button
                    type="button"
                    role="tab"
                    class="tab"
                    part="tab"
                    id=format!("tab-{}", t.id())
                    aria-controls=format!("panel-{}", t.id())
                    aria-selected=move || if tab.get() == t { "true" } else { "false" }
                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                    on:click=move |_| tab.set(t)
                >
                    {move || tab_label(t)}
                </button>
            }
        })
        .collect_any();
    let panel = move |t: Tab, body: AnyView| {
        view! {
            <div role="tabpanel" class="panel" part="panel" id=format!("panel-{}", t.id()) aria-labelledby=format!("tab-{}", t.id()) tabindex="0" hidden=move || tab.get() != t>
                {body}
            </div>
        }
    };
    let g = group.clone();
    let name = move || say(&g.name, lang.get());
    let g = group.clone();
    let summary = move || say(&g.summary, lang.get());
    let (g1, g2, g3) = (group.clone(), group.clone(), group.clone());
    let checklist_panel = {
        let content = content.clone();
        let group = group.clone();
        panel(
            Tab::Checklist,
            view! { <crate::checklist::GroupChecklist group content heading=false /> }.into_any(),
        )
    };

    view! {
        <article class="group" part="group" aria-labelledby="group-title">
            <button type="button" class="back" part="back" on:click=move |_| on_back.run(())>
                {text(lang, |u: &Ui| u.all_groups)}
            </button>
            <h3 id="group-title" class="group-title" tabindex="-1">{move || name()}</h3>
            <p class="group-summary">{move || summary()}</p>
            <div role="tablist" class="tabs" aria-labelledby="group-title" on:keydown=on_key>
                {tabs}
            </div>
            {panel(Tab::Purpose, view! { {move || purpose_panel(&g1, &content, lang.get())} }.into_any())}
            {panel(Tab::Structure, view! { {move || structure_panel(&g2, lang.get())} }.into_any())}
            {panel(Tab::Priorities, view! { {move || priorities_panel(&g3, lang.get())} }.into_any())}
            {checklist_panel}
        </article>
    }
}

pub(super) fn purpose_panel(group: &Group, content: &Content, lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let pending =
        (group.status == Status::DetailsPending).then(|| view! { <p class="pending">{ui.details_pending}</p> });
    let participants = match &group.participants {
        Some(p) => say(p, lang),
        None => say(
            &Text::new(ui.no_participants, ui.no_participants, ui.no_participants),
            lang,
        ),
    };
    let facts = group
        .facts
        .iter()
        .map(|f| view! { <li>{say(f, lang)}</li> })
        .collect_any();
    let themes: Vec<Text> = group
        .themes
        .iter()
        .filter_map(|t| content.theme(t))
        .map(|t| t.label.clone())
        .collect();
    let links = group
        .links
        .iter()
        .filter(|l| alliance87_core::validate::is_safe_url(&l.url))
        .map(|l| view! { <li><a href=l.url.clone() part="link">{say(&l.label, lang)}</a></li> })
        .collect_any();
    view! {
        {pending}
        <p>{say(&group.purpose, lang)}</p>
        <h4>{ui.participants}</h4>
        <p>{participants}</p>
        {(!group.facts.is_empty()).then(|| view! { <ul class="facts">{facts}</ul> })}
        <h4>{ui.themes}</h4>
        <ul class="chips">{themes.iter().map(|t| view! { <li class="chip">{say(t, lang)}</li> }).collect_any()}</ul>
        {(!group.links.is_empty()).then(|| view! {
            <h4>{ui.learn_more}</h4>
            <ul class="links">{links}</ul>
        })}
    }
}

pub(super) fn structure_panel(group: &Group, lang: Lang) -> AnyView {
    match &group.structure {
        Some(s) => view! {
            <p>{say(&s.intro, lang)}</p>
            <ul class="units">{s.units.iter().map(|u| view! { <li>{say(u, lang)}</li> }).collect_any()}</ul>
        }
        .into_any(),
        None => view! { <p class="missing">{lang.ui().no_structure}</p> }.into_any(),
    }
}

pub(super) fn priorities_panel(group: &Group, lang: Lang) -> AnyView {
    let Some(p) = &group.priorities else {
        return view! { <p class="missing">{lang.ui().no_priorities}</p> }.into_any();
    };
    let items = p.items.iter().map(|i| view! { <li>{say(i, lang)}</li> }).collect_any();
    let list = match p.kind {
        PriorityKind::Priorities => view! { <ol class="priorities" part="priorities">{items}</ol> }.into_any(),
        PriorityKind::Topics => view! { <ul class="topics" part="priorities">{items}</ul> }.into_any(),
    };
    view! {
        <p>{say(&p.intro, lang)}</p>
        {list}
    }
    .into_any()
}
