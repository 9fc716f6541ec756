import { useId } from 'react'
import { CODING_ITEMS } from '@/data/coding-items'
import { codeOf, decides, type Code, type CodingItem, type Question } from '@/model/coding'
import { LIMITS } from '@/model/limits'
import { useExplorerStore } from '@/store/explorer-store'
import { SourceList } from '@/ui/source-list'
import { HandIn } from './hand-in'
import './coding.css'

const AUTHORITY_NAME = { vu: 'Vu', lan: 'Lan', cow: 'COW', atop: 'ATOP' } as const

/** Each question as the student sees it: the words and the answers offered. */
const QUESTIONS: Readonly<
  Record<Exclude<Question, 'end'>, { legend: string; options: readonly [string, string][] }>
> = {
  defence: {
    legend: 'Does the text oblige either side to defend the other?',
    options: [
      ['yes', 'Yes'],
      ['no', 'No'],
    ],
  },
  alliance: {
    legend: 'Count it as an alliance?',
    options: [
      ['yes', 'Yes'],
      ['no', 'No'],
      ['unsure', 'Unsure'],
    ],
  },
  threat: {
    legend: 'Did the two share a threat in these years?',
    options: [
      ['yes', 'Yes'],
      ['no', 'No'],
    ],
  },
}

/** What a decision says, in the words the questions use. */
function codeWords(item: CodingItem, code: Code | null): string {
  if (!code) return 'takes no position'
  const parts: string[] = []
  for (const q of item.asks) {
    if (q === 'end' && code.end !== undefined) parts.push(`last allied year ${code.end}`)
    if (q === 'alliance' && code.alliance) parts.push(`alliance: ${code.alliance}`)
    if (q === 'defence' && code.defence) parts.push(`defence obligation: ${code.defence}`)
    if (q === 'threat' && code.threat) parts.push(`shared threat: ${code.threat}`)
  }
  return parts.join('; ') || 'takes no position'
}

/** One disputed case: the evidence, then the student's answers and reason. */
export function CodingCard({ item, n }: { item: CodingItem; n: number }) {
  const id = useId()
  const code = useExplorerStore((s) => codeOf(s.codes, item.id))
  const setCode = useExplorerStore((s) => s.code)
  const sources = useExplorerStore((s) => s.library.source.sources)
  const done = decides(item, code)
  return (
    <article className="coding-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {n}. {item.title}{' '}
        <span className={done ? 'coding-state is-done' : 'coding-state'}>
          {done ? '✓ coded' : 'open'}
        </span>
      </h3>
      <p className="coding-prompt">{item.prompt}</p>
      {item.clause && (
        <figure className="coding-clause">
          <blockquote>{item.clause.text}</blockquote>
          <figcaption>
            {item.clause.article}. {item.clause.published}{' '}
            <SourceList ids={[item.clause.source]} sources={sources} />
          </figcaption>
        </figure>
      )}
      <ul className="coding-facts">
        {item.facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <div className="coding-answers">
        {item.asks.map((q) =>
          q === 'end' ? (
            <fieldset key={q}>
              <legend>In which year did the alliance last hold?</legend>
              {(item.endChoices ?? []).map((year) => (
                <label key={year} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${q}`}
                    checked={code?.end === year}
                    onChange={() => setCode(item.id, { end: year })}
                  />
                  {year}
                </label>
              ))}
            </fieldset>
          ) : (
            <fieldset key={q}>
              <legend>{QUESTIONS[q].legend}</legend>
              {QUESTIONS[q].options.map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${q}`}
                    checked={code?.[q] === value}
                    onChange={() => setCode(item.id, { [q]: value } as Partial<Code>)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          ),
        )}
        <label className="coding-reason">
          Your reason
          <textarea
            rows={2}
            maxLength={LIMITS.reason}
            value={code?.reason ?? ''}
            onChange={(e) => setCode(item.id, { reason: e.target.value })}
          />
        </label>
      </div>
      <details className="coding-decided">
        <summary>What Vu, Lan, COW and ATOP decided</summary>
        <ul>
          {(['vu', 'lan', 'cow', 'atop'] as const).map((a) => (
            <li key={a}>
              <strong>
                {AUTHORITY_NAME[a]}: {codeWords(item, item.decided[a].code)}.
              </strong>{' '}
              {item.decided[a].note}
            </li>
          ))}
        </ul>
        <p className="hint">
          Sources: <SourceList ids={item.sources} sources={sources} /> · confidence{' '}
          {item.confidence}
        </p>
      </details>
    </article>
  )
}

/**
 * "Code the disputed cases": the questions the Vu–Lan debate turns on, each with its evidence.
 * The student's codes make "My reading", which the debate table sets beside Vu's and Lan's.
 */
export function CodingPanel() {
  const id = useId()
  const coded = useExplorerStore(
    (s) => CODING_ITEMS.filter((item) => decides(item, codeOf(s.codes, item.id))).length,
  )
  return (
    <section id="coding" className="panel coding" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Code the disputed cases yourself</h2>
      <p className="hint">
        The debate turns on what counts as an alliance. Read the evidence for each case, answer, and
        give your reason; then open what Vu, Lan and the two datasets decided. Your answers make{' '}
        <strong>My reading</strong> in the table above. A case you leave open, or mark unsure, keeps
        Vu&apos;s coding.
      </p>
      <p role="status" className="coding-progress">
        {coded} of {CODING_ITEMS.length} cases coded.
      </p>
      <div className="coding-list">
        {CODING_ITEMS.map((item, k) => (
          <CodingCard key={item.id} item={item} n={k + 1} />
        ))}
      </div>
      <HandIn />
    </section>
  )
}
