import type { Translation } from '../catalogue'

/** Every Simplified Chinese translation in the app (`*.zh-Hans.ts`), gathered into the one file that loads for it. */
const files = import.meta.glob<Translation>('/src/**/*.zh-Hans.ts', {
  eager: true,
  import: 'default',
})
export default Object.values(files)
