import { readFileSync } from 'node:fs'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** A file that asks for plain Node in its first lines (`// @vitest-environment node`). */
function runsInNode(file: TestSpecification): boolean {
  return /@vitest-environment node\b/.test(readFileSync(file.moduleId, 'utf8').slice(0, 300))
}

/**
 * Vitest's order (longest first, by project), with each project's page files before its
 * plain-Node files. A worker that shares its modules (isolate: false) is kept only while the
 * next file in the queue wants the same environment; in Vitest's own order the two kinds
 * alternate, and each switch starts a worker that loads React, the data and jsdom again (38
 * workers for the suite instead of 4).
 */
export class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const projects = [...new Set(sorted.map((file) => file.project))]
    return projects.flatMap((project) => {
      const own = sorted.filter((file) => file.project === project)
      return [...own.filter((file) => !runsInNode(file)), ...own.filter(runsInNode)]
    })
  }
}
