import { DATA_VERSION } from './version'

/*
 * Ready-made citations for the explorer with its data version, and for the essay it tests, in
 * APA (7th ed.), Chicago (bibliography style) and BibTeX. Plain text: no italics markup.
 * CITATION.cff at the repository root says the same for citation tools.
 */

export const CITATION_STYLES = ['apa', 'chicago', 'bibtex'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]

export const CITATION_STYLE_LABEL: Readonly<Record<CitationStyle, string>> = {
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
}

export const CITATION_AUTHOR = 'Alliance Counterfactual Explorer contributors'
export const CITATION_YEAR = 2026

export const ESSAY = {
  family: 'Vu',
  given: 'Khang',
  title: 'Do China and Vietnam Have Similar Alliance Policies?',
  journal: 'The Diplomat',
  year: 2021,
  month: 'May',
  url: 'https://thediplomat.com/2021/05/do-china-and-vietnam-have-similar-alliance-policies/',
} as const

/** "Alliance Counterfactual Explorer: data version 2026.12" */
export const explorerTitle = (version: string = DATA_VERSION) =>
  `Alliance Counterfactual Explorer: data version ${version}`

export interface ExplorerCitationOptions {
  /** The data version cited; this build's by default. */
  readonly version?: string
  /** Where the explorer is published, if it is on the web. */
  readonly url?: string
}

/** The explorer and its data version, cited in the given style. */
export function citeExplorer(
  style: CitationStyle,
  { version = DATA_VERSION, url }: ExplorerCitationOptions = {},
): string {
  switch (style) {
    case 'apa':
      // APA capitalises the first word after a colon in a title.
      return `${CITATION_AUTHOR}. (${CITATION_YEAR}). Alliance Counterfactual Explorer: Data version ${version} [Computer software and data set].${url ? ` ${url}` : ''}`
    case 'chicago':
      return `${CITATION_AUTHOR}. Alliance Counterfactual Explorer: Data Version ${version}. Software and data set, ${CITATION_YEAR}.${url ? ` ${url}.` : ''}`
    case 'bibtex':
      return [
        `@misc{alliance_explorer_${version.replace(/\W/g, '_')},`,
        `  author = {{${CITATION_AUTHOR}}},`,
        `  title = {{Alliance Counterfactual Explorer}: data version ${version}},`,
        `  year = {${CITATION_YEAR}},`,
        `  version = {${version}},`,
        `  note = {Software and data set, data version ${version}},`,
        ...(url ? [`  url = {${url}},`] : []),
        '}',
      ].join('\n')
  }
}

/** Khang Vu's essay, which the explorer tests, cited in the given style. */
export function citeEssay(style: CitationStyle): string {
  const e = ESSAY
  switch (style) {
    case 'apa':
      // APA uses sentence case for article titles; the country names keep their capitals.
      return `${e.family}, ${e.given[0]}. (${e.year}, ${e.month}). Do China and Vietnam have similar alliance policies? ${e.journal}. ${e.url}`
    case 'chicago':
      return `${e.family}, ${e.given}. "${e.title}" ${e.journal}, ${e.month} ${e.year}. ${e.url}.`
    case 'bibtex':
      return [
        `@article{vu_${e.year}_alliance,`,
        `  author = {${e.family}, ${e.given}},`,
        `  title = {Do {China} and {Vietnam} Have Similar Alliance Policies?},`,
        `  journal = {${e.journal}},`,
        `  year = {${e.year}},`,
        `  month = ${e.month.toLowerCase().slice(0, 3)},`,
        `  url = {${e.url}},`,
        '}',
      ].join('\n')
  }
}
