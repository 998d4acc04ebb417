// The 3,000 most common passwords, lower-cased, from the MIT-licensed zxcvbn-ts frequency list.
import list from './common-passwords.json';

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(list as string[]);
