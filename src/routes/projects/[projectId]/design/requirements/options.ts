/** The to-be processes a requirement may derive from, and their steps, as the form's pickers show them. */
export interface ProcessOptions {
	processes: { id: string; code: string; name: string }[];
	steps: { id: string; processId: string; position: number; name: string }[];
}
