//! The embedding runtime: custom elements, the data-attribute form, the `Alliance87` JS API,
//! shadow roots, attributes and host-page events.
//!
//! Every widget instance lives in its own shadow root with one shared constructable stylesheet
//! (no inline styles, so a strict CSP needs nothing but `'wasm-unsafe-eval'`). Instances are
//! disposed when their element leaves the page and mounted again when it comes back, because
//! single-page hosts do that constantly; an element taken out and put back in the same task is
//! being moved (frameworks re-order and re-parent nodes), and keeps its instance and state.

use crate::{explorer::Explorer, Emitter, Settings};
use alliance87_core::attributes::{self, Setting, Widget, DATA_WIDGET};
use alliance87_core::i18n::Lang;
use alliance87_core::theme::ThemeProperty;
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

/// The stylesheet every widget's shadow root shares.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

/// How an instance was placed on the page, which decides where its settings come from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `<alliance87-explorer lang="fr">`
    Element,
    /// `<div data-alliance87="explorer" data-lang="fr">`
    Data,
    /// `Alliance87.mount(element, {widget, lang})`
    Script,
}

struct Mounted {
    /// Tells this mount from a later one on the same element.
    id: u32,
    host: Element,
    /// Kept, not read from `host.shadowRoot`: a host page may force shadow roots closed.
    shadow: ShadowRoot,
    form: Form,
    settings: Settings,
    owner: Owner,
    /// The view's unmount handle: dropping it takes the view out of the page.
    view: Box<dyn Any>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The shadow root attached to each element, for a later mount on it: `shadowRoot` is null
    /// when the page forces shadow roots closed. Weak, so removed elements are not kept alive.
    static SHADOWS: js_sys::WeakMap = js_sys::WeakMap::new();
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().inspect(|sheet| {
        if let Err(e) = sheet.replace_sync(STYLES) {
            web_sys::console::error_2(&"[alliance87] styles could not be loaded:".into(), &e);
        }
    });
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[alliance87] {message}").into());
}

fn error(message: &str) {
    web_sys::console::error_1(&format!("[alliance87] {message}").into());
}

