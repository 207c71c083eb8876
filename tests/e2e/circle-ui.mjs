// The circle step as a person finds it: its figure, tokens, cards and the quick way to add someone
// (labels from the message table). Shared by the circle and eco-map tests.
import { t } from './harness.mjs';

export const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A token's aria-label ("<name>, <relation>, <ring>, <sector>[, ...]") as a pattern of these parts:
 * the whole label; with `end`, its last parts; with `middle`, parts anywhere after the first.
 */
export const tokenLabel = (parts, { end = false, middle = false } = {}) => {
  const joined = parts.map(esc).join(', ');
  return new RegExp(end ? `, ${joined}$` : middle ? `, ${joined}` : `^${joined}$`);
};
export const figure = (page) => page.getByRole('group', { name: t('circle-figure') });
/** A person's token: role button, aria-label "<name>, <relation>, <ring>, <sector>[, ...]". */
export const token = (page, name) => figure(page).getByRole('button', { name: new RegExp(`^${esc(name)},`) });
export const whoElse = (page) => page.getByRole('region', { name: t('circle-who-else') });
export const list = (page) => page.getByRole('region', { name: t('circle-list') });

export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
}

/** Goes to the "who else?" question with this text (forward or back). */
export async function toQuestion(page, text) {
  const card = whoElse(page);
  for (let i = 0; i < 12 && !(await card.getByText(text).isVisible()); i++) {
    const next = card.getByRole('button', { name: t('circle-next') });
    if (await next.isEnabled()) await next.click(); else await card.getByRole('button', { name: t('circle-back') }).click();
  }
  await card.getByText(text).waitFor();
}

/** Adds someone from the "who else?" card, optionally in another group or suggested by someone. */
export async function quickAdd(page, name, relation, { sector, by } = {}) {
  const card = whoElse(page);
  await card.getByLabel(t('circle-add-name')).fill(name);
  await card.getByLabel(t('circle-relation')).fill(relation);
  if (sector) await card.getByLabel(t('circle-sector'), { exact: true }).selectOption({ label: sector });
  if (by) await card.getByLabel(t('circle-suggested-by')).selectOption({ label: by });
  await card.getByRole('button', { name: t('circle-add') }).click();
  await token(page, name).waitFor();
  await page.getByRole('status').filter({ hasText: t('circle-added', { name, ring: /.+/, sector: /.+/ }) }).waitFor();
}

/** Eight people, question by question of the "who else?" walk: family first, professionals last. */
export const EIGHT = [
  [t('circle-prompt-family'), [['Oma Ria', 'oma'], ['Oom Ben', 'broer van Sanne']]],
  [t('circle-prompt-friends'), [['Lotte', 'vriendin van Sanne']]],
  [t('circle-prompt-neighbours'), [['Buurman Piet', 'buurman']]],
  [t('circle-prompt-school'), [['Juf Anouk', 'juf van Noor']]],
  [t('circle-prompt-sport'), [['Trainer Sam', 'voetbaltrainer van Noor']]],
  [t('circle-prompt-professionals'), [['Mirjam', 'wijkteam'], ['Dokter Bos', 'huisarts']]],
];

/** Puts the eight in the circle, each at the question that asks for them. */
export async function addEight(page) {
  for (const [question, people] of EIGHT) {
    await toQuestion(page, question);
    for (const [name, relation] of people) await quickAdd(page, name, relation);
  }
}
