import { useId } from 'react'
import { DATA_CHANGELOG, DATA_VERSION, UNVERSIONED } from '@/data/version'
import { CHANGELOG_ID } from '@/share/data-version'

/**
 * The data's version and the corrections made to it, newest first. Work made on older data
 * opens with a notice whose button opens this section (an in-page target, so it works offline).
 */
export function DataChangelog() {
  const id = useId()
  return (
    <details className="about data-changelog" id={CHANGELOG_ID}>
      <summary>Data version {DATA_VERSION}: what was corrected</summary>
      <div className="about-body">
        <p>
          Links, scenario files, saved work, chart images and the handout record the data version
          they were made on. Opening work made on an earlier version shows the same work on the
          corrected data, so some codings and figures may differ from what its author saw. Work with
          no version was made on the data from {UNVERSIONED}.
        </p>
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
                  {change.figures ? ` Figures: ${change.figures}.` : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  )
}
