//! The widgets' views. Each widget receives its [`Settings`] (signals the embedding runtime
//! keeps in step with the host element's attributes) and an [`Emitter`] for host-page events.

#[cfg(feature = "builder")]
pub mod builder;
pub mod checklist;
pub mod content_loader;
pub mod explorer;
pub(crate) mod fetching;
/// Build time only (the widgets' first screens as HTML), never in the bundle.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
/// The embedding runtime: the bundle partners load.
#[cfg(all(target_arch = "wasm32", feature = "widgets"))]
mod runtime;
mod saving;
pub mod self_assessment;
mod storage;
#[cfg(feature = "builder")]
pub mod studio;

use alliance87_core::i18n::{Lang, Strings, Text};
use leptos::html::Div;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// False while a view is rendered to HTML at build time (`prerender.rs`): there is no
/// page, storage or address then, and a first screen must read as it does for a new visitor.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

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

impl Settings {
    /// A widget in `lang`, on `group` and `src`, every option at its default: as the release's
    /// first screens are rendered, and as the component tests mount widgets.
    pub fn new(lang: Lang, group: Option<String>, src: Option<String>) -> Settings {
        Settings {
            lang: RwSignal::new(lang),
            group: RwSignal::new(group),
            src: RwSignal::new(src),
            language_switch: RwSignal::new(false),
            deep_link: RwSignal::new(false),
            submit_url: RwSignal::new(None),
            explorer_url: RwSignal::new(None),
            checklist_url: RwSignal::new(None),
        }
    }
}

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

/// Receives an event's name and its detail as JSON text.
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
        <p class="notice notice-icon" part="notice" role="status">
            {text}
        </p>
    }
}

/// Saved data that is the only copy of what the reader saved, which the widget cannot use and
/// could not set aside (a full store): says so, and offers it as a download, after which the
/// widget saves again (see [`storage::Shared::protect`]).
#[component]
pub fn ProtectedNotice(
    shared: storage::Shared,
    /// What happened, in the widget's words.
    #[prop(into)]
    text: Signal<String>,
    /// Name of the downloaded file.
    filename: &'static str,
) -> impl IntoView {
    let lang = widget().settings.lang;
    let downloaded = RwSignal::new(false);
    let save_copy = move |_| {
        let Some(data) = shared.protected() else { return };
        // A Blob writes text as UTF-8, which has no lone surrogates: such a value goes out as a
        // JSON string, escaped, so the file still holds it exactly.
        let contents = match data.text() {
            Some(_) => data.exact().into(),
            None => js_sys::JSON::stringify(data.exact())
                .map(Into::into)
                .unwrap_or_default(),
        };
        match download(filename, "application/json", &contents) {
            Ok(()) => {
                shared.release();
                downloaded.set(true);
            }
            Err(e) => web_sys::console::error_2(&"[alliance87] download failed:".into(), &e),
        }
    };
    move || {
        if downloaded.get() {
            view! { <Notice text=Signal::derive(move || lang.get().ui().saved_data_downloaded.to_string()) /> }
                .into_any()
        } else if shared.protected().is_some() {
            view! {
                <div class="notice notice-block" part="notice" role="status">
                    <p>{text}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=save_copy>{move || lang.get().ui().download_saved_data}</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            nothing()
        }
    }
}

/// Hands a file to the reader's browser as a download.
pub fn download(filename: &str, mime: &str, contents: &wasm_bindgen::JsValue) -> Result<(), wasm_bindgen::JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(contents), &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = window().document().ok_or(wasm_bindgen::JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The browser's clock in milliseconds since 1970: when a saved item changed.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The page's address fragment (`#alliance87-group=migration`), where deep links and share
/// links travel; empty when the view is rendered to HTML at build time.
pub fn page_fragment() -> String {
    if !IN_BROWSER {
        return String::new();
    }
    window().location().hash().unwrap_or_default()
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

/// One of the interface's strings in the widget's current language, as a reactive text:
/// `text(lang, |u: &ChecklistUi| u.choose_group)`. Every call for one table returns the same
/// closure type, so the bundle carries one copy of the code that renders them all.
pub fn text<S: Strings>(
    lang: RwSignal<Lang>,
    pick: fn(&'static S) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || pick(S::of(lang.get()))
}

/// A text of the content in `lang`, in a `span` that names its language when another
/// language's text stands in for a missing translation, so screen readers read it in the right
/// voice. One function, and so one piece of view code, for every content text.
/// Erased: a parent holding it needs no code of its own for a span child (a typed view here cost
/// 1.5 KB brotli more, measured).
pub fn say(text: &Text, lang: Lang) -> AnyView {
    view! { <span lang=text.lang_attribute(lang)>{text.get(lang).to_string()}</span> }.into_any()
}
