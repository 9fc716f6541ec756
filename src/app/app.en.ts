import { defineMessages } from '@/i18n/catalogue'

/** The page's frame: its title, the theory in a sentence, the skip link and the panels of the header and the page's end. */
export const appWords = defineMessages('app.app', {
  title: 'Alliance Counterfactual Explorer',
  theory:
    "Khang Vu's theory: communist party-states such as China and Vietnam ally only with a state that shares <b>both</b> a common threat <b>and</b> their ideology.",
  skip: 'Skip to the {step} step',
  main: '{step} step',
  loading: 'Loading…',
  'panel.share': 'the share and save buttons',
  'panel.handout': 'the handout',
})
