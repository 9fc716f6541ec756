import { Fragment, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import {
  activeLanguage,
  dataText,
  subscribeLanguage,
  translator,
  type MessageSet,
  type Translate,
} from './catalogue'
import type { Language } from './languages'

/** The language in use; the component renders again when it changes. */
export const useLanguage = (): Language =>
  useSyncExternalStore(subscribeLanguage, activeLanguage, activeLanguage)

/** `t(key, values)` for a namespace, in the language in use. */
export function useT<S extends MessageSet>(set: S): Translate<S> {
  const language = useLanguage()
  return useMemo(() => translator(set, language), [set, language])
}

/** `dataText` in the language in use: `dt('data.presets', \`${p.id}.title\`, p.title)`. */
export function useDataText(): (ns: string, key: string, fallback: string) => string {
  const language = useLanguage()
  return useMemo(
    () => (ns: string, key: string, fallback: string) => dataText(ns, key, fallback, language),
    [language],
  )
}

export type Tags = Readonly<Record<string, (children: ReactNode) => ReactNode>>

/**
 * A formatted message with tags, <b>both</b>, turned into elements: each tag's function wraps
 * what the tag encloses (`{ b: (c) => <strong>{c}</strong> }`); <name/> stands alone. Tags may
 * nest. A tag without a function is dropped and its text kept.
 */
export function rich(message: string, tags: Tags): ReactNode {
  const pattern = /<(\/?)([a-z][a-z0-9]*)\s*(\/?)>/g
  let key = 0
  const build = (from: number, closing?: string): [ReactNode[], number] => {
    const out: ReactNode[] = []
    pattern.lastIndex = from
    let last = from
    for (let m = pattern.exec(message); m; m = pattern.exec(message)) {
      const [whole, slash, name, selfClosing] = m
      if (m.index > last) out.push(message.slice(last, m.index))
      last = m.index + whole.length
      if (slash) {
        if (name === closing) return [out, last]
        continue
      }
      const wrap = tags[name!] ?? ((c: ReactNode) => c)
      if (selfClosing) {
        out.push(<Fragment key={key++}>{wrap(null)}</Fragment>)
        continue
      }
      const [inner, end] = build(last, name)
      out.push(<Fragment key={key++}>{wrap(inner)}</Fragment>)
      last = end
      pattern.lastIndex = end
    }
    if (last < message.length) out.push(message.slice(last))
    return [out, message.length]
  }
  return build(0)[0]
}
