/** Kept so existing imports work: the error catalogue is errors.ts. */
export { InputError } from './errors';
