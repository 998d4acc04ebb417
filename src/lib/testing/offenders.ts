import type { FigureDefectFact, FigurePlannedFact, TestOffender, TestWhy } from './figures-types';

// How figures and exit criteria name the objects that fall short, so every screen links to the same things.

export const caseOffender = (p: FigurePlannedFact, why: TestWhy): TestOffender => ({
	object: 'testCase',
	id: p.caseId,
	code: p.code,
	name: p.title,
	why
});

export const defectOffender = (d: FigureDefectFact, why: TestWhy): TestOffender => ({
	object: 'defect',
	id: d.id,
	code: d.code,
	name: d.title,
	why
});
