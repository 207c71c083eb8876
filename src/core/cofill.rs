//! Co-filling from a family member's own phone, with no server in between.
//!
//! The tablet keeps an [`Invitation`] in the case and hands the phone a [`Ticket`] (as a QR code or
//! a small file): which questions, until when, and a one-time AES-256 key. The phone sends its
//! answers back sealed with that key (AES-GCM, done by the browser's WebCrypto; this module only
//! frames the bytes), bound to the invitation's id as additional data. The tablet opens them with
//! the key it kept and merges them into that participant's answers only, once.

use super::assessment::{Answer, Assessment};
use super::case::{Case, Role};
use super::envelope::{from_hex, IV_LEN, TAG_LEN};
use super::limits::{List, MAX_ANSWERS, MAX_ASSESSMENTS};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// A ticket as text: this prefix, then base64url of its JSON.
pub const TICKET_PREFIX: &str = "SPI1.";
/// Sealed answers as text: this prefix, the invitation id, a dot, base64url of IV + ciphertext.
pub const ANSWERS_PREFIX: &str = "SPA1.";
/// One part of a text split over several QR codes: `SPQ1.<tag>.<index>.<count>.<slice>`.
pub const CHUNK_PREFIX: &str = "SPQ1.";
/// In a link: the app's address, then this, then the ticket text.
pub const LINK_MARK: &str = "#invite=";
/// Bytes of the one-time key.
pub const KEY_LEN: usize = 32;
/// Characters of one QR code's text: a version-25-ish code at error correction M, still easy to
/// scan from a tablet screen with a phone camera.
pub const QR_CHARS: usize = 900;
pub use super::limits::{MAX_CHUNKS, MAX_COFILL_TEXT as MAX_TEXT};
/// How long an invitation is valid by default.
pub const DEFAULT_VALID_MS: f64 = 7.0 * 24.0 * 3600.0 * 1000.0;

/// An invitation as the tablet keeps it in the case (inside the encrypted record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Invitation {
    pub id: String,
    pub participant_id: String,
    pub visit_id: String,
    pub instrument_id: String,
    pub instrument_version: u32,
    pub theme_ids: Vec<String>,
    pub created_ms: f64,
    pub expires_ms: f64,
    /// The one-time key, hex. Kept so the answers can be opened; never in the PDF or the export.
    pub key: String,
    /// When its answers were brought in; an invitation is answered once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_ms: Option<f64>,
}

impl Invitation {
    pub fn ticket(&self, role: Role, lang: Option<String>) -> Ticket {
        Ticket {
            v: 1,
            id: self.id.clone(),
            key: self.key.clone(),
            instrument_id: self.instrument_id.clone(),
            instrument_version: self.instrument_version,
            theme_ids: self.theme_ids.clone(),
            expires_ms: self.expires_ms,
            role,
            lang,
        }
    }
}

/// What the phone receives. It names no one: no family, no participant, no case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ticket {
    pub v: u32,
    pub id: String,
    pub key: String,
    pub instrument_id: String,
    pub instrument_version: u32,
    pub theme_ids: Vec<String>,
    pub expires_ms: f64,
    pub role: Role,
    /// The language the questions are shown in first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// What the phone seals and sends back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswersPayload {
    pub v: u32,
    pub invitation_id: String,
    pub sent_ms: f64,
    /// Their `participantId` is ignored: answers land in the invitation's participant only.
    pub answers: Vec<Answer>,
}

/// Why a ticket or answers were refused; each has its own message in the interface.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoFillError {
    #[error("this is not a Samenplan invitation or answer")]
    NotOurs,
    #[error("the text is too large")]
    TooLarge,
    #[error("the invitation or answers were changed or damaged")]
    Damaged,
    #[error("the invitation has expired")]
    Expired,
    #[error("these answers were already brought in")]
    AlreadyUsed,
    #[error("these answers belong to another case or invitation")]
    OtherCase,
    #[error("this device does not have the questions of this invitation")]
    UnknownInstrument,
    #[error("this code belongs to another set of codes")]
    OtherSet,
    /// Bringing the answers in would cross a limit of the case.
    #[error("the case has no room for these answers ({})", .0.field())]
    Full(List),
}

fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

fn unb64(s: &str) -> Result<Vec<u8>, CoFillError> {
    B64.decode(s.trim()).map_err(|_| CoFillError::Damaged)
}

fn check_size(text: &str) -> Result<&str, CoFillError> {
    if text.len() > MAX_TEXT {
        return Err(CoFillError::TooLarge);
    }
    Ok(text.trim())
}

fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The ticket as text (QR code content or file content).
pub fn ticket_text(ticket: &Ticket) -> String {
    let json = serde_json::to_vec(ticket).unwrap_or_default();
    format!("{TICKET_PREFIX}{}", b64(&json))
}

/// A link that opens the app at `base` (its address without a fragment) and joins at once.
pub fn ticket_link(base: &str, ticket: &Ticket) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{LINK_MARK}{}", ticket_text(ticket))
}

/// Reads a ticket from its text or from a link holding it. Checks it is whole, not its expiry.
pub fn parse_ticket(text: &str) -> Result<Ticket, CoFillError> {
    let text = check_size(text)?;
    let text = match text.find(LINK_MARK) {
        Some(at) => &text[at + LINK_MARK.len()..],
        None => text,
    };
    let body = text.strip_prefix(TICKET_PREFIX).ok_or(CoFillError::NotOurs)?;
    let json = unb64(body)?;
    let ticket: Ticket = serde_json::from_slice(&json).map_err(|_| CoFillError::Damaged)?;
    let key_ok = from_hex(&ticket.key).is_some_and(|k| k.len() == KEY_LEN);
    if ticket.v != 1
        || !valid_id(&ticket.id)
        || !key_ok
        || ticket.theme_ids.is_empty()
        || !ticket.expires_ms.is_finite()
    {
        return Err(CoFillError::Damaged);
    }
    Ok(ticket)
}

/// Whether a ticket or invitation is past its expiry at `now_ms`.
pub fn expired(expires_ms: f64, now_ms: f64) -> bool {
    now_ms > expires_ms
}

/// The additional data the answers' AES-GCM seal is bound to.
pub fn answers_aad(invitation_id: &str) -> Vec<u8> {
    format!("{ANSWERS_PREFIX}{invitation_id}").into_bytes()
}

/// Frames sealed answers as text.
pub fn answers_text(invitation_id: &str, iv: &[u8; IV_LEN], ciphertext: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(IV_LEN + ciphertext.len());
    bytes.extend_from_slice(iv);
    bytes.extend_from_slice(ciphertext);
    format!("{ANSWERS_PREFIX}{invitation_id}.{}", b64(&bytes))
}

/// Sealed answers read from text, not yet opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedAnswers {
    pub invitation_id: String,
    pub iv: [u8; IV_LEN],
    pub ciphertext: Vec<u8>,
}

pub fn parse_answers_text(text: &str) -> Result<SealedAnswers, CoFillError> {
    let text = check_size(text)?;
    let body = text.strip_prefix(ANSWERS_PREFIX).ok_or(CoFillError::NotOurs)?;
    let (id, data) = body.split_once('.').ok_or(CoFillError::Damaged)?;
    if !valid_id(id) {
        return Err(CoFillError::Damaged);
    }
    let bytes = unb64(data)?;
    if bytes.len() < IV_LEN + TAG_LEN {
        return Err(CoFillError::Damaged);
    }
    let (iv, ciphertext) = bytes.split_at(IV_LEN);
    Ok(SealedAnswers {
        invitation_id: id.to_string(),
        iv: iv.try_into().unwrap_or([0; IV_LEN]),
        ciphertext: ciphertext.to_vec(),
    })
}

/// Reads the opened (decrypted) answers and checks they are for the invitation they were sealed for.
pub fn parse_payload(plaintext: &[u8], invitation_id: &str) -> Result<AnswersPayload, CoFillError> {
    let payload: AnswersPayload = serde_json::from_slice(plaintext).map_err(|_| CoFillError::Damaged)?;
    if payload.v != 1 || payload.invitation_id != invitation_id {
        return Err(CoFillError::Damaged);
    }
    Ok(payload)
}

