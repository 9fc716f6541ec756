import { DEFAULT_CHOICES, type LessonPlan } from '@/model/lesson'

/** A lesson of one exercise (Russia stays communist) and two coding items, as a teacher makes it. */
export const PLAN: LessonPlan = {
  id: 'lesson-abc123',
  title: 'Does ideology decide? Ðổi mới and the Soviet treaty',
  steps: [
    {
      exercise: {
        id: 'ex-000001',
        title: 'Russia stays communist',
        question: 'Would Hanoi have kept its alliance with Moscow after 1991?',
        watch: { dyad: 'VNM-RUS', from: 1992, to: 1994 },
        changes: [{ layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }],
        choices: { ...DEFAULT_CHOICES },
        explanation: 'The treaty line carries on while the threat is still coded as shared.',
        notes: 'SECRET NOTE: ask who changed their mind.',
      },
    },
    { item: 'vnm-lao-1977' },
    { item: 'chn-rus-end' },
  ],
}
