import type { Plugin } from 'vite'

/**
 * The production page's Content-Security-Policy: scripts only from the site itself (no inline
 * script, no eval), no connections elsewhere. Added at build time only, because the dev server
 * needs an inline script for hot reload.
 */
export const CSP_DIRECTIVES: readonly [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

/** The policy as a meta tag's content, with some directives replaced (the single file's hash). */
export function cspContent(overrides: Readonly<Record<string, string>> = {}): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${overrides[k] ?? v}`).join('; ')
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
        injectTo: 'head-prepend',
      },
    ],
  }
}
