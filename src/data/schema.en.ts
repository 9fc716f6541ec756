import { defineMessages } from '@/i18n/catalogue'

/**
 * What the dataset's schema and cross-record check say is wrong, as a user adding their own cases
 * reads it. Field names and values (rationale, VNM-RUS, YEAR.MONTH) are the data's own and stay
 * as they are. A message that starts with "{years}: " must keep that start, colon and space as
 * they are, in every language: user-cases.ts reads the years back from it.
 */
export const schemaWords = defineMessages('data.schema', {
  'must-be.one': 'must be {value}',
  'must-be.many': 'must be {head} or {last}',
  'rationale.short': 'rationale is too short to explain the coding',
  'rationale.long': 'rationale must fit on one line (200 characters)',
  'rationale.lines': 'rationale must be a single line',
  'sources.none': 'every span needs at least one source id',
  'code.bad': 'must be a three-letter code such as VNM',
  'pair-id.bad': 'must look like VNM-RUS',
  'version.bad': 'must be a YEAR.MONTH version such as 2026.12',
  'span.backwards': '{years}: span ends before it starts',
  'gap.year': '{years}: no span covers this year',
  'gap.years': '{years}: no span covers these years',
  overlap: '{years}: spans overlap or are out of order',
  within: 'spans must stay within {span}',
  'within.state': 'spans must stay within {span}, the years the state existed',
  'within.pair': 'spans must stay within {span}, the years both states existed',
  'dataset.years': 'lastYear {last} is before firstYear {first}',
  twice: 'listed twice',
  'source.unknown': 'unknown source id "{id}"',
  'lifespan.bad': 'must be a run of years within {first}–{last}',
  'names.gap': 'no name covers this year',
  'dyad.id': 'id must be "{id}" (a-b)',
  'dyad.self': 'a state cannot ally with itself',
  'dyad.unknown-state': 'unknown state {id}',
  'dyad.never': 'the two states never existed in the same year',
  'threat.adversary': 'a "{value}" threat must name the common adversary',
})
