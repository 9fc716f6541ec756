import { useId } from 'react'
import { DATA_CHANGELOG } from '@/data/changelog'
import { UNVERSIONED } from '@/data/version'

/** Every release of the data, newest first, with what changed, why and which figures moved. */
export default function ChangelogList() {
  const id = useId()
  return (
    <>
      {DATA_CHANGELOG.map((release, i) => (
        <section key={release.version} aria-labelledby={`${id}-${i}`}>
          <h2 id={`${id}-${i}`}>
            {release.version === UNVERSIONED
              ? `The first data (${UNVERSIONED})`
              : `Version ${release.version}`}
            , <time dateTime={release.date}>{release.date}</time>
          </h2>
          <ul className="changelog">
            {release.changes.map((change) => (
              <li key={change.what}>
                <strong>{change.what}.</strong> {change.why}
                {change.figures ? ` Figures: ${change.figures}` : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
