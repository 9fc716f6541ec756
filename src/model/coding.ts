import type { CompiledDataset, CompiledDyad } from './compile'
import type { Change } from './scenario'
import type { Confidence, HistorySeries } from './types'

/*
 * Coding the disputed cases. The Vu–Lan debate turns on measurement: is a treaty without a defence
 * clause an alliance, does wartime aid without a treaty count, when did the Sino-Soviet alliance
 * end. A coding item puts one such question to the student with its evidence; the student's codes
 * turn Vu's coding of history into "My reading", which the debate then sets beside Vu's and Lan's.
 */

/** What an item asks: whether it was an alliance, whether the text obliges defence, whether the
 * two shared a threat, or in which year an alliance last held. */
export type Question = 'alliance' | 'defence' | 'threat' | 'end'

export type AllianceAnswer = 'yes' | 'no' | 'unsure'
export type YesNo = 'yes' | 'no'

/** One coder's answers to one item (only those the item asks), and why, in their own words. */
export interface Code {
  readonly alliance?: AllianceAnswer
  readonly defence?: YesNo
  readonly threat?: YesNo
  /** For an "end" item: the last year the alliance held, one of the item's `endChoices`. */
  readonly end?: number
  readonly reason?: string
}

/** Codes by item id. */
export type Codes = Readonly<Record<string, Code>>

/** What an item id may be: lower-case words joined by hyphens, as the built-in items are named.
 * Files, links and the store hold codes only under such ids. */
export const ITEM_ID = /^[a-z0-9][a-z0-9-]{0,79}$/

/** Whose decision an item reports beside the evidence. */
export type Authority = 'vu' | 'lan' | 'cow' | 'atop'
export const AUTHORITIES: readonly Authority[] = ['vu', 'lan', 'cow', 'atop']

/** A brief quotation of a treaty clause, with where the official text is published. */
export interface Clause {
  /** e.g. "Article 2". */
  readonly article: string
  /** The clause quoted briefly from the official text (treaties are public documents). */
  readonly text: string
  /** Where the text is published (e.g. the UN Treaty Series volume and page), in one line. */
  readonly published: string
  /** The source id of that publication. */
  readonly source: string
}

/** What an authority decided on an item: as a code where it reads as one, and in words. */
export interface Decision {
  /** Null where the authority takes no position the item's questions can express. */
  readonly code: Code | null
  /** One or two sentences in our own words. */
  readonly note: string
}

/**
 * One disputed coding: a pair and its years, the question, the evidence (a clause, key facts and
 * what Vu, Lan, COW and ATOP decided), with sources and a confidence like every coded span.
 */
export interface CodingItem {
  readonly id: string
  /** A short title, e.g. "Vietnam–Laos 1977: Article 2". */
  readonly title: string
  readonly dyad: string
  readonly from: number
  readonly to: number
  /** The question, in one plain sentence. */
  readonly prompt: string
  /** The answers asked for, in the order shown. "alliance" or "end" decides the reading's history;
   * "threat" decides the model's input; "defence" is recorded as the coder's reading of the text. */
  readonly asks: readonly Question[]
  /** For an "end" item: the years offered as the alliance's last year (it runs from `from`). */
  readonly endChoices?: readonly number[]
  readonly clause?: Clause
  /** Key facts, each one sentence in our own words. */
  readonly facts: readonly string[]
  readonly decided: Readonly<Record<Authority, Decision>>
  readonly sources: readonly string[]
  readonly confidence: Confidence
}

/** The series a reading starts from: Vu's coding (the essay's), which the codes then amend. */
export const READING_BASE: HistorySeries = 'essay'

/** How a set of codes changes history and the model's inputs, and which items are still open. */
export interface AppliedCodes {
  /** Per dyad id, the years (inclusive) the reading sets to allied (1) or not (0). */
  readonly alliance: readonly {
    readonly dyad: string
    readonly from: number
    readonly to: number
    readonly allied: boolean
    readonly item: string
  }[]
  /** Threat changes, as scenario changes the model can run. */
  readonly threat: readonly Change[]
  /** Items answered in a way that decides something. */
  readonly decided: readonly string[]
  /** Items unanswered, or answered "unsure": Vu's coding stands for them. */
  readonly open: readonly string[]
}

