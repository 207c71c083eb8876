// printpdf carries an ICC colour profile (CoatedFOGRA39, 654 KB, ~420 KB brotli) that it writes
// only into PDF/A- and PDF/X-style documents. Samenplan's PDFs use the plain custom conformance
// (tests/pdf_export.rs checks they have no OutputIntent), and the linker cannot drop the profile
// (printpdf's own JS API keeps it reachable), so its bytes are zeroed and wasm-opt's memory
// packing leaves the zeros out. Found by its ICC header, not by position; if it is not there
// (another printpdf), the module is left as it is and this says so.
// Usage: node scripts/lib/zero-icc.mjs PDF_WASM
import fs from 'node:fs';

const file = process.argv[2];
const wasm = fs.readFileSync(file);
let done = 0;
for (let at = wasm.indexOf('acsp'); at >= 36; at = wasm.indexOf('acsp', at + 4)) {
  const start = at - 36;
  const size = wasm.readUInt32BE(start);
  if (size < 100000 || start + size > wasm.length) continue;
  const profile = wasm.subarray(start, start + size);
  if (!profile.includes('FOGRA39')) continue;
  profile.fill(0);
  done += size;
}
fs.writeFileSync(file, wasm);
console.log(
  done
    ? `build: PDF module: left out ${done} bytes of unused ICC profile`
    : 'build: WARNING: the ICC profile was not found in the PDF module (size budget!)',
);
