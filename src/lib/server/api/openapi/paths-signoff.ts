import { operation, P } from './operation';
import { DOCUMENT_KIND_IDS } from '../../../templates/documents/registry';
import { LOCALES } from '../../../i18n';
import { DOCUMENT_LIMIT_NOTE } from './notes';

export const signoffPaths = {
	'/me/queue': {
		get: operation({
			operationId: 'listMyQueue',
			summary:
				'待我处理: open reviews with a slot the caller can fill (items, soonest due first), the own overdue tasks of the caller (tasks) and the open register items the caller owns (registerItems, overdue first)',
			tags: ['signoff'],
			query: { projectId: { type: 'string' } },
			ok: { status: 200, schema: 'MyQueue', description: 'Queue' },
			errors: [401]
		})
	},
	'/projects/{projectId}/deliverables': {
		get: operation({
			operationId: 'listDeliverables',
			summary: 'Deliverables with their latest version and review state',
			tags: ['signoff'],
			params: P,
			query: { phaseId: { type: 'string' } },
			ok: { status: 200, schema: 'DeliverableList', description: 'Deliverables' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/deliverables/{deliverableId}/versions': {
		get: operation({
			operationId: 'listDeliverableVersions',
			summary: 'Every immutable version of a deliverable, newest first',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId'],
			ok: { status: 200, schema: 'DeliverableVersionList', description: 'Versions' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'uploadDeliverableVersion',
			summary:
				'Upload a file as the next version (≤ 20 MB); signatures over the previous version are superseded',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId'],
			upload: 'file',
			ok: { status: 201, schema: 'DeliverableVersion', description: 'The stored version with its SHA-256' },
			errors: [401, 403, 404, 409, 413, 422]
		})
	},
	'/projects/{projectId}/deliverables/{deliverableId}/versions/{versionId}/file': {
		get: operation({
			operationId: 'downloadDeliverableVersion',
			summary:
				'The file of one version, byte for byte: PDFs and PNG/JPEG/GIF/WebP images whose bytes match their type inline (a PDF may be framed by the workbench only), anything else as an attachment; never sniffed, always under a restrictive CSP',
			tags: ['signoff'],
			params: ['projectId', 'deliverableId', 'versionId'],
			ok: { status: 200, description: 'The file', mediaType: 'application/octet-stream' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}': {
		get: operation({
			operationId: 'listSignoffs',
			summary:
				'Slots, every signature (valid or superseded) and whether the current content is approved. objectType: deliverable, task, raciBaseline (objectId "matrix"), gate (the phase id), cutover (objectId "decision")',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			ok: { status: 200, schema: 'Signoffs', description: 'Sign-off state' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/submit': {
		post: operation({
			operationId: 'submitForReview',
			summary:
				'Open a review round over the current content, due N working days later; refused (409) while a slot has nobody who could sign it (one person fills one slot)',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			body: 'SubmitForReview',
			ok: { status: 201, schema: 'Signoffs', description: 'The object in review' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/signatures': {
		post: operation({
			operationId: 'signOff',
			summary:
				'Fill a signing slot after re-authentication; refused with 409 when contentHash is not the current hash',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			body: 'SignOff',
			ok: { status: 201, schema: 'SignOffResult', description: 'The signature as recorded' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/signoffs/{objectType}/{objectId}/history': {
		get: operation({
			operationId: 'getReviewHistory',
			summary: 'Versions, submissions, decisions and supersessions in time order',
			tags: ['signoff'],
			params: ['projectId', 'objectType', 'objectId'],
			ok: { status: 200, schema: 'ReviewHistory', description: 'History' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/integrity': {
		get: operation({
			operationId: 'verifyIntegrity',
			summary:
				'Recompute file hashes, keyed signature seals, round statuses, signed content hashes and the keyed audit hash chain, and compare the chain with its external anchors',
			tags: ['signoff'],
			params: P,
			ok: {
				status: 200,
				schema: 'IntegrityReport',
				description: 'Report; ok is false when anything was tampered with'
			},
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/documents': {
		get: operation({
			operationId: 'listDocumentKinds',
			summary: 'The PDF documents that can be generated for the project',
			tags: ['documents'],
			params: P,
			ok: { status: 200, schema: 'DocumentKindList', description: 'Document kinds' },
			errors: [401, 404]
		})
	},
	'/projects/{projectId}/documents/{kind}.pdf': {
		get: operation({
			operationId: 'renderDocument',
			description: DOCUMENT_LIMIT_NOTE,
			summary:
				'Generate a document as PDF (cover, contents, Noto Sans SC); the filename names project code, kind and version',
			tags: ['documents'],
			params: ['projectId', 'kind'],
			paramSchemas: { kind: { type: 'string', enum: [...DOCUMENT_KIND_IDS] } },
			query: {
				lang: {
					type: 'string',
					enum: [...LOCALES],
					description: 'Language of the document; default the caller’s'
				},
				phase: {
					type: 'string',
					description: 'Gate record only: phase id or key; default the phase under way'
				},
				cycle: {
					type: 'string',
					description: 'Test report (testReport) only, and required there: the test cycle id'
				}
			},
			ok: { status: 200, description: 'The PDF', mediaType: 'application/pdf' },
			errors: [400, 401, 404, 409, 422]
		})
	}
};
