//! Reading a text aloud with the browser's speech synthesis, only with a voice that runs on this
//! device (`localService`): a network voice would send the family's words to a server.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// A voice on this device for the language (`nl`, `en`, ...), if the browser has one.
pub fn local_voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .find(|v| v.local_service() && v.lang().to_ascii_lowercase().starts_with(lang))
}

/// Reads `text` aloud with `voice`; any earlier reading stops first.
pub fn speak(text: &str, voice: &SpeechSynthesisVoice) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return false };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else { return false };
    utterance.set_voice(Some(voice));
    utterance.set_lang(&voice.lang());
    synth.cancel();
    synth.speak(&utterance);
    true
}
