import { defineMessages } from '@/i18n/catalogue'

/** The model's fit to history against trivial rules, in sentences (the Fit view and the handout). */
export const fitSentenceWords = defineMessages('metrics.fit-sentence', {
  points: '{n} points',
  trivial:
    'The model is right in {accuracy}{compared, select, yes { (baseline {baseline})} other {}} of the dyad-years it is scored on: {points} {vsNo, select, better {better} other {worse}} than always predicting no alliance ({alwaysNo}), {vsLast, select, better {and {lastPoints} better than} other {but {lastPoints} worse than}} assuming each year repeats the last ({sameAsLastYear}).',
  moments:
    'It catches {onsets, number} of {onsetsTotal, number} alliance onsets and {ends, number} of {endsTotal, number} ends within ±{tolerance} years{compared, select, yes { (baseline {baseOnsets, number} and {baseEnds, number})} other {}}, and predicts {invented, plural, one {# start or end} other {# starts or ends}} history does not have{compared, select, yes { (baseline {baseInvented, number})} other {}}.',
  uncovered: '{n, number} dyad-years are left out: {series} have no data.',
  'uncovered.after': '{n, number} dyad-years are left out: {series} have no data after {year}.',
})
