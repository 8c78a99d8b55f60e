//! A bulk run: the selected orders' requests sent one at a time through the one write
//! pattern (`use_write`: a run while one is on its way is ignored, so five clicks on Pay
//! renew each order once; nothing is retried), with a progress bar and each order's
//! outcome. Stop ends the run before the next request; a 401 ends it too (the session is
//! gone). At the end the list and what depends on it are read again.

use crate::{
    api::{self, ApiError},
    components::write::{use_write, Write},
    logic::bulk::{Outcome, Run, Tally},
};
use leptos::prelude::*;
use leptos_router::components::A;

/// What a bulk run does to each order.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// Renew an on-hold order (pays from the wallet).
    Renew,
    /// Switch auto-renewal on (`true`) or off.
    AutoRenewal(bool),
    /// Set this tag (empty clears it).
    Tag(String),
}

impl Job {
    fn title(&self) -> &'static str {
        match self {
            Job::Renew => tr!(bulk.run_renew),
            Job::AutoRenewal(true) => tr!(bulk.run_auto_on),
            Job::AutoRenewal(false) => tr!(bulk.run_auto_off),
            Job::Tag(_) => tr!(bulk.run_tag),
        }
    }

    async fn send(&self, id: i64) -> Result<(), ApiError> {
        match self {
            Job::Renew => api::orders::renew(id).await.map(drop),
            Job::AutoRenewal(on) => api::orders::set_auto_renewal(id, *on).await.map(drop),
            Job::Tag(tag) => api::orders::set_tag(id, tag).await.map(drop),
        }
    }
}

/// The orders page's bulk run; cheap to copy.
#[derive(Clone, Copy)]
pub struct BulkRun {
    write: Write<(Job, Vec<i64>), Tally>,
    /// The run on screen: its job and each order's outcome so far.
    state: RwSignal<Option<(Job, Run<ApiError>)>>,
    /// Set by Stop: no request is sent after the one on its way.
    stop: StoredValue<bool>,
}

impl BulkRun {
    /// A run whose end calls `finished` (read the list again, forget the selection).
    pub fn new(finished: impl Fn() + 'static) -> BulkRun {
        let state = RwSignal::new(None::<(Job, Run<ApiError>)>);
        let stop = StoredValue::new(false);
        let write = use_write(
            move |(job, ids): &(Job, Vec<i64>)| {
                state.set(Some((job.clone(), Run::new(ids))));
                stop.set_value(false);
                let job = job.clone();
                async move { Ok(run(job, state, stop).await) }
            },
            |_, t: &Tally| {
                trf!(
                    bulk.summary,
                    done = t.done,
                    total = t.total,
                    refused = t.refused,
                    unknown = t.unknown,
                    not_sent = t.not_sent
                )
            },
            finished,
        );
        BulkRun { write, state, stop }
    }

    /// Starts `job` over `ids`, unless a run is on its way.
    pub fn start(self, job: Job, ids: Vec<i64>) {
        self.write.run((job, ids));
    }

    /// Reactive: true while a run is on its way.
    pub fn running(self) -> Memo<bool> {
        self.write.pending()
    }
}

/// Sends the queued orders one by one until done, stopped, or signed out.
async fn run(job: Job, state: RwSignal<Option<(Job, Run<ApiError>)>>, stop: StoredValue<bool>) -> Tally {
    loop {
        let next = state.with_untracked(|s| s.as_ref().and_then(|(_, r)| r.next()));
        let Some((index, id)) = next else { break };
        if stop.get_value() {
            state.update(|s| s.iter_mut().for_each(|(_, r)| r.cancel()));
            break;
        }
        let answer = job.send(id).await;
        let signed_out = answer == Err(ApiError::Unauthorized);
        let outcome = match answer {
            Ok(()) => Outcome::Done,
            Err(e) if e.outcome_unknown() => Outcome::Unknown(e),
            Err(e) => Outcome::Refused(e),
        };
        state.update(|s| {
            if let Some((_, r)) = s {
                r.settle(index, outcome);
                if signed_out {
                    r.cancel();
                }
            }
        });
    }
    state.with_untracked(|s| s.as_ref().map(|(_, r)| r.tally()).unwrap_or_default())
}

/// The run on screen: its progress while it goes, then each order's outcome until closed.
#[component]
pub fn RunView(run: BulkRun) -> impl IntoView {
    let running = run.running();
    let shown = Memo::new(move |_| run.state.with(Option::is_some));
    let tally = move || run.state.with(|s| s.as_ref().map(|(_, r)| r.tally()).unwrap_or_default());
    let title = move || run.state.with(|s| s.as_ref().map(|(job, _)| job.title()));
    let settled = move || {
        let t = tally();
        t.sent + t.not_sent
    };
    let label = move || trf!(bulk.progress, sent = settled(), total = tally().total);
    let items = move || {
        run.state.with(|s| {
            s.as_ref().map(|(_, r)| {
                let current = running.get().then(|| r.next().map(|(i, _)| i)).flatten();
                r.items
                    .iter()
                    .enumerate()
                    .map(|(i, (id, outcome))| item(*id, outcome, current == Some(i)))
                    .collect_view()
            })
        })
    };
    view! {
        <Show when=move || shown.get()>
            <section class="card bulk-run" data-test="bulk-run" aria-labelledby="bulk-run-title">
                <h2 id="bulk-run-title">{title}</h2>
                <div class="progress-row">
                    <progress data-test="bulk-progress" max=move || tally().total value=settled
                        aria-labelledby="bulk-run-title" aria-valuetext=label></progress>
                    <span data-test="bulk-progress-text" aria-live="polite">{label}</span>
                </div>
                <ul class="bulk-results" data-test="bulk-results">{items}</ul>
                <div class="button-row">
                    {move || if running.get() {
                        view! {
                            <button type="button" class="btn btn-secondary" data-test="bulk-stop"
                                on:click=move |_| run.stop.set_value(true)>{tr!(bulk.stop)}</button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-secondary" data-test="bulk-close"
                                on:click=move |_| run.state.set(None)>{tr!(common.close)}</button>
                        }.into_any()
                    }}
                </div>
            </section>
        </Show>
    }
}

/// One order's line: its link and how it stands.
fn item(id: i64, outcome: &Outcome<ApiError>, sending: bool) -> impl IntoView {
    let (class, text) = match outcome {
        Outcome::Queued if sending => ("pending", tr!(bulk.sending).to_string()),
        Outcome::Queued => ("pending", tr!(bulk.queued).to_string()),
        Outcome::Done => ("done", tr!(bulk.done).to_string()),
        Outcome::Refused(e) => ("refused", trf!(bulk.refused, error = e)),
        Outcome::Unknown(e) => ("unknown", trf!(bulk.unknown, error = e)),
        Outcome::NotSent => ("not-sent", tr!(bulk.not_sent).to_string()),
    };
    view! {
        <li class=format!("bulk-item {class}") data-test="bulk-item" data-order=id data-outcome=class>
            <A href=format!("/orders/{id}")>{format!("#{id}")}</A>
            " "
            <span>{text}</span>
        </li>
    }
}
