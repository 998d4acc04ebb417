/** What a case's pickers offer: to-be processes and their steps, requirements and customisations. */
export interface CaseOptions {
	processes: { id: string; code: string; name: string }[];
	steps: { id: string; processId: string; position: number; name: string }[];
	requirements: { id: string; code: string; title: string }[];
	customisations: { id: string; code: string; title: string }[];
}
