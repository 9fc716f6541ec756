/**
 * The teacher guide in short form: the lesson plans, the worksheet and its key, the essay rubric
 * and the curriculum map. The full guide is docs/teachers.md; both say the same. The key's figures
 * are what the app shows on the default settings and are checked against the model by a test, so
 * a data correction that moves them fails that test instead of leaving a wrong key in print.
 */

/** The figures the answer key quotes (default settings, Vu's coding of history). */
export const KEY = {
  /** Dyad-years scored. */
  total: 858,
  accuracy: '93.1%',
  confusion: { hit: 243, miss: 20, false_alarm: 39, correct_rejection: 556 },
  /** "Russia stays communist" under the two-criteria rule. */
  russia: {
    vietnamRussia: '1954–1994',
    extraYears: '1992–1994',
    changed: 43,
    firstChange: 'Vietnam–Russia, 1992',
    accuracy: '88.8%',
    /** Pairs newly predicted allied, and from when. */
    others: ['CHN-RUS', 'PRK-RUS'],
    othersYears: '2007–2026',
  },
  /** The same scenario under the rival rules. */
  securityOnly: { vietnamRussia: '1954–1994', accuracy: '83.7%' },
  ideologyOnly: { lastYear: 2026, accuracy: '71.0%', onHistory: '82.5%' },
  /** On history: the exit-lag rule (3 years) and Lan's reading of what counts as an alliance. */
  exitLag: '92.1%',
  lanReading: '75.9%',
} as const

export interface Step {
  readonly minutes: number
  readonly title: string
  readonly text: string
}

export const LESSON_45: readonly Step[] = [
  {
    minutes: 2,
    title: 'Set up',
    text: 'Before class, press "Projector mode" and print the worksheet from this section. The page opens on step 1, "Explore".',
  },
  {
    minutes: 5,
    title: 'The claim',
    text: 'Read the theory at the top of the page. Ask for Cold War alliances and sort them: shared enemy? shared system of government?',
  },
  {
    minutes: 8,
    title: 'Read history',
    text: `On the timeline, the row "Vietnam–USSR / Russia": history and the model both show 1954–1991. The result above the chart gives accuracy ${KEY.accuracy} (also under "Check", "How well the model fits"). Worksheet part A.`,
  },
  {
    minutes: 5,
    title: 'Predict first',
    text: 'Press "Predict first" above the presets: the exercise cards replace them. In card "Russia stays communist" every student writes a prediction and a reason; enter the class majority in the card.',
  },
  {
    minutes: 5,
    title: 'Reveal',
    text: `Press "2. Reveal the model's answer". The result now reads "Vietnam–Russia: the model now predicts an alliance in ${KEY.russia.extraYears}; history ends it in 1991", and below it ${KEY.russia.changed} dyad-years change, accuracy ${KEY.russia.accuracy}, baseline ${KEY.accuracy}. Part B.`,
  },
  {
    minutes: 8,
    title: 'Explain',
    text: `Why stop in 1994? Open the card's "Teacher notes": the shared threat ends. The result also names the other pairs that changed: China–Russia and North Korea–Russia, ${KEY.russia.othersYears}.`,
  },
  {
    minutes: 8,
    title: 'Test the rivals',
    text: `Open "Model settings" and change the Rule. "Security only" (balance of threat): ${KEY.securityOnly.accuracy}, and the result says the scenario changes no prediction. "Ideology only" (ideological solidarity): the alliance runs to ${KEY.ideologyOnly.lastYear}, ${KEY.ideologyOnly.accuracy}. Set it back to "Two criteria". Part C.`,
  },
  {
    minutes: 4,
    title: 'Exit ticket and keep the work',
    text: '"Copy link" for homework: the link keeps the step that is open, so one made on "Check" opens on "Check". "Save scenario" for the answers, "Download chart (PNG)" for slides. Part D.',
  },
]

