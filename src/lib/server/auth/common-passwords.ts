// The ~49,000 most common passwords of @zxcvbn-ts/language-common (MIT, maintained with zxcvbn-ts), lower-cased.
// Loaded on first use only, on the server: the list costs a few MB and most requests never check a password.
let loaded: Promise<ReadonlySet<string>> | null = null;

export function commonPasswords(): Promise<ReadonlySet<string>> {
	loaded ??= import('@zxcvbn-ts/language-common').then(
		({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
	);
	return loaded;
}
