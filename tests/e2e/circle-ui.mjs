// The circle step as a person finds it: its figure, tokens, cards and the quick way to add someone
// (Dutch labels). Shared by the circle and eco-map tests.

export const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const figure = (page) => page.getByRole('group', { name: 'De netwerkcirkel' });
/** A person's token: role button, aria-label "<name>, <relation>, <ring>, <sector>[, ...]". */
export const token = (page, name) => figure(page).getByRole('button', { name: new RegExp(`^${esc(name)},`) });
export const whoElse = (page) => page.getByRole('region', { name: 'Wie nog meer?' });
export const list = (page) => page.getByRole('region', { name: 'Iedereen in de cirkel' });

export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' }).waitFor();
}

/** Goes to the "who else?" question with this text (forward or back). */
export async function toQuestion(page, text) {
  const card = whoElse(page);
  for (let i = 0; i < 12 && !(await card.getByText(text).isVisible()); i++) {
    const next = card.getByRole('button', { name: 'Volgende vraag' });
    if (await next.isEnabled()) await next.click(); else await card.getByRole('button', { name: 'Vorige vraag' }).click();
  }
  await card.getByText(text).waitFor();
}

/** Adds someone from the "who else?" card, optionally in another group or suggested by someone. */
export async function quickAdd(page, name, relation, { sector, by } = {}) {
  const card = whoElse(page);
  await card.getByLabel('Naam of bijnaam').fill(name);
  await card.getByLabel('Wie is het voor jullie?').fill(relation);
  if (sector) await card.getByLabel('Groep', { exact: true }).selectOption({ label: sector });
  if (by) await card.getByLabel('Voorgesteld door').selectOption({ label: by });
  await card.getByRole('button', { name: 'Zet in de cirkel' }).click();
  await token(page, name).waitFor();
  await page.getByRole('status').filter({ hasText: `${name} staat nu in de cirkel` }).waitFor();
}

/** Eight people, question by question of the "who else?" walk: family first, professionals last. */
export const EIGHT = [
  ['Wie uit jullie familie is belangrijk voor jullie?', [['Oma Ria', 'oma'], ['Oom Ben', 'broer van Sanne']]],
  ['Welke vrienden staan om jullie heen?', [['Lotte', 'vriendin van Sanne']]],
  ['Wie in de buurt kennen jullie goed?', [['Buurman Piet', 'buurman']]],
  ['Wie ken je van school of de opvang?', [['Juf Anouk', 'juf van Noor']]],
  ['Wie ken je van sport?', [['Trainer Sam', 'voetbaltrainer van Noor']]],
  ['Met welke professionals hebben jullie al contact?', [['Mirjam', 'wijkteam'], ['Dokter Bos', 'huisarts']]],
];

/** Puts the eight in the circle, each at the question that asks for them. */
export async function addEight(page) {
  for (const [question, people] of EIGHT) {
    await toQuestion(page, question);
    for (const [name, relation] of people) await quickAdd(page, name, relation);
  }
}
