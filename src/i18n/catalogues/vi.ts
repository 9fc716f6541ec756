import type { Translation } from '../catalogue'

/** Every Vietnamese translation in the app (`*.vi.ts`), gathered into the one file that loads for it. */
const files = import.meta.glob<Translation>('/src/**/*.vi.ts', { eager: true, import: 'default' })
export default Object.values(files)
