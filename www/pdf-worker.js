// The PDF part of Samenplan, in a Web Worker: the app posts { id, caseJson, request, instruments }
// and gets { id, type: 'progress', stage } messages, then { id, type: 'done', bytes, ms } (the PDF,
// transferred, not copied) or { id, type: 'error', kind, detail }. The PDF module (pdf/) and the
// fonts (fonts/) are fetched here on the first request only, never with the app itself; a
// language's messages (i18n/, Dutch is built in) on the first PDF in that language.
/* global wasm_bindgen */
importScripts('pdf/samenplan_pdf.js');

const FONTS = ['fonts/DejaVuSans.ttf', 'fonts/DejaVuSans-Bold.ttf'];
let ready = null;

const messages = new Map(); // language code -> promise of its compiled message table (text)

// A file the PDF needs (a font, a language's messages): a failure is the 'font' kind, which the app
// says as "could not be loaded".
async function file(url) {
  let res;
  try {
    res = await fetch(url);
  } catch (err) {
    throw { kind: 'font', detail: `${url}: ${err.message || err}` };
  }
  if (!res.ok) throw { kind: 'font', detail: `${url}: HTTP ${res.status}` };
  return res;
}

const font = async (url) => new Uint8Array(await (await file(url)).arrayBuffer());

function messagesFor(lang) {
  if (lang === 'nl') return Promise.resolve('');
  if (!/^[a-z]{2}$/.test(lang)) return Promise.reject({ kind: 'request', detail: `language ${lang}` });
  if (!messages.has(lang)) {
    const text = file(`i18n/${lang}.json`).then((res) => res.text());
    text.catch(() => messages.delete(lang)); // tried again on the next request
    messages.set(lang, text);
  }
  return messages.get(lang);
}

function load() {
  if (!ready) {
    ready = Promise.all([wasm_bindgen({ module_or_path: 'pdf/samenplan_pdf_bg.wasm' }), ...FONTS.map(font)])
      .then(([, regular, bold]) => ({ regular, bold }));
    // A failed load is tried again on the next request.
    ready.catch(() => { ready = null; });
  }
  return ready;
}

function reason(err) {
  if (err && typeof err === 'object' && err.kind) return err;
  if (typeof err === 'string') {
    try {
      const parsed = JSON.parse(err);
      if (parsed && parsed.kind) return parsed;
    } catch { /* not ours */ }
    return { kind: 'other', detail: err };
  }
  return { kind: 'other', detail: String((err && err.message) || err) };
}

self.onmessage = async (event) => {
  const { id, caseJson, request, instruments } = event.data || {};
  try {
    self.postMessage({ id, type: 'progress', stage: 'loading' });
    const [fonts, table] = await Promise.all([load(), messagesFor(JSON.parse(request).lang)]);
    self.postMessage({ id, type: 'progress', stage: 'making' });
    const started = performance.now();
    const bytes = wasm_bindgen.make_pdf(caseJson, request, instruments, table, fonts.regular, fonts.bold);
    const ms = performance.now() - started;
    self.postMessage({ id, type: 'done', bytes, ms }, [bytes.buffer]);
  } catch (err) {
    const { kind, detail } = reason(err);
    self.postMessage({ id, type: 'error', kind, detail: String(detail) });
  }
};
