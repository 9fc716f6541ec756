import type { Source } from '@/model/types'

/** Source ids as links to the sources, each titled with what it is. */
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
            {source ? (
              <a href={source.url} title={source.title} target="_blank" rel="noreferrer">
                {id}
              </a>
            ) : (
              id
            )}
          </span>
        )
      })}
      ]
    </span>
  )
}
