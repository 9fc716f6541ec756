import { defineMessages } from '@/i18n/catalogue'

/**
 * The About text: the theory, how the model works, what counts as an alliance, the data and the
 * privacy notes. Tags mark the words that open a glossary entry (<threat>…</threat>) or are set
 * in bold (<b>), a title (<cite>) or a link (<a>).
 */
export const aboutBodyWords = defineMessages('about.about-body', {
  'theory.heading': 'The theory',
  'theory.text':
    "Khang Vu (<cite>The Diplomat</cite>, May 2021) argues that China and Vietnam, as single-party communist states whose armies answer to the party, take an ally only when two things hold at once: the partner faces the same enemy (a <threat>shared threat</threat>), and the partner is ruled the same way (a <ideology>shared ideology</ideology>). A common enemy alone is not enough: close military ties with an ideological rival could loosen the party's grip on its own soldiers.",
  'theory.read': ' <a>Read the essay</a>.',
  'argument.heading': "The essay's argument",
  'argument.see': 'See {pair}, {from}–{to}',
  'argument.see-pair': 'See {pair}',
  'model.heading': 'How the model works',
  'model.ideology':
    '<b>Shared ideology</b>, strict reading: both states are ruled by a communist party and the two parties are not in open <rift>rift</rift> (as Beijing and Moscow were in 1960–88). Lenient reading: both are communist.',
  'model.threat':
    '<b>Shared threat</b>: both face the same adversary and are not rivals of each other. Where that is partial or disputed the cell is coded <contested>contested</contested>, and a setting decides how it counts.',
  'model.prediction':
    '<b>Prediction</b>: an alliance when both criteria hold. Other rules test each criterion on its own, or let an alliance outlive a failed criterion by a few years (an <lag>exit lag</lag>). Run on the recorded codings with no scenario, the model gives the <baseline>baseline</baseline>, the figures a scenario is compared with.',
  'model.outcomes':
    'Each pair-year (a <dyadyear>dyad-year</dyadyear>) is a <hit>hit</hit>, a <miss>miss</miss>, a <falsealarm>false alarm</falsealarm> or a <rejection>correct rejection</rejection> against the chosen definition of an alliance. <accuracy>Accuracy</accuracy>, <precision>precision</precision> and <recall>recall</recall> sum these up.',
  'alliance.heading': 'What counts as an alliance',
  'alliance.text':
    "The debate over the essay turns on this, so the app offers five records of <history>history</history>: the essay's own, two <treaty>treaty series</treaty>, and two datasets, <cow>COW</cow> and <atop>ATOP</atop>.",
  'data.heading': 'The data',
  'data.text':
    '{states, plural, one {# state} other {# states}} and {pairs, plural, one {# pair} other {# pairs}}, {from}–{to}, coded in spans of years. Every span carries a one-line reason in our own words, its sources and a confidence (high, medium or low). Where sources disagree the cell is marked contested and says what the other reading is. A treaty or regime counts for a year if it held at any time in that year. {sources, plural, one {# source is} other {# sources are}} cited; point at any cell to see its own. The full coding rules are in the data guide (docs/data.md) that comes with the source code.',
  'privacy.heading': 'Privacy',
  'privacy.tracking':
    'No account, no tracking, no analytics: the page loads nothing from other sites and makes no network request while you work.',
  'privacy.leaves':
    'Nothing leaves this browser unless you copy a link, save a file, download a chart or the data, print the handout, or hand in an answer code (it carries only the nickname you type, your codes and predictions, and your reasons).',
  'privacy.kept':
    "This browser keeps your current work, the work you had before opening a shared link or that another tab set aside, copies of saved work it could not read, and the projector setting, for this site only and until you clear them. The app's own files are kept too, so it opens offline.",
  'privacy.clear':
    "To clear it all, clear this site's data in the browser's settings; on a shared computer, use a guest or private window.",
})
