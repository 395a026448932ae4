/** A problem that stops the run (no usable case table, a bad period, an unreadable file): shown as is. */
export class InputError extends Error {}