/// Starts the runtime, once per page: called by the loader (`alliance87.js`) with the API
/// object it publishes as `window.Alliance87` (or keeps to itself when the page already uses
/// that name for something else), holding `ready` and the custom elements' JS class.
#[wasm_bindgen]
pub fn start(api: JsValue) {
    let define_widget = js_sys::Reflect::get(&api, &"defineWidget".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(define_widget) = define_widget else {
        return error("load the widgets with alliance87.js");
    };
    std::panic::set_hook(Box::new(on_panic));
    define_elements(&api, &define_widget);
    publish_api(&api);
    watch_data_form();
}

/// A panic must not take the host page down: report it and replace each widget's content with
/// a short apology instead of leaving a frozen widget.
fn on_panic(info: &std::panic::PanicHookInfo) {
    error(&format!("internal error, the widgets stopped: {info}"));
    MOUNTED.with(|mounted| {
        let Ok(mounted) = mounted.try_borrow() else { return };
        for m in mounted.iter() {
            let lang = m.settings.lang.try_get_untracked().unwrap_or(Lang::En);
            if let Ok(message) = document().create_element("p") {
                message.set_text_content(Some(lang.ui().widget_failed));
                let _ = message.set_attribute("role", "alert");
                let _ = message.set_attribute("class", "failed");
                m.shadow.set_text_content(None);
                let _ = m.shadow.append_child(&message);
            }
        }
    });
}

fn publish_api(api: &JsValue) {
    let mount = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(mount_from_script);
    let _ = js_sys::Reflect::set(api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    let _ = js_sys::Reflect::set(api, &"mount".into(), mount.as_ref());
    // What this release supports, for pages that build widgets from other input (embed.html).
    let names = |names: &mut dyn Iterator<Item = &'static str>| -> js_sys::Array {
        let list: js_sys::Array = names.map(JsValue::from_str).collect();
        js_sys::Object::freeze(&list);
        list
    };
    let widgets = names(&mut Widget::ALL.iter().map(|w| w.name()));
    let attributes = names(&mut Setting::ALL.iter().map(|s| s.attribute()));
    let theme = names(&mut ThemeProperty::ALL.iter().map(|p| p.name()));
    let _ = js_sys::Reflect::set(api, &"widgets".into(), &widgets);
    let _ = js_sys::Reflect::set(api, &"attributes".into(), &attributes);
    let _ = js_sys::Reflect::set(api, &"theme".into(), &theme);
    // A content file read and checked exactly as the widgets would (time and size limits, every
    // problem with its JSON path): for pages that let editors choose one (the WordPress plugin).
    // It takes any value, so nothing a page passes reaches the module as a string it is not: an
    // address is a string or a `URL`; anything else rejects with a TypeError.
    let check = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(|address: JsValue| {
        let Some(url) = address
            .as_string()
            .or_else(|| address.dyn_ref::<web_sys::Url>().map(web_sys::Url::href))
        else {
            return js_sys::Promise::reject(&js_sys::TypeError::new(
                "Alliance87.checkContent: the address must be a string or a URL",
            ));
        };
        wasm_bindgen_futures::future_to_promise(async move {
            let problems = match crate::content_loader::check_file(&url).await {
                Ok(_) => Vec::new(),
                Err(problem) => problem.messages(),
            };
            Ok(problems
                .into_iter()
                .map(JsValue::from)
                .collect::<js_sys::Array>()
                .into())
        })
    });
    let _ = js_sys::Reflect::set(api, &"checkContent".into(), check.as_ref());
    check.forget();
    let _ = js_sys::Reflect::delete_property(api.unchecked_ref::<js_sys::Object>(), &"defineWidget".into());
    mount.forget();
    js_sys::Object::freeze(api.unchecked_ref::<js_sys::Object>());
}

fn define_elements(api: &JsValue, define_widget: &js_sys::Function) {
    let connected = Closure::<dyn Fn(Element)>::new(|host: Element| {
        let Some(widget) = Widget::ALL
            .iter()
            .copied()
            .find(|w| host.tag_name().eq_ignore_ascii_case(w.tag()))
        else {
            return;
        };
        // Moved: taken out and put back before the check that would have disposed it.
        if is_mounted(&host) {
            return;
        }
        report_unknown_attributes(&host);
        let initial = Setting::ALL.map(|s| (s, host.get_attribute(s.attribute())));
        if let Err(e) = mount(&host, widget, Form::Element, &initial) {
            error(&e);
        }
    });
    // Disposed only if still out of the page once the current task's moves are done.
    let disconnected = Closure::<dyn Fn(Element)>::new(|host: Element| {
        let check = Closure::once_into_js(move || {
            if !host.is_connected() {
                unmount(&host);
            }
        });
        if let Some(window) = web_sys::window() {
            window.queue_microtask(check.unchecked_ref());
        }
    });
    let changed = Closure::<dyn Fn(Element, String)>::new(|host: Element, name: String| {
        if let Some(setting) = Setting::from_attribute(&name, false) {
            update(&host, setting, host.get_attribute(&name));
        }
    });
    let observed: js_sys::Array = Setting::ALL.iter().map(|s| JsValue::from_str(s.attribute())).collect();
    for widget in Widget::ALL {
        let arguments: js_sys::Array = [
            JsValue::from_str(widget.tag()),
            observed.clone().into(),
            connected.as_ref().clone(),
            disconnected.as_ref().clone(),
            changed.as_ref().clone(),
        ]
        .iter()
        .collect();
        let defined = define_widget.apply(api, &arguments);
        if defined.is_err() {
            return error(&format!(
                "<{}> is not available: load the widgets with alliance87.js",
                widget.tag()
            ));
        }
        if defined == Ok(JsValue::FALSE) {
            let name = widget.name();
            error(&format!(
                "<{}> is already defined by another script on this page, so it does not show this widget; use <div {DATA_WIDGET}=\"{name}\"> or Alliance87.mount(element, {{widget: \"{name}\"}}) instead",
                widget.tag()
            ));
        }
    }
    // The element callbacks live as long as the page.
    connected.forget();
    disconnected.forget();
    changed.forget();
}

fn report_unknown_attributes(host: &Element) {
    let names: Vec<String> = host
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
        .collect();
    for name in attributes::unknown_attributes(names.iter().map(String::as_str)) {
        let known: Vec<&str> = Setting::ALL.iter().map(|s| s.attribute()).collect();
        warn(&format!(
            "<{}> ignores the unknown attribute \"{name}\" (known: {})",
            host.tag_name().to_ascii_lowercase(),
            known.join(", ")
        ));
    }
}

/// Mounts every `[data-alliance87]` element now and whenever the host adds one later; follows
/// their attributes and disposes them when they leave the page.
fn watch_data_form() {
    mount_data_elements_in(&document().document_element().expect("a document has a root element"));
    let on_change = Closure::<dyn Fn(js_sys::Array)>::new(|records: js_sys::Array| {
        let mut removed = false;
        for record in records.iter().map(|r| r.unchecked_into::<web_sys::MutationRecord>()) {
            match record.type_().as_str() {
                "childList" => {
                    removed |= record.removed_nodes().length() > 0;
                    let added = record.added_nodes();
                    for node in (0..added.length()).filter_map(|i| added.item(i)) {
                        if let Ok(element) = node.dyn_into::<Element>() {
                            mount_data_elements_in(&element);
                        }
                    }
                }
                "attributes" => {
                    let (Some(target), Some(name)) = (record.target(), record.attribute_name()) else {
                        continue;
                    };
                    let Ok(host) = target.dyn_into::<Element>() else {
                        continue;
                    };
                    if name == DATA_WIDGET {
                        unmount(&host);
                        mount_data_element(&host);
                    } else if let Some(setting) = Setting::from_attribute(&name, true) {
                        update(&host, setting, host.get_attribute(&name));
                    }
                }
                _ => {}
            }
        }
        if removed {
            let gone: Vec<Element> = MOUNTED.with(|m| {
                m.borrow()
                    .iter()
                    .filter(|m| m.form == Form::Data && !m.host.is_connected())
                    .map(|m| m.host.clone())
                    .collect()
            });
            gone.iter().for_each(unmount);
        }
    });
    let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return error("cannot watch the page for data-alliance87 elements");
    };
    on_change.forget();
    let filter: js_sys::Array = std::iter::once(DATA_WIDGET)
        .chain(Setting::ALL.iter().map(|s| s.data_attribute()))
        .map(JsValue::from_str)
        .collect();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    options.set_attribute_filter(&filter);
    if let Some(root) = document().document_element() {
        if let Err(e) = observer.observe_with_options(&root, &options) {
            web_sys::console::error_2(&"[alliance87] cannot watch the page:".into(), &e);
        }
    }
}