/** A coder's code for an item, if they gave one (an own key only: ids come from files and pastes). */
export const codeOf = (codes: Codes, item: string): Code | undefined =>
  Object.hasOwn(codes, item) ? codes[item] : undefined

/** The one answer of an item that decides a reading: alliance, end year or shared threat. */
export type Deciding = string | number

/** The question whose answer decides the item's part of a reading. */
export function decidingQuestion(item: CodingItem): 'alliance' | 'end' | 'threat' {
  if (item.asks.includes('end')) return 'end'
  if (item.asks.includes('alliance')) return 'alliance'
  return 'threat'
}

/** The answers a coder can give to the deciding question, in the order shown. */
export function optionsOf(item: CodingItem): readonly Deciding[] {
  switch (decidingQuestion(item)) {
    case 'end':
      return item.endChoices ?? []
    case 'alliance':
      return ['yes', 'no', 'unsure']
    case 'threat':
      return ['yes', 'no']
  }
}

/** A coder's answer to the item's deciding question, or null when they gave none it offers. */
export function decidingAnswer(item: CodingItem, code: Code | undefined): Deciding | null {
  const value = code?.[decidingQuestion(item)]
  return value !== undefined && optionsOf(item).includes(value) ? value : null
}

/** True when the code answers the item's deciding question with something other than "unsure". */
export function decides(item: CodingItem, code: Code | undefined): boolean {
  const answer = decidingAnswer(item, code)
  return answer !== null && answer !== 'unsure'
}

/** What the codes change, item by item, in the items' order. Unknown item ids are ignored. */
export function applyCodes(items: readonly CodingItem[], codes: Codes): AppliedCodes {
  const alliance: AppliedCodes['alliance'][number][] = []
  const threat: Change[] = []
  const decided: string[] = []
  const open: string[] = []
  for (const item of items) {
    const answer = decidingAnswer(item, codeOf(codes, item.id))
    if (answer === null || answer === 'unsure') {
      open.push(item.id)
      continue
    }
    decided.push(item.id)
    const span = { dyad: item.dyad, item: item.id }
    switch (decidingQuestion(item)) {
      case 'alliance':
        alliance.push({ ...span, from: item.from, to: item.to, allied: answer === 'yes' })
        break
      case 'end': {
        const end = answer as number
        if (end >= item.from) alliance.push({ ...span, from: item.from, to: end, allied: true })
        if (end < item.to) alliance.push({ ...span, from: end + 1, to: item.to, allied: false })
        break
      }
      case 'threat':
        threat.push({
          layer: 'threat',
          id: item.dyad,
          from: item.from,
          to: item.to,
          value: answer as YesNo,
        })
    }
  }
  return { alliance, threat, decided, open }
}

/**
 * The dataset with one series rewritten by the codes: `series` (Vu's coding by default) takes the
 * reading's alliances, every other series and input is shared with `c` unchanged. Threat codes are
 * not applied here: they are changes to the model's inputs (`AppliedCodes.threat`).
 */
export function withReading(
  c: CompiledDataset,
  applied: AppliedCodes,
  series: HistorySeries = READING_BASE,
): CompiledDataset {
  if (applied.alliance.length === 0) return c
  const rewritten = new Map<number, Uint8Array>()
  for (const a of applied.alliance) {
    const d = c.dyadIndex.get(a.dyad)
    if (d === undefined) continue
    let arr = rewritten.get(d)
    if (!arr) {
      arr = Uint8Array.from(c.dyads[d]!.history[series])
      rewritten.set(d, arr)
    }
    const lo = Math.max(a.from, c.firstYear) - c.firstYear
    const hi = Math.min(a.to, c.lastYear) - c.firstYear
    for (let i = lo; i <= hi; i++) arr[i] = a.allied ? 1 : 0
  }
  const dyads = c.dyads.map((dyad): CompiledDyad => {
    const arr = rewritten.get(dyad.index)
    return arr ? { ...dyad, history: { ...dyad.history, [series]: arr } } : dyad
  })
  return { ...c, dyads }
}
