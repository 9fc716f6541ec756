import { formatMessage, type Params } from './format'
import { DEFAULT_LANGUAGE, type Language } from './languages'

/**
 * The message catalogues. Each part of the app defines its English messages next to its code,
 * under a namespace of its own:
 *
 *   export const presetWords = defineMessages('presets', { heading: 'What if…?', … })
 *
 * and keeps their translations beside them, one file per language (`preset-words.vi.ts`,
 * `preset-words.zh-Hans.ts`), each `export default translation(presetWords, { heading: '…' })`
 * with every key (the compiler checks the keys, tests/i18n/catalogues.test.ts the values).
 * English is bundled with the code that uses it; a language's translations are gathered into one
 * file (`./catalogues/<language>.ts`) that loads only when that language is chosen.
 */

export interface MessageSet<N extends string = string, K extends string = string> {
  readonly ns: N
  readonly en: Readonly<Record<K, string>>
}

/** A namespace of English messages; the keys are checked wherever a message is asked for. */
export function defineMessages<const N extends string, const M extends Record<string, string>>(
  ns: N,
  en: M,
): MessageSet<N, Extract<keyof M, string>> {
  english.set(ns, en)
  return { ns, en }
}

/** Every English namespace defined so far, for `dataText`'s check in tests. */
const english = new Map<string, Readonly<Record<string, string>>>()
let checkKeys = false

/** In tests: `dataText` throws on a key its namespace's English does not have. */
export const checkDataKeys = (on: boolean) => {
  checkKeys = on
}

export type KeyOf<S extends MessageSet> = Extract<keyof S['en'], string>

/** One namespace's messages in one language. */
export interface Translation<N extends string = string> {
  readonly ns: N
  readonly messages: Readonly<Record<string, string>>
}

/**
 * A namespace's messages in another language: every key of the English, no other. Only the
 * type of the English set is used, so a translation file pulls no English into its chunk.
 */
export const translation = <S extends MessageSet>(
  ns: S['ns'],
  messages: Readonly<Record<KeyOf<S>, string>>,
): Translation<S['ns']> => ({ ns, messages })

type Loaded = ReadonlyMap<string, Readonly<Record<string, string>>>

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<readonly Translation[]>>> = {
  vi: () => import('./catalogues/vi').then((m) => m.default),
  'zh-Hans': () => import('./catalogues/zh-Hans').then((m) => m.default),
}

const loaded = new Map<Language, Loaded>()
const loading = new Map<Language, Promise<void>>()
let active: Language = DEFAULT_LANGUAGE
const listeners = new Set<() => void>()

/** Whether a language's messages are in memory (English always is). */
export const isLoaded = (language: Language) => language === 'en' || loaded.has(language)

/**
 * Brings a language's messages into memory, once. Rejects when its file cannot be fetched (say,
 * offline before the first visit cached it); the caller keeps the language in use.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return Promise.resolve()
  let pending = loading.get(language)
  if (!pending) {
    pending = LOADERS[language]().then(
      (list) => {
        loaded.set(language, new Map(list.map((t) => [t.ns, t.messages])))
        loading.delete(language)
      },
      (error: unknown) => {
        loading.delete(language)
        throw error
      },
    )
    loading.set(language, pending)
  }
  return pending
}

/** Settles when every language being loaded now has loaded or failed. */
export const languagesLoading = (): Promise<unknown> => Promise.allSettled([...loading.values()])

/** The language the interface is in now. */
export const activeLanguage = (): Language => active

/** Calls `listener` whenever the language in use changes. */
export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Puts the interface in `language`, whose messages must be in memory (`isLoaded`): the store's
 * `setLanguage` calls it, so the words and the store's language change in the same update.
 */
export function activate(language: Language): void {
  if (!isLoaded(language)) throw new Error(`The ${language} messages are not loaded`)
  if (active === language) return
  active = language
  for (const l of [...listeners]) l()
}

/** Loads `language`'s messages, then puts the interface in it (tests; the store's own way is `setLanguage`). */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  activate(language)
}

/** The raw message, in `language` where it has one, else in English. */
export function messageIn<S extends MessageSet>(
  set: S,
  key: KeyOf<S>,
  language: Language = active,
): string {
  if (language !== 'en') {
    const own = loaded.get(language)?.get(set.ns)?.[key]
    if (own !== undefined) return own
  }
  return set.en[key] ?? key
}

/** The message with its values filled in, in `language` (the one in use by default). */
export function text<S extends MessageSet>(
  set: S,
  key: KeyOf<S>,
  params?: Params,
  language: Language = active,
): string {
  return formatMessage(messageIn(set, key, language), params, language)
}

/**
 * A text of the built-in data (a preset's title, an exercise's question, a state's name) in
 * `language`, else the English it is given. Data namespaces are named `data.<file>` and keyed
 * `<item id>.<field path>`, e.g. `text('data.exercises', 'russia-stays.question', e.question)`;
 * their English sets are built from the data itself (`src/data/*.en.ts`).
 */
export function dataText(
  ns: string,
  key: string,
  fallback: string,
  language: Language = active,
): string {
  if (checkKeys && english.has(ns) && english.get(ns)![key] === undefined) {
    throw new Error(`No English message "${key}" in "${ns}"`)
  }
  if (language === 'en') return fallback
  return loaded.get(language)?.get(ns)?.[key] ?? fallback
}

/** A language's own message for a namespace's key, if it has one (none for English). */
export const ownMessage = (ns: string, key: string, language: Language = active) =>
  language === 'en' ? undefined : loaded.get(language)?.get(ns)?.[key]

export type Translate<S extends MessageSet> = (key: KeyOf<S>, params?: Params) => string

/** A function that writes `set`'s messages in `language`. */
export const translator =
  <S extends MessageSet>(set: S, language: Language = active): Translate<S> =>
  (key, params) =>
    text(set, key, params, language)

/** Every language's loaded translations, for the completeness test. */
export const loadedTranslations = (language: Language): Loaded | undefined => loaded.get(language)
