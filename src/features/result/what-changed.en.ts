import { defineMessages } from '@/i18n/catalogue'

/** A pair the scenario moves, in a sentence that sets the new prediction against history. */
export const whatChangedWords = defineMessages('result.what-changed', {
  sentence:
    '{pair}: the model {model, select, gained {now predicts an alliance in {gained}} lost {now predicts none in {lost}} other {now predicts an alliance in {gained} and none in {lost}}}; {history, select, during {history has one in {during}} ends {history ends it in {end}} other {history has none in those years}}.',
})
