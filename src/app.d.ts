import type { Locale } from '$lib/i18n';
import type { SessionValidationResult } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidationResult['user'];
			session: SessionValidationResult['session'];
			/** How the caller proved who they are: a browser session cookie or a personal access token. */
			authMethod: 'session' | 'token' | null;
			locale: Locale;
		}
		interface PageData {
			locale?: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
