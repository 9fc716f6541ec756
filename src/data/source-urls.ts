/*
 * Which addresses a cited source may link to. A teacher who clicks a source should land on the
 * publisher, a DOI, the dataset's own site, or a government or archive page: never on a test or
 * preview server, a proxy, a content farm, a mirror, a forum or a pirated copy. A source that has
 * no such page (a printed book, say) is cited without a link instead.
 */

/**
 * Hosts a source must never link to. An entry matches the host itself and every subdomain of it,
 * so `tripod.com` also bars `countries1.tripod.com`.
 */
export const DENIED_SOURCE_HOSTS: readonly string[] = [
  // test, preview and proxy servers
  'dvincitest.com',
  'pangea-cms.com',
  'movatter.jp',
  // content farms and reprint sites
  'fx361.cc',
  'fx361.com',
  '414w.com',
  'xinzheng100.com',
  'liuyina.com',
  'soolun.net',
  'mbji.cn',
  // mirrors and off-topic sites carrying copied articles
  'kfd.me',
  'tripod.com',
  'tothethao.com',
  'wayanadtouring.com',
  // forums, and sites that host copyrighted books without leave
  'sinodefenceforum.com',
  'thenovelorange.com',
  'issuhub.com',
]

/** First labels that mark a staging or test copy of a site, as in uat.taylorfrancis.com. */
const TEST_HOST_LABELS: readonly string[] = ['uat', 'staging', 'preview', 'test', 'dev']

const matches = (host: string, denied: string) => host === denied || host.endsWith(`.${denied}`)

/**
 * Why a source may not link to `url`, or undefined when it may: the address must parse, use
 * https, and not point at a denied host or a test server.
 */
export function sourceUrlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `"${url}" is not a web address`
  }
  if (parsed.protocol !== 'https:') return `${url} must use https`
  const host = parsed.hostname.toLowerCase()
  const denied = DENIED_SOURCE_HOSTS.find((d) => matches(host, d))
  if (denied) return `${host} is not a trustworthy host for a source (deny-list: ${denied})`
  const first = host.split('.')[0] ?? ''
  if (TEST_HOST_LABELS.includes(first)) return `${host} is a test or preview server`
  return undefined
}