fn mount_data_elements_in(root: &Element) {
    if root.has_attribute(DATA_WIDGET) {
        mount_data_element(root);
    }
    if let Ok(found) = root.query_selector_all(&format!("[{DATA_WIDGET}]")) {
        for element in (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
        {
            mount_data_element(&element);
        }
    }
}

fn mount_data_element(host: &Element) {
    if is_mounted(host) || !host.is_connected() {
        return;
    }
    let Some(name) = host.get_attribute(DATA_WIDGET) else {
        return;
    };
    let Some(widget) = Widget::from_name(&name) else {
        let known: Vec<&str> = Widget::ALL.iter().map(|w| w.name()).collect();
        return error(&format!(
            "{DATA_WIDGET}=\"{name}\" names no widget (known: {})",
            known.join(", ")
        ));
    };
    let initial = Setting::ALL.map(|s| (s, host.get_attribute(s.data_attribute())));
    if let Err(e) = mount(host, widget, Form::Data, &initial) {
        error(&e);
    }
}

/// `Alliance87.mount(element, {widget, lang, group, src, languageSwitch, deepLink})`: returns a handle
/// with `unmount()`; throws on a bad element or widget name, like any DOM API would.
fn mount_from_script(target: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let type_error = |m: &str| JsValue::from(js_sys::TypeError::new(&format!("Alliance87.mount: {m}")));
    let host: Element = target
        .dyn_into()
        .map_err(|_| type_error("the first argument must be an element"))?;
    let options = if options.is_undefined() || options.is_null() {
        js_sys::Object::new().into()
    } else {
        options
    };
    if !options.is_object() {
        return Err(type_error(
            "the options must be an object such as {widget: \"explorer\", lang: \"fr\"}",
        ));
    }
    // Own properties only: a host page whose `Object.prototype` was polluted (`src`,
    // `submitUrl`…) must not configure the widget through it. A throwing getter reads as unset.
    let option = |key: &str| {
        let own = js_sys::Object::get_own_property_descriptor(options.unchecked_ref::<js_sys::Object>(), &key.into());
        (!own.is_undefined())
            .then(|| js_sys::Reflect::get(&options, &key.into()).ok())
            .flatten()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    const KEYS: [&str; 9] = [
        "widget",
        "lang",
        "group",
        "src",
        "languageSwitch",
        "deepLink",
        "submitUrl",
        "explorerUrl",
        "checklistUrl",
    ];
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
    {
        if !KEYS.contains(&key.as_str()) {
            warn(&format!(
                "Alliance87.mount ignores the unknown option \"{key}\" (known: {})",
                KEYS.join(", ")
            ));
        }
    }
    let name = match option("widget") {
        None => Widget::Explorer.name().into(),
        Some(v) => v
            .as_string()
            .ok_or_else(|| type_error("the widget option must be a string"))?,
    };
    let widget = Widget::from_name(&name).ok_or_else(|| type_error(&format!("unknown widget \"{name}\"")))?;
    // Strings, and numbers or booleans as their text; anything else (an object, a Symbol, a
    // BigInt) is reported and ignored.
    let text = |key: &str| {
        let value = option(key)?;
        let text = value.as_string().or_else(|| {
            (value.as_bool().is_some() || value.as_f64().is_some())
                .then(|| js_sys::JSON::stringify(&value).ok().and_then(|t| t.as_string()))
                .flatten()
        });
        if text.is_none() {
            warn(&format!(
                "Alliance87.mount ignores the option \"{key}\": it must be a string"
            ));
        }
        text
    };
    let flag = |key: &str| option(key).map(|v| if v.is_truthy() { String::new() } else { "false".into() });
    let initial = Setting::ALL.map(|setting| {
        let value = match setting.kind() {
            attributes::SettingKind::Flag => flag(setting.option()),
            _ => text(setting.option()),
        };
        (setting, value)
    });
    let id = mount(&host, widget, Form::Script, &initial).map_err(|e| JsValue::from(js_sys::Error::new(&e)))?;

    let handle = js_sys::Object::new();
    let unmount_host = host.clone();
    // Harmless when called again, and never takes down a later mount on the same element.
    let unmount_fn = Closure::<dyn Fn()>::new(move || {
        if MOUNTED.with(|m| m.borrow().iter().any(|m| m.id == id)) {
            unmount(&unmount_host);
        }
    })
    .into_js_value();
    let _ = js_sys::Reflect::set(&handle, &"unmount".into(), &unmount_fn);
    let _ = js_sys::Reflect::set(&handle, &"element".into(), &host);
    Ok(handle.into())
}

fn is_mounted(host: &Element) -> bool {
    MOUNTED.with(|m| m.borrow().iter().any(|m| &m.host == host))
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("widgets run in a browser page")
}

/// The shadow root to render into: a new one, or the one a previous mount of ours left behind.
fn shadow_for(host: &Element) -> Result<ShadowRoot, String> {
    let describe = || format!("<{}>", host.tag_name().to_ascii_lowercase());
    let ours = SHADOWS.with(|s| s.get(host)).dyn_into::<ShadowRoot>().ok();
    if let Some(shadow) = ours.or_else(|| host.shadow_root()) {
        // Ours to take: empty of elements, or holding a widget's first screen (pre-rendered in a
        // declarative shadow root) among whatever a CMS editor wrapped around it (`<p>`, `<br>`).
        // All of it is replaced; scripts in it are never run by us.
        // `:scope` matches nothing in a shadow root, so its children are looked at directly.
        let children = shadow.children();
        let taken = children.length() == 0
            || (0..children.length())
                .filter_map(|i| children.item(i))
                .any(|child| child.has_attribute("data-alliance87-root"));
        return if taken {
            Ok(shadow)
        } else {
            Err(format!(
                "{} already has a shadow root holding no widget's first screen; paste the first screen \
                 as the release's prerendered/ file has it, or give the widget an empty element",
                describe()
            ))
        };
    }
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .map_err(|_| format!("{} cannot hold a widget; use a <div> or the custom element", describe()))?;
    SHADOWS.with(|s| s.set(host, &shadow));
    Ok(shadow)
}

/// Mounts a widget on `host`; its mount id.
fn mount(host: &Element, widget: Widget, form: Form, initial: &[(Setting, Option<String>)]) -> Result<u32, String> {
    if is_mounted(host) {
        return Err(format!(
            "this <{}> already shows a widget",
            host.tag_name().to_ascii_lowercase()
        ));
    }
    let shadow = shadow_for(host)?;
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            let _ = js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &js_sys::Array::of1(sheet));
        }
    });
    let value = |setting: Setting| initial.iter().find(|(s, _)| *s == setting).and_then(|(_, v)| v.clone());
    // A first screen rendered ahead of time (declarative shadow DOM) is replaced in place, in
    // one task, so nothing flashes; what the reader had focused in it keeps the focus. With a
    // `src`, it stays on screen until that file is in, and the widget renders out of sight
    // meanwhile: a loading line in its place would push the page down (CLS 0.5 to 0.8,
    // measured) only to be pushed back.
    let focused = shadow.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    let first_screen = shadow.child_element_count() > 0;
    let held = first_screen && value(Setting::Src).is_some_and(|s| !s.trim().is_empty());
    if !held {
        shadow.set_text_content(None);
    }
    let container: HtmlElement = document()
        .create_element("div")
        .map_err(|_| "cannot create elements".to_string())?
        .unchecked_into();
    let _ = container.set_attribute("data-alliance87-root", "");
    let _ = container.set_attribute("class", "host");
    if held {
        let _ = container.set_attribute("hidden", "");
    }
    shadow
        .append_child(&container)
        .map_err(|_| "cannot render into the shadow root".to_string())?;
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });

    let owner = Owner::new();
    let (settings, view) = owner.with(|| {
        let settings = Settings {
            lang: RwSignal::new(resolve_lang(host, form, value(Setting::Lang))),
            group: RwSignal::new(value(Setting::Group).filter(|g| !g.trim().is_empty())),
            src: RwSignal::new(value(Setting::Src).filter(|s| !s.trim().is_empty())),
            language_switch: RwSignal::new(flag(Setting::LanguageSwitch, value(Setting::LanguageSwitch))),
            deep_link: RwSignal::new(flag(Setting::DeepLink, value(Setting::DeepLink))),
            submit_url: RwSignal::new(web_address(Setting::SubmitUrl, value(Setting::SubmitUrl))),
            explorer_url: RwSignal::new(web_address(Setting::ExplorerUrl, value(Setting::ExplorerUrl))),
            checklist_url: RwSignal::new(web_address(Setting::ChecklistUrl, value(Setting::ChecklistUrl))),
        };
        let event_target = host.clone();
        let emit = Emitter::new(move |name, detail| {
            // Content is on screen, out of sight until now: it takes the held first screen's place.
            if name == "alliance87:ready" {
                if let Some(shadow) = event_target.shadow_root().filter(|_| held) {
                    reveal_first_screen(&shadow);
                }
            }
            dispatch(&event_target, name, &detail)
        });
        let view: Box<dyn Any> = match widget {
            Widget::Explorer => Box::new(leptos::mount::mount_to(
                container,
                move || view! { <Explorer settings emit /> },
            )),
            Widget::Checklist => Box::new(leptos::mount::mount_to(container, move || {
                view! { <crate::checklist::ChecklistWidget settings emit /> }
            })),
            Widget::Assessment => Box::new(leptos::mount::mount_to(container, move || {
                view! { <crate::self_assessment::SelfAssessment settings emit /> }
            })),
        };
        (settings, view)
    });
    if !held {
        focus_by_id(&shadow, focused);
    }
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            id,
            host: host.clone(),
            shadow: shadow.clone(),
            form,
            settings,
            owner,
            view,
        })
    });
    Ok(id)
}

