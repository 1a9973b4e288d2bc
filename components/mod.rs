//! The widgets' views. Each widget receives its [`Settings`] (signals the embedding runtime
//! keeps in step with the host element's attributes) and an [`Emitter`] for host-page events.

pub mod checklist;
pub mod content_loader;
pub mod explorer;
pub mod self_assessment;
mod storage;

use crate::i18n::Lang;
use leptos::html::Div;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A widget's inputs, owned by the embedding runtime and updated when the host changes an
/// attribute. All fields are `Copy` signals, so views capture them freely.
#[derive(Clone, Copy)]
pub struct Settings {
    pub lang: RwSignal<Lang>,
    /// The group to open, from the `group` attribute.
    pub group: RwSignal<Option<String>>,
    /// URL of a content file replacing the built-in content.
    pub src: RwSignal<Option<String>>,
    /// Whether to show the in-widget language switch.
    pub language_switch: RwSignal<bool>,
    /// Whether the open group is kept in the page URL's fragment (and the Back button).
    pub deep_link: RwSignal<bool>,
    /// Absolute `http(s)` address the self-assessment may post a result to.
    pub submit_url: RwSignal<Option<String>>,
    /// Absolute `http(s)` addresses of the host's explorer and checklist pages.
    pub explorer_url: RwSignal<Option<String>>,
    pub checklist_url: RwSignal<Option<String>>,
}

/// Receives an event's name and its detail as JSON text.
/// What every component of one widget shares: its settings (the language among them), the
/// event emitter, and its root element (where focus moves). Provided once by the widget's top
/// component with [`provide_widget`], read anywhere below with [`widget`], instead of props
/// passed down level after level.
#[derive(Clone, Copy)]
pub struct WidgetContext {
    pub settings: Settings,
    pub emit: Emitter,
    pub root: NodeRef<Div>,
}

pub fn provide_widget(settings: Settings, emit: Emitter) -> WidgetContext {
    let context = WidgetContext {
        settings,
        emit,
        root: NodeRef::new(),
    };
    provide_context(context);
    context
}

/// The [`WidgetContext`] of the widget this component is part of.
pub fn widget() -> WidgetContext {
    use_context().expect("a component used outside a widget")
}

type EventSender = Rc<dyn Fn(&str, String)>;

/// Sends a composed, bubbling `alliance87:*` event from the host element.
#[derive(Clone, Copy)]
pub struct Emitter(StoredValue<EventSender, LocalStorage>);

impl Emitter {
    pub fn new(send: impl Fn(&str, String) + 'static) -> Self {
        Emitter(StoredValue::new_local(Rc::new(send)))
    }

    /// Sends `detail` serialized by serde_json (typed structs: the bundle carries no
    /// `serde_json::Value` serializer). Indented like every JSON the widgets write, so the
    /// bundle carries one formatter, not two (measured: -0.5 KB brotli).
    pub fn emit(&self, name: &str, detail: &impl serde::Serialize) {
        if let Some(send) = self.0.try_get_value() {
            send(name, serde_json::to_string_pretty(detail).unwrap_or_default());
        }
    }
}

/// A short visible message inside a widget (fallback content, unknown group).
#[component]
pub fn Notice(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! {
        <p class="notice" part="notice" role="status">
            <span class="notice-icon" aria-hidden="true">"!"</span>
            {text}
        </p>
    }
}

/// The page's address without its fragment: where widgets write or drop their own fragments.
pub fn address_without_fragment() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// Moves keyboard focus, inside `root`, once the view has caught up with a state change.
pub fn focus_later(root: NodeRef<Div>, selector: String) {
    request_animation_frame(move || {
        let target = root
            .get_untracked()
            .and_then(|r| r.query_selector(&selector).ok().flatten());
        if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Removes a share fragment once handled, so a reload does not offer it again.
pub fn clear_fragment() {
    let url = address_without_fragment();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Copies `text` to the clipboard where the page may, then runs `copied`. Where it may not
/// (no clipboard API, permission refused) nothing happens: the text is on screen to copy.
pub fn copy_text(text: String, copied: impl FnOnce() + 'static) {
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined());
    if let Some(clipboard) = clipboard.map(|c| c.unchecked_into::<web_sys::Clipboard>()) {
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                .await
                .is_ok()
            {
                copied();
            }
        });
    }
}

/// `shown()` while `condition()` holds, otherwise `hidden()`, rebuilt only when the condition
/// flips. What `<Show>` does, but each `<Show>` carries its own copy of the render code for its
/// typed children, and these bytes ship to every visitor (measured on the whole bundle:
/// `<Show>` at its five call sites costs 2.1 KB brotli more).
pub fn either(
    condition: impl Fn() -> bool + Send + Sync + 'static,
    shown: impl Fn() -> AnyView + Send + Sync + 'static,
    hidden: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    type Condition = Box<dyn Fn(Option<&bool>) -> bool + Send + Sync>;
    let condition: Condition = Box::new(move |_| condition());
    let condition = Memo::new(condition);
    // A closure written inside `view!` is what erase_components type-erases.
    view! { {move || if condition.get() { shown() } else { hidden() }} }
}

/// Nothing, for the other side of [`either`].
pub fn nothing() -> AnyView {
    ().into_any()
}

/// `collect_view()` for lists, with every item an `AnyView`: one copy of the list render code
/// serves every list, where `collect_view()` makes a copy per item type (measured on the whole
/// bundle: `collect_view()` costs 1.7 KB brotli more).
pub trait CollectAny: Iterator + Sized
where
    Self::Item: IntoAny,
{
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

impl<I: Iterator> CollectAny for I where I::Item: IntoAny {}
