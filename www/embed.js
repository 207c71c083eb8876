// <samenplan-app>: Samenplan in your own page with one script tag.
//
//   <script type="module" src="https://samenplan.example.org/embed.js"></script>
//   <samenplan-app lang="nl" brand-colour="#5b2a86" organisation="CJG Rivierstad"
//                  logo="icons/org-logo.svg" way-of-working="screening"></samenplan-app>
//
// The element shows the app in an iframe from the app's own site, so the family's data stays in
// the app's origin: this page cannot read it. When the frame has loaded, the element sends its
// attributes as a configuration message {type: "samenplan:config", config} to that origin only.
// The app takes it only when this page's origin is on the deployment's allowedOrigins (config.json)
// and only the settings the deployment lets a host change (hostMayChange).
//
// Attributes (all optional):
//   lang               start language ("nl", "en", "tr", "ar", "pl", "uk")
//   languages          languages offered, space separated ("nl en")
//   instruments        instrument ids offered, space separated ("triangle")
//   way-of-working     "screening" | "extended" | "multidisciplinary"
//   brand-colour       header and buttons (#rrggbb; must reach 4.5:1 against white text)
//   accent-colour      second colour (same rule)
//   organisation       the organisation's name, shown in the app's header
//   logo               image beside the name: a path relative to the APP (not to this page) or a data:image URL
//   safety-next-steps  what the professional sees after safety worries, in the `lang` language
//                      (safety-next-steps-nl, safety-next-steps-en, ... for each language)
//   src                the app's address (default: the index.html beside this script)
//   title              the frame's accessible name (default "Samenplan")
//
// Events on the element (what the app sends, per the deployment's shareEvents):
//   samenplan-event       detail {event: "plan-confirmed" | "case-exported", data?}
//   samenplan-configured  the app took the configuration
//   samenplan-refused     detail {field, message}: the app refused it (nothing changed)

const LANGS = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];
const OBSERVED = [
  'lang', 'languages', 'instruments', 'way-of-working', 'brand-colour', 'brand-color', 'accent-colour',
  'accent-color', 'organisation', 'organization', 'logo', 'safety-next-steps', 'src', 'title',
  ...LANGS.map((l) => `safety-next-steps-${l}`),
];

const words = (s) => s.split(/[\s,]+/).filter(Boolean);

class SamenplanApp extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  constructor() {
    super();
    this.frame = null;
    this.onMessage = this.onMessage.bind(this);
  }

  /** The app's address: the `src` attribute, or index.html beside this script. */
  get appUrl() {
    return new URL(this.getAttribute('src') || './index.html', this.getAttribute('src') ? document.baseURI : import.meta.url);
  }

  /** The configuration message's `config`, from the attributes that are set. */
  get config() {
    const a = (name) => this.getAttribute(name);
    const config = {};
    if (a('lang')) config.language = a('lang');
    if (a('languages')) config.languages = words(a('languages'));
    if (a('instruments')) config.instruments = words(a('instruments'));
    if (a('way-of-working')) config.wayOfWorking = a('way-of-working');
    const brand = a('brand-colour') || a('brand-color');
    const accent = a('accent-colour') || a('accent-color');
    if (brand || accent) config.colours = { ...(brand && { brand }), ...(accent && { accent }) };
    const name = a('organisation') || a('organization');
    if (name) config.organisation = { name, ...(a('logo') && { logo: a('logo') }) };
    const steps = {};
    if (a('safety-next-steps')) steps[a('lang') || 'nl'] = a('safety-next-steps');
    for (const l of LANGS) if (a(`safety-next-steps-${l}`)) steps[l] = a(`safety-next-steps-${l}`);
    if (Object.keys(steps).length) config.safetyNextSteps = steps;
    return config;
  }

  connectedCallback() {
    if (!this.frame) {
      const frame = document.createElement('iframe');
      // The frame fills the element; give the element a height to change it (default 40rem).
      frame.style.cssText = 'flex:1 1 auto;width:100%;min-height:inherit;border:0;';
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.addEventListener('load', () => this.send());
      this.frame = frame;
      if (!this.style.display) this.style.display = 'flex';
      this.style.flexDirection = 'column';
      if (!this.style.minHeight) this.style.minHeight = '40rem';
    }
    this.frame.title = this.getAttribute('title') || 'Samenplan';
    if (this.frame.src !== this.appUrl.href) this.frame.src = this.appUrl.href;
    if (!this.frame.isConnected) this.append(this.frame);
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name) {
    if (!this.frame) return;
    if (name === 'src') this.frame.src = this.appUrl.href;
    else if (name === 'title') this.frame.title = this.getAttribute('title') || 'Samenplan';
    else this.send();
  }

  /** Sends the configuration to the app's origin only (never "*"). */
  send() {
    this.frame?.contentWindow?.postMessage({ type: 'samenplan:config', config: this.config }, this.appUrl.origin);
  }

  /** Passes the app's messages on as DOM events; anything from elsewhere is ignored. */
  onMessage(e) {
    if (!this.frame || e.source !== this.frame.contentWindow || e.origin !== this.appUrl.origin) return;
    const m = e.data || {};
    if (m.type === 'samenplan:event') {
      const detail = { event: m.event, ...('data' in m && { data: m.data }) };
      this.dispatchEvent(new CustomEvent('samenplan-event', { detail, bubbles: true }));
    } else if (m.type === 'samenplan:configured') {
      this.dispatchEvent(new CustomEvent('samenplan-configured', { bubbles: true }));
    } else if (m.type === 'samenplan:config-refused') {
      const detail = { field: m.field, message: m.message };
      this.dispatchEvent(new CustomEvent('samenplan-refused', { detail, bubbles: true }));
    }
  }
}

if (!customElements.get('samenplan-app')) customElements.define('samenplan-app', SamenplanApp);
