import { useId } from 'react'
import { DATA_CHANGELOG } from '@/data/changelog'
import { UNVERSIONED } from '@/data/version'
import { rich, useT } from '@/i18n/react'
import { changelogListWords } from './changelog-list.en'
import { firstVersion } from './first-version'

/** Every release of the data, newest first, with what changed, why and which figures moved. */
export default function ChangelogList() {
  const t = useT(changelogListWords)
  const id = useId()
  return (
    <>
      {DATA_CHANGELOG.map((release, i) => (
        <section key={release.version} aria-labelledby={`${id}-${i}`}>
          <h2 id={`${id}-${i}`}>
            {rich(
              t('heading', {
                release:
                  release.version === UNVERSIONED
                    ? t('first', { version: firstVersion() })
                    : t('version', { version: release.version }),
                date: release.date,
              }),
              { time: (c) => <time dateTime={release.date}>{c}</time> },
            )}
          </h2>
          <ul className="changelog">
            {release.changes.map((change) => (
              <li key={change.what}>
                {/* The entry is the record and stays in English; only its label is translated. */}
                <span lang="en">
                  <strong>{change.what}.</strong> {change.why}
                </span>
                {change.figures ? (
                  <>
                    {' '}
                    {t('figures')} <span lang="en">{change.figures}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
