import type { Conn } from '../db';

/**
 * Cycles whose data waiver (results on 乙方 simulated data accepted for the real-data exit criterion) holds a
 * valid signature from both leads. Foundation placeholder: the test-report work makes `testDataWaiver` signable
 * and answers this from the sign-off tables; until then no waiver counts as signed.
 */
export async function signedDataWaiverCycleIds(db: Conn, projectId: string): Promise<Set<string>> {
	void db;
	void projectId;
	return new Set();
}
