import type { Source } from '@/model/types'

/**
 * Source ids as links to the sources, each titled with what it is. A source with no link (a
 * printed book, say) shows its id as an abbreviation of the citation, and screen readers hear the
 * citation itself, so nothing about it is left to the mouse.
 */
export function SourceList({
  ids,
  sources,
}: {
  ids: readonly string[]
  sources: readonly Source[]
}) {
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
              <a href={source.url} title={source.title} target="_blank" rel="noreferrer">
                {id}
              </a>
            ) : (
              <>
                <abbr title={source.title}>{id}</abbr>
                <span className="visually-hidden">{` (${source.title}; no link)`}</span>
              </>
            )}
          </span>
        )
      })}
      ]
    </span>
  )
}
