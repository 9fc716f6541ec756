/**
 * `npm run --silent data:csv [-- options]`: the dataset and the model's verdicts as CSV, one row
 * per dyad-year, from the same code the app uses.
 */
import { COMPILED, PRESETS } from '@/data'
import { toCsv } from '@/lib/csv'
import { restrictDyads } from '@/model/compile'
import { evaluate } from '@/model/evaluate'
import { inScope } from '@/model/lifespan'
import { combinePresets } from '@/model/presets'
import { buildRows, ROW_COLUMNS } from '@/model/rows'
import { parseExportArgs, USAGE } from './export-args'

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

const ids = PRESETS.map((p) => p.id)
const parsed = parseExportArgs(process.argv.slice(2), ids)
if (!parsed.ok) {
  process.stderr.write(`data:csv: ${parsed.error}\n`)
  process.exit(2)
}
const { options } = parsed
if (options.help) {
  process.stdout.write(USAGE.replace('PRESETS', ids.join(', ')) + '\n')
  process.exit(0)
}
const chosen = options.presets.map((id) => PRESETS.find((p) => p.id === id)!)
const scenario = combinePresets(COMPILED, chosen)
const cases = restrictDyads(COMPILED, (d) => inScope(d, options.settings.cases))
const rows = buildRows(evaluate(cases, scenario, options.settings))
process.stdout.write(toCsv(ROW_COLUMNS, rows))
