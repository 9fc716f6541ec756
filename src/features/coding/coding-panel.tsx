import { useId } from 'react'
import type { Translate } from '@/i18n/catalogue'
import { rich, useDataText, useT } from '@/i18n/react'
import { CONFIDENCE } from '@/model/vocabulary'
import { useWords } from '@/ui/words'
import { CODING_ITEMS } from '@/data/coding-items'
import { codeOf, decides, type Code, type CodingItem, type Question } from '@/model/coding'
import { LIMITS } from '@/model/limits'
import { useExplorerStore } from '@/store/explorer-store'
import { SourceList } from '@/ui/source-list'
import { HandIn } from './hand-in'
import { codingPanelWords } from './coding-panel.en'
import './coding.css'

const CODING = 'data.coding-items'

/** The answers each question offers, in the order shown. */
const OPTIONS: Readonly<Record<Exclude<Question, 'end'>, readonly ('yes' | 'no' | 'unsure')[]>> = {
  defence: ['yes', 'no'],
  alliance: ['yes', 'no', 'unsure'],
  threat: ['yes', 'no'],
}

/** What a decision says, in the words the questions use. */
function codeWords(
  item: CodingItem,
  code: Code | null,
  t: Translate<typeof codingPanelWords>,
): string {
  if (!code) return t('decided.none')
  const parts: string[] = []
  for (const q of item.asks) {
    if (q === 'end' && code.end !== undefined)
      parts.push(t('decided.end', { year: String(code.end) }))
    if (q === 'alliance' && code.alliance)
      parts.push(t('decided.alliance', { answer: code.alliance }))
    if (q === 'defence' && code.defence) parts.push(t('decided.defence', { answer: code.defence }))
    if (q === 'threat' && code.threat) parts.push(t('decided.threat', { answer: code.threat }))
  }
  return parts.join(t('decided.separator')) || t('decided.none')
}

/** One disputed case: the evidence, then the student's answers and reason. */
export function CodingCard({ item, n }: { item: CodingItem; n: number }) {
  const id = useId()
  const t = useT(codingPanelWords)
  const dt = useDataText()
  const w = useWords()
  const text = (path: string, english: string) => dt(CODING, `${item.id}.${path}`, english)
  const code = useExplorerStore((s) => codeOf(s.codes, item.id))
  const setCode = useExplorerStore((s) => s.code)
  const sources = useExplorerStore((s) => s.library.source.sources)
  const done = decides(item, code)
  return (
    <article className="coding-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {n}. {text('title', item.title)}{' '}
        <span className={done ? 'coding-state is-done' : 'coding-state'}>
          {done ? t('state.done') : t('state.open')}
        </span>
      </h3>
      <p className="coding-prompt">{text('prompt', item.prompt)}</p>
      {item.clause && (
        <figure className="coding-clause">
          <blockquote>{text('clause.text', item.clause.text)}</blockquote>
          <figcaption>
            {t('clause.caption', {
              article: text('clause.article', item.clause.article),
              published: text('clause.published', item.clause.published),
            })}{' '}
            <SourceList ids={[item.clause.source]} sources={sources} />
          </figcaption>
        </figure>
      )}
      <ul className="coding-facts">
        {item.facts.map((f, k) => (
          <li key={k}>{text(`facts.${k}`, f)}</li>
        ))}
      </ul>
      <div className="coding-answers">
        {item.asks.map((q) =>
          q === 'end' ? (
            <fieldset key={q}>
              <legend>{t('question.end')}</legend>
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
              <legend>{t(`question.${q}`)}</legend>
              {OPTIONS[q].map((value) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${q}`}
                    checked={code?.[q] === value}
                    onChange={() => setCode(item.id, { [q]: value } as Partial<Code>)}
                  />
                  {t(`answer.${value}`)}
                </label>
              ))}
            </fieldset>
          ),
        )}
        <label className="coding-reason">
          {t('reason')}
          <textarea
            rows={2}
            maxLength={LIMITS.reason}
            value={code?.reason ?? ''}
            onChange={(e) => setCode(item.id, { reason: e.target.value })}
          />
        </label>
      </div>
      <details className="coding-decided">
        <summary>{t('decided.summary')}</summary>
        <ul>
          {(['vu', 'lan', 'cow', 'atop'] as const).map((a) => (
            <li key={a}>
              <strong>
                {t('decided.line', {
                  who: t(`authority.${a}`),
                  code: codeWords(item, item.decided[a].code, t),
                })}
              </strong>{' '}
              {text(`decided.${a}.note`, item.decided[a].note)}
            </li>
          ))}
        </ul>
        <p className="hint">
          {rich(t('decided.sources', { confidence: w.label(CONFIDENCE.label(item.confidence)) }), {
            sources: () => <SourceList ids={item.sources} sources={sources} />,
          })}
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
  const t = useT(codingPanelWords)
  const coded = useExplorerStore(
    (s) => CODING_ITEMS.filter((item) => decides(item, codeOf(s.codes, item.id))).length,
  )
  return (
    <section id="coding" className="panel coding" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">{rich(t('intro'), { b: (c) => <strong>{c}</strong> })}</p>
      <p role="status" className="coding-progress">
        {t('progress', { coded, total: CODING_ITEMS.length })}
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
