/**
 * The longest value of each kind a user can type, paste or open: defined once here, checked by the
 * file, link and autosave schema, and enforced where the input enters the store, so the store never
 * holds what a save would refuse.
 */
export const LIMITS = {
  /** The table's search box. */
  search: 100,
  /** A student's reason for one step of the log. */
  rationale: 300,
  /** A step's words in the log (the app writes them; a file brings them). */
  logText: 300,
  /** A prediction's reason in an exercise. */
  reason: 1000,
  /** The explanation written after the reveal. */
  explanation: 2000,
  /**
   * Steps in the intervention log. Past it, the oldest steps (and their reasons) give way to the
   * newest, and the undo history shifts with them: a long session is never refused at save time.
   */
  logEntries: 3_000,
  /** Coding items a student's codes may cover (the built-in lesson has eight). */
  codedItems: 200,
  /** Hands a teacher can count for one answer in class results. */
  classSize: 1000,
  /** Pairs left out of the timeline (each pair at most once). */
  hiddenPairs: 1000,
  /** The name a student hands work in under (see the answer code). */
  nickname: 40,
  /** Steps of a lesson: exercises and coding items together. */
  lessonSteps: 30,
  /** A lesson's or an exercise's title. */
  lessonTitle: 120,
  /** An exercise's question. */
  question: 400,
  /** The words of one of an exercise's three choices. */
  choice: 80,
  /** The teacher's notes on one exercise (the explanation shown at the reveal shares LIMITS.explanation). */
  notes: 2000,
  /**
   * Changes to history one exercise may apply: many times any preset's, few enough that a lesson
   * of many exercises still fits in a file. "Make an exercise" says so when a scenario has more.
   */
  exerciseChanges: 200,
  /** Characters of a case file (CSV or JSON) opened or pasted in "Your own cases". */
  caseText: 300_000,
  /** States a user may add to the built-in history. */
  caseStates: 20,
  /** Pairs a user may add. */
  casePairs: 40,
  /** Sources a user's cases may add. */
  caseSources: 100,
  /** Spans (and names) of one added state or pair, over all its fields. */
  caseSpans: 200,
} as const

/** `text` cut to at most `max` characters. */
export const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)
