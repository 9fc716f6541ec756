import { defineMessages } from '@/i18n/catalogue'

/** The copies of saved work this browser kept because they could not be read in full. */
export const backupsListWords = defineMessages('share.backups-list', {
  'unknown-time': 'unknown time',
  heading: 'Unreadable saves kept in this browser',
  intro:
    'Saved work that could not be read in full is kept here as it was (up to three copies, never written over). Download a copy to keep it or to send it to your teacher.',
  backup: 'Backup {slot}, kept {when}',
  download: 'Download backup {slot}',
  confirm: 'Confirm: delete backup {slot}',
  delete: 'Delete backup {slot}…',
})
