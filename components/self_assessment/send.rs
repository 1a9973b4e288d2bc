//! Sending a result to the host's `submit-url`, only after the reader has seen what is sent
//! and to which host.

use super::*;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Sending {
    Idle,
    Confirming,
    InFlight,
    Sent,
    Failed(SendFailure),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum SendFailure {
    Http(u16),
    Unreachable,
    TimedOut,
    /// The confirmed host answered with a redirect: the result goes nowhere else.
    Redirected,
}

/// How long "Sending…" may last before the reader is told it failed.
pub(super) const SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Posts the result to the host the reader confirmed, and only there: a redirect is not
/// followed (it would carry the answers to a host the reader never saw named).
pub(super) async fn post(url: &str, body: String, deadline: &Deadline) -> Result<(), SendFailure> {
    let request = gloo_net::http::Request::post(url)
        .header("content-type", "application/json")
        .redirect(web_sys::RequestRedirect::Manual)
        .abort_signal(deadline.signal().as_ref())
        .body(body)
        .map_err(|_| SendFailure::Unreachable)?;
    let response = request.send().await.map_err(|_| match deadline.expired() {
        true => SendFailure::TimedOut,
        false => SendFailure::Unreachable,
    })?;
    match response.type_() {
        web_sys::ResponseType::Opaqueredirect => Err(SendFailure::Redirected),
        _ if response.ok() => Ok(()),
        _ => Err(SendFailure::Http(response.status())),
    }
}

/// "Send my result" for hosts that set `submit-url`: shows exactly what will be posted and
/// sends nothing until the reader confirms; a failure is shown and can be retried.
#[component]
pub(super) fn SendResult(url: String, payload: String, ui: &'static AssessmentUi) -> impl IntoView {
    let root = widget().root;
    let state = RwSignal::new(Sending::Idle);
    let host = web_sys::Url::new(&url).map(|u| u.host()).unwrap_or_default();
    let body = payload.clone();
    let send = move |_| {
        state.set(Sending::InFlight);
        let (url, body) = (url.clone(), body.clone());
        let deadline = Deadline::start(SEND_TIMEOUT);
        leptos::task::spawn_local(async move {
            let outcome = post(&url, body, &deadline).await;
            deadline.finish();
            state.try_set(outcome.map_or_else(Sending::Failed, |()| Sending::Sent));
            focus_later(root, ".send-focus".into());
        });
    };
    move || match state.get() {
        Sending::Idle => view! {
            <div class="button-row">
                <button type="button" class="button send-focus" on:click=move |_| {
                    state.set(Sending::Confirming);
                    focus_later(root, ".send-focus".into());
                }>{ui.send_result}</button>
            </div>
        }
        .into_any(),
        Sending::Sent => view! { <p class="notice send-focus" role="status" tabindex="-1">{ui.sent}</p> }.into_any(),
        current => {
            let failed = match &current {
                Sending::Failed(failure) => {
                    let reason = match failure {
                        SendFailure::Http(status) => format!("HTTP {status}"),
                        SendFailure::Unreachable => ui.send_unreachable.into(),
                        SendFailure::TimedOut => ui.send_timed_out.into(),
                        SendFailure::Redirected => ui.send_redirected.into(),
                    };
                    Some(fill(ui.send_failed, &[("reason", &reason)]))
                }
                _ => None,
            };
            view! {
                <div class="notice notice-block send" part="notice" role="group" aria-labelledby="send-text">
                    <p id="send-text">{fill(ui.send_confirm, &[("host", &host)])}</p>
                    <pre class="payload" tabindex="0">{payload.clone()}</pre>
                    {failed.map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                    <div class="button-row">
                        <button type="button" class="button send-focus" disabled=current == Sending::InFlight on:click=send.clone()>
                            {if current == Sending::InFlight { ui.sending } else { ui.send }}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| state.set(Sending::Idle)>{ui.cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}