export const LESSON_90: readonly Step[] = [
  {
    minutes: 40,
    title: 'The 45-minute lesson, steps 1–7',
    text: 'Stop before the exit ticket.',
  },
  {
    minutes: 2,
    title: 'Reset',
    text: `Press "Show me", then "Reset to history": the result is back to ${KEY.accuracy}. Press "Predict first" and "Copy link": the link opens on the exercise cards.`,
  },
  {
    minutes: 15,
    title: 'Pairs choose an exercise',
    text: 'Each pair opens the link and predicts, reveals and explains one of the other five exercise cards; revealing a card takes the previous card’s scenario away.',
  },
  {
    minutes: 10,
    title: 'Report back',
    text: 'Question, prediction, result: does it support the need for both conditions?',
  },
  {
    minutes: 10,
    title: 'The definition debate',
    text: `Open step 2, "Debate", and press "Lan's reading": only treaties with a defence promise count. Open "Check": accuracy on history falls to ${KEY.lanReading}. Back in "Debate", press "Vu's coding" to return.`,
  },
  {
    minutes: 5,
    title: 'The exit lag',
    text: `In "Explore", "Model settings", Rule "Two criteria, with an exit lag": ${KEY.exitLag} on history. In "Check", "Every dyad-year", show only where the model and history disagree: which alliance ends does it catch, and at what cost?`,
  },
  {
    minutes: 8,
    title: 'Essay planning',
    text: 'Thesis and three pieces of evidence from the app, each with the setting that produced it.',
  },
  {
    minutes: 0,
    title: 'Close',
    text: '"Print handout" for a one-page record; "Copy link" or "Save scenario" to keep the work.',
  },
]

export interface Question {
  readonly question: string
  readonly answer: string
}

export interface WorksheetPart {
  readonly title: string
  readonly questions: readonly Question[]
}

export const WORKSHEET: readonly WorksheetPart[] = [
  {
    title: 'Part A. History as coded',
    questions: [
      {
        question: 'In which years does history show Vietnam allied with the USSR / Russia?',
        answer: '1954–1991.',
      },
      {
        question: 'In which years does the model predict that alliance?',
        answer: '1954–1991: the model agrees with history here.',
      },
      {
        question: 'What accuracy does the model reach on history, over how many dyad-years?',
        answer: `${KEY.accuracy} of ${KEY.total} (${KEY.confusion.hit} hits, ${KEY.confusion.miss} misses, ${KEY.confusion.false_alarm} false alarms, ${KEY.confusion.correct_rejection} correct rejections).`,
      },
    ],
  },
  {
    title: 'Part B. Russia stays communist',
    questions: [
      {
        question: 'Before you look: would Hanoi have kept its alliance with Moscow?',
        answer: 'Any answer; it is the reasoning that counts.',
      },
      {
        question: 'Why do you think so?',
        answer: 'A good reason names one of the two conditions.',
      },
      {
        question:
          'After the reveal: in which years after 1991 does the model predict the alliance?',
        answer: `${KEY.russia.extraYears} (the band runs ${KEY.russia.vietnamRussia}); history ends in 1991, so these are false alarms.`,
      },
      {
        question: 'How many dyad-years change, and which is the first?',
        answer: `${KEY.russia.changed}; the first is ${KEY.russia.firstChange}.`,
      },
      {
        question: 'What is the accuracy now, and what was it on history?',
        answer: `${KEY.russia.accuracy}, against ${KEY.accuracy}.`,
      },
      {
        question: 'Which two other pairs are now predicted to ally, and from when?',
        answer: `China–Russia and North Korea–Russia, ${KEY.russia.othersYears}.`,
      },
      {
        question: 'Why does the predicted Vietnam–Russia alliance stop when it does?',
        answer:
          'Both conditions are needed: the threat from China is contested in 1992–94 (counted as shared) and absent after 1994.',
      },
    ],
  },
  {
    title: 'Part C. The rival rules (scenario still on)',
    questions: [
      {
        question:
          'Rule "Security only" (balance of threat): years predicted, accuracy, and does the scenario matter?',
        answer: `${KEY.securityOnly.vietnamRussia}, ${KEY.securityOnly.accuracy}; no: the rule ignores who governs Russia.`,
      },
      {
        question:
          'Rule "Ideology only" (ideological solidarity): until when is the alliance predicted, and with what accuracy?',
        answer: `Until ${KEY.ideologyOnly.lastYear}; ${KEY.ideologyOnly.accuracy}.`,
      },
      {
        question: 'Which of the three rules fits history best?',
        answer: `Two criteria (${KEY.russia.accuracy} here, ${KEY.accuracy} on history).`,
      },
    ],
  },
  {
    title: 'Part D. Exit ticket',
    questions: [
      {
        question: 'Which rule fits history best, and what is one thing it cannot explain?',
        answer:
          'Open: e.g. the Sino-Soviet alliance, which the model ends in 1959 and history in 1969, or North Korea’s 2024 treaty with Russia.',
      },
    ],
  },
]

