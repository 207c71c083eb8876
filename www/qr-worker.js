// The QR part of Samenplan, in a Web Worker, started by qr.js: it draws codes and, in browsers
// without BarcodeDetector, reads them in camera frames. The QR module (qr/) is fetched here on the
// first request only, never with the app itself.
// Messages: { id, encode: text } → { id, svg }; { id, decode: { width, height, data } } → { id, texts }
// (`data`: RGBA, 4 bytes a pixel, or luma, 1 byte a pixel); { id, load: true } → { id, ok: true };
// on failure → { id, error, fatal } (fatal: the worker has ended itself).
/* global wasm_bindgen */
importScripts('qr/samenplan_qr.js');

let ready = null;

function load() {
  if (!ready) {
    ready = wasm_bindgen({ module_or_path: 'qr/samenplan_qr_bg.wasm' });
    // A failed load is tried again on the next request.
    ready.catch(() => { ready = null; });
  }
  return ready;
}

/** Greyscale (ITU-R BT.601 weights, integer) of an RGBA frame; luma is passed on as it is. */
function luma(width, height, data) {
  const pixels = width * height;
  const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
  if (bytes.length === pixels) return bytes;
  if (bytes.length !== pixels * 4) throw new Error(`frame of ${bytes.length} bytes is not ${width}×${height}`);
  const out = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i += 1, j += 4) {
    out[i] = (bytes[j] * 77 + bytes[j + 1] * 150 + bytes[j + 2] * 29) >> 8;
  }
  return out;
}

self.onmessage = async (event) => {
  const { id, encode, decode } = event.data || {};
  try {
    await load();
    if (typeof encode === 'string') {
      self.postMessage({ id, svg: wasm_bindgen.encode_svg(encode) });
    } else if (decode) {
      const { width, height, data } = decode;
      self.postMessage({ id, texts: wasm_bindgen.decode_luma(width, height, luma(width, height, data)) });
    } else {
      self.postMessage({ id, ok: true });
    }
  } catch (err) {
    // A trap (a panic in the decoder, e.g. on an odd camera frame: rqrr has had such bugs) leaves
    // the module unusable: this worker ends, and qr.js starts a fresh one for the next request.
    const fatal = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: String((err && err.message) || err), fatal });
    if (fatal) self.close();
  }
};
