//! The order's tag with an inline editor: Save and Cancel, checked before anything is sent.

use crate::{
    api::{self, ApiError},
    components::{
        labels,
        write::{use_write, Write},
    },
    logic::tag::{shown_tag, validate_tag, TagProblem, MAX_TAG_CHARS},
    models::{Ack, OrderDetail},
};
use leptos::{ev::SubmitEvent, html, prelude::*};

/// Why the tag was not saved: kept as it happened and said in the language of the moment.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    /// The text typed cannot be a tag.
    Invalid(TagProblem),
    /// The server did not save it.
    Failed(ApiError),
}

impl Problem {
    fn text(&self) -> String {
        match self {
            Problem::Invalid(problem) => labels::tag_problem(*problem),
            Problem::Failed(e) => e.message(),
        }
    }
}

/// Shows the tag, and edits it in place.
#[component]
pub fn TagEditor(
    /// The order's id.
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order after a change.
    on_changed: Callback<()>,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    // The tag just saved, shown at once and until the refetched order brings it.
    let saved = RwSignal::new(None::<Option<String>>);
    let server_tag = Memo::new(move |_| order.with(|o| o.tag.clone()));
    Effect::watch(move || server_tag.track(), move |_, _, _| saved.set(None), false);
    let current = move || match saved.get() {
        Some(tag) => tag,
        None => server_tag.get(),
    };

    let save: Write<String, Ack> = use_write(
        move |tag: &String| {
            let tag = tag.clone();
            async move { api::orders::set_tag(id, &tag).await }
        },
        move |tag, ack| {
            saved.set(Some(Some(tag.clone()).filter(|t| !t.is_empty())));
            editing.set(false);
            let fallback = if tag.is_empty() { tr!(order.tag_removed) } else { tr!(order.tag_saved) };
            ack.message.clone().unwrap_or_else(|| fallback.into())
        },
        move || on_changed.run(()),
    );
    // What is wrong now: the text typed, else the server's refusal of the last save.
    let shown_problem = move || problem.get().or_else(|| save.error().map(Problem::Failed));

    let input = NodeRef::<html::Input>::new();
    let start = move |_| {
        draft.set(current().unwrap_or_default());
        problem.set(None);
        save.clear();
        editing.set(true);
    };
    let cancel = move || {
        if !save.pending().get_untracked() {
            editing.set(false);
            problem.set(None);
            save.clear();
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if save.pending().get_untracked() {
            return;
        }
        // Read the field itself: automation and autofill may change it without an input event.
        let raw = input.get_untracked().map(|i| i.value()).unwrap_or_else(|| draft.get_untracked());
        match validate_tag(&raw) {
            Err(invalid) => {
                save.clear();
                problem.set(Some(Problem::Invalid(invalid)));
            }
            Ok(tag) if tag == current().unwrap_or_default() => {
                // Nothing changed: nothing to send.
                editing.set(false);
                problem.set(None);
                save.clear();
            }
            Ok(tag) => {
                problem.set(None);
                save.run(tag);
            }
        }
    };
    // Focus the field each time the editor opens.
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });

    move || {
        if editing.get() {
            view! {
                <form class="inline-form tag-form" on:submit=on_submit novalidate>
                    <label for="tag-input" class="visually-hidden">{tx!(common.tag)}</label>
                    <input id="tag-input" data-test="tag-input" type="text" autocomplete="off"
                        node_ref=input
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Escape" { cancel() }
                        aria-invalid=move || shown_problem().is_some().to_string()
                        aria-describedby="tag-problem tag-hint" />
                    <button type="submit" class="btn btn-primary" data-test="tag-save"
                        disabled=move || save.pending().get()>
                        {move || if save.pending().get() { tr!(order.saving) } else { tr!(order.save) }}
                    </button>
                    <button type="button" class="btn btn-secondary" data-test="tag-cancel"
                        disabled=move || save.pending().get() on:click=move |_| cancel()>{tx!(order.cancel)}</button>
                    <p id="tag-problem" class="field-error" role="alert" data-test="tag-error">
                        {move || shown_problem().as_ref().map(Problem::text)}
                    </p>
                    <p id="tag-hint" class="muted hint">
                        {move || trf!(order.tag_hint, max = MAX_TAG_CHARS)}
                    </p>
                </form>
            }
            .into_any()
        } else {
            view! {
                <span class="tag-view">
                    {move || match current().as_deref().and_then(|t| shown_tag(Some(t))) {
                        Some(tag) => view! { <span class="tag-text" data-test="order-tag">{tag.to_string()}</span> }.into_any(),
                        None => view! { <span class="muted" data-test="order-tag">{tr!(order.no_tag)}</span> }.into_any(),
                    }}
                    <button type="button" class="btn btn-ghost btn-small" data-test="tag-edit" on:click=start>
                        {tx!(order.edit_tag)}
                    </button>
                </span>
            }
            .into_any()
        }
    }
}
