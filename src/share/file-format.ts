/*
 * The scenario file's name and limits, shared by the writer (scenario-write.ts, loaded with the
 * page) and the reader (scenario-file.ts and its schema, loaded when there is something to read).
 */

export const FILE_FORMAT = 'alliance-counterfactual-explorer/scenario'
export const FILE_VERSION = 1

/**
 * The most changes a file may hold in all (its own and its undo steps'), so that no file takes
 * more than a blink to read: several times every cell of the built-in data. The writer keeps
 * within it by saving fewer undo steps; the reader counts before it parses.
 */
export const MAX_FILE_CHANGES = 15_000

/** The longest scenario file or autosave read at all; anything longer is refused at once, unread. */
export const MAX_FILE_CHARS = 5_000_000
