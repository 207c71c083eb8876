//! The family group plan circle: the family's network, by closeness and sector.

use serde::{Deserialize, Serialize};

/// The family's network as drawn in the circle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Network {}

/// A change to the network.
#[derive(Debug, Clone, PartialEq)]
pub enum NetworkAction {}

/// Why a network change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetworkError {}

/// Applies one change; on error the network is unchanged.
pub fn apply_network(_network: &mut Network, action: NetworkAction) -> Result<(), NetworkError> {
    match action {}
}
