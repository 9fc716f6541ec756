import { defineMessages } from '@/i18n/catalogue'

/**
 * The problems found in a share link, each naming the part of the link (its key and value, which
 * are the link's own codes and stay as they are) and what was done about it.
 */
export const linkWords = defineMessages('share.link', {
  'too-long':
    'the link is {kb} kB long, more than any link the explorer makes ({max} kB at most), so it was not read',
  'part.not-text': 'the part "{key}" is not valid text and was ignored',
  'part.unknown': 'the part "{key}" is not one this version knows and was ignored',
  'part.twice': 'the part "{key}" appears twice; the first was used',
  'version.missing': 'the link has no format version (v=1); it was read as version 1',
  'version.unknown': 'the link\'s format version "v={v}" is unknown; it was read as version 1',
  'version.newer':
    'the link was made by a newer version of the explorer (format {version}); only the parts this version (format {current}) understands were read',
  'data-version.bad':
    '"d={d}" is not a data version (such as {example}); the link was read as made on older data',
  'layer.regime': 'regime',
  'layer.threat': 'threat',
  'layer.rift': 'party rift',
  'change.form': 'the {layer} change "{group}" is not in the form ID:RUNS and was ignored',
  'change.unknown-state': 'the link names an unknown state "{id}" ({layer}); it was ignored',
  'change.unknown-pair': 'the link names an unknown pair "{id}" ({layer}); it was ignored',
  'run.bad': '{id} {layer}: "{run}" is not a value and a year or span; it was ignored',
  'run.backwards': '{id} {layer}: the span {from}–{to} ends before it starts; ignored',
  'run.outside': '{id} {layer}: years {years} are outside {first}–{last}; ignored',
  'run.unreadable': '{id} {layer}: "{run}" could not be read; it was ignored',
  'setting.bad': '"{key}={value}" is not valid (expected {valid}); the default was kept',
  'setting.lag': 'a whole number from 0 to {max}',
  'page.bad': '"{key}={value}" is not valid (expected {valid}); ignored',
  'years.bad': '"years={value}" is not a span within {first}–{last}; all years are shown',
  'hide.unknown': '"hide" names an unknown pair "{id}"; ignored',
  'focus.bad': '"focus={value}" is not a known pair and year; ignored',
  'pair.unknown': '"pair" names an unknown pair "{id}"; ignored',
  'out.bad': '"out={value}" has outcomes other than {valid}, or one twice; those were ignored',
  'view.bad': "the link's view could not be read; all years and pairs are shown",
  /** The last line of a capped list of problems; `count` is the number as written, `n` picks the form. */
  more: '{n, plural, one {and {count} more problem} other {and {count} more problems}}',
})
