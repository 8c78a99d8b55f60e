//! Moving GB between the owner and a sub-user: give (at most the owner's whole GB left)
//! or take back (at most the sub-user's whole GB left), both checked before sending.

use super::{texts, traffic_of, Shared};
use crate::{
    api,
    components::write::{use_write, Write, WriteProblem},
    i18n::intl,
    logic::traffic::{check_give, check_take, whole_gb, GbProblem},
    models::{Ack, SubUser},
};
use leptos::{ev::SubmitEvent, html, prelude::*};

/// Which way the GB go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// From the owner to the sub-user (`data/add`).
    Give,
    /// From the sub-user back to the owner (`data/subtract`).
    Take,
}

impl Direction {
    /// The `data-test` prefix and the field's id.
    fn test(self) -> &'static str {
        match self {
            Direction::Give => "su-add",
            Direction::Take => "su-take",
        }
    }
}

/// The give or take-back form of the sub-user `id`.
#[component]
pub fn GbForm(
    id: String,
    sub: Signal<Option<SubUser>>,
    name: Signal<String>,
    shared: Shared,
    direction: Direction,
) -> impl IntoView {
    let test = direction.test();
    let raw = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<GbProblem>);
    let sub_left = Signal::derive(move || sub.with(|s| s.as_ref().map_or(0, |s| traffic_of(s).remaining)));
    // Whole GB the form can move now.
    let movable = move || {
        whole_gb(match direction {
            Direction::Give => shared.owner_left.get(),
            Direction::Take => sub_left.get(),
        })
    };
    let id = StoredValue::new(id);
    let send: Write<u32, Ack> = use_write(
        move |gb: &u32| {
            let (gb, id, plan) = (*gb, id.get_value(), shared.plan);
            async move {
                match direction {
                    Direction::Give => api::sub_users::add_gb(plan, &id, gb).await,
                    Direction::Take => api::sub_users::take_gb(plan, &id, gb).await,
                }
            }
        },
        move |gb, _| match direction {
            Direction::Give => trf!(sub_users.added, n = gb, name = name.get_untracked()),
            Direction::Take => trf!(sub_users.taken, n = gb, name = name.get_untracked()),
        },
        move || {
            raw.set(String::new());
            shared.changed.run(());
        },
    );
    let input = NodeRef::<html::Input>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if send.pending().get_untracked() {
            return;
        }
        let text = input.get_untracked().map(|i| i.value()).unwrap_or_else(|| raw.get_untracked());
        let checked = match direction {
            Direction::Give => check_give(&text, shared.owner_left.get_untracked(), false),
            Direction::Take => check_take(&text, sub_left.get_untracked()),
        };
        match checked {
            Err(p) => {
                send.clear();
                problem.set(Some(p));
            }
            Ok(gb) => {
                problem.set(None);
                send.run(gb);
            }
        }
    };
    view! {
        <form class="inline-form sub-user-action" on:submit=on_submit novalidate>
            <label for=test>
                {move || match direction {
                    Direction::Give => tr!(sub_users.add_label),
                    Direction::Take => tr!(sub_users.take_label),
                }}
            </label>
            <input id=test data-test=test type="text" inputmode="numeric" autocomplete="off" size="6" node_ref=input
                prop:value=move || raw.get() on:input=move |ev| raw.set(event_target_value(&ev))
                aria-invalid=move || problem.with(Option::is_some).to_string()
                aria-describedby=format!("{test}-hint") />
            <button type="submit" class="btn btn-secondary" data-test=format!("{test}-submit")
                disabled=move || send.pending().get()>
                {move || match (send.pending().get(), direction) {
                    (true, _) => tr!(sub_users.working),
                    (false, Direction::Give) => tr!(sub_users.add),
                    (false, Direction::Take) => tr!(sub_users.take),
                }}
            </button>
            <p class="hint" id=format!("{test}-hint")>
                {move || match direction {
                    Direction::Give => trf!(sub_users.owner_has, gb = intl::number(movable() as i64)),
                    Direction::Take => trf!(sub_users.user_has, name = name.get(), gb = intl::number(movable() as i64)),
                }}
            </p>
            {move || problem.get().map(|p| {
                let who = name.get();
                let from = match direction {
                    Direction::Give => texts::Source::Owner,
                    Direction::Take => texts::Source::SubUser(&who),
                };
                let text = texts::gb_problem(p, from);
                view! { <p class="field-error" role="alert" data-test=format!("{test}-problem")>{text}</p> }
            })}
            <WriteProblem error=Signal::derive(move || send.error()) test=test lost=texts::lost failed=texts::failed />
        </form>
    }
}
