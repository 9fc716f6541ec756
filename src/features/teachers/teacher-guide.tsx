import { lazy, Suspense, useState } from 'react'

// The guide's text loads when the section is first opened, so the first page load does not carry it.
const TeacherPanel = lazy(() =>
  import('./teacher-panel').then((m) => ({ default: m.TeacherPanel })),
)

/** "For teachers": the lesson plans, the worksheet and its key, one click from the top of the page. */
export function TeacherGuide() {
  const [opened, setOpened] = useState(false)
  return (
    <details
      className="about teacher-guide"
      id="for-teachers"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>For teachers</summary>
      <div className="about-body">
        {opened && (
          <Suspense fallback={<p>Loading the teacher guide…</p>}>
            <TeacherPanel />
          </Suspense>
        )}
      </div>
    </details>
  )
}
