import { defineMessages } from '@/i18n/catalogue'

/**
 * The teacher guide's texts (lesson.ts gives their order and the figures they quote): the two
 * lesson plans, the worksheet and its key, the essay prompt and rubric, the curriculum map. The
 * figures are placeholders filled from `KEY` in the language's way of writing numbers; the
 * quoted names of controls are those the interface shows.
 */
export const lessonWords = defineMessages('teachers.lesson', {
  'l45.setup.title': 'Set up',
  'l45.setup.text':
    'Before class, press "Projector mode" and print the worksheet from this section. The page opens on step 1, "Explore".',
  'l45.claim.title': 'The claim',
  'l45.claim.text':
    'Read the theory at the top of the page. Ask for Cold War alliances and sort them: shared enemy? shared system of government?',
  'l45.history.title': 'Read history',
  'l45.history.text':
    'On the timeline, the row "Vietnam–USSR / Russia": history and the model both show 1954–1991. The result above the chart gives accuracy {accuracy} (also under "Check", "How well the model fits"). Worksheet part A.',
  'l45.predict.title': 'Predict first',
  'l45.predict.text':
    'Press "Predict first" above the presets: the exercise cards replace them. In card "{preset}" every student writes a prediction and a reason; enter the class majority in the card.',
  'l45.reveal.title': 'Reveal',
  'l45.reveal.text':
    'Press "2. Reveal the model\'s answer". The result now reads "Vietnam–Russia: the model now predicts an alliance in {extraYears}; history ends it in 1991", and below it {changed} dyad-years change, accuracy {russiaAccuracy}, baseline {accuracy}. Part B.',
  'l45.explain.title': 'Explain',
  'l45.explain.text':
    'Why stop in 1994? Open the card\'s "Teacher notes": the shared threat ends. The result also names the other pairs that changed: China–Russia and North Korea–Russia, {othersYears}.',
  'l45.rivals.title': 'Test the rivals',
  'l45.rivals.text':
    'Open "Model settings" and change the Rule. "Security only" (balance of threat): {securityAccuracy}, and the result says the scenario changes no prediction. "Ideology only" (ideological solidarity): the alliance runs to {ideologyLastYear}, {ideologyAccuracy}. Set it back to "Two criteria". Part C.',
  'l45.exit.title': 'Exit ticket and keep the work',
  'l45.exit.text':
    '"Copy link" for homework: the link keeps the step that is open, so one made on "Check" opens on "Check". "Save scenario" for the answers, "Download chart (PNG)" for slides. Part D.',

  'l90.lesson45.title': 'The 45-minute lesson, steps 1–7',
  'l90.lesson45.text': 'Stop before the exit ticket.',
  'l90.reset.title': 'Reset',
  'l90.reset.text':
    'Press "Show me", then "Reset to history": the result is back to {accuracy}. Press "Predict first" and "Copy link": the link opens on the exercise cards.',
  'l90.pairs.title': 'Pairs choose an exercise',
  'l90.pairs.text':
    'Each pair opens the link and predicts, reveals and explains one of the other five exercise cards; revealing a card takes the previous card’s scenario away.',
  'l90.report.title': 'Report back',
  'l90.report.text': 'Question, prediction, result: does it support the need for both conditions?',
  'l90.definition.title': 'The definition debate',
  'l90.definition.text':
    'Open step 2, "Debate", and press "Lan\'s reading": only treaties with a defence promise count. Open "Check": accuracy on history falls to {lanReading}. Back in "Debate", press "Vu\'s coding" to return.',
  'l90.lag.title': 'The exit lag',
  'l90.lag.text':
    'In "Explore", "Model settings", Rule "Two criteria, with an exit lag": {exitLag} on history. In "Check", "Every dyad-year", show only where the model and history disagree: which alliance ends does it catch, and at what cost?',
  'l90.essay.title': 'Essay planning',
  'l90.essay.text':
    'Thesis and three pieces of evidence from the app, each with the setting that produced it.',
  'l90.close.title': 'Close',
  'l90.close.text':
    '"Print handout" for a one-page record; "Copy link" or "Save scenario" to keep the work.',

  'ws.a.title': 'Part A. History as coded',
  'ws.a.0.question': 'In which years does history show Vietnam allied with the USSR / Russia?',
  'ws.a.0.answer': '1954–1991.',
  'ws.a.1.question': 'In which years does the model predict that alliance?',
  'ws.a.1.answer': '1954–1991: the model agrees with history here.',
  'ws.a.2.question': 'What accuracy does the model reach on history, over how many dyad-years?',
  'ws.a.2.answer':
    '{accuracy} of {total} ({hits} hits, {misses} misses, {falseAlarms} false alarms, {correctRejections} correct rejections).',
  'ws.b.title': 'Part B. Russia stays communist',
  'ws.b.0.question': 'Before you look: would Hanoi have kept its alliance with Moscow?',
  'ws.b.0.answer': 'Any answer; it is the reasoning that counts.',
  'ws.b.1.question': 'Why do you think so?',
  'ws.b.1.answer': 'A good reason names one of the two conditions.',
  'ws.b.2.question':
    'After the reveal: in which years after 1991 does the model predict the alliance?',
  'ws.b.2.answer':
    '{extraYears} (the band runs {russiaYears}); history ends in 1991, so these are false alarms.',
  'ws.b.3.question': 'How many dyad-years change, and which is the first?',
  'ws.b.3.answer': '{changed}; the first is Vietnam–Russia, 1992.',
  'ws.b.4.question': 'What is the accuracy now, and what was it on history?',
  'ws.b.4.answer': '{russiaAccuracy}, against {accuracy}.',
  'ws.b.5.question': 'Which two other pairs are now predicted to ally, and from when?',
  'ws.b.5.answer': 'China–Russia and North Korea–Russia, {othersYears}.',
  'ws.b.6.question': 'Why does the predicted Vietnam–Russia alliance stop when it does?',
  'ws.b.6.answer':
    'Both conditions are needed: the threat from China is contested in 1992–94 (counted as shared) and absent after 1994.',
  'ws.c.title': 'Part C. The rival rules (scenario still on)',
  'ws.c.0.question':
    'Rule "Security only" (balance of threat): years predicted, accuracy, and does the scenario matter?',
  'ws.c.0.answer': '{securityYears}, {securityAccuracy}; no: the rule ignores who governs Russia.',
  'ws.c.1.question':
    'Rule "Ideology only" (ideological solidarity): until when is the alliance predicted, and with what accuracy?',
  'ws.c.1.answer': 'Until {ideologyLastYear}; {ideologyAccuracy}.',
  'ws.c.2.question': 'Which of the three rules fits history best?',
  'ws.c.2.answer': 'Two criteria ({russiaAccuracy} here, {accuracy} on history).',
  'ws.d.title': 'Part D. Exit ticket',
  'ws.d.0.question': 'Which rule fits history best, and what is one thing it cannot explain?',
  'ws.d.0.answer':
    'Open: e.g. the Sino-Soviet alliance, which the model ends in 1959 and history in 1969, or North Korea’s 2024 treaty with Russia.',

  'essay.prompt':
    'To what extent does a shared ideology, rather than a shared threat, explain the alliances China and Vietnam formed and ended between 1949 and today?',

  'level.1': '1 Beginning',
  'level.2': '2 Developing',
  'level.3': '3 Secure',
  'level.4': '4 Excellent',
  'rubric.argument': 'Argument ("to what extent")',
  'rubric.argument.1': 'Describes; no judgement',
  'rubric.argument.2': 'A judgement, but all-or-nothing',
  'rubric.argument.3': 'A clear, weighed judgement, kept throughout',
  'rubric.argument.4':
    'Weighs ideology against threat case by case and says where the balance shifts',
  'rubric.evidence': 'Historical evidence',
  'rubric.evidence.1': 'Few or wrong cases and dates',
  'rubric.evidence.2': 'Accurate cases, described rather than used',
  'rubric.evidence.3': 'Accurate, relevant cases used as evidence',
  'rubric.evidence.4': 'Precise evidence, including cases that cut against the thesis',
  'rubric.model': 'Use of the model',
  'rubric.model.1': 'Not used, or figures without a setting',
  'rubric.model.2': 'Quotes a result with little comment',
  'rubric.model.3': 'Uses a counterfactual and accuracy, naming rule and setting',
  'rubric.model.4': 'Says what accuracy can and cannot show and how coding choices move it',
  'rubric.rivals': 'Rival explanations and definitions',
  'rubric.rivals.1': 'None',
  'rubric.rivals.2': 'Names a rival without using it',
  'rubric.rivals.3': 'Tests the thesis against balance of threat or ideological solidarity',
  'rubric.rivals.4': 'Also weighs Lan’s treaty-based definition of an alliance',
  'rubric.communication': 'Communication',
  'rubric.communication.1': 'Hard to follow',
  'rubric.communication.2': 'Organised, with lapses',
  'rubric.communication.3': 'Clear paragraphs, one job each',
  'rubric.communication.4': 'Concise; every claim carries its evidence',

  'course.ib-history': 'IB History, Paper 2: the Cold War',
  'course.ib-history.serves':
    'Weighs causes of the Sino-Soviet split and of Hanoi’s alliances and their end, and practises the "to what extent" judgement with counterfactuals.',
  'course.ib-politics': 'IB Global Politics: power, sovereignty and international relations',
  'course.ib-politics.serves':
    'Sets a realist account (balance of threat) against an ideational one and a regime-security mechanism, and asks how a small state keeps its sovereignty by staying non-aligned.',
  'course.ap-world': 'AP World History, Unit 8: Cold War and Decolonization',
  'course.ap-world.serves':
    'Covers the spread of communism in Asia, the communist bloc’s alliances, the Sino-Soviet split and the end of the Cold War, with causation and comparison on cited evidence.',
  'course.ap-government': 'AP Comparative Government and Politics: China',
  'course.ap-government.serves':
    'Vu’s mechanism rests on the party’s command of the People’s Liberation Army: a regime’s internal structure shaping its foreign policy.',

  'rival.two-criteria': 'Vu’s theory: a regime-security (civil–military) account',
  'rival.security-only': 'Balance of threat (Walt); realist balancing',
  'rival.ideology-only': 'Ideological solidarity; constructivist and identity-based accounts',
  'rival.two-criteria-lag': 'The same theory plus institutional inertia',
  'rival.lan.rule': 'Lan’s reading (the Debate step)',
  'rival.lan': 'A formal, treaty-based definition of alliance, as in the COW and ATOP data',
})
