//! The relation lines between people in the circle, or between a person and the family: their
//! kind and the way support flows.

use serde::{Deserialize, Serialize};

/// What a relation is like, drawn the way eco-maps draw it: by the line's style, never by
/// colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TieKind {
    /// A thick solid line.
    Strong,
    /// A thin solid line.
    Ordinary,
    /// A dashed line.
    Weak,
    /// A zigzag line: the relation costs energy.
    Stressful,
}

impl TieKind {
    pub const ALL: [TieKind; 4] = [Self::Strong, Self::Ordinary, Self::Weak, Self::Stressful];
    pub fn key(self) -> &'static str {
        match self {
            Self::Strong => "strong",
            Self::Ordinary => "ordinary",
            Self::Weak => "weak",
            Self::Stressful => "stressful",
        }
    }
}

/// Which way support flows along a line, seen from the line's `person`: they give to the other
/// end (the family, or the other person), receive from it, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Flow {
    Gives,
    Receives,
    Both,
}

impl Flow {
    pub const ALL: [Flow; 3] = [Self::Gives, Self::Receives, Self::Both];
    pub fn key(self) -> &'static str {
        match self {
            Self::Gives => "gives",
            Self::Receives => "receives",
            Self::Both => "both",
        }
    }
    /// The same flow seen from the other end.
    pub fn reversed(self) -> Flow {
        match self {
            Self::Gives => Self::Receives,
            Self::Receives => Self::Gives,
            Self::Both => Self::Both,
        }
    }
}

/// A relation line: from a network person to the family, or to another person in the circle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Tie {
    pub person: String,
    /// The other end: another network person; absent for the family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    pub kind: TieKind,
    /// Seen from `person`; absent when nobody said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<Flow>,
}

impl Tie {
    /// Whether this line joins `a` and `b` (`None`: the family), in either direction.
    pub fn joins(&self, a: &str, b: Option<&str>) -> bool {
        match (self.other.as_deref(), b) {
            (None, None) => self.person == a,
            (Some(o), Some(b)) => (self.person == a && o == b) || (self.person == b && o == a),
            _ => false,
        }
    }
    /// Whether `id` is at either end.
    pub fn touches(&self, id: &str) -> bool {
        self.person == id || self.other.as_deref() == Some(id)
    }
    /// The flow seen from `id` (one of the line's people).
    pub fn flow_from(&self, id: &str) -> Option<Flow> {
        if self.person == id {
            self.flow
        } else {
            self.flow.map(Flow::reversed)
        }
    }
}
