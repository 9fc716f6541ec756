import { useId, useMemo, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import { downloadBlob } from '@/lib/download'
import { LIMITS } from '@/model/limits'
import { BUILTIN_LESSON, writeAnswerCode, type Lesson } from '@/share/answer-code'
import { useExplorerStore } from '@/store/explorer-store'
import { rich, useT } from '@/i18n/react'
import { handInWords } from './hand-in.en'

/** A nickname as a file name's part: lower-case letters and digits, hyphens between. */
const fileSlug = (nickname: string) =>
  nickname
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'student'

/** The answer code's one refusal of the work itself (`writeAnswerCode`), said in words of ours. */
const NO_NICKNAME = 'write your nickname first'

/**
 * "Hand in": the student's codes and exercise answers as one short answer code to paste into the
 * class chat or a form, or as a small file. Nothing is sent anywhere. The code follows the work:
 * it is written afresh whenever an answer changes.
 */
export function HandIn({ lesson = BUILTIN_LESSON }: { lesson?: Lesson }) {
  const id = useId()
  const t = useT(handInWords)
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
      <h3 id={`${id}-heading`}>{t('heading')}</h3>
      <p className="hint">{t('intro')}</p>
      <label className="coding-reason">
        {t('nickname')}
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
        <p className="hint">{t('no-nickname')}</p>
      ) : !result.ok ? (
        <p role="alert">
          {result.problem === NO_NICKNAME
            ? t('no-code.nickname')
            : rich(t('no-code'), { problem: () => <span lang="en">{result.problem}</span> })}
        </p>
      ) : (
        <>
          <label className="coding-reason" htmlFor={`${id}-code`}>
            {t('code', {
              cases: Object.keys(result.work.codes).length,
              exercises: Object.keys(result.work.answers).length,
            })}
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
              {t('copy')}
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
              {t('save')}
            </button>
            <span role="status">{copied ? t('copied') : ''}</span>
          </div>
        </>
      )}
    </section>
  )
}
