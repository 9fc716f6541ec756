import { defineMessages } from '@/i18n/catalogue'

/** The toolbar of undo, the link, scenario files, the data, the handout and the citations. */
export const sharePanelWords = defineMessages('share.share-panel', {
  offline: 'Download for offline use',
  heading: 'Undo, share and save',
  undo: 'Undo',
  redo: 'Redo',
  more: 'More',
  'copy-link': 'Copy link',
  'save-scenario': 'Save scenario',
  'open-scenario': 'Open scenario',
  'file-input': 'Scenario file to open',
  'download-data': 'Download data (CSV)',
  'print-handout': 'Print handout',
  cite: 'Cite this',
  'link.copied': 'Link copied. It opens this exact view:',
  'link.copy': 'Copy this link; it opens this exact view:',
  embed: 'Embed',
  'embed.region': 'Embed in a learning platform',
  'embed.loading': 'Loading the embed code…',
  'embed.close': 'Close embed code',
  'cite.region': 'Citations',
  'cite.loading': 'Loading citations…',
  'cite.close': 'Close citations',
  'error.too-large':
    '"{name}" was not opened: at {size} MB it is larger than any scenario the explorer saves ({max} MB at most). Your current work is unchanged.',
  'error.unreadable': '"{name}" could not be read ({message}). Your current work is unchanged.',
  'error.reader':
    '"{name}" could not be opened: the part of the explorer that reads files did not load ({message}). Check the connection and try again; your current work is unchanged.',
  'part.backups': 'The list of kept saves',
  'part.citations': 'The citations',
  'part.embed': 'The embed code',
})
