import { defineMessages } from '@/i18n/catalogue'

/** Why a backup was kept, as the list of backups shows it (written when it is kept). */
export const backupWords = defineMessages('share.backups', {
  'reason.damaged': 'the backup itself could not be read',
  'reason.legacy': 'kept by an earlier version of the explorer',
})
