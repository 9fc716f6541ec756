import * as z from 'zod'

// The page's Content-Security-Policy forbids eval, so zod must not compile parsers with
// `new Function` (nor probe whether it may: a strict CSP reports even the caught attempt).
z.config({ jitless: true })

export { z }
