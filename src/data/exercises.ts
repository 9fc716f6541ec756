/**
 * Predict–observe–explain exercises, one per preset. The question asks about one pair over a span
 * of years; the teacher notes give the historical context and prompts drawn from the Vu–Lan debate
 * (paraphrased from the published debate; the spans they point at carry the sources).
 */
export interface Exercise {
  /** The preset the exercise applies when its answer is revealed. */
  readonly preset: string
  readonly question: string
  /** The pair and years the answer is about. */
  readonly watch: { readonly dyad: string; readonly from: number; readonly to: number }
  readonly context: string
  readonly prompts: readonly string[]
}

export const EXERCISES: readonly Exercise[] = [
  {
    preset: 'russia-stays-communist',
    question:
      'If Russia had stayed communist after 1991, would Hanoi have kept its alliance with Moscow?',
    watch: { dyad: 'VNM-RUS', from: 1992, to: 2026 },
    context:
      'The 1978 Soviet–Vietnamese treaty obliged the two to consult if attacked. Vietnam replaced it in 1994 with a treaty without a defence clause; the essay says Hanoi let it go because post-Soviet Russia no longer shared its ideology, although interests arguably still met. After 1994 we found no evidence of a common adversary, so the model stops there even if Russia stays communist.',
    prompts: [
      'The threat from China is coded contested for 1992–94 and absent after. How does the answer change if a contested threat does not count as shared? If you think Hanoi and Moscow shared a threat after 1994, code it in the editor and watch.',
      'Ideology was lost in 1991 but the treaty ended in 1994. What explains such lags, and do they weaken the claim that both conditions are needed?',
    ],
  },
  {
    preset: 'no-sino-soviet-split',
    question:
      'If Beijing and Moscow had never split, would their alliance have lasted beyond 1969?',
    watch: { dyad: 'CHN-RUS', from: 1960, to: 1989 },
    context:
      'The 1950 treaty ran legally to 1980, but open party conflict began around 1960 and the two fought on the Ussuri in 1969. The essay ends the alliance in 1969, years after the ideological break.',
    prompts: [
      'Vu treats the Sino-Soviet break as ideological. Would a common enemy alone have kept the alliance alive?',
      'Try the exit-lag rule: how many years of lag does the essay need for 1960–69?',
    ],
  },
  {
    preset: 'hanoi-beijing-stay-comrades',
    question:
      'If Hanoi and Beijing had stayed comrades after 1975, would their alliance have continued?',
    watch: { dyad: 'CHN-VNM', from: 1976, to: 1990 },
    context:
      'After 1975 China backed the Khmer Rouge against Vietnam, cut aid in 1978 and invaded in 1979. The essay reads the break as a loss of shared security interests, not of ideology: both stayed communist.',
    prompts: [
      'There was never a treaty between China and North Vietnam. Was 1954–75 an alliance at all, on Lan’s definition?',
      'Is ideology really shared between two ruling parties that are at war? How should it be measured?',
    ],
  },
  {
    preset: 'north-korea-abandons-communism',
    question:
      'If North Korea had given up communism in 1994, would China have kept its alliance with it?',
    watch: { dyad: 'CHN-PRK', from: 1994, to: 2026 },
    context:
      'The 1961 treaty is China’s only formal alliance today, with an explicit defence clause and no end date unless both agree. The essay explains its survival by shared threat and shared ideology.',
    prompts: [
      'Article VII keeps the treaty in force until both sides agree to end it. Is its survival evidence for Vu’s two conditions, or for treaty design?',
      'In 2024 North Korea signed a defence treaty with non-communist Russia. What does that case say about the rule?',
    ],
  },
  {
    preset: 'vietnam-turns-non-communist',
    question: 'If Vietnam had ended one-party rule in 1991, would it still be allied with Laos?',
    watch: { dyad: 'VNM-LAO', from: 1991, to: 2026 },
    context:
      'The 1977 Vietnam–Laos treaty pledges support for each side’s defence but no explicit obligation to defend the other. Vietnamese officials call it a defence treaty; Lan doubts it is an alliance.',
    prompts: [
      'What should decide whether the Laos treaty is an alliance: its text, what the parties do, or the official label?',
      'Switch the debate lens to Lan’s reading. How many allies does Vietnam keep then?',
    ],
  },
  {
    preset: 'no-south-china-sea-dispute',
    question:
      'If China and Vietnam had no maritime dispute after 1991 and shared a threat, would they ally again?',
    watch: { dyad: 'CHN-VNM', from: 1991, to: 2026 },
    context:
      'Ties were normalised in 1991, but disputes in the South China Sea, such as the 2014 oil-rig standoff, keep China as Vietnam’s main security concern; Vietnam’s policy rules out military alliances.',
    prompts: [
      'Does a small state next to a great power face the same choices as the great power did? What does asymmetry add that ideology misses?',
      'Vietnam and the United States now share a concern about China but not an ideology. Which model explains Hanoi’s caution best?',
    ],
  },
  {
    preset: 'tito-stays-with-stalin',
    question:
      'If Tito had never broken with Stalin, would Yugoslavia have stayed allied with Moscow until 1991?',
    watch: { dyad: 'RUS-YUG', from: 1950, to: 1990 },
    context:
      'With the party quarrel removed and the West as a common enemy, both conditions hold until 1989 and the model predicts an alliance. In history Moscow denounced the 1945 treaty in 1949, and Belgrade joined no bloc; in 1953–54 it even signed a defence pact with Greece and Turkey.',
    prompts: [
      'In 1948–55 the split removed both conditions at once. Can this case tell us which of the two mattered?',
      'Look at Yugoslavia–Greece and Yugoslavia–Turkey: a communist state in a defence pact with NATO members. Does the rule hold only for pairs of communist states?',
    ],
  },
  {
    preset: 'albania-stays-with-moscow',
    question:
      "If Albania had sided with Moscow in 1960, would it have stayed in Moscow's alliance until the end of the Cold War?",
    watch: { dyad: 'RUS-ALB', from: 1960, to: 1991 },
    context:
      'Without the party split the model keeps the alliance to 1989. In history the threat from NATO did not change, yet Albania stopped attending the Warsaw Pact in 1962 and left it in 1968, and China became its patron until their own break in 1977–78.',
    prompts: [
      'The threat stayed the same and only the party line moved. Is this the strongest case for the ideology condition?',
      'China and Albania shared an enemy and an ideology from 1962 to 1976 but signed no treaty. Was their tie an alliance? How would you code it?',
    ],
  },
  {
    preset: 'mongolia-stays-communist',
    question: 'If Mongolia had stayed communist after 1990, would it have allied with China?',
    watch: { dyad: 'CHN-MNG', from: 1991, to: 2026 },
    context:
      'Nothing changes: the model predicts no alliance, because Mongolia had long feared China and the two shared no enemy. Russia was no longer communist, so the old Soviet alliance does not return either. In history Mongolia signed a friendship treaty with China in 1994, with no defence pledge.',
    prompts: [
      'Shared ideology alone is not enough for the theory. Which condition blocks the alliance here, and is the coding of the threat convincing?',
      'Mongolia sits between two great powers. Does the rule work differently for a small state next to a great power?',
    ],
  },
  {
    preset: 'india-turns-communist',
    question:
      'If India had turned communist in 1971, would its 1971 treaty with Moscow have become an alliance?',
    watch: { dyad: 'RUS-IND', from: 1971, to: 1991 },
    context:
      "Both conditions now hold until 1989: a communist India and the USSR both faced China. The model predicts an alliance. In history the 1971 treaty promised consultation and no help to the other's attacker, but no defence; whether it counts as an alliance depends on the definition chosen.",
    prompts: [
      'Switch the alliance definition to any security treaty, then to a mutual-defence treaty. Does the model score better or worse on India without the change?',
      'The 1971 treaty uses the same consultation formula as the 1978 Soviet–Vietnamese treaty. Should the two be coded the same way?',
    ],
  },
]
