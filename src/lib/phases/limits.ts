/**
 * How large one project's plan may grow. Every path that creates tasks (the add-task form, the API, kickoff
 * action items, template instantiation, MS Project import) refuses to go past it, so no plan is too large to
 * list, schedule or print. Documented in the README (Limits) and in the OpenAPI descriptions.
 */
export const MAX_TASKS_PER_PROJECT = 20_000;

/** Rows per page of the task list: what one screen sends, however large the plan. */
export const TASK_PAGE_SIZE = 200;
