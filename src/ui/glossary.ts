/**
 * The app's terms of art, each with a short plain definition: shown on hover and focus by `<Term>`
 * and listed in full in the About panel's Glossary. One entry per term, in reading order.
 */
export interface GlossaryEntry {
  /** Stable id: `<Term id>` and the glossary anchor `#glossary-<id>`. */
  readonly id: string
  readonly term: string
  readonly definition: string
}

export const GLOSSARY = [
  {
    id: 'history',
    term: 'history',
    definition:
      'The alliances as recorded, under the alliance definition chosen in the settings. Only the record is history; what the model predicts from it is the baseline.',
  },
  {
    id: 'dyad-year',
    term: 'dyad-year',
    definition:
      'One pair of states in one year, such as China–North Korea in 1975. The model makes one prediction for each, and every figure counts them.',
  },
  {
    id: 'baseline',
    term: 'baseline',
    definition:
      'The model on history: the same rule and settings run on the recorded codings, with no scenario change. A scenario’s figures are set beside it.',
  },
  {
    id: 'shared-threat',
    term: 'shared threat',
    definition:
      'The first of the two conditions: both states face the same adversary, and they are not rivals of each other.',
  },
  {
    id: 'shared-ideology',
    term: 'shared ideology',
    definition:
      'The second condition: both states are ruled by a communist party. On the strict reading their two parties must also not be in open rift.',
  },
  {
    id: 'party-rift',
    term: 'party rift',
    definition:
      'An open quarrel over doctrine or leadership between two ruling communist parties, as between Beijing and Moscow from 1960 to 1988.',
  },
  {
    id: 'contested',
    term: 'contested',
    definition:
      'A threat coding on which the sources disagree. A setting decides whether such years count as a shared threat or not.',
  },
  {
    id: 'exit-lag',
    term: 'exit lag',
    definition:
      'With the exit-lag rule, the number of years an alliance is still predicted after one of the two conditions stops holding.',
  },
  {
    id: 'out-of-sample',
    term: 'out of sample',
    definition:
      'Cases the theory was not built on. The essay chose its eleven pairs; the library adds pairs of other communist states, to ask whether the rule holds beyond them.',
  },
  {
    id: 'did-not-exist',
    term: 'did not exist',
    definition:
      'A year in which one of the two states was not a state (Yugoslavia after 1992). It is not a year without an alliance: the model does not judge it and the scores leave it out.',
  },
  {
    id: 'hit',
    term: 'hit',
    definition: 'The model predicts an alliance, and history has one in that year.',
  },
  {
    id: 'miss',
    term: 'miss',
    definition: 'History has an alliance in that year, but the model predicts none.',
  },
  {
    id: 'false-alarm',
    term: 'false alarm',
    definition: 'The model predicts an alliance that history does not have in that year.',
  },
  {
    id: 'correct-rejection',
    term: 'correct rejection',
    definition: 'The model predicts no alliance, and history has none in that year.',
  },
  {
    id: 'accuracy',
    term: 'accuracy',
    definition:
      'The share of scored dyad-years the model gets right: hits and correct rejections together, out of all of them.',
  },
  {
    id: 'precision',
    term: 'precision',
    definition:
      'Of the dyad-years where the model predicts an alliance, the share where history has one. Many false alarms make it low.',
  },
  {
    id: 'recall',
    term: 'recall',
    definition:
      'Of the dyad-years where history has an alliance, the share the model predicts. Many misses make it low.',
  },
  {
    id: 'treaty-series',
    term: 'treaty series',
    definition:
      'Two alliance definitions read from treaty texts: treaty_any counts any bilateral treaty with a security, consultation or support clause; treaty_defense counts only a promise to help if the partner is attacked.',
  },
  {
    id: 'cow',
    term: 'COW',
    definition:
      'Correlates of War, a long-running research project. Its Formal Alliances data (version 4.1) list signed alliances by type, from defence pact to entente, up to 2012.',
  },
  {
    id: 'atop',
    term: 'ATOP',
    definition:
      'Alliance Treaty Obligations and Provisions, a dataset (version 5.1) that records what each alliance commits its members to: defence, non-aggression or consultation. It runs to 2018.',
  },
  {
    id: 'percent-agreement',
    term: 'agreement',
    definition:
      'For one case, the share of pairs of students who gave the same answer. "Unsure" counts as no answer, so two unsure students have not agreed.',
  },
  {
    id: 'alpha',
    term: "Krippendorff's alpha",
    definition:
      'Agreement over all the cases, corrected for the agreement chance alone would give: 1 is full agreement, 0 no better than chance, below 0 worse. Researchers usually want at least 0.8, or 0.67 for tentative conclusions.',
  },
] as const satisfies readonly GlossaryEntry[]

export type TermId = (typeof GLOSSARY)[number]['id']

const BY_ID = new Map<string, GlossaryEntry>(GLOSSARY.map((e) => [e.id, e]))

/** The entry of a term; every `TermId` has one. */
export const glossaryEntry = (id: TermId): GlossaryEntry => BY_ID.get(id)!

/** The id of a term's entry in the Glossary section, for links. */
export const glossaryAnchor = (id: TermId) => `glossary-${id}`
