import { defineMessages } from '@/i18n/catalogue'

/**
 * The Vu–Lan debate lens. The reasons beside each ally and in the list of differences are the
 * data's own English (span rationales): `<en>` marks them.
 */
export const debateLensWords = defineMessages('debate.lens', {
  heading: 'The Vu–Lan debate',
  intro:
    'Ngo Di Lan answered the essay that it depends on what counts as an alliance. Choose a reading and watch the verdict on "China and Vietnam have similar alliance policies". The reading becomes the alliance definition for the whole app.',
  'vu.name': "Vu's coding",
  'vu.explain': 'the alliances the essay names, treaty or not',
  'lan.name': "Lan's reading",
  'lan.explain': 'only treaties that oblige a party to act if the other is attacked',
  'cow.explain': 'the Correlates of War alliance data, to 2012',
  'atop.explain': 'the Alliance Treaty Obligations and Provisions data, to 2018',
  'mine.name': 'My reading',
  'mine.explain': "your codes, {n} of {total} cases; Vu's coding for the rest",
  'own-reason': 'Your reason: {reason}',
  readings: 'Reading of alliances',
  'side-by-side': 'The readings side by side',
  caption: 'Alliances each country keeps, {range}, under each reading',
  'column.explain': '({explain})',
  allies: '<b>{n}</b> {n, plural, one {ally} other {allies}}',
  none: 'none',
  'ally.years': '({years})',
  similar: 'Similar policies?',
  'model-agrees': 'The two-criteria model agrees',
  'no-year': 'no year scored',
  'agrees-in': 'in {share} of dyad-years',
  'open.none': 'My reading uses your code for every case.',
  open: "Still open in My reading ({n}), where Vu's coding stands: {items}. <a>Code them below</a>.",
  'open.separator': '; ',
  reconstructed:
    "Lan's side is reconstructed. Only the opening paragraphs of his rebuttal and of Vu's reply could be read, so \"Lan's reading\" applies the criterion he states there (a treaty must oblige a party to help if the other is attacked) to the treaty texts, and counts Article 6 of the 1978 Soviet–Vietnamese treaty as he is reported to have done.",
  'read-articles': 'Read the articles:',
  'article.rebuttal': "Lan's rebuttal",
  'article.reply': "Vu's reply",
  differ: 'Where the two readings differ, {range} ({n})',
  'differ.where': '{pair}, {years}',
  'differ.item':
    '<b>{where}</b>. Vu: {vu, select, yes {allied} other {not allied}}: <en>{vuReason}</en> Lan: {lan, select, yes {allied} other {not allied}}: <en>{lanReason}</en>',
  'english-note': "The reasons quoted from the data's coding notes are in English.",
  notice:
    'The alliance definition changed for the whole app: the timeline, table and metrics now score the model against {name} ({explain}). To go back, press "{back}" or pick the definition in Model settings.',
  'notice.back': 'Back to {back}',
  'verdict.nothing': 'Cannot be judged for {range}: neither country had an ally.',
  'verdict.falls-apart':
    'The claim falls apart for {range}: {without} had no ally at all, while {with} had {n}.',
  'verdict.weaker.apart':
    'The claim is weaker for {range}: both kept allies, but in clearly different numbers ({a} {na}, {b} {nb}).',
  'verdict.weaker.close':
    'The claim is weaker for {range}: the counts are close ({a} {na}, {b} {nb}), but only {still} still had an ally in {year} ({allies}).',
  'verdict.holds.each':
    'The claim holds for {range}: {a} had {na, plural, one {# ally} other {# allies}} and {b} {nb}, and each still had one in {year} ({alliesA}; {alliesB}).',
  'verdict.holds.neither':
    'The claim holds for {range}: {a} had {na, plural, one {# ally} other {# allies}} and {b} {nb}, and neither still had one in {year}.',
})
