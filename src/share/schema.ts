import { text } from '@/i18n/catalogue'
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/i18n/languages'
import { z } from '@/lib/zod'
import type { ModelSettings } from '@/model/evaluate'
import { MAX_LAG } from '@/model/evaluate'
import { LIMITS } from '@/model/limits'
import { ITEM_ID, type Code } from '@/model/coding'
import { LESSON_ROLES, type LessonExercise, type LessonPlan, type OpenLesson } from '@/model/lesson'
import type { Change, Layer, LayerValue } from '@/model/scenario'
import {
  CASE_SCOPE,
  CONTESTED_READING,
  IDEOLOGY_READING,
  OUTCOME,
  PREDICTION,
  REGIME,
  RULE,
  SERIES,
  THREAT,
} from '@/model/vocabulary'
import {
  CHARTS,
  PRESET_MODES,
  STEPS,
  type ExerciseAnswer,
  type ViewState,
} from '@/store/explorer-store'
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_CHANGES } from './file-format'
import { schemaWords } from './schema.en'
import type { SavedLogEntry } from './session'
import { UserCasesSchema } from './user-cases'

/*
 * The one contract of saved work, used by every way in and out of the explorer: the share link
 * (which checks each value it reads against these fields), the scenario file and the autosave
 * (which are one format). A value is valid in all three or in none. Value sets come from
 * `@/model/vocabulary`, lengths from `LIMITS`; each schema is checked against the type the store
 * holds, in both directions, so no cast joins them.
 */

/** Readonly all the way down: the store's types are, zod's outputs are not. */
type Frozen<T> = T extends (infer U)[]
  ? readonly Frozen<U>[]
  : T extends readonly (infer U)[]
    ? readonly Frozen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Frozen<T[K]> }
      : T
/** True when A and B are assignable both ways (readonly aside): the schema matches the type. */
type Same<A, B> = [Frozen<A>] extends [Frozen<B>]
  ? [Frozen<B>] extends [Frozen<A>]
    ? true
    : false
  : false
/** Fails to compile (`true` is not `false`) when a schema and its type drift apart. */
const same = <A, B>(ok: Same<A, B>) => ok

const Year = z.number().int()
/** A state or pair id as the data spells them ("RUS", "VNM-RUS"); anything longer is no id. */
const EntityId = z.string().max(16)

/** What a valid value is in each layer. */
export const LAYER_VALUE = {
  regime: z.enum(REGIME.values),
  threat: z.enum(THREAT.values),
  rift: z.boolean(),
} satisfies { [L in Layer]: z.ZodType<LayerValue<L>> }

const changeOf = <L extends Layer>(layer: L) =>
  z
    .object({
      layer: z.literal(layer),
      id: EntityId,
      from: Year,
      to: Year,
      value: LAYER_VALUE[layer],
    })
    .strict()

export const ChangeSchema = z.discriminatedUnion('layer', [
  changeOf('regime'),
  changeOf('threat'),
  changeOf('rift'),
])
same<z.output<typeof ChangeSchema>, Change>(true)

export const SettingsSchema = z
  .object({
    // Saves from before the case library hold only the essay's cases.
    cases: z.enum(CASE_SCOPE.values).default('essay'),
    rule: z.enum(RULE.values),
    lag: z.number().int().min(0).max(MAX_LAG),
    ideology: z.enum(IDEOLOGY_READING.values),
    contestedThreat: z.enum(CONTESTED_READING.values),
    history: z.enum(SERIES.values),
  })
  .strict()
same<z.output<typeof SettingsSchema>, ModelSettings>(true)

export const ViewSchema = z
  .object({
    // Saves from before the lesson's steps open on the first step.
    step: z.enum(STEPS).default('explore'),
    presetMode: z.enum(PRESET_MODES).default('show'),
    chart: z.enum(CHARTS).default('timeline'),
    yearFrom: Year,
    yearTo: Year,
    hiddenDyads: z.array(EntityId).max(LIMITS.hiddenPairs),
    focus: z.object({ dyad: EntityId, year: Year }).strict().nullable(),
    table: z
      .object({
        dyad: EntityId.nullable(),
        outcomes: z.array(z.enum(OUTCOME.values)).max(OUTCOME.values.length),
        divergentOnly: z.boolean(),
        search: z.string().max(LIMITS.search),
      })
      .strict(),
    // Saves and links from before the languages are in English.
    language: z.enum(LANGUAGES).default(DEFAULT_LANGUAGE),
  })
  .strict()
same<z.output<typeof ViewSchema>, ViewState>(true)

export const LogEntrySchema = z
  .object({
    text: z.string().min(1).max(LIMITS.logText),
    rationale: z.string().max(LIMITS.rationale).optional(),
  })
  .strict()
same<z.output<typeof LogEntrySchema>, SavedLogEntry>(true)

export const AnswerSchema = z
  .object({
    prediction: z.enum(PREDICTION.values).optional(),
    reason: z.string().max(LIMITS.reason).optional(),
    revealed: z.boolean().optional(),
    after: z.enum(PREDICTION.values).optional(),
    explanation: z.string().max(LIMITS.explanation).optional(),
  })
  .strict()
