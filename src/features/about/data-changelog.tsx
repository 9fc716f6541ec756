import { Suspense, useState } from 'react'
import { CHANGELOG_ID, DATA_VERSION } from '@/data/version'
import { text } from '@/i18n/catalogue'
import { lazyPart } from '@/ui/lazy-part'
import { useLanguage, useT } from '@/i18n/react'
import { dataChangelogWords } from './data-changelog.en'
import { firstVersion } from './first-version'
import './about.css'

// The list itself loads when the section is first opened, so the first page load does not carry it.
const ChangelogList = lazyPart(
  () => import('./changelog-list').then((m) => m.default),
  () => text(dataChangelogWords, 'part.list'),
)

/**
 * The data's version and the corrections made to it, newest first. Work made on older data
 * opens with a notice whose button opens this section (an in-page target, so it works offline).
 */
export function DataChangelog() {
  const t = useT(dataChangelogWords)
  const language = useLanguage()
  const [opened, setOpened] = useState(false)
  return (
    <details
      className="about data-changelog"
      id={CHANGELOG_ID}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>{t('summary', { current: DATA_VERSION })}</summary>
      <div className="about-body">
        <p>{t('intro', { version: firstVersion() })}</p>
        {/* The entries are the record, kept in the language they were written in. */}
        {language !== 'en' && <p className="hint">{t('in-english')}</p>}
        {opened && (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <ChangelogList />
          </Suspense>
        )}
      </div>
    </details>
  )
}