/// Shows the live widget where its first screen was held: the first screen goes, and the widget
/// (the shadow root's last child, out of sight until now) takes its place, with the focus.
fn reveal_first_screen(shadow: &ShadowRoot) {
    let Some(live) = shadow.last_element_child().filter(|l| l.has_attribute("hidden")) else {
        return;
    };
    let focused = shadow.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    shadow.set_text_content(None);
    let _ = shadow.append_child(&live);
    let _ = live.remove_attribute("hidden");
    focus_by_id(shadow, focused);
}

/// Gives the focus back to the element with `id`, as the reader had it in the first screen.
fn focus_by_id(shadow: &ShadowRoot, id: Option<String>) {
    if let Some(target) = id.and_then(|id| shadow.query_selector(&format!("#{id}")).ok().flatten()) {
        let _ = target.unchecked_into::<HtmlElement>().focus();
    }
}

fn unmount(host: &Element) {
    let removed = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        m.iter().position(|m| &m.host == host).map(|i| m.swap_remove(i))
    });
    // Dropped outside the registry borrow: disposal may run cleanups that touch it.
    if let Some(Mounted {
        view, owner, shadow, ..
    }) = removed
    {
        drop(view);
        owner.cleanup();
        shadow.set_text_content(None);
    }
}

fn update(host: &Element, setting: Setting, value: Option<String>) {
    let Some((settings, form)) = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|m| &m.host == host)
            .map(|m| (m.settings, m.form))
    }) else {
        return;
    };
    match setting {
        Setting::Lang => settings.lang.set(resolve_lang(host, form, value)),
        Setting::Group => settings.group.set(value.filter(|g| !g.trim().is_empty())),
        Setting::Src => settings.src.set(value.filter(|s| !s.trim().is_empty())),
        Setting::LanguageSwitch => settings.language_switch.set(flag(setting, value)),
        Setting::DeepLink => settings.deep_link.set(flag(setting, value)),
        Setting::SubmitUrl => settings.submit_url.set(web_address(setting, value)),
        Setting::ExplorerUrl => settings.explorer_url.set(web_address(setting, value)),
        Setting::ChecklistUrl => settings.checklist_url.set(web_address(setting, value)),
    }
}