same<z.output<typeof AnswerSchema>, ExerciseAnswer>(true)

/** Exercise answers by preset id. */
export const AnswersSchema = z.record(z.string().max(80), AnswerSchema)

/** A student's code of one disputed case (see `@/model/coding`). */
export const CodeSchema = z
  .object({
    alliance: z.enum(['yes', 'no', 'unsure']).optional(),
    defence: z.enum(['yes', 'no']).optional(),
    threat: z.enum(['yes', 'no']).optional(),
    end: Year.optional(),
    reason: z.string().max(LIMITS.reason).optional(),
  })
  .strict()
same<z.output<typeof CodeSchema>, Code>(true)

/** A student's codes by coding item id. */
export const CodesSchema = z
  .record(z.string().regex(ITEM_ID), CodeSchema)
  .refine((codes) => Object.keys(codes).length <= LIMITS.codedItems, {
    // Written when a problem is found, in the language then in use.
    error: () => text(schemaWords, 'codes.too-many', { max: String(LIMITS.codedItems) }),
  })

/** A predict-then-reveal exercise of a lesson (see `@/model/lesson`). */
export const LessonExerciseSchema = z
  .object({
    id: z.string().regex(ITEM_ID),
    title: z.string().min(1).max(LIMITS.lessonTitle),
    question: z.string().min(1).max(LIMITS.question),
    watch: z
      .object({ dyad: EntityId, from: Year, to: Year })
      .strict()
      .refine((w) => w.from <= w.to, { error: () => text(schemaWords, 'watch.backwards') }),
    changes: z.array(ChangeSchema).max(LIMITS.exerciseChanges),
    choices: z
      .object({
        yes: z.string().min(1).max(LIMITS.choice),
        no: z.string().min(1).max(LIMITS.choice),
        unsure: z.string().min(1).max(LIMITS.choice),
      })
      .strict(),
    explanation: z.string().max(LIMITS.explanation),
    notes: z.string().max(LIMITS.notes).optional(),
  })
  .strict()
same<z.output<typeof LessonExerciseSchema>, LessonExercise>(true)

export const LessonPlanSchema = z
  .object({
    id: z.string().regex(ITEM_ID),
    title: z.string().min(1).max(LIMITS.lessonTitle),
    steps: z
      .array(
        z.union([
          z.object({ item: z.string().regex(ITEM_ID) }).strict(),
          z.object({ exercise: LessonExerciseSchema }).strict(),
        ]),
      )
      .max(LIMITS.lessonSteps),
  })
  .strict()
  .refine(
    (plan) => {
      const ids = plan.steps.map((s) => ('item' in s ? `item:${s.item}` : s.exercise.id))
      return new Set(ids).size === ids.length
    },
    { error: () => text(schemaWords, 'step.twice') },
  )
same<z.output<typeof LessonPlanSchema>, LessonPlan>(true)

/** A lesson as the student or the teacher has it open. */
export const OpenLessonSchema = z
  .object({ plan: LessonPlanSchema, role: z.enum(LESSON_ROLES) })
  .strict()
same<z.output<typeof OpenLessonSchema>, OpenLesson>(true)

/*
 * An undo step is saved either whole ({ changes, settings, logLength }, as autosaves before deltas
 * were written) or as the difference from its neighbour nearer the present ({ add, remove,
 * settings, logLength }): past[n-1] and future[0] differ from the file's own changes, past[i] from
 * past[i+1], future[i] from future[i-1]. A step of 200 keeps only what that step changed.
 */
export const FullStepSchema = z
  .object({
    changes: z.array(ChangeSchema).max(MAX_FILE_CHANGES),
    settings: SettingsSchema,
    logLength: z.number().int().min(0),
  })
  .strict()
export const DeltaStepSchema = z
  .object({
    add: z.array(ChangeSchema).max(MAX_FILE_CHANGES).default([]),
    remove: z.array(ChangeSchema).max(MAX_FILE_CHANGES).default([]),
    settings: SettingsSchema,
    logLength: z.number().int().min(0),
  })
  .strict()
export const UndoStepSchema = z.union([FullStepSchema, DeltaStepSchema])

/** A scenario file and the autosave: one format. */
export const ScenarioFileSchema = z
  .object({
    format: z.literal(FILE_FORMAT),
    version: z.literal(FILE_VERSION),
    dataVersion: z.string().max(40).optional(),
    savedAt: z.string().max(40).optional(),
    settings: SettingsSchema,
    changes: z.array(ChangeSchema).max(MAX_FILE_CHANGES),
    view: ViewSchema.optional(),
    log: z.array(LogEntrySchema).max(LIMITS.logEntries).default([]),
    exercises: AnswersSchema.optional(),
    codes: CodesSchema.optional(),
    lesson: OpenLessonSchema.optional(),
    /** The user's own cases (absent in files from before them, and when there are none). */
    cases: UserCasesSchema.optional(),
    undo: z
      .object({
        entries: z.array(LogEntrySchema).max(LIMITS.logEntries),
        past: z.array(UndoStepSchema).max(1000),
        future: z.array(UndoStepSchema).max(1000),
      })
      .strict()
      .optional(),
  })
  .strict()
