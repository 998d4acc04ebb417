import { MAX_TASKS_PER_PROJECT } from '../../../phases/limits';
import { MSPDI_MAX_BYTES, MSPDI_MAX_DEPTH, MSPDI_MAX_ELEMENTS } from '../../interchange/mspdi-read';

// Limits and the refusals they cause, told in the operations they apply to.
export const TASK_LIMIT_NOTE = `A project holds at most ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks. A request that would go past the limit is refused with 422 and error code \`validation_failed\` before anything is written.`;
export const MSPDI_LIMIT_NOTE = `The file may be at most ${MSPDI_MAX_BYTES / 1024 / 1024} MB, hold at most ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks (besides MS Project's project summary task), ${MSPDI_MAX_ELEMENTS.toLocaleString('en')} XML elements, ${MSPDI_MAX_DEPTH} levels of nesting and no DOCTYPE; the project with the imported tasks must stay within its limit of ${MAX_TASKS_PER_PROJECT.toLocaleString('en')} tasks. A file over any of these is refused with 422 and error code \`validation_failed\` (field \`file\`) before a task is read into memory or written; it is counted while it is scanned, so an oversized plan is refused early.`;
export const DOCUMENT_LIMIT_NOTE =
	'Each document is built and rendered in a worker thread with a capped heap. A document that exceeds it fails alone with 422 and error code `validation_failed` (the message says the document is too large); the server keeps serving.';
