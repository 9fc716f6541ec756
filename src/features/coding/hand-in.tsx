import { useId, useMemo, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import { downloadBlob } from '@/lib/download'
import { LIMITS } from '@/model/limits'
import { BUILTIN_LESSON, writeAnswerCode, type Lesson } from '@/share/answer-code'
import { useExplorerStore } from '@/store/explorer-store'

/** A nickname as a file name's part: lower-case letters and digits, hyphens between. */
const fileSlug = (nickname: string) =>
  nickname
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'student'

/**
 * "Hand in": the student's codes and exercise answers as one short answer code to paste into the
 * class chat or a form, or as a small file. Nothing is sent anywhere. The code follows the work:
 * it is written afresh whenever an answer changes.
 */
export function HandIn({ lesson = BUILTIN_LESSON }: { lesson?: Lesson }) {
  const id = useId()
  const [nickname, setNickname] = useState('')
  const [copied, setCopied] = useState(false)
  const codes = useExplorerStore((s) => s.codes)
  const answers = useExplorerStore((s) => s.answers)
  const result = useMemo(
    () => (nickname.trim() ? writeAnswerCode({ nickname, codes, answers }, lesson) : null),
    [nickname, codes, answers, lesson],
  )

  const copy = async (code: string) => {
    if (await copyText(code)) setCopied(true)
    // No clipboard here: the box is selected, to copy by hand.
    else document.getElementById(`${id}-code`)?.focus()
  }

  return (
    <section className="hand-in" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Hand in</h3>
      <p className="hint">
        Your answers become one line of text, an answer code. Paste it into the class chat or form,
        or save it as a file; your teacher pastes everyone&apos;s codes into Class results. Nothing
        is sent anywhere.
      </p>
      <label className="coding-reason">
        Your nickname
        <input
          type="text"
          maxLength={LIMITS.nickname}
          autoComplete="nickname"
          value={nickname}
          onChange={(e) => {
            setNickname(e.target.value)
            setCopied(false)
          }}
        />
      </label>
      {!result ? (
        <p className="hint">Type a nickname to make your answer code.</p>
      ) : !result.ok ? (
        <p role="alert">No code yet: {result.problem}.</p>
      ) : (
        <>
          <label className="coding-reason" htmlFor={`${id}-code`}>
            Your answer code ({Object.keys(result.work.codes).length} cases,{' '}
            {Object.keys(result.work.answers).length} exercises)
          </label>
          <textarea
            id={`${id}-code`}
            className="answer-code"
            readOnly
            rows={3}
            value={result.code}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="button-row">
            <button type="button" onClick={() => void copy(result.code)}>
              Copy the code
            </button>
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  new Blob([`${result.code}\n`], { type: 'text/plain;charset=utf-8' }),
                  `alliance-explorer_answers_${fileSlug(result.work.nickname)}.txt`,
                )
              }
            >
              Save as a file
            </button>
            <span role="status">{copied ? 'Copied.' : ''}</span>
          </div>
        </>
      )}
    </section>
  )
}
