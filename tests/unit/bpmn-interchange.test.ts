import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BpmnError,
	checkBpmn,
	readBpmnSteps,
	sanitiseSvg,
	SvgError
} from '../../src/lib/server/interchange/bpmn';
import { bpmnFileName, emptyDiagramXml } from '../../src/lib/design/diagrams';

const fixture = (name: string) => readFileSync(`tests/fixtures/bpmn/${name}`, 'utf8');
const problemOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof BpmnError || e instanceof SvgError) return e.problem.code;
		throw e;
	}
	return null;
};
const minimal = (inner = '', ns = 'http://www.omg.org/spec/BPMN/20100524/MODEL') =>
	`<?xml version="1.0"?><bpmn2:definitions xmlns:bpmn2="${ns}" id="d" targetNamespace="x"><bpmn2:process id="p">${inner}</bpmn2:process></bpmn2:definitions>`;

describe('checking a BPMN file', () => {
	it('accepts a Camunda Modeler file and counts its semantic elements', () => {
		// participant, collaboration, process, laneSet, 2 lanes, 6 flow nodes, 6 flows
		expect(checkBpmn(fixture('camunda-complaint.bpmn')).elementCount).toBe(18);
	});

	it('accepts a Signavio export in the default namespace', () => {
		expect(checkBpmn(fixture('signavio-store-sale.bpmn')).elementCount).toBeGreaterThan(8);
	});

	it('refuses a DOCTYPE or an entity instead of stripping it', () => {
		expect(problemOf(() => checkBpmn(fixture('hostile-entity.bpmn')))).toBe('doctype');
		expect(problemOf(() => checkBpmn(minimal('<!ENTITY x "y">')))).toBe('doctype');
		expect(problemOf(() => checkBpmn('<!doctype x SYSTEM "file:///etc/passwd">' + minimal()))).toBe(
			'doctype'
		);
	});

	it('refuses more than 5 MB', () => {
		const big = minimal(`<bpmn2:documentation>${'x'.repeat(5 * 1024 * 1024)}</bpmn2:documentation>`);
		expect(problemOf(() => checkBpmn(big))).toBe('tooLarge');
	});

	it('refuses markup that is not well formed, naming the line', () => {
		try {
			checkBpmn(minimal('\n<bpmn2:task id="t">'));
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(BpmnError);
			const problem = (e as BpmnError).problem;
			expect(problem.code).toBe('malformed');
			if (problem.code === 'malformed') expect(problem.line).toBeGreaterThan(0);
		}
	});

	it('refuses XML that is not BPMN 2.0', () => {
		expect(problemOf(() => checkBpmn('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('notBpmn');
		expect(problemOf(() => checkBpmn(minimal('', 'http://example.com/not-bpmn')))).toBe('notBpmn');
		expect(problemOf(() => checkBpmn('just text'))).not.toBeNull();
	});

	it('refuses nesting deep enough to be an attack', () => {
		const deep = '<bpmn2:x>'.repeat(200) + '</bpmn2:x>'.repeat(200);
		expect(problemOf(() => checkBpmn(minimal(deep)))).toBe('tooComplex');
	});
});

describe('reading the steps of a diagram', () => {
	it('follows the sequence flows from the start event and maps lanes to roles', () => {
		const steps = readBpmnSteps(checkBpmn(fixture('camunda-complaint.bpmn')));
		// The "no" branch is listed first in the file; the answer after it is reached by both branches.
		expect(steps.map((s) => s.name)).toEqual(['记录投诉', '调查原因 & 给出方案', '答复客户']);
		expect(steps.map((s) => s.elementId)).toEqual(['Task_record', 'Task_investigate', 'Task_answer']);
		expect(steps[0]).toMatchObject({ laneName: '客服坐席', roleId: null });
		// 业务骨干 is the catalogue's Chinese label of keyUser.
		expect(steps[1]).toMatchObject({ laneName: '业务骨干', roleId: 'keyUser' });
	});

	it('lists tasks no flow reaches after the others, and maps English role labels', () => {
		const steps = readBpmnSteps(checkBpmn(fixture('signavio-store-sale.bpmn')));
		expect(steps.map((s) => s.name)).toEqual(['接待并了解需求', '报价', '折扣审批', '月末盘点']);
		expect(steps[0].roleId).toBe('keyUser');
		expect(steps[2]).toMatchObject({ laneName: '门店店长', roleId: null });
	});

	it('reads a Camunda Modeler file with nested lanes, gateways, a sub-process and a second pool', () => {
		const checked = checkBpmn(fixture('camunda-store-order.bpmn'));
		const steps = readBpmnSteps(checked);
		// The parallel branches interleave; the sub-process is one step, its inner tasks are not steps.
		expect(steps.map((s) => s.name)).toEqual([
			'接待并了解需求',
			'在 POS 开单收定金',
			'通知客户预约测量',
			'上门测量',
			'归档并短信确认'
		]);
		// The innermost lane names the role; 业务骨干 is a project role, the store lanes are not.
		expect(steps.map((s) => [s.laneName, s.roleId])).toEqual([
			['门店导购', null],
			['收银员', null],
			['门店导购', null],
			['业务骨干', 'keyUser'],
			['收银员', null]
		]);
	});

	it('names an unnamed task by its id and keeps markup in a name as text', () => {
		const steps = readBpmnSteps(
			checkBpmn(
				minimal('<bpmn2:task id="t1"/><bpmn2:task id="t2" name="&lt;img src=x onerror=alert(1)&gt;"/>')
			)
		);
		expect(steps.map((s) => s.name)).toEqual(['t1', '<img src=x onerror=alert(1)>']);
	});

	it('refuses more tasks than a process may have steps', () => {
		const tasks = Array.from({ length: 201 }, (_, i) => `<bpmn2:task id="t${i}"/>`).join('');
		expect(problemOf(() => readBpmnSteps(checkBpmn(minimal(tasks))))).toBe('tooManySteps');
	});
});

describe('sanitising the saved SVG', () => {
	const svg = (inner: string) =>
		`<?xml version="1.0" encoding="utf-8"?>\n<!-- created with bpmn-js / http://bpmn.io -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${inner}</svg>`;

	it('keeps what bpmn-js draws: shapes, text, local markers', () => {
		const out = sanitiseSvg(
			svg(
				'<defs><marker id="m"><path d="M 1 5 L 11 10"/></marker></defs><g style="marker-end: url(\'#m\')"><rect rx="10"/><text x="1">记录 &amp; 答复</text></g>'
			)
		);
		expect(out.startsWith('<svg')).toBe(true);
		expect(out).toContain('记录 &amp; 答复');
		expect(out).toContain('url(&apos;#m&apos;)');
		expect(out).not.toContain('DOCTYPE');
	});

	it('drops scripts, foreignObject, event attributes and external references', () => {
		const out = sanitiseSvg(
			svg(
				'<script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
					'<g onclick="alert(1)" onLoad="alert(2)"><a xlink:href="javascript:alert(3)"><text>a</text></a>' +
					'<image href="http://evil.example/x.png"/><rect fill="url(http://evil.example/#p)"/>' +
					'<style>@import url(http://evil.example/s.css);</style><set attributeName="href" to="javascript:x"/></g>'
			)
		);
		for (const bad of ['script', 'foreignObject', 'onclick', 'onLoad', 'javascript', 'evil', 'style', '<set'])
			expect(out).not.toContain(bad);
		expect(out).toContain('<text>a</text>');
	});

	it('keeps a label that looks like markup as escaped text', () => {
		expect(sanitiseSvg(svg('<text>&lt;img src=x onerror=alert(1)&gt;</text>'))).toContain(
			'&lt;img src=x onerror=alert(1)&gt;'
		);
	});

	it('refuses entities, non-SVG documents, malformed markup and more than 3 MB', () => {
		expect(
			problemOf(() =>
				sanitiseSvg('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>')
			)
		).toBe('doctype');
		expect(problemOf(() => sanitiseSvg('<html><body/></html>'))).toBe('notSvg');
		expect(problemOf(() => sanitiseSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'))).toBe(
			'malformed'
		);
		expect(problemOf(() => sanitiseSvg(svg(`<text>${'x'.repeat(3 * 1024 * 1024)}</text>`)))).toBe('tooLarge');
	});
});

describe('the diagram a process without one opens with', () => {
	it('has one lane per role its steps use, escaped, and is a valid BPMN file', () => {
		const xml = emptyDiagramXml('投诉 & 回访', ['客服坐席', '<b>门店</b>', '客服坐席', ' ']);
		const steps = checkBpmn(xml);
		expect(xml.match(/<bpmn:lane /g)).toHaveLength(2);
		expect(xml).toContain('&lt;b&gt;门店&lt;/b&gt;');
		expect(xml).toContain('name="投诉 &amp; 回访"');
		expect(readBpmnSteps(steps)).toEqual([]);
	});

	it('is a start event alone when no step names a role', () => {
		const xml = emptyDiagramXml('x', []);
		expect(checkBpmn(xml).elementCount).toBe(2);
		expect(xml).not.toContain('<bpmn:lane');
	});

	it('exports under a file name of the code and name without unsafe characters', () => {
		expect(bpmnFileName('AS-001', '投诉/处理: "加急"')).toBe('AS-001 投诉_处理_ _加急_.bpmn');
	});
});
