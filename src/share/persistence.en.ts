import { defineMessages } from '@/i18n/catalogue'

/**
 * What the autosave, links and opened files tell the user, and the log entries they write. The
 * quoted button names ("Save scenario", "Copy link", "Open scenario") are the share panel's.
 */
export const persistenceWords = defineMessages('share.persistence', {
  'storage.full': "this browser's storage for the site is full",
  'storage.refused': 'the browser refused to store it ({detail})',
  'lesson.opened':
    'Opened the lesson "{title}" {role, select, teacher {as the teacher} other {as a student}}.',
  'lesson.opened-over':
    'Opened the lesson "{title}" {role, select, teacher {as the teacher} other {as a student}}. Your lesson "{before}" is one click away.',
  'lesson.reopen': 'Reopen "{title}"',
  'lesson-link.failed':
    'This lesson link could not be opened: {problem}. Your current work is unchanged.',
  'file.failed': '"{name}" was not opened: {problem}. Your current work is unchanged.',
  'file.log': 'Opened scenario file "{name}"',
  'file.opened': 'Opened "{name}". Press Undo to go back to what you had before.',
  'what.file': 'the file "{name}"',
  'what.saved': 'your saved work',
  'what.link': 'this link',
  'saved.unreadable': 'Your saved work could not be read: {problem}.',
  'saved.kept':
    'A copy of the saved text is kept in this browser (backup {slot} of {slots}, listed under "Unreadable saves kept in this browser" by the Save scenario button).',
  'saved.not-kept':
    'The {slots} backups of earlier unreadable saves are all kept, so this copy is not stored: download it now.',
  'saved.download': 'Download the saved copy',
  'saved.partly':
    'Your saved work was restored, except {reason}, which {n, plural, one {was} other {were}} reset. {kept}',
  'saved.failed':
    'Your saved work could not be read ({problem}), so the explorer opened on history. {kept}',
  'field.settings': 'the model settings',
  'field.changes': 'the changes',
  'field.view': 'the view',
  'field.log': 'the log of changes',
  'field.exercises': 'the exercise answers',
  'field.codes': 'your codes of the disputed cases',
  'field.undo': 'the undo history',
  'field.other': '"{field}"',
  'lost.one-change': 'one of the changes',
  'lost.some-changes': '{n} of the changes',
  'lost.part': '{what} ({problem})',
  'lost.part-more': '{what} ({problem}; and {n} more)',
  'lost.separator': ', ',
  'lost.last': '{head} and {last}',
  'link.log': 'Opened a shared link',
  'link.over':
    'You opened a shared link. Your own work from before is kept: press Undo, or restore it here.',
  'link.restore': 'Restore my previous work',
  'link.restore-log': 'Restored your previous work',
  'link.separator': '; ',
  'link.partly':
    'Parts of this link could not be read, so it is shown as far as it could be: {problems}.',
  'link.unreadable-saved':
    'This link could not be read ({problems}). Your saved work is shown instead.',
  'link.unreadable-fresh':
    'This link could not be read ({problems}). The explorer opened on history.',
  'link.unreadable-current':
    'This link could not be read ({problems}). Your current work is unchanged.',
  'link.empty': 'it holds nothing to show',
  'log.start-from-history': 'Started from history',
  'work.changes': '{n, plural, one {{count} change to history} other {{count} changes to history}}',
  'work.settings':
    '{n, plural, one {{count} changed model setting} other {{count} changed model settings}}',
  'work.both': '{changes} and {settings}',
  'welcome.back': 'Your saved work is back: {what}.',
  'welcome.start': 'Start from history',
  'kept.previous': 'the work you had before you opened a shared link',
  'kept.other-tab': 'work from another tab that this tab saved over',
  'kept.notice': 'This browser still keeps {what}.',
  'kept.open': 'Open it',
  'kept.log': 'Opened {what}',
  'tab.changed':
    "Your work was changed in another tab of the explorer. So that neither is lost, this tab has stopped saving over it until you choose: load the other tab's work here (this tab's work stays one Undo away), or keep this tab's work.",
  'tab.keep-this':
    'Keeping this tab\'s work makes it the work this browser reopens. The other tab\'s work stays open in its own tab, and a copy is kept in this browser under "{key}".',
  'tab.load': "Load the other tab's work",
  'tab.keep': "Keep this tab's work",
  'tab.unreadable': "The other tab's work could not be read. This tab's work is unchanged.",
  'tab.unreadable-why':
    "The other tab's work could not be read ({problem}). This tab's work is unchanged.",
  'tab.loaded-log': "Loaded the other tab's work",
  'tab.loaded': "Loaded the other tab's work. Press Undo to go back to this tab's work.",
  'tab.saved-again':
    'This tab\'s work is saved again. The other tab\'s work is still open in its tab, and a copy is kept under "{key}".',
  'framed.apart':
    'The explorer is shown inside another site, so this browser keeps its saved work apart from the explorer opened on its own, and may forget it. Use "Save scenario" or "Copy link" to keep your work.',
  'framed.none':
    'The explorer is shown inside another site, and this browser does not let it save your work here. Use "Save scenario" or "Copy link" to keep it.',
  'no-storage':
    'This browser does not let the explorer save your work. Use "Save scenario" or "Copy link" to keep it.',
  'save.failed':
    'Your latest changes could not be saved in this browser: {problem}. Your last saved work is kept as it was, and what is on screen is still here: use "Save scenario" to keep a copy.',
  'save.action': 'Save scenario',
})
