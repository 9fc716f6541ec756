import { defineMessages } from '@/i18n/catalogue'

/** What a part of the page that could not load says instead; `what` names the part ("The citations"). */
export const lazyPartWords = defineMessages('ui.lazy-part', {
  unavailable:
    '{what} could not be loaded: the explorer was probably updated since this page opened, or the network is down. Reload the page to try again; your work is kept.',
})
