//! The eco-map in words: each relation line as a sentence, and what changed between two circles,
//! as the screen (for screen readers and the list view) and the PDF both say it.

use crate::core::ecomap::{name_in, Moved, NetworkChanges, TieChange};
use crate::core::network::{Flow, Network, Tie, TieKind};
use crate::i18n::{Arg, I18n};

fn kind_key(kind: TieKind, family: bool) -> String {
    if family {
        format!("eco-tie-family-{}", kind.key())
    } else {
        format!("eco-tie-{}", kind.key())
    }
}

fn flow_key(flow: Flow, family: bool) -> String {
    if family {
        format!("eco-flow-family-{}", flow.key())
    } else {
        format!("eco-flow-{}", flow.key())
    }
}

/// The sentence for a line between `a` and `b` (`None`: the family), with the flow as seen from
/// `a`: "The bond between Oma and the family is strong. Oma supports the family."
pub fn line_sentence(i: &I18n, a: &str, b: Option<&str>, kind: TieKind, flow: Option<Flow>) -> String {
    let args = [("a", Arg::from(a)), ("b", Arg::from(b.unwrap_or_default()))];
    let mut s = i.t_args(&kind_key(kind, b.is_none()), &args);
    if let Some(f) = flow {
        s.push(' ');
        s.push_str(&i.t_args(&flow_key(f, b.is_none()), &args));
    }
    s
}

/// One of the network's lines as a sentence, from its first person's side.
pub fn tie_sentence(i: &I18n, network: &Network, tie: &Tie) -> String {
    tie_sentence_in(i, network, network, tie)
}

fn tie_sentence_in(i: &I18n, before: &Network, now: &Network, tie: &Tie) -> String {
    let name = |id: &str| name_in(before, now, id).unwrap_or_default().to_string();
    let other = tie.other.as_deref().map(name);
    line_sentence(i, &name(&tie.person), other.as_deref(), tie.kind, tie.flow)
}

/// Every line of the network as a sentence, in the order they were drawn.
pub fn tie_sentences(i: &I18n, network: &Network) -> Vec<String> {
    network.ties.iter().map(|t| tie_sentence(i, network, t)).collect()
}

fn tie_change_sentence(i: &I18n, before: &Network, now: &Network, c: &TieChange) -> String {
    let (a, b) = c.ends();
    let name = |id: &str| name_in(before, now, id).unwrap_or_default().to_string();
    let args = |extra: Vec<(&'static str, Arg)>| {
        let mut v = vec![("a", Arg::from(name(a))), ("b", Arg::from(b.map(name).unwrap_or_default()))];
        v.extend(extra);
        v
    };
    let family = b.is_none();
    match (&c.before, &c.now) {
        (None, Some(t)) => {
            i.t_args("eco-change-tie-added", &[("sentence", Arg::from(tie_sentence_in(i, before, now, t)))])
        }
        (Some(_), None) => {
            i.t_args(if family { "eco-change-tie-removed-family" } else { "eco-change-tie-removed" }, &args(vec![]))
        }
        (Some(was), Some(is)) if was.kind != is.kind => i.t_args(
            if family { "eco-change-tie-family" } else { "eco-change-tie" },
            &args(vec![
                ("before", Arg::from(i.t(&format!("eco-kind-{}", was.kind.key())))),
                ("now", Arg::from(i.t(&format!("eco-kind-{}", is.kind.key())))),
            ]),
        ),
        (_, Some(is)) => i.t_args("eco-change-flow", &[("sentence", Arg::from(tie_sentence_in(i, before, now, is)))]),
        (None, None) => String::new(),
    }
}

/// What changed from `before` to `now`, one sentence each: people first (who joined, came
/// closer, went further, changed group, left), then the lines.
pub fn change_sentences(i: &I18n, before: &Network, now: &Network, changes: &NetworkChanges) -> Vec<String> {
    let mut out: Vec<String> = changes
        .people
        .iter()
        .map(|c| {
            let name = ("name", Arg::from(c.name.as_str()));
            let ring = |r: crate::core::network::Ring| Arg::from(i.t(&format!("circle-ring-{}", r.key())));
            match c.change {
                Moved::Joined => i.t_args("eco-change-joined", &[name]),
                Moved::Left => i.t_args("eco-change-left", &[name]),
                Moved::Closer { to, .. } => i.t_args("eco-change-closer", &[name, ("to", ring(to))]),
                Moved::Further { to, .. } => i.t_args("eco-change-further", &[name, ("to", ring(to))]),
                Moved::OtherSector { to, .. } => i.t_args(
                    "eco-change-sector",
                    &[name, ("to", Arg::from(i.t(&format!("circle-sector-{}", to.key()))))],
                ),
            }
        })
        .collect();
    out.extend(changes.ties.iter().map(|c| tie_change_sentence(i, before, now, c)));
    out
}
