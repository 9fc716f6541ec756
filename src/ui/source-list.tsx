import type { Source } from '@/model/types'
import { rich, useT } from '@/i18n/react'
import { sourceListWords } from './source-list.en'

/**
 * Source ids as links to the sources, each titled with what it is. A source with no link (a
 * printed book, say) shows its id as an abbreviation of the citation, and screen readers hear the
 * citation itself, so nothing about it is left to the mouse. Titles stay in their own language
 * (English), marked as such.
 */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[]
  sources: readonly Source[]
}) {
  const t = useT(sourceListWords)
  return (
    <span className="sources">
      [
      {ids.map((id, k) => {
        const source = sources.find((s) => s.id === id)
        return (
          <span key={id}>
            {k > 0 && ', '}
            {!source ? (
              id
            ) : source.url ? (
              <a href={source.url} title={source.title} lang="en" target="_blank" rel="noreferrer">
                {id}
              </a>
            ) : (
              <>
                <abbr title={source.title} lang="en">
                  {id}
                </abbr>
                <span className="visually-hidden">
                  {' '}
                  {rich(t('no-link'), { title: () => <span lang="en">{source.title}</span> })}
                </span>
              </>
            )}
          </span>
        )
      })}
      ]
    </span>
  )
}
