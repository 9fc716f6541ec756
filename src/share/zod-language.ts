import { activeLanguage } from '@/i18n/catalogue'
import { z } from '@/lib/zod'

/*
 * zod's own words for a value of the wrong kind ("Invalid input: expected string, received
 * number") in the language in use, for the messages that name a problem in a link, a file or
 * saved work. Our own messages are set on the schemas and take precedence; English is zod's
 * default, so in English nothing is passed.
 */

type Context = z.core.ParseContext<z.core.$ZodIssue>

let vi: Context | undefined
let zh: Context | undefined

/** The parse options that write zod's messages in the language in use (none in English). */
export function inLanguage(): Context | undefined {
  switch (activeLanguage()) {
    case 'vi':
      return (vi ??= { error: z.locales.vi().localeError })
    case 'zh-Hans':
      return (zh ??= { error: z.locales.zhCN().localeError })
    default:
      return undefined
  }
}
