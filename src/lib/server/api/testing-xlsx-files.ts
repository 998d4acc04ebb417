import { DomainError } from '../errors';
import { isTooLarge } from '../request-body';
import { TESTING_LIMITS } from '../../testing/types';

// The HTTP edges of the testing workbooks: the download answer and the uploaded file of the import.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook download; the Chinese filename travels as RFC 5987 `filename*`, with an ASCII fallback. */
export function xlsxResponse(bytes: Uint8Array, name: string): Response {
	const ascii = name.replace(/[^\w.-]/g, '_');
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': XLSX,
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
}

const tooLarge = () =>
	new DomainError('payload_too_large', 'txlsx.file.tooLarge', {
		field: 'file',
		params: { max: `${TESTING_LIMITS.xlsxBytes / 1024 / 1024} MB` }
	});

/** The `file` field of a posted form as bytes; none, empty or over TESTING_LIMITS.xlsxBytes names the field. */
export async function workbookOf(form: FormData | null): Promise<{ name: string; bytes: Uint8Array }> {
	const file = form?.get('file');
	if (!(file instanceof File) || file.size === 0)
		throw new DomainError('validation_failed', 'txlsx.file.missing', { field: 'file' });
	if (file.size > TESTING_LIMITS.xlsxBytes) throw tooLarge();
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The multipart body of an API import: its form and its workbook. */
export async function uploadedWorkbook(request: Request) {
	const form = await request.formData().catch((e) => {
		if (isTooLarge(e)) throw tooLarge();
		throw new DomainError('validation_failed', 'txlsx.file.missing', { field: 'file' });
	});
	return { form, file: await workbookOf(form) };
}