export const ESSAY_PROMPT =
  'To what extent does a shared ideology, rather than a shared threat, explain the alliances China and Vietnam formed and ended between 1949 and today?'

export const RUBRIC_LEVELS = ['1 Beginning', '2 Developing', '3 Secure', '4 Excellent'] as const

export const RUBRIC: readonly { readonly criterion: string; readonly levels: readonly string[] }[] =
  [
    {
      criterion: 'Argument ("to what extent")',
      levels: [
        'Describes; no judgement',
        'A judgement, but all-or-nothing',
        'A clear, weighed judgement, kept throughout',
        'Weighs ideology against threat case by case and says where the balance shifts',
      ],
    },
    {
      criterion: 'Historical evidence',
      levels: [
        'Few or wrong cases and dates',
        'Accurate cases, described rather than used',
        'Accurate, relevant cases used as evidence',
        'Precise evidence, including cases that cut against the thesis',
      ],
    },
    {
      criterion: 'Use of the model',
      levels: [
        'Not used, or figures without a setting',
        'Quotes a result with little comment',
        'Uses a counterfactual and accuracy, naming rule and setting',
        'Says what accuracy can and cannot show and how coding choices move it',
      ],
    },
    {
      criterion: 'Rival explanations and definitions',
      levels: [
        'None',
        'Names a rival without using it',
        'Tests the thesis against balance of threat or ideological solidarity',
        'Also weighs Lan’s treaty-based definition of an alliance',
      ],
    },
    {
      criterion: 'Communication',
      levels: [
        'Hard to follow',
        'Organised, with lapses',
        'Clear paragraphs, one job each',
        'Concise; every claim carries its evidence',
      ],
    },
  ]

export const CURRICULUM: readonly { readonly course: string; readonly serves: string }[] = [
  {
    course: 'IB History, Paper 2: the Cold War',
    serves:
      'Weighs causes of the Sino-Soviet split and of Hanoi’s alliances and their end, and practises the "to what extent" judgement with counterfactuals.',
  },
  {
    course: 'IB Global Politics: power, sovereignty and international relations',
    serves:
      'Sets a realist account (balance of threat) against an ideational one and a regime-security mechanism, and asks how a small state keeps its sovereignty by staying non-aligned.',
  },
  {
    course: 'AP World History, Unit 8: Cold War and Decolonization',
    serves:
      'Covers the spread of communism in Asia, the communist bloc’s alliances, the Sino-Soviet split and the end of the Cold War, with causation and comparison on cited evidence.',
  },
  {
    course: 'AP Comparative Government and Politics: China',
    serves:
      'Vu’s mechanism rests on the party’s command of the People’s Liberation Army: a regime’s internal structure shaping its foreign policy.',
  },
]

export const RIVALS: readonly { readonly rule: string; readonly field: string }[] = [
  {
    rule: 'Two criteria: shared threat and shared ideology',
    field: 'Vu’s theory: a regime-security (civil–military) account',
  },
  {
    rule: 'Security only: a shared threat is enough',
    field: 'Balance of threat (Walt); realist balancing',
  },
  {
    rule: 'Ideology only: shared ideology is enough',
    field: 'Ideological solidarity; constructivist and identity-based accounts',
  },
  {
    rule: 'Two criteria, with an exit lag',
    field: 'The same theory plus institutional inertia',
  },
  {
    rule: 'Lan’s reading (the Debate step)',
    field: 'A formal, treaty-based definition of alliance, as in the COW and ATOP data',
  },
]