/// Splits a text over QR codes of at most `max` characters each; a short text stays whole.
pub fn split_for_qr(text: &str, tag: &str, max: usize) -> Vec<String> {
    if text.len() <= max {
        return vec![text.to_string()];
    }
    // The texts are ASCII (prefixes, ids, base64url), so byte slicing keeps characters whole.
    let room = max.saturating_sub(CHUNK_PREFIX.len() + tag.len() + 8).max(16);
    let parts: Vec<&[u8]> = text.as_bytes().chunks(room).collect();
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{CHUNK_PREFIX}{tag}.{}.{n}.{}", i + 1, String::from_utf8_lossy(p)))
        .collect()
}

/// Gathers the parts of a split text as they are scanned, in any order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChunkSet {
    tag: String,
    parts: Vec<Option<String>>,
}

/// Where a scan stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gathered {
    /// `have` of `total` codes read.
    Partial { have: usize, total: usize },
    /// The whole text.
    Complete(String),
}

impl ChunkSet {
    /// Takes one scanned text. A whole (unsplit) text completes at once.
    pub fn add(&mut self, scanned: &str) -> Result<Gathered, CoFillError> {
        let scanned = check_size(scanned)?;
        let Some(rest) = scanned.strip_prefix(CHUNK_PREFIX) else {
            if scanned.starts_with(ANSWERS_PREFIX) || scanned.starts_with(TICKET_PREFIX) || scanned.contains(LINK_MARK)
            {
                return Ok(Gathered::Complete(scanned.to_string()));
            }
            return Err(CoFillError::NotOurs);
        };
        let mut fields = rest.splitn(4, '.');
        let (Some(tag), Some(i), Some(n), Some(slice)) = (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(CoFillError::Damaged);
        };
        let (Ok(i), Ok(n)) = (i.parse::<usize>(), n.parse::<usize>()) else { return Err(CoFillError::Damaged) };
        if !valid_id(tag) || n == 0 || n > MAX_CHUNKS || i == 0 || i > n {
            return Err(CoFillError::Damaged);
        }
        if self.parts.is_empty() {
            self.tag = tag.to_string();
            self.parts = vec![None; n];
        } else if self.tag != tag || self.parts.len() != n {
            return Err(CoFillError::OtherSet);
        }
        self.parts[i - 1] = Some(slice.to_string());
        let have = self.parts.iter().filter(|p| p.is_some()).count();
        if have < n {
            return Ok(Gathered::Partial { have, total: n });
        }
        Ok(Gathered::Complete(self.parts.iter().flatten().map(String::as_str).collect()))
    }

    /// Which parts (1-based) are still missing.
    pub fn missing(&self) -> Vec<usize> {
        self.parts.iter().enumerate().filter(|(_, p)| p.is_none()).map(|(i, _)| i + 1).collect()
    }
}

