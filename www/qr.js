// QR codes for Samenplan, loaded only when needed (app.js imports it the first time the app asks
// for it, from src/web/qr_client.rs): drawing a code as SVG and reading codes with the camera.
// Drawing, and reading in browsers without BarcodeDetector, run in qr-worker.js (the rqrr and qrcode
// wasm module, qr/), which is started on first use only. Nothing here talks to any server.

const SCAN_INTERVAL_MS = 150;
// Frames are read at most this large (longest side): enough for a dense code filling half the frame.
const MAX_FRAME_SIDE = 1280;

let worker = null;
let nextId = 1;
const pending = new Map();

/** An Error the app can translate by its name: 'NoCamera', 'Denied' or 'Other'. */
function named(name, message) {
  const err = new Error(message);
  err.name = name;
  return err;
}

/** Sends one message to the QR worker (started on the first one) and waits for its answer. */
function ask(message, transfer = []) {
  if (!worker) {
    const started = new Worker(new URL('qr-worker.js', import.meta.url));
    // The worker is gone: everything waiting fails, the next request starts a new one.
    const end = (why) => {
      started.terminate();
      if (worker === started) worker = null;
      for (const waiting of pending.values()) waiting.reject(new Error(why));
      pending.clear();
    };
    started.onmessage = (event) => {
      const { id, error, fatal, ...answer } = event.data || {};
      const waiting = pending.get(id);
      pending.delete(id);
      if (waiting && error !== undefined) waiting.reject(new Error(error));
      else if (waiting) waiting.resolve(answer);
      if (fatal) end(error);
    };
    started.onerror = (event) => {
      // The worker script itself failed.
      event.preventDefault();
      end('qr-worker.js could not start');
    };
    worker = started;
  }
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, ...message }, transfer);
  });
}

/**
 * The QR code for `text` (byte mode, error correction level M, a quiet zone of 4 modules) as an
 * SVG document. Rejects when the text does not fit in one code.
 */
export async function qrSvg(text) {
  const { svg } = await ask({ encode: String(text) });
  return svg;
}

/** Reads codes with the browser's BarcodeDetector when it knows QR codes, else null. */
async function nativeReader() {
  if (typeof globalThis.BarcodeDetector !== 'function') return null;
  try {
    const formats = await globalThis.BarcodeDetector.getSupportedFormats();
    if (!formats.includes('qr_code')) return null;
    const detector = new globalThis.BarcodeDetector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
  } catch {
    return null;
  }
}

/** Reads codes with the QR worker's decoder (rqrr): a frame copied from the video, as RGBA. */
async function workerReader() {
  await ask({ load: true }); // fails now, not at every frame, when the module cannot be loaded
  let canvas = null;
  let context = null;
  return async (video) => {
    const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.max(1, Math.round(video.videoWidth * scale));
    const height = Math.max(1, Math.round(video.videoHeight * scale));
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    context.drawImage(video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    const { texts } = await ask({ decode: { width, height, data } }, [data.buffer]);
    return texts;
  };
}

/** The app's name for why the camera could not be opened. */
function cameraError(err) {
  const name = err && err.name;
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return named('Denied', 'the camera may not be used');
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
    return named('NoCamera', 'no camera found');
  }
  return named('Other', String((err && err.message) || err || 'the camera could not be started'));
}

/**
 * Opens the rear camera (any camera when there is none at the back), shows it in `video` and
 * reads QR codes in it every 150 ms: with BarcodeDetector where the browser has it for QR codes,
 * else with the QR worker. Calls `onText(text)` once per distinct text in this scan. Resolves to
 * `{ stop() }`, which closes the camera; rejects with an Error named 'NoCamera', 'Denied' or
 * 'Other'.
 */
export async function startScanner(video, onText) {
  const media = navigator.mediaDevices;
  if (!media || typeof media.getUserMedia !== 'function') throw named('NoCamera', 'this browser offers no camera');
  let stream;
  try {
    stream = await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (err) {
    throw cameraError(err);
  }

  let stopped = false;
  let timer = 0;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    for (const track of stream.getTracks()) track.stop();
    if (video.srcObject === stream) video.srcObject = null;
  };

  let read;
  try {
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    read = (await nativeReader()) || (await workerReader());
  } catch (err) {
    stop();
    throw named('Other', String((err && err.message) || err));
  }

  const seen = new Set();
  let busy = false;
  timer = setInterval(async () => {
    if (stopped || busy || video.readyState < 2 || !video.videoWidth) return;
    busy = true;
    try {
      const texts = await read(video);
      for (const text of texts) {
        if (stopped || seen.has(text)) continue;
        seen.add(text);
        onText(text);
      }
    } catch {
      // A frame that could not be read: the next one may.
    } finally {
      busy = false;
    }
  }, SCAN_INTERVAL_MS);
  return { stop };
}
