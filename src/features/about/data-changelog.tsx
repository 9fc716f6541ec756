import { Suspense, useState } from 'react'
import { DATA_VERSION, UNVERSIONED } from '@/data/version'
import { CHANGELOG_ID } from '@/share/data-version'
import { lazyPart } from '@/ui/lazy-part'
import './about.css'

// The list itself loads when the section is first opened, so the first page load does not carry it.
const ChangelogList = lazyPart(
  () => import('./changelog-list').then((m) => m.default),
  'The list of corrections',
)

/**
 * The data's version and the corrections made to it, newest first. Work made on older data
 * opens with a notice whose button opens this section (an in-page target, so it works offline).
 */
export function DataChangelog() {
  const [opened, setOpened] = useState(false)
  return (
    <details
      className="about data-changelog"
      id={CHANGELOG_ID}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>Data version {DATA_VERSION}: what was corrected</summary>
      <div className="about-body">
        <p>
          Links, scenario files, saved work, chart images and the handout record the data version
          they were made on. Opening work made on an earlier version shows the same work on the
          corrected data, so some codings and figures may differ from what its author saw. Work with
          no version was made on the data from {UNVERSIONED}.
        </p>
        {opened && (
          <Suspense fallback={<p>Loading the list of corrections…</p>}>
            <ChangelogList />
          </Suspense>
        )}
      </div>
    </details>
  )
}
