// Loads the app's WebAssembly. Kept as a file (not inline) so the Content-Security-Policy needs no inline script.
import init from './pkg/samenplan.js';

init().catch((err) => {
  const root = document.getElementById('samenplan') || document.body;
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'Samenplan kon niet starten in deze browser. · Samenplan could not start in this browser.';
  root.replaceChildren(p);
  console.error(err);
});
