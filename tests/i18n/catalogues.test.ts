// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadedTranslations, loadLanguage, type MessageSet } from '@/i18n/catalogue'
import { placeholdersOf } from '@/i18n/format'
import { LANGUAGES } from '@/i18n/languages'

/*
 * Every interface message in every language: each English namespace (`*.en.ts`) has a translation
 * in each language with every key and no other, none empty or left in English, and each asks
 * for the same values, plural and select cases' names and rich-text tags as its English.
 */

const isSet = (v: unknown): v is MessageSet =>
  typeof v === 'object' && v !== null && 'ns' in v && 'en' in v
const english = Object.entries(
  import.meta.glob<Record<string, unknown>>('/src/**/*.en.ts', { eager: true }),
).flatMap(([file, mod]) =>
  Object.values(mod)
    .filter(isSet)
    .map((set) => ({ file, set })),
)

/**
 * Messages that are the same in a translation as in English because they are names or codes
 * (an acronym, a number format), by namespace and key.
 */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([])

const looksEnglish = (s: string) => /[A-Za-z]{3,}[ ,.][^{}]*[A-Za-z]{3,}/.test(s)

describe('the message catalogues', () => {
  it('has English messages, each namespace defined once, every message readable', () => {
    expect(english.length).toBeGreaterThan(0)
    const seen = new Map<string, string>()
    for (const { file, set } of english) {
      expect(seen.get(set.ns), `${set.ns} in ${file} and ${seen.get(set.ns)}`).toBeUndefined()
      seen.set(set.ns, file)
      for (const [key, message] of Object.entries(set.en)) {
        expect(() => placeholdersOf(message), `${set.ns}:${key}`).not.toThrow()
      }
    }
  })

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    describe(language, () => {
      it('translates every namespace, every key and no other', async () => {
        await loadLanguage(language)
        const loaded = loadedTranslations(language)!
        const problems: string[] = []
        for (const { file, set } of english) {
          const messages = loaded.get(set.ns)
          if (!messages) {
            problems.push(`${set.ns} (${file}): no ${language} translation`)
            continue
          }
          for (const key of Object.keys(set.en)) {
            if (!(key in messages)) problems.push(`${set.ns}:${key}: missing`)
          }
          for (const key of Object.keys(messages)) {
            if (!(key in set.en)) problems.push(`${set.ns}:${key}: not in the English`)
          }
        }
        const namespaces = new Set(english.map((e) => e.set.ns))
        for (const ns of loaded.keys()) {
          if (!namespaces.has(ns)) problems.push(`${ns}: a translation of no English namespace`)
        }
        expect(problems).toEqual([])
      })

      it('keeps every placeholder, plural, select and tag, and leaves nothing in English', async () => {
        await loadLanguage(language)
        const loaded = loadedTranslations(language)!
        const problems: string[] = []
        for (const { set } of english) {
          const messages = loaded.get(set.ns) ?? {}
          for (const [key, en] of Object.entries(set.en)) {
            const own = messages[key]
            if (own === undefined) continue
            const id = `${set.ns}:${key}`
            if (own.trim() === '') {
              problems.push(`${id}: empty`)
              continue
            }
            let mine: string[]
            try {
              mine = placeholdersOf(own)
            } catch (e) {
              problems.push(`${id}: ${(e as Error).message}`)
              continue
            }
            const theirs = placeholdersOf(en)
            if (mine.join('|') !== theirs.join('|')) {
              problems.push(`${id}: needs ${theirs.join(', ')} but has ${mine.join(', ')}`)
            }
            if (own === en && looksEnglish(en) && !SAME_IN_EVERY_LANGUAGE.has(id)) {
              problems.push(`${id}: left in English`)
            }
          }
        }
        expect(problems).toEqual([])
      })
    })
  }
})