/// Merges opened answers into the case: only into the invitation's participant, only for the
/// themes it asked, once. On error the case is unchanged. Returns how many answers landed.
pub fn merge_answers(case: &mut Case, payload: &AnswersPayload, now_ms: f64) -> Result<usize, CoFillError> {
    let inv = case.invitations.iter().find(|i| i.id == payload.invitation_id).cloned().ok_or(CoFillError::OtherCase)?;
    if inv.answered_ms.is_some() {
        return Err(CoFillError::AlreadyUsed);
    }
    if expired(inv.expires_ms, now_ms) {
        return Err(CoFillError::Expired);
    }
    if !case.participants.iter().any(|p| p.id == inv.participant_id) {
        return Err(CoFillError::OtherCase);
    }
    let mut seen = std::collections::BTreeSet::new();
    for a in &payload.answers {
        let notes_ok = [&a.going_well, &a.worries].iter().all(|n| n.chars().count() <= super::limits::MAX_NOTE);
        let level_ok = a.level.as_ref().is_none_or(|l| valid_id(l)) && !(a.level.is_some() && a.skip.is_some());
        if !inv.theme_ids.contains(&a.theme_id) || !seen.insert(a.theme_id.as_str()) || !notes_ok || !level_ok {
            return Err(CoFillError::Damaged);
        }
    }
    // Room for them: a new assessment if there is none, and each theme not yet answered.
    let existing = case.assessments.iter().find(|a| a.visit_id == inv.visit_id && a.instrument_id == inv.instrument_id);
    if existing.is_none() && case.assessments.len() >= MAX_ASSESSMENTS {
        return Err(CoFillError::Full(List::Assessments));
    }
    let before = existing.map_or(0, |a| a.answers.len());
    let new = payload
        .answers
        .iter()
        .filter(|a| existing.is_none_or(|x| x.answer(&inv.participant_id, &a.theme_id).is_none()))
        .count();
    if before + new > MAX_ANSWERS {
        return Err(CoFillError::Full(List::Answers));
    }
    let pos = match case
        .assessments
        .iter()
        .position(|a| a.visit_id == inv.visit_id && a.instrument_id == inv.instrument_id)
    {
        Some(p) => p,
        None => {
            case.assessments.push(
                Assessment {
                    id: format!("{}-a", inv.id),
                    visit_id: inv.visit_id.clone(),
                    instrument_id: inv.instrument_id.clone(),
                    instrument_version: inv.instrument_version,
                    answers: Vec::new(),
                }
                .into(),
            );
            case.assessments.len() - 1
        }
    };
    let assessment = &mut case.assessments[pos];
    for a in &payload.answers {
        *assessment.answer_mut(&inv.participant_id, &a.theme_id) =
            Answer { participant_id: inv.participant_id.clone(), ..a.clone() };
    }
    assessment.prune();
    if let Some(i) = case.invitations.iter_mut().find(|i| i.id == inv.id) {
        i.answered_ms = Some(now_ms);
    }
    Ok(payload.answers.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_gather_in_any_order_and_refuse_strangers() {
        let text = format!("{ANSWERS_PREFIX}inv1.{}", "x".repeat(2500));
        let parts = split_for_qr(&text, "inv1", QR_CHARS);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| p.len() <= QR_CHARS), "{:?}", parts.iter().map(|p| p.len()).collect::<Vec<_>>());
        let mut set = ChunkSet::default();
        assert_eq!(set.add(&parts[2]), Ok(Gathered::Partial { have: 1, total: 3 }));
        assert_eq!(set.add(&parts[2]), Ok(Gathered::Partial { have: 1, total: 3 }));
        assert_eq!(set.missing(), vec![1, 2]);
        let other = split_for_qr(&format!("{ANSWERS_PREFIX}inv2.{}", "y".repeat(2500)), "inv2", QR_CHARS);
        assert_eq!(set.add(&other[0]), Err(CoFillError::OtherSet));
        assert_eq!(set.add(&parts[0]), Ok(Gathered::Partial { have: 2, total: 3 }));
        assert_eq!(set.add(&parts[1]), Ok(Gathered::Complete(text.clone())));
        assert_eq!(split_for_qr("SPA1.a.b", "a", QR_CHARS), vec!["SPA1.a.b".to_string()]);
        assert_eq!(ChunkSet::default().add("hello"), Err(CoFillError::NotOurs));
        assert_eq!(ChunkSet::default().add("SPQ1.t.0.2.x"), Err(CoFillError::Damaged));
        assert_eq!(ChunkSet::default().add("SPQ1.t.1.999.x"), Err(CoFillError::Damaged));
    }

    #[test]
    fn answers_text_frames_and_refuses_short_or_foreign() {
        let text = answers_text("inv-1", &[7; IV_LEN], &[1; 40]);
        let s = parse_answers_text(&text).unwrap();
        assert_eq!((s.invitation_id.as_str(), s.iv, s.ciphertext.len()), ("inv-1", [7; IV_LEN], 40));
        assert_eq!(parse_answers_text("SPA1.inv-1.AAAA"), Err(CoFillError::Damaged));
        assert_eq!(parse_answers_text("SPA1.in v.AAAA"), Err(CoFillError::Damaged));
        assert_eq!(parse_answers_text("{}"), Err(CoFillError::NotOurs));
        assert_eq!(parse_answers_text(&"A".repeat(MAX_TEXT + 1)), Err(CoFillError::TooLarge));
    }
}
