import { lazy, Suspense, useState } from 'react'
import { useT } from '@/i18n/react'
import { teacherGuideWords } from './teacher-guide.en'

// The guide's text loads when the section is first opened, so the first page load does not carry it.
const TeacherPanel = lazy(() =>
  import('./teacher-panel').then((m) => ({ default: m.TeacherPanel })),
)

/** "For teachers": the lesson plans, the worksheet and its key, one click from the top of the page. */
export function TeacherGuide() {
  const t = useT(teacherGuideWords)
  const [opened, setOpened] = useState(false)
  return (
    <details
      className="about teacher-guide"
      id="for-teachers"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>{t('summary')}</summary>
      <div className="about-body">
        {opened && (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <TeacherPanel />
          </Suspense>
        )}
      </div>
    </details>
  )
}
