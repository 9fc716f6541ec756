// @vitest-environment node
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inlineBuild } from '@/build/offline'
import { cspContent } from '@/build/csp'

function fakeBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'single-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'assets/app.js'), 'console.log("</script>")')
  writeFileSync(join(dir, 'assets/app.css'), 'body{color:red}')
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>')
  writeFileSync(
    join(dir, 'index.html'),
    `<html><head><meta http-equiv="Content-Security-Policy" content="${cspContent()}"><link rel="icon" href="/favicon.svg" type="image/svg+xml" /><script type="module" crossorigin src="/assets/app.js"></script><link rel="stylesheet" crossorigin href="/assets/app.css"></head><body></body></html>`,
  )
  return dir
}

describe('the single-file build', () => {
  it('inlines script, styles and icon, and allows exactly that script by its hash', () => {
    const html = inlineBuild(fakeBuild())
    const code = 'console.log("<\\/script>")'
    expect(html).toContain(`<script type="module">${code}</script>`)
    expect(html).toContain('<style>body{color:red}</style>')
    expect(html).toContain('href="data:image/svg+xml;base64,')
    expect(html).not.toMatch(/src="\/assets|href="\/assets/)
    const hash = createHash('sha256').update(code).digest('base64')
    expect(html).toContain(`script-src 'sha256-${hash}'`)
    expect(html).toContain("connect-src 'none'")
  })
})
