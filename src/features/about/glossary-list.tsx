import { useId, useState, type ReactNode } from 'react'
import { TERMINOLOGY, terminologyAnchor, type ContestedName } from '@/data/terminology'
import type { Language } from '@/i18n/languages'
import { rich, useDataText, useLanguage, useT } from '@/i18n/react'
import { GLOSSARY, glossaryAnchor } from '@/ui/glossary'
import { glossaryWords } from '@/ui/glossary.en'
import { glossaryListWords } from './glossary-list.en'
import './glossary.css'

/** One side's own term in its language, with what it says in the reader's if that differs. */
function SideCell({ term, lang, gloss }: { term: string; lang: Language; gloss?: string }) {
  const t = useT(glossaryListWords)
  const own = (c: ReactNode) => <span lang={lang}>{c}</span>
  return (
    <td>
      {gloss === undefined ? own(term) : rich(t('sides.glossed', { term, gloss }), { t: own })}
    </td>
  )
}

/** The contested names: the neutral term in the language in use beside each side's own. */
function TerminologyTable({ id }: { id: string }) {
  const t = useT(glossaryListWords)
  const language = useLanguage()
  return (
    // Focusable, so a keyboard can scroll it on a narrow screen.
    <div
      className="terminology-scroll"
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
    >
      <table className="terminology-table">
        <caption id={`${id}-caption`}>{t('sides.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sides.neutral')}</th>
            <th scope="col">{t('sides.vietnamese')}</th>
            <th scope="col">{t('sides.prc')}</th>
            <th scope="col">{t('sides.note')}</th>
          </tr>
        </thead>
        <tbody>
          {TERMINOLOGY.map((n: ContestedName) => (
            <tr key={n.id} id={terminologyAnchor(n.id)}>
              <th scope="row">{n.neutral[language]}</th>
              <SideCell
                term={n.vietnamese.term}
                lang="vi"
                gloss={language === 'vi' ? undefined : n.vietnamese.gloss[language]}
              />
              <SideCell
                term={n.prc.term}
                lang="zh-Hans"
                gloss={language === 'zh-Hans' ? undefined : n.prc.gloss[language]}
              />
              <td lang="en">{n.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Words that take sides: what they are, then the table behind a disclosure, built when first
 * opened (or at once when the page's link points into it), so the About text stays light.
 */
function WordsThatTakeSides() {
  const id = useId()
  const t = useT(glossaryListWords)
  const [opened, setOpened] = useState(() =>
    typeof window === 'undefined' ? false : window.location.hash.startsWith('#terminology-'),
  )
  return (
    <section className="terminology" aria-labelledby={`${id}-heading`} id="glossary-terminology">
      <h2 id={`${id}-heading`}>{t('sides.heading')}</h2>
      <p className="hint">{t('sides.intro')}</p>
      <details open={opened} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>{t('sides.show', { n: TERMINOLOGY.length })}</summary>
        {opened && <TerminologyTable id={id} />}
      </details>
    </section>
  )
}

/**
 * Every term of art with its definition, each entry addressable as #glossary-<id>, in the
 * language in use; then, in a section of its own, the names that take sides
 * (#glossary-terminology).
 */
export function GlossaryList() {
  return (
    <>
      <Glossary />
      <WordsThatTakeSides />
    </>
  )
}

/** The terms of art and their definitions. */
function Glossary() {
  const id = useId()
  const t = useT(glossaryListWords)
  const dt = useDataText()
  return (
    <section className="glossary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <dl className="glossary-list">
        {GLOSSARY.map((e) => (
          <div key={e.id} id={glossaryAnchor(e.id)}>
            <dt>{dt(glossaryWords.ns, `${e.id}.term`, e.term)}</dt>
            <dd>{dt(glossaryWords.ns, `${e.id}.definition`, e.definition)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
