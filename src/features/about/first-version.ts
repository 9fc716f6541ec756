import { UNVERSIONED } from '@/data/version'

/**
 * The first version recorded, "2026.12": the data from before it are named UNVERSIONED
 * ("before 2026.12"), which the messages put in their own words around the version.
 */
export const firstVersion = () => UNVERSIONED.replace(/^before /, '')