/// A flag setting, by the contract's words: absent is off; a word it does not know is reported
/// and leaves the flag off.
fn flag(setting: Setting, value: Option<String>) -> bool {
    match value.as_deref().map(|v| attributes::check(setting, v)) {
        Some(attributes::Verdict::On) => true,
        Some(attributes::Verdict::Refused) => {
            warn(&format!(
                "{} takes true or false, not \"{}\"; it stays off",
                setting.attribute(),
                value.unwrap_or_default()
            ));
            false
        }
        _ => false,
    }
}

/// An address setting made absolute against the page; anything the contract refuses (another
/// scheme than `http(s)`, a space, a control character, `"<>`) is reported and ignored, so
/// nothing is ever sent to or linked as a `javascript:` or `data:` address.
fn web_address(setting: Setting, value: Option<String>) -> Option<String> {
    let value = value.filter(|v| !v.trim().is_empty())?;
    let base = window().location().href().unwrap_or_default();
    let url = Some(value.trim())
        .filter(|v| attributes::check(setting, v) != attributes::Verdict::Refused)
        .and_then(|v| web_sys::Url::new_with_base(v, &base).ok())
        .filter(|u| matches!(u.protocol().as_str(), "https:" | "http:"));
    if url.is_none() {
        warn(&format!(
            "{} \"{value}\" is not an http(s) address and is ignored",
            setting.attribute()
        ));
    }
    url.map(|u| u.href())
}

/// The widget's own `lang`, else the nearest `lang` on the page, else the browser's languages.
fn resolve_lang(host: &Element, form: Form, requested: Option<String>) -> Lang {
    if let Some(tag) = requested.as_deref().filter(|t| Lang::from_tag(t).is_none()) {
        let supported: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        warn(&format!(
            "unsupported language \"{tag}\" (supported: {}); using the page's language",
            supported.join(", ")
        ));
    }
    // A custom element's own `lang` is its setting; the data and script forms sit on the host's
    // elements, whose own `lang` is the page's.
    let start = if form == Form::Element {
        host.parent_element()
    } else {
        Some(host.clone())
    };
    let page = start
        .and_then(|e| e.closest("[lang]").ok().flatten())
        .and_then(|e| e.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Lang::resolve(
        requested.as_deref(),
        page.as_deref(),
        browser.iter().map(String::as_str),
    )
}

fn dispatch(host: &Element, name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(detail).unwrap_or(JsValue::NULL));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
