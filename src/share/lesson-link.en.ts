import { defineMessages } from '@/i18n/catalogue'

/** Why a lesson link cannot be opened. The link's parts and their values stay as they are. */
export const lessonLinkWords = defineMessages('share.lesson-link', {
  'too-long':
    'the link is {kb} kB long, more than any link the explorer makes ({max} kB at most), so it was not read',
  'part.twice': 'the part "{key}" appears twice',
  'part.unknown': 'the part "{key}" is not one a lesson link has',
  'as.bad': '"as={value}" is not teacher or student',
  'form.bad': 'the lesson in the link is not in the form VERSION.TEXT; was it cut short?',
  newer:
    'the lesson was made by a newer version of the explorer (lesson format {version}); this version reads format {current}',
  'version.unknown': 'lesson format {version} is unknown',
  damaged: 'the lesson in the link is damaged (it was cut short or changed)',
  'does-not-fit': 'the lesson does not fit: {message}',
  'does-not-fit-at': 'the lesson does not fit at {path}: {message}',
})
